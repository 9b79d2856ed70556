package fi.kanslia.archive.internal;

import fi.kanslia.archiveadapter.ArchivedRecord;
import fi.kanslia.archiveadapter.ArchivedRecordRef;
import fi.kanslia.archiveadapter.ArchivedRecordSummary;
import fi.kanslia.archiveadapter.RecordArchive;
import fi.kanslia.archiveadapter.RecordToFile;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Creates the real archive client on first use, when its address is known. */
final class LazyRecordArchive implements RecordArchive {

  private final Supplier<RecordArchive> factory;
  private volatile RecordArchive delegate;

  LazyRecordArchive(Supplier<RecordArchive> factory) {
    this.factory = factory;
  }

  private RecordArchive delegate() {
    RecordArchive current = delegate;
    if (current == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = factory.get();
        }
        current = delegate;
      }
    }
    return current;
  }

  @Override
  public ArchivedRecordRef file(RecordToFile record) {
    return delegate().file(record);
  }

  @Override
  public Optional<ArchivedRecord> fetch(String objectId) {
    return delegate().fetch(objectId);
  }

  @Override
  public ArchivedRecordRef fileNewVersion(String objectId, byte[] content, String comment) {
    return delegate().fileNewVersion(objectId, content, comment);
  }

  @Override
  public List<ArchivedRecordSummary> findByCaseNumber(String municipalityCode, String caseNumber) {
    return delegate().findByCaseNumber(municipalityCode, caseNumber);
  }
}
