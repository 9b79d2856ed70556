package fi.kanslia.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses requests to the given path prefixes unless they come from this machine. */
class LoopbackOnlyFilter extends OncePerRequestFilter {

  private final List<String> prefixes;

  LoopbackOnlyFilter(String... prefixes) {
    this.prefixes = List.of(prefixes);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return prefixes.stream().noneMatch(path::startsWith);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "Only reachable from this machine");
      return;
    }
    chain.doFilter(request, response);
  }
}
