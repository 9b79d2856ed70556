package fi.kanslia.application;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.school.SchoolJourneys;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The places a school gives to secondary applicants (per grade and school year), their order by the
 * municipality's criteria (the secondary-application-priority DMN), the waiting list, and the
 * guardian's answer to a granted place.
 */
public interface SecondaryPlaces {

  /** Sets the school's places for secondary applicants in a grade of the school year. */
  void setPlaces(KansliaUser official, int schoolYear, int grade, int places);

  /** The grades of the school year that have places set or applicants waiting, in order. */
  List<Integer> grades(String municipalityCode, UUID schoolId, int schoolYear);

  /** The school's places for secondary applicants in a grade of the school year, and how many are taken. */
  Capacity capacity(String municipalityCode, UUID schoolId, int schoolYear, int grade);

  /**
   * The school's secondary applications waiting for a decision, in the criteria's order: by priority
   * group, within a group the shorter school journey first (an unknown journey after the known),
   * then the earlier application.
   */
  List<Ranked> ranking(String municipalityCode, UUID schoolId, int schoolYear, int grade);

  /** How the school journeys of the order are measured: a straight line, or a route. */
  SchoolJourneys.Measure journeyMeasure();

  /**
   * Takes one of the school's places for an approved secondary application, under the school's
   * lock, so that two officials cannot give the last place twice.
   *
   * @throws fi.kanslia.platform.InputRefusedException when no place is left
   */
  void claimPlace(UUID caseId);

  /**
   * The official of the requested school confirms (or withdraws the confirmation of) the special
   * reasons the guardian gave, which move the application up in the order.
   */
  void confirmSpecialReasons(KansliaUser official, UUID caseId, boolean confirmed);

  /** Puts a rejected secondary applicant on the waiting list; returns the position (idempotent). */
  int addToWaitingList(UUID caseId);

  /** The school's waiting list in order. */
  List<Waiting> waitingList(String municipalityCode, UUID schoolId, int schoolYear, int grade);

  /** The guardian accepts or declines a granted secondary place; a declined place is freed. */
  void answer(KansliaUser guardian, UUID caseId, boolean accept);

  /**
   * Offers a freed place to the first on the waiting list: a new application case for that child,
   * with the same details, which the official decides like any other.
   */
  Optional<CaseFile> offerFreedPlace(KansliaUser official, int schoolYear, int grade);

  /** @param places null when the school has set none: secondary places are not limited then */
  record Capacity(Integer places, int taken) {
    public boolean limited() {
      return places != null;
    }

    public int left() {
      return places == null ? Integer.MAX_VALUE : Math.max(places - taken, 0);
    }
  }

  /**
   * A secondary application's place in the order.
   *
   * @param priorityGroup the criteria's group, 1 first
   * @param distanceMetres the length of the school journey the order used, in whole metres; null
   *     when unknown (the home or the school has no coordinates): such an application comes after
   *     the known journeys of its group
   */
  record Ranked(UUID caseId, UUID childId, int priorityGroup, Integer distanceMetres,
      Instant submittedAt) {

    /** The school journey in kilometres (exact), for display; null when unknown. */
    public BigDecimal distanceKilometres() {
      return distanceMetres == null ? null : BigDecimal.valueOf(distanceMetres).movePointLeft(3);
    }
  }

  record Waiting(UUID caseId, UUID childId, int position, boolean offered) {}
}
