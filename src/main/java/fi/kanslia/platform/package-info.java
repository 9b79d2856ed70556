/**
 * Platform: what every feature stands on and none of them owns — the embedded defaults (PostgreSQL,
 * the in-process Zeebe engine), web security, locale handling and the page layout.
 *
 * <p>With no address configured, {@link fi.kanslia.platform.internal.EmbeddedDefaults} starts one
 * embedded PostgreSQL and one in-process Zeebe engine per JVM and points Spring's configuration at
 * them; with addresses configured only adapter configuration differs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package fi.kanslia.platform;
