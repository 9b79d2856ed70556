package fi.kanslia.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Resolves the logged-in {@link KansliaUser}; refuses when there is none. */
@Component
public class CurrentUser {

  public KansliaUser require() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof KansliaPrincipal p) {
      return p.kansliaUser();
    }
    throw new AccessDeniedException("No Kanslia user is logged in");
  }

  public KansliaUser require(Role role) {
    KansliaUser user = require();
    if (!user.is(role)) {
      throw new AccessDeniedException("This action needs the role " + role);
    }
    return user;
  }
}
