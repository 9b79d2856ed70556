/**
 * Demo data for the local run: one municipality, schools with catchment areas, guardians with
 * children (synthetic people with valid-format identity codes from the test range 900–999),
 * officials, a principal and an archivist; and demo cases driven through the real processes so
 * that a person who opens the application finds cases in every state.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package fi.kanslia.demo;
