package fi.kanslia.platform.internal;

import fi.kanslia.identity.KansliaPrincipal;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may reach which desk. Every controller checks its own permission too (guardianship, unit),
 * so this is the first of two locks, not the only one.
 */
@Configuration
class SecurityConfiguration {

  @Bean
  SecurityFilterChain web(HttpSecurity http, LocaleResolver locales) throws Exception {
    http
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/login", "/verify", "/css/**", "/js/**", "/favicon.ico", "/error", "/actuator/health/**",
                "/actuator/health").permitAll()
            // Machine endpoints of the embedded defaults: loopback only (LoopbackOnlyFilter).
            .requestMatchers("/cmis/**", "/tsa").permitAll()
            .requestMatchers("/guardian/**").hasRole("GUARDIAN")
            .requestMatchers("/official/**").hasAnyRole("OFFICIAL", "PRINCIPAL")
            .requestMatchers("/archive/**").hasRole("ARCHIVIST")
            .anyRequest().authenticated())
        .csrf(csrf -> csrf.ignoringRequestMatchers("/cmis/**", "/tsa"))
        .formLogin(form -> form.loginPage("/login").successHandler(inUsersLanguage(locales)).permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'")))
        .addFilterBefore(new LoopbackOnlyFilter("/cmis/", "/tsa"), BasicAuthenticationFilter.class);
    return http.build();
  }

  /** After login the interface speaks the user's own language (they can still switch). */
  private static AuthenticationSuccessHandler inUsersLanguage(LocaleResolver locales) {
    return (request, response, authentication) -> {
      if (authentication.getPrincipal() instanceof KansliaPrincipal principal
          && principal.kansliaUser().language() != null) {
        locales.setLocale(request, response, Locale.of(principal.kansliaUser().language()));
      }
      response.sendRedirect(request.getContextPath() + "/");
    };
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }
}
