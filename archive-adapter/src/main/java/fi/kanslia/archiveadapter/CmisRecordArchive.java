package fi.kanslia.archiveadapter;

import org.apache.chemistry.opencmis.client.api.ObjectId;
import java.util.Arrays;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.QueryStatement;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.definitions.DocumentTypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RecordArchive} over CMIS 1.1 (browser binding), for Alfresco in production and
 * {@link EmbeddedCmisRepository} locally.
 *
 * <p>A record is a document of type {@code D:kanslia:record} named {@code <recordId>_<fileName>} in
 * {@code /Kanslia/<municipality>/<taskClassCode>/<caseNumber>/}, with its metadata in the aspect
 * {@code P:kanslia:recordMetadata} attached through {@code cmis:secondaryObjectTypeIds}.
 *
 * <p>Thread-safe. Within this JVM, filings of one record and creations of one folder are serialised; between
 * nodes, the repository's unique names make a second filing fail on its name, and the first one's document is
 * returned. The session is opened on first use, not in the constructor, so the application can start
 * before its archive (or its own embedded repository) answers; a failed opening is retried on the next call.
 */
public final class CmisRecordArchive implements RecordArchive {

    private static final Logger LOG = LoggerFactory.getLogger(CmisRecordArchive.class);

    private final CmisConnectionSettings settings;
    private final CaseFolders folders = new CaseFolders();
    /** Serialises filings of one record in this JVM; across nodes the unique document name does. */
    private final StripedLocks recordLocks = new StripedLocks(64);
    private final Object sessionLock = new Object();
    private volatile Session session;
    private volatile VersioningState versioningState;

    public CmisRecordArchive(CmisConnectionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public ArchivedRecordRef file(RecordToFile record) {
        Objects.requireNonNull(record, "record");
        RecordMetadata metadata = record.metadata();
        return call("file record " + metadata.recordId(), () -> recordLocks.withLock(metadata.recordId(), () -> {
            Session cmis = session();
            String name = ArchiveNames.documentName(metadata.recordId(), record.fileName());
            String path = CaseFolders.path(metadata) + "/" + name;
            Optional<ArchivedRecordRef> existing = existingAt(cmis, path, metadata.recordId())
                    .or(() -> RecordQueries.findByRecordId(cmis, metadata.recordId()).map(this::ref));
            if (existing.isPresent()) {
                LOG.info("Record {} was already filed as {}; nothing changed", metadata.recordId(),
                        existing.get().objectId());
                return existing.get();
            }
            Folder folder = folders.ensure(cmis, metadata);
            try {
                Document document = create(cmis, folder, name, record);
                LOG.info("Filed record {} of case {} as {}", metadata.recordId(), metadata.caseNumber(),
                        document.getId());
                return new ArchivedRecordRef(document.getId(), path);
            } catch (CmisContentAlreadyExistsException | CmisNameConstraintViolationException filedMeanwhile) {
                return existingAt(cmis, path, metadata.recordId()).orElseThrow(() -> new IllegalStateException(
                        path + " exists in the archive but is not record " + metadata.recordId(), filedMeanwhile));
            }
        }));
    }

    @Override
    public Optional<ArchivedRecord> fetch(String objectId) {
        Objects.requireNonNull(objectId, "objectId");
        return call("fetch " + objectId, () -> {
            Session cmis = session();
            CmisObject object;
            try {
                object = cmis.getObject(objectId, cmis.getDefaultContext());
            } catch (CmisObjectNotFoundException absent) {
                return Optional.empty();
            }
            if (!(object instanceof Document document) || !RecordQueries.isRecord(document)) {
                return Optional.empty();
            }
            RecordMetadata metadata = MetadataProperties.fromCmis(document::getPropertyValue);
            ContentStream stream = document.getContentStream();
            return Optional.of(new ArchivedRecord(ref(document),
                    RecordQueries.fileName(document.getName(), metadata.recordId()), stream.getMimeType(),
                    readAll(stream), metadata));
        });
    }

    @Override
    public ArchivedRecordRef fileNewVersion(String objectId, byte[] content, String comment) {
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(content, "content");
        return call("file a new version of " + objectId, () -> {
            Session cmis = session();
            CmisObject object;
            try {
                object = cmis.getObject(objectId, cmis.getDefaultContext());
            } catch (CmisObjectNotFoundException absent) {
                throw new IllegalArgumentException("No record " + objectId + " in the archive", absent);
            }
            if (!(object instanceof Document document) || !RecordQueries.isRecord(document)) {
                throw new IllegalArgumentException("No record " + objectId + " in the archive");
            }
            String recordId = (String) document.getPropertyValue(KansliaModel.RECORD_ID);
            return recordLocks.withLock(recordId, () -> newVersion(cmis, document, content, comment));
        });
    }

    private ArchivedRecordRef newVersion(Session cmis, Document any, byte[] content, String comment) {
        Document latest = any.getObjectOfLatestVersion(false);
        ContentStream current = latest.getContentStream();
        if (Arrays.equals(readAll(current), content)) {
            return ref(latest);
        }
        ContentStream stream = cmis.getObjectFactory().createContentStream(current.getFileName(), content.length,
                current.getMimeType(), new ByteArrayInputStream(content));
        if (versioningState(cmis) == VersioningState.NONE) {
            latest.setContentStream(stream, true);
            return ref(latest);
        }
        ObjectId workingCopy = Boolean.TRUE.equals(latest.isVersionSeriesCheckedOut())
                ? cmis.createObjectId(latest.getVersionSeriesCheckedOutId())
                : latest.checkOut();
        ObjectId version = ((Document) cmis.getObject(workingCopy)).checkIn(true, null, stream, comment);
        Document filed = (Document) cmis.getObject(version, cmis.getDefaultContext());
        LOG.info("Filed version {} of record {} as {}", filed.getVersionLabel(),
                filed.getPropertyValue(KansliaModel.RECORD_ID), filed.getId());
        return ref(filed);
    }

    @Override
    public List<ArchivedRecordSummary> findByCaseNumber(String municipalityCode, String caseNumber) {
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(caseNumber, "caseNumber");
        return call("find the records of case " + caseNumber, () -> {
            List<ArchivedRecordSummary> found = new ArrayList<>();
            QueryStatement query = RecordQueries.byCaseNumber(session(), municipalityCode, caseNumber);
            for (QueryResult result : query.query(false)) {
                found.add(RecordQueries.summary(result));
            }
            found.sort(Comparator.comparing((ArchivedRecordSummary summary) -> summary.metadata().documentDate())
                    .thenComparing(summary -> summary.metadata().recordId()));
            return List.copyOf(found);
        });
    }

    private Optional<ArchivedRecordRef> existingAt(Session cmis, String path, String recordId) {
        try {
            CmisObject object = cmis.getObjectByPath(path, cmis.getDefaultContext());
            if (object instanceof Document document && RecordQueries.isRecord(document)
                    && recordId.equals(document.getPropertyValue(KansliaModel.RECORD_ID))) {
                return Optional.of(new ArchivedRecordRef(document.getId(), path));
            }
            return Optional.empty();
        } catch (CmisObjectNotFoundException absent) {
            return Optional.empty();
        }
    }

    private Document create(Session cmis, Folder folder, String name, RecordToFile record) {
        Map<String, Object> properties = new HashMap<>(MetadataProperties.toCmis(record.metadata()));
        properties.put(PropertyIds.OBJECT_TYPE_ID, KansliaModel.RECORD_TYPE);
        properties.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of(KansliaModel.METADATA_ASPECT));
        properties.put(PropertyIds.NAME, name);
        byte[] content = record.content();
        ContentStream stream = cmis.getObjectFactory().createContentStream(record.fileName(), content.length,
                record.mimeType(), new ByteArrayInputStream(content));
        return folder.createDocument(properties, stream, versioningState(cmis));
    }

