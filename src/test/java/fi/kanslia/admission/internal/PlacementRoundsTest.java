package fi.kanslia.admission.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanslia.placement.Applicant;
import fi.kanslia.placement.PlacementRound;
import fi.kanslia.placement.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A round's applications as the placement module's round: ids, classes, scores, quotas. */
class PlacementRoundsTest {

  private static final UUID ROUND = UUID.randomUUID();
  private static final UUID MUSIC_SCHOOL = UUID.randomUUID();
  private static final Programme MUSIC =
      new Programme(UUID.randomUUID(), ROUND, MUSIC_SCHOOL, "MUSIC", 24, 2, 1);
  private static final Programme SPORTS =
      new Programme(UUID.randomUUID(), ROUND, UUID.randomUUID(), "SPORTS", 30, 0, 2);

  /** The example criteria: music needs 30, a sibling is group 1, the neighbourhood school 2. */
  private final List<String> evaluated = new ArrayList<>();
  private final PlacementRounds.Criteria criteria = (type, score, sibling, neighbourhood) -> {
    evaluated.add(type + "/" + score.toPlainString() + "/" + sibling + "/" + neighbourhood);
    if (type.equals("MUSIC") && score.compareTo(BigDecimal.valueOf(30)) < 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(sibling ? 1 : neighbourhood ? 2 : 3);
  };

  @Test
  void applicantsAreCaseIdsWithTheClassTheCriteriaGiveInRankOrder() {
    UUID caseId = UUID.randomUUID();
    PlacementRound round = PlacementRounds.build(2, List.of(MUSIC, SPORTS), List.of(
        new PlacementRounds.Candidate(caseId, List.of(
            preference(caseId, SPORTS, 1, "31.5", false, false),
            preference(caseId, MUSIC, 2, "40", true, true)), MUSIC_SCHOOL)), criteria);

    Applicant applicant = round.applicants().getFirst();
    assertThat(applicant.id()).isEqualTo(caseId.toString());
    assertThat(applicant.preferences()).extracting(p -> p.programmeId(), p -> p.priorityClass(),
            p -> p.score(), p -> p.reservedEligible())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SPORTS.id().toString(), 0, Score.of("31.5"), false),
            org.assertj.core.groups.Tuple.tuple(MUSIC.id().toString(), 2, Score.of("40"), true));
    assertThat(evaluated).containsExactly("SPORTS/31.5/false/false", "MUSIC/40/true/true");
    assertThat(round.programmes()).extracting(p -> p.capacity(), p -> p.reservedSeats())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(24, 2),
            org.assertj.core.groups.Tuple.tuple(30, 0));
  }

  @Test
  void preferencesWhereTheApplicantIsNotEligibleOrWasAbsentAreLeftOut() {
    UUID caseId = UUID.randomUUID();
    PlacementRound round = PlacementRounds.build(2, List.of(MUSIC, SPORTS), List.of(
        new PlacementRounds.Candidate(caseId, List.of(
            preference(caseId, MUSIC, 1, "29.999", false, false),
            new Preference(caseId, SPORTS.id(), 2, false, false, null, null, true)), null)),
        criteria);

    assertThat(round.applicants().getFirst().preferences()).isEmpty();
    assertThat(evaluated).as("an absent applicant is not evaluated").hasSize(1);
  }

  @Test
  void aPriorityGroupOutsideTheCriteriasRangeStopsThePlacement() {
    assertThat(PlacementRounds.priorityClass(1)).isEqualTo(2);
    assertThat(PlacementRounds.priorityClass(3)).isZero();
    assertThatThrownBy(() -> PlacementRounds.priorityClass(4))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside 1..3");
  }

  private static Preference preference(UUID caseId, Programme programme, int rank, String score,
      boolean sibling, boolean reserved) {
    return new Preference(caseId, programme.id(), rank, sibling, reserved, null,
        new BigDecimal(score), false);
  }
}
