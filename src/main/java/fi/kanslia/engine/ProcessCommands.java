package fi.kanslia.engine;

import java.util.Map;
import java.util.UUID;

/**
 * Queues commands for the process engine inside the caller's transaction. Variables are ids and
 * flags only; personal data stays in the database.
 */
public interface ProcessCommands {

  /**
   * Starts the case's process through its message start event, exactly once: the message carries
   * the case id as correlation key and {@code start-<caseId>} as message id, so a publication
   * repeated after a crash starts nothing.
   */
  void startProcess(String municipalityCode, UUID caseId, String startMessage, Map<String, ?> variables);

  /**
   * Publishes a message once; the message id makes a repeated publication a no-op in the engine.
   */
  void publishMessage(String municipalityCode, UUID caseId, String messageName,
      String correlationKey, String messageId, Map<String, ?> variables);

  /** Commands not yet accepted by the engine, for health and tests. */
  long pendingCount();
}
