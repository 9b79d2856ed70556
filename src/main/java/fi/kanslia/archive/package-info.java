/**
 * Archive: files each signed decision to the municipal archive with its record metadata (CMIS;
 * Alfresco in production, the in-process repository at {@code /cmis/browser} by default), and the
 * archivist's desk that finds, retrieves and verifies decision records. Every read is audit-logged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archive")
package fi.kanslia.archive;
