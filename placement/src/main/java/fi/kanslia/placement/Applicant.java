package fi.kanslia.placement;

import java.util.List;
import java.util.Objects;

/**
 * An applicant, known only by an opaque id (no personal data), with the programmes the guardians
 * ranked, most wanted first.
 */
public record Applicant(String id, List<Preference> preferences) {

    public Applicant {
        Objects.requireNonNull(id, "id");
        preferences = List.copyOf(preferences);
    }

    public static Applicant of(String id, Preference... preferences) {
        return new Applicant(id, List.of(preferences));
    }
}