    /** MAJOR where the type is versionable (Alfresco), NONE where it is not. */
    private VersioningState versioningState(Session cmis) {
        VersioningState state = versioningState;
        if (state == null) {
            DocumentTypeDefinition type = (DocumentTypeDefinition) cmis.getTypeDefinition(KansliaModel.RECORD_TYPE);
            state = Boolean.TRUE.equals(type.isVersionable()) ? VersioningState.MAJOR : VersioningState.NONE;
            versioningState = state;
        }
        return state;
    }

    private ArchivedRecordRef ref(Document document) {
        List<String> paths = document.getPaths();
        return new ArchivedRecordRef(document.getId(), paths.isEmpty() ? "" : paths.get(0));
    }

    private Session session() {
        Session current = session;
        if (current == null) {
            synchronized (sessionLock) {
                current = session;
                if (current == null) {
                    current = openSession();
                    session = current;
                }
            }
        }
        return current;
    }

    private Session openSession() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        parameters.put(SessionParameter.BROWSER_URL, settings.browserUrl());
        parameters.put(SessionParameter.REPOSITORY_ID, settings.repositoryId());
        parameters.put(SessionParameter.USER, settings.user());
        parameters.put(SessionParameter.PASSWORD, settings.password());
        parameters.put(SessionParameter.CONNECT_TIMEOUT, Long.toString(settings.connectTimeout().toMillis()));
        parameters.put(SessionParameter.READ_TIMEOUT, Long.toString(settings.readTimeout().toMillis()));
        Session opened = SessionFactoryImpl.newInstance().createSession(parameters);
        OperationContext context = opened.createOperationContext();
        // Archived records are read rarely and must be read as they are now, not as an earlier call saw them.
        context.setCacheEnabled(false);
        opened.setDefaultContext(context);
        LOG.info("Opened a CMIS session to repository {} at {}", settings.repositoryId(), settings.browserUrl());
        return opened;
    }

    private <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (CmisBaseException | UncheckedIOException e) {
            throw new ArchiveUnavailableException("Could not " + what + " in the CMIS archive at "
                    + settings.browserUrl() + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(ContentStream stream) {
        try (InputStream in = stream.getStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
