package fi.kanslia.engine;

import java.util.Map;
import java.util.UUID;

/**
 * Queues commands for the process engine inside the caller's transaction. Variables are ids and
 * flags only; personal data stays in the database.
 */
public interface ProcessCommands {

  /**
   * Starts a process through its message start event, exactly once per start key: the message
   * carries the key as correlation key and {@code <startMessage>:<key>} as message id, so a
   * publication repeated after a crash starts nothing.
   *
   * @param startKey what the process instance is about: the case id for a case's own process, the
   *     request id for a rectification request
   */
  void startProcess(String municipalityCode, UUID caseId, String startMessage, String startKey,
      Map<String, ?> variables);

  /**
   * Publishes a message once; the message id makes a repeated publication a no-op in the engine.
   */
  void publishMessage(String municipalityCode, UUID caseId, String messageName,
      String correlationKey, String messageId, Map<String, ?> variables);

  /**
   * Starts a process that is about no single case (e.g. an admission round), exactly once per
   * start key, as {@link #startProcess} does.
   */
  default void startProcess(String municipalityCode, String startMessage, String startKey,
      Map<String, ?> variables) {
    startProcess(municipalityCode, null, startMessage, startKey, variables);
  }

  /** Publishes a message to a process that is about no single case, once per message id. */
  default void publishMessage(String municipalityCode, String messageName, String correlationKey,
      String messageId, Map<String, ?> variables) {
    publishMessage(municipalityCode, null, messageName, correlationKey, messageId, variables);
  }

  /** Commands not yet accepted by the engine, for health and tests. */
  long pendingCount();
}
