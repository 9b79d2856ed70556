package fi.kanslia.audit;

import java.util.List;

/** The tamper-evident audit log. */
public interface AuditLog {

  /** Records one event in the caller's transaction (or its own if there is none). */
  void record(AuditEvent event);

  /** The events about one object, oldest first. */
  List<AuditEvent> about(String objectType, String objectId);

  /** Recomputes the hash chain; false if any row was changed or removed. */
  boolean chainIntact();
}
