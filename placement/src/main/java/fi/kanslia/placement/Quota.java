package fi.kanslia.placement;

import java.util.Objects;

/**
 * Seats a programme reserves for one category of applicants, e.g. 4 of 24 seats for applicants with
 * special reasons. Which applicants belong to the category is decided upstream (DMN) per applicant and
 * programme: see {@link Preference#reservedEligible()}. How reserved seats are filled is described in
 * {@link DeferredAcceptance}.
 *
 * @param category a label for audit and rendering, e.g. {@code special-reasons}
 * @param seats    how many of the programme's seats are reserved, {@code 0..capacity}
 */
public record Quota(String category, int seats) {

    public Quota {
        Objects.requireNonNull(category, "category");
    }
}
