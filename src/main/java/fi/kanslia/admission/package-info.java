/**
 * Admission rounds to emphasised teaching (painotettu opetus, PoL 628/1998 28 §): the education
 * office sets up and publishes a round; guardians apply with ranked programmes; applicants are
 * invited to aptitude tests and scored (confidential, JulkL 621/1999 24 § 1 mom 29 k); the
 * admission criteria (DMN) and deferred acceptance place the round, reviewed in dry runs; one
 * decision per application is issued; guardians accept or decline, and vacant places go to the
 * next on the waiting lists until the vacancy closing date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admissions to emphasised teaching")
package fi.kanslia.admission;
