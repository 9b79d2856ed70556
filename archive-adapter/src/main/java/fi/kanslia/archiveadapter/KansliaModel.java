package fi.kanslia.archiveadapter;

import java.util.List;

/**
 * Ids of the Kanslia content model as CMIS exposes it: Alfresco shows a content-model type as {@code D:prefix:name}
 * and an aspect as {@code P:prefix:name}; properties keep their {@code prefix:name}. Defined for Alfresco in
 * {@code alfresco/kanslia-content-model.xml} and for the in-memory repository in {@code kanslia-cmis-types.xml}.
 */
final class KansliaModel {

    static final String RECORD_TYPE = "D:kanslia:record";
    static final String RECORD_TYPE_QUERY_NAME = "kanslia:record";
    static final String METADATA_ASPECT = "P:kanslia:recordMetadata";
    static final String METADATA_ASPECT_QUERY_NAME = "kanslia:recordMetadata";

    static final String RECORD_ID = "kanslia:recordId";
    static final String CASE_NUMBER = "kanslia:caseNumber";
    static final String TITLE = "kanslia:title";
    static final String DOCUMENT_TYPE = "kanslia:documentType";
    static final String PUBLICITY_CLASS = "kanslia:publicityClass";
    static final String PUBLICITY_LEGAL_BASIS = "kanslia:publicityLegalBasis";
    static final String SECRECY_PERIOD_YEARS = "kanslia:secrecyPeriodYears";
    static final String CONTAINS_PERSONAL_DATA = "kanslia:containsPersonalData";
    static final String RETENTION_PERIOD = "kanslia:retentionPeriod";
    static final String RETENTION_BASIS = "kanslia:retentionBasis";
    static final String TASK_CLASS_CODE = "kanslia:taskClassCode";
    static final String MUNICIPALITY_CODE = "kanslia:municipalityCode";
    static final String DOCUMENT_DATE = "kanslia:documentDate";
    static final String LANGUAGE = "kanslia:language";

    /** Every property of the record metadata aspect. */
    static final List<String> METADATA_PROPERTIES = List.of(RECORD_ID, CASE_NUMBER, TITLE, DOCUMENT_TYPE,
            PUBLICITY_CLASS, PUBLICITY_LEGAL_BASIS, SECRECY_PERIOD_YEARS, CONTAINS_PERSONAL_DATA, RETENTION_PERIOD,
            RETENTION_BASIS, TASK_CLASS_CODE, MUNICIPALITY_CODE, DOCUMENT_DATE, LANGUAGE);

    /** The in-memory repository's type definitions, a classpath resource. */
    static final String CMIS_TYPES_RESOURCE = "fi/kanslia/archiveadapter/kanslia-cmis-types.xml";

    private KansliaModel() {
    }
}
