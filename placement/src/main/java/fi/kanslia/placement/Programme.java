package fi.kanslia.placement;

import java.util.Objects;
import java.util.Optional;

/**
 * A programme applicants can be placed in: a school's class or an emphasised-teaching group.
 *
 * @param id       an opaque token (see {@link PlacementRound} for the allowed characters)
 * @param capacity total seats, reserved ones included
 * @param quota    seats reserved for one category of applicants, if any
 */
public record Programme(String id, int capacity, Optional<Quota> quota) {

    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quota, "quota");
    }

    public static Programme of(String id, int capacity) {
        return new Programme(id, capacity, Optional.empty());
    }

    public static Programme withQuota(String id, int capacity, String category, int reservedSeats) {
        return new Programme(id, capacity, Optional.of(new Quota(category, reservedSeats)));
    }

    public int reservedSeats() {
        return quota.map(Quota::seats).orElse(0);
    }
}
