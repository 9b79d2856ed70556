/**
 * Pupil-level support (PoL 628/1998 as in force since 1.8.2025): school staff open a case, assess
 * the needs and draft the support plan; the guardians and a pupil aged 15 or over are heard; the
 * principal decides; the decision is enforceable at once and reviewed on its review date, and
 * changed needs lead to a new case and a new decision. Group-level support needs no decision.
 * Everything in this feature is confidential (JulkL 621/1999 24 § 1 mom 30 k): only the pupil's
 * unit and guardians see it, and every read is audit-logged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pupil support")
package fi.kanslia.support;
