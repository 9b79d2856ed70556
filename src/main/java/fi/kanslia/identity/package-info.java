/**
 * Identity: who the user is (guardian, official, principal, archivist), the people known to the
 * municipality and who is whose guardian.
 *
 * <p>Feature code sees only {@link fi.kanslia.identity.KansliaUser}, resolved by
 * {@link fi.kanslia.identity.CurrentUser} from any principal that implements
 * {@link fi.kanslia.identity.KansliaPrincipal}. Locally the seeded accounts log in with a form; an
 * OIDC login (Suomi.fi for citizens, Entra ID for staff) slots in by mapping its claims to the same
 * principal, without touching feature code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package fi.kanslia.identity;
