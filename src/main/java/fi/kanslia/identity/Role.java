package fi.kanslia.identity;

/** What a user acts as. A user has exactly one role in the walking skeleton. */
public enum Role {
  GUARDIAN,
  OFFICIAL,
  PRINCIPAL,
  ARCHIVIST;

  public String authority() {
    return "ROLE_" + name();
  }
}
