/**
 * The BPMN and DMN models of Kanslia's case families and the names the application uses to reach them.
 * The models themselves sit at the top of the {@code processes/} module and are packaged under
 * {@code processes/} on the classpath; {@link fi.kanslia.processes.ProcessModels#all()} lists them.
 */
package fi.kanslia.processes;
