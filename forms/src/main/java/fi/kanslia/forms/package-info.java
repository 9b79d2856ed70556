/**
 * Camunda Forms for guardians and officials: loads a form's JSON from the classpath ({@link
 * fi.kanslia.forms.FormDefinitions}), validates a submission on the server ({@link
 * fi.kanslia.forms.FormValidator}) and renders the form as an accessible HTML fragment ({@link
 * fi.kanslia.forms.FormHtmlRenderer}), in Finnish, Swedish or English.
 *
 * <p>Plain Java without Spring: the application wires these classes. The JSON stays the single
 * description of a form; the browser never validates anything the server does not check again.
 */
package fi.kanslia.forms;
