/**
 * Case files: the case register's core (TiHL 25–26 §) — a unique case number per municipality,
 * the case type and task class, its status and the history of status changes the parties see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case files")
package fi.kanslia.casefile;
