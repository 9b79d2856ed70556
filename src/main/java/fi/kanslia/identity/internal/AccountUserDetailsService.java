package fi.kanslia.identity.internal;

import fi.kanslia.identity.Accounts;
import fi.kanslia.identity.KansliaPrincipal;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** The local login: accounts in our own database (the demo users). */
@Service
class AccountUserDetailsService implements UserDetailsService, Accounts {

  private final JdbcClient jdbc;

  AccountUserDetailsService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<KansliaUser> byUsername(String username) {
    return find(username).map(AccountDetails::kansliaUser);
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return find(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
  }

  private Optional<AccountDetails> find(String username) {
    return jdbc.sql("select * from user_account where username = ?").param(username)
        .query((rs, n) -> new AccountDetails(new KansliaUser(rs.getObject("id", UUID.class),
            rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
            rs.getString("municipality_code"), rs.getObject("person_id", UUID.class),
            rs.getObject("school_id", UUID.class), rs.getString("preferred_language")),
            rs.getString("password_hash")))
        .optional();
  }

  /** Form-login principal; an OIDC principal implements {@link KansliaPrincipal} the same way. */
  record AccountDetails(KansliaUser kansliaUser, String passwordHash)
      implements UserDetails, KansliaPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
      return List.of(new SimpleGrantedAuthority(kansliaUser.role().authority()));
    }

    @Override
    public String getPassword() {
      return passwordHash;
    }

    @Override
    public String getUsername() {
      return kansliaUser.username();
    }
  }
}
