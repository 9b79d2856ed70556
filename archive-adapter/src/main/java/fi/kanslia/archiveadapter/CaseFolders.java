package fi.kanslia.archiveadapter;

import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;

/**
 * The folder tree {@code /Kanslia/<municipality>/<taskClassCode>/<caseNumber>/}, created on demand.
 *
 * <p>Safe when several filings create the same folder at once. In this JVM the creation of one path is serialised
 * (the OpenCMIS InMemory server does not check names atomically, and two folders of one name would follow). Across
 * nodes the repository's unique-name rule decides: creating a folder that another writer has just created fails on
 * its name, and then that writer's folder is used.
 */
final class CaseFolders {

    static final String ROOT_FOLDER = "Kanslia";

    private final StripedLocks locks = new StripedLocks(64);

    static List<String> segments(RecordMetadata metadata) {
        return List.of(ROOT_FOLDER, metadata.municipalityCode(), metadata.taskClassCode(),
                ArchiveNames.folderName(metadata.caseNumber()));
    }

    static String path(RecordMetadata metadata) {
        return "/" + String.join("/", segments(metadata));
    }

    /** The case folder of the metadata, created with its missing parents. */
    Folder ensure(Session session, RecordMetadata metadata) {
        Folder folder = session.getRootFolder();
        String path = "";
        for (String name : segments(metadata)) {
            path = path + "/" + name;
            Folder parent = folder;
            String childPath = path;
            folder = locks.withLock(childPath, () -> child(session, parent, childPath, name));
        }
        return folder;
    }

    private static Folder child(Session session, Folder parent, String path, String name) {
        try {
            return asFolder(session.getObjectByPath(path, session.getDefaultContext()), path);
        } catch (CmisObjectNotFoundException absent) {
            try {
                return parent.createFolder(Map.of(
                        PropertyIds.OBJECT_TYPE_ID, BaseTypeId.CMIS_FOLDER.value(),
                        PropertyIds.NAME, name));
            } catch (CmisContentAlreadyExistsException | CmisNameConstraintViolationException createdMeanwhile) {
                return asFolder(session.getObjectByPath(path, session.getDefaultContext()), path);
            }
        }
    }

    private static Folder asFolder(CmisObject object, String path) {
        if (object instanceof Folder folder) {
            return folder;
        }
        throw new IllegalStateException(path + " exists in the archive but is not a folder");
    }
}
