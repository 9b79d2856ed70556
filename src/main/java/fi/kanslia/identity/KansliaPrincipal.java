package fi.kanslia.identity;

/** Implemented by every login's principal (form login today, OIDC later). */
public interface KansliaPrincipal {

  KansliaUser kansliaUser();
}
