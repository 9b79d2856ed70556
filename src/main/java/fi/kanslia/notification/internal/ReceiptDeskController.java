package fi.kanslia.notification.internal;

import fi.kanslia.identity.CurrentUser;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.platform.InputRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The official's page of the unit's letters against proof of receipt and the receipt form. */
@Controller
@RequestMapping("/official/receipts")
class ReceiptDeskController {

  private final CurrentUser currentUser;
  private final ReceiptDesk desk;

  ReceiptDeskController(CurrentUser currentUser, ReceiptDesk desk) {
    this.currentUser = currentUser;
    this.desk = desk;
  }

  @GetMapping
  String page(Model model) {
    KansliaUser official = currentUser.require();
    model.addAttribute("rows", desk.ofUnit(official));
    return "official/receipts";
  }

  @PostMapping
  String record(@RequestParam(required = false) String reference,
      @RequestParam(required = false) String receivedOn,
      @RequestParam(required = false) String receivedBy, Model model,
      HttpServletResponse response) {
    KansliaUser official = currentUser.require();
    try {
      boolean recorded = desk.recordByHand(official, reference, receivedOn, receivedBy);
      return "redirect:/official/receipts?" + (recorded ? "recorded" : "recordedBefore");
    } catch (InputRefusedException e) {
      response.setStatus(422);
      model.addAttribute("error", e);
      model.addAttribute("input", Map.of("reference", reference == null ? "" : reference,
          "receivedOn", receivedOn == null ? "" : receivedOn,
          "receivedBy", receivedBy == null ? "" : receivedBy));
      return page(model);
    }
  }
}
