package fi.kanslia.workers.ports;

import java.util.UUID;

/** Changes the original case as a granted rectification requires (once). */
public interface OriginalDecisionAmendment {

  void amend(UUID requestId);
}
