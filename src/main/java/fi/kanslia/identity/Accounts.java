package fi.kanslia.identity;

import java.util.Optional;

/** Login accounts as {@link KansliaUser}s, for work done on a user's behalf (demo, batch jobs). */
public interface Accounts {

  Optional<KansliaUser> byUsername(String username);
}
