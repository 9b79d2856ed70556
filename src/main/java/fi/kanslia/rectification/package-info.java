/**
 * Rectification requests (oikaisuvaatimus, HL 49 a §, PoL 42 §): a party asks, within the period
 * counted from their own notification, for a decision to be corrected. The request is routed to the
 * authority that the decision type names (since 2026 Lupa- ja valvontavirasto), an official records
 * that authority's outcome, and a granted request changes the original case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rectification")
package fi.kanslia.rectification;
