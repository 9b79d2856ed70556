/**
 * Admission placement: student-proposing deferred acceptance with reserved seats, a seeded lottery
 * for ties, waiting lists, structured explanations of every decision, and the diff between two runs
 * for the officials' dry run.
 *
 * <p>Start at {@link fi.kanslia.placement.DeferredAcceptance#place}: it takes a validated
 * {@link fi.kanslia.placement.PlacementRound} and a seed and returns a
 * {@link fi.kanslia.placement.PlacementResult}. Plain Java, no framework; popularity weights in
 * {@link fi.kanslia.placement.SyntheticRounds} are the only floating-point numbers, and no score is one.
 */
package fi.kanslia.placement;
