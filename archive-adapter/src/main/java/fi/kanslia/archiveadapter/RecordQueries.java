package fi.kanslia.archiveadapter;

import java.util.List;
import java.util.Optional;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.QueryStatement;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;

/**
 * CMIS queries over Kanslia records: the document type joined with the metadata aspect, as Alfresco requires for
 * aspect properties (CMIS 1.1, section 2.1.14.2.4).
 */
final class RecordQueries {

    private static final String FROM_RECORDS = " FROM " + KansliaModel.RECORD_TYPE_QUERY_NAME + " AS d JOIN "
            + KansliaModel.METADATA_ASPECT_QUERY_NAME + " AS m ON d.cmis:objectId = m.cmis:objectId";

    private RecordQueries() {
    }

    static QueryStatement byCaseNumber(Session session, String municipalityCode, String caseNumber) {
        StringBuilder select = new StringBuilder("SELECT d.cmis:objectId, d.cmis:name");
        KansliaModel.METADATA_PROPERTIES.forEach(property -> select.append(", m.").append(property));
        QueryStatement query = session.createQueryStatement(select + FROM_RECORDS + " WHERE m."
                + KansliaModel.MUNICIPALITY_CODE + " = ? AND m." + KansliaModel.CASE_NUMBER + " = ?");
        query.setString(1, municipalityCode);
        query.setString(2, caseNumber);
        return query;
    }

    /** The record with that id wherever it is filed (e.g. after a case number was corrected). */
    static Optional<Document> findByRecordId(Session session, String recordId) {
        QueryStatement query = session.createQueryStatement(
                "SELECT d.cmis:objectId" + FROM_RECORDS + " WHERE m." + KansliaModel.RECORD_ID + " = ?");
        query.setString(1, recordId);
        for (QueryResult result : query.query(false)) {
            CmisObject object = session.getObject((String) value(result, "d", PropertyIds.OBJECT_ID),
                    session.getDefaultContext());
            if (object instanceof Document document) {
                return Optional.of(document);
            }
        }
        return Optional.empty();
    }

    /** A hit of {@link #byCaseNumber}; its path is where Kanslia files such a record. */
    static ArchivedRecordSummary summary(QueryResult result) {
        RecordMetadata metadata = MetadataProperties.fromCmis(property -> value(result, "m", property));
        String name = (String) value(result, "d", PropertyIds.NAME);
        ArchivedRecordRef ref = new ArchivedRecordRef((String) value(result, "d", PropertyIds.OBJECT_ID),
                CaseFolders.path(metadata) + "/" + name);
        return new ArchivedRecordSummary(ref, fileName(name, metadata.recordId()), metadata);
    }

    static boolean isRecord(Document document) {
        List<Object> aspects = document.getPropertyValue(PropertyIds.SECONDARY_OBJECT_TYPE_IDS);
        return aspects != null && aspects.contains(KansliaModel.METADATA_ASPECT);
    }

    /** The file name a record was filed with, from its document name {@code <recordId>_<fileName>}. */
    static String fileName(String documentName, String recordId) {
        String prefix = recordId + "_";
        return documentName.startsWith(prefix) ? documentName.substring(prefix.length()) : documentName;
    }

    /** A column by property id, or by its qualified query name where a repository keys join results so. */
    private static Object value(QueryResult result, String alias, String propertyId) {
        Object value = result.getPropertyValueById(propertyId);
        return value != null ? value : result.getPropertyValueByQueryName(alias + "." + propertyId);
    }
}
