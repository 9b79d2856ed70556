/**
 * The municipal archive behind a narrow port.
 *
 * <p>{@link fi.kanslia.archiveadapter.RecordArchive} is the port: file a signed record with its
 * {@link fi.kanslia.archiveadapter.RecordMetadata}, fetch it back, find the records of a case. Implementations:
 * {@link fi.kanslia.archiveadapter.CmisRecordArchive} (CMIS 1.1 browser binding; Alfresco in production) and
 * {@link fi.kanslia.archiveadapter.UnconfiguredRecordArchive} (the default, fails loudly).
 * {@link fi.kanslia.archiveadapter.EmbeddedCmisRepository} runs an in-memory CMIS repository inside the application
 * for the local run and tests.
 *
 * <p>No application domain type enters or leaves this package; it has its own small records, and no Spring.
 */
package fi.kanslia.archiveadapter;
