package fi.kanslia.processes;

/**
 * The names by which the application reads the legal basis of a decision type from the decision
 * {@code decision-rules}: which provisions a decision applies, which instruction (rectification or appeal)
 * it carries, and whether it is public. Evaluate it with the input {@link #INPUT_DECISION_TYPE}; an unknown
 * type matches no rule and yields no result.
 */
public final class DecisionRulesModel {

    /** The DMN decision id. */
    public static final String DECISION_ID = "decision-rules";

    /** Classpath location of the decision model. */
    public static final String DMN_RESOURCE = "processes/decision-rules.dmn";

    /** The one input: the decision type, one of the {@code TYPE_} values (string). */
    public static final String INPUT_DECISION_TYPE = "decisionType";

    /** Output: the provisions applied (HL 45 §), a list of strings in print order. */
    public static final String OUTPUT_PROVISIONS = "provisions";
    /** Output: {@link #INSTRUCTION_RECTIFICATION} or {@link #INSTRUCTION_APPEAL}. */
    public static final String OUTPUT_INSTRUCTION_KIND = "instructionKind";
    /** Output: the authority the instruction names, {@link #AUTHORITY_LUPA_JA_VALVONTAVIRASTO} or {@link #AUTHORITY_HALLINTO_OIKEUS}. */
    public static final String OUTPUT_AUTHORITY = "authority";
    /** Output: the period in days from notification (number). */
    public static final String OUTPUT_PERIOD_DAYS = "periodDays";
    /** Output: the legal basis printed with the instruction (string). */
    public static final String OUTPUT_INSTRUCTION_LEGAL_BASIS = "instructionLegalBasis";
    /** Output: {@link #PUBLICITY_PUBLIC} or {@link #PUBLICITY_CONFIDENTIAL}. */
    public static final String OUTPUT_PUBLICITY_CLASS = "publicityClass";
    /** Output: the legal basis of confidentiality; empty for a public decision. */
    public static final String OUTPUT_PUBLICITY_LEGAL_BASIS = "publicityLegalBasis";

    /** Decision types, values of {@link #INPUT_DECISION_TYPE}. */
    public static final String TYPE_SCHOOL_PLACE = "SCHOOL_PLACE";
    public static final String TYPE_NEIGHBOURHOOD_SCHOOL = "NEIGHBOURHOOD_SCHOOL";
    public static final String TYPE_SECONDARY_PLACE = "SECONDARY_PLACE";
    public static final String TYPE_ADMISSION = "ADMISSION";
    public static final String TYPE_WAITING_LIST = "WAITING_LIST";
    public static final String TYPE_SUPPORT = "SUPPORT";
    /** The municipality's decision that implements a rectification decision; appealed, not rectified. */
    public static final String TYPE_RECTIFICATION_OUTCOME = "RECTIFICATION_OUTCOME";

    /** Values of {@link #OUTPUT_INSTRUCTION_KIND}. */
    public static final String INSTRUCTION_RECTIFICATION = "RECTIFICATION";
    public static final String INSTRUCTION_APPEAL = "APPEAL";

    /** Values of {@link #OUTPUT_AUTHORITY}; the application maps them to names and contact details. */
    public static final String AUTHORITY_LUPA_JA_VALVONTAVIRASTO = "lupa-ja-valvontavirasto";
    public static final String AUTHORITY_HALLINTO_OIKEUS = "hallinto-oikeus";

    /** Values of {@link #OUTPUT_PUBLICITY_CLASS}. */
    public static final String PUBLICITY_PUBLIC = "PUBLIC";
    public static final String PUBLICITY_CONFIDENTIAL = "CONFIDENTIAL";

    private DecisionRulesModel() {
    }
}
