package fi.kanslia.decision.internal;

import fi.kanslia.decision.DecisionSignatures;
import fi.kanslia.decision.SignatureCheck;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification page: anyone who holds a decision file can check that it was signed by
 * the municipality and not changed since. Nothing uploaded is stored or logged.
 */
@Controller
@RequestMapping("/verify")
class VerificationController {

  private final DecisionSignatures signatures;

  VerificationController(DecisionSignatures signatures) {
    this.signatures = signatures;
  }

  @GetMapping
  String form() {
    return "verify";
  }

  @PostMapping
  String verify(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
      throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("fileMissing", true);
      return "verify";
    }
    SignatureCheck check = signatures.verify(file.getBytes());
    model.addAttribute("check", check);
    model.addAttribute("fileName", file.getOriginalFilename());
    return "verify";
  }
}
