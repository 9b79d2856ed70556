package fi.kanslia.archiveadapter;

/**
 * Names of folders and documents in the repository. Alfresco rejects names with any of {@link #FORBIDDEN} or a
 * trailing dot; the same rule is applied against every repository so that the embedded one behaves like production.
 */
final class ArchiveNames {

    static final String FORBIDDEN = "* \" < > \\ / ? : |";
    private static final String FORBIDDEN_CHARACTERS = "*\"<>\\/?:|";

    private ArchiveNames() {
    }

    static boolean hasForbiddenCharacter(String name) {
        return name.endsWith(".") || name.chars().anyMatch(c -> FORBIDDEN_CHARACTERS.indexOf(c) >= 0 || c < 0x20);
    }

    /**
     * A folder name for a value such as a case number ({@code KASV/123/12.01.01/2026}): forbidden characters become
     * underscores. Folder names only group documents; look-ups go by metadata, so two values that map to the same
     * folder name are still told apart.
     */
    static String folderName(String value) {
        StringBuilder name = new StringBuilder(value.length());
        value.chars().forEach(c -> name.append(FORBIDDEN_CHARACTERS.indexOf(c) >= 0 || c < 0x20 ? '_' : (char) c));
        if (name.charAt(name.length() - 1) == '.') {
            name.setCharAt(name.length() - 1, '_');
        }
        return name.toString();
    }

    /**
     * The document's name: the record id first, so that it is unique in its case folder and a second filing of the
     * same record collides on the name instead of creating a duplicate.
     */
    static String documentName(String recordId, String fileName) {
        return recordId + "_" + fileName;
    }
}
