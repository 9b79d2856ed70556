package fi.kanslia.workers.ports;

import java.util.UUID;

/** Sends a rectification request to the authority that the decision type names (once). */
public interface RectificationRouting {

  void forward(UUID requestId);
}
