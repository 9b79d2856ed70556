package fi.kanslia.admission;

/** The names other features see of admissions to emphasised teaching. */
public final class AdmissionCases {

  /** The case type of an application to an admission round in the case register. */
  public static final String CASE_TYPE = "ADMISSION";
  /** The case type of an offer of a vacant place to the next on a waiting list. */
  public static final String OFFER_CASE_TYPE = "ADMISSION_OFFER";
  /** Decision type: admitted to a programme (or, rejected, placed nowhere). */
  public static final String ADMISSION = "ADMISSION";
  /** Decision type: not admitted, on the waiting lists with positions. */
  public static final String WAITING_LIST = "WAITING_LIST";

  private AdmissionCases() {}

  /** The guardian's page of an admission or offer case. */
  public static String guardianPath(java.util.UUID caseId) {
    return "/guardian/admission/cases/" + caseId;
  }
}
