/**
 * Audit: every read, change and disclosure of a decision record is logged with who, when, what and
 * why (TiHL 17 §), in a hash chain so that a removed or altered row is detectable.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package fi.kanslia.audit;
