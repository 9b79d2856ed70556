/**
 * Camunda job workers: one class per job type, named after the task, the job type in one constant.
 *
 * <p>Workers read their variables into a record, call a port that this package owns (see
 * {@link fi.kanslia.workers.ports}) and return a record of output variables. The application
 * implements the ports. A technical failure throws, so the engine retries the job with back-off and
 * raises an incident when the retries are spent; nothing is dropped. Every port is idempotent, so a
 * job delivered twice changes nothing the second time.
 */
package fi.kanslia.workers;
