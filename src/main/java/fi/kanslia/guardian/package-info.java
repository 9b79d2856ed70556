/**
 * The guardian's desk: their children, the application form (rendered from
 * {@code forms/school-place-application.form} and validated on the server against the same
 * schema), the cases of their children and the decisions they receive. Every page checks
 * guardianship; another family's case is refused without revealing anything about it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guardian desk")
package fi.kanslia.guardian;
