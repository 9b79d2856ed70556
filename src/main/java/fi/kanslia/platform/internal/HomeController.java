package fi.kanslia.platform.internal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the front door that sends each user to their own desk. */
@Controller
class HomeController {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String home(Authentication authentication) {
    var authorities = authentication.getAuthorities().stream().map(a -> a.getAuthority()).toList();
    if (authorities.contains("ROLE_GUARDIAN")) {
      return "redirect:/guardian";
    }
    if (authorities.contains("ROLE_OFFICIAL") || authorities.contains("ROLE_PRINCIPAL")) {
      return "redirect:/official";
    }
    if (authorities.contains("ROLE_ARCHIVIST")) {
      return "redirect:/archive";
    }
    return "login";
  }
}
