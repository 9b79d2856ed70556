package fi.kanslia.school;

/** A municipality: the authority of its education decisions and the tenant of its records. */
public record Municipality(String code, String nameFi, String nameSv, String casePrefix) {

  public String name(String lang) {
    return "sv".equals(lang) ? nameSv : nameFi;
  }
}
