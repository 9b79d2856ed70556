package fi.kanslia.support.internal;

/** Where a support case stands; a human step opens when the process reaches it. */
enum Stage {
  STARTING,
  NEEDS_ASSESSMENT,
  SUPPORT_PLAN,
  HEARING,
  PRINCIPAL_DECISION,
  DECIDED,
  REVIEW,
  GROUP_SUPPORT,
  FOLLOWED_UP
}
