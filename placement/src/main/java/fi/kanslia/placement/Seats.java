package fi.kanslia.placement;

/**
 * The seats every programme currently holds during deferred acceptance: per programme a heap of the
 * reserved-seat holders and one of the general-seat holders, each with its worst holder on top, all
 * in two flat int arrays. One proposal costs O(log capacity) and rejects at most one preference.
 *
 * <p>The programme's choice from the holders plus a new proposer is the quota rule of
 * {@link DeferredAcceptance}: the best eligible applicants take the reserved seats (up to the number
 * reserved), everyone else competes for the remaining {@code capacity - reserved seats taken}
 * general seats.
 */
final class Seats {

    private static final int NONE = -1;

    private final CompiledRound round;
    private final int[] generalHeap;
    private final int[] generalOffset;
    private final int[] generalSize;
    private final int[] reservedHeap;
    private final int[] reservedOffset;
    private final int[] reservedSize;

    Seats(CompiledRound round) {
        this.round = round;
        int programmes = round.programmeCount;
        generalOffset = new int[programmes];
        generalSize = new int[programmes];
        reservedOffset = new int[programmes];
        reservedSize = new int[programmes];
        int general = 0;
        int reserved = 0;
        for (int p = 0; p < programmes; p++) {
            generalOffset[p] = general;
            reservedOffset[p] = reserved;
            general += round.capacity[p];
            reserved += round.reserved[p];
        }
        generalHeap = new int[general];
        reservedHeap = new int[reserved];
    }

    /** Offers the preference's applicant a seat; returns the preference rejected (maybe this one) or -1. */
    int propose(int pref) {
        int p = round.prefProgramme[pref];
        if (!round.prefEligible[pref] || round.reserved[p] == 0) {
            return offerGeneral(p, pref);
        }
        if (reservedSize[p] < round.reserved[p]) {
            push(reservedHeap, reservedOffset[p], reservedSize[p]++, pref);
            // One general seat fewer: the reserved seat it stood in for is now taken.
            return generalSize[p] > round.capacity[p] - reservedSize[p] ? pollGeneral(p) : NONE;
        }
        int worstReserved = reservedHeap[reservedOffset[p]];
        if (round.compare(pref, worstReserved) < 0) {
            replaceTop(reservedHeap, reservedOffset[p], reservedSize[p], pref);
            return offerGeneral(p, worstReserved);
        }
        return offerGeneral(p, pref);
    }

    private int offerGeneral(int p, int pref) {
        int seats = round.capacity[p] - reservedSize[p];
        if (generalSize[p] < seats) {
            push(generalHeap, generalOffset[p], generalSize[p]++, pref);
            return NONE;
        }
        if (seats == 0) {
            return pref;
        }
        int worst = generalHeap[generalOffset[p]];
        if (round.compare(pref, worst) < 0) {
            replaceTop(generalHeap, generalOffset[p], generalSize[p], pref);
            return worst;
        }
        return pref;
    }

    private int pollGeneral(int p) {
        int offset = generalOffset[p];
        int worst = generalHeap[offset];
        int last = --generalSize[p];
        if (last > 0) {
            replaceTop(generalHeap, offset, last, generalHeap[offset + last]);
        }
        return worst;
    }

    int generalCount(int p) {
        return generalSize[p];
    }

    int reservedCount(int p) {
        return reservedSize[p];
    }

    /** The worst general-seat holder, or -1. */
    int worstGeneral(int p) {
        return generalSize[p] == 0 ? NONE : generalHeap[generalOffset[p]];
    }

    /** The worst reserved-seat holder, or -1. */
    int worstReserved(int p) {
        return reservedSize[p] == 0 ? NONE : reservedHeap[reservedOffset[p]];
    }

    int general(int p, int i) {
        return generalHeap[generalOffset[p] + i];
    }

    int reserved(int p, int i) {
        return reservedHeap[reservedOffset[p] + i];
    }

    /** Sift-up in a heap whose top is the worst holder. */
    private void push(int[] heap, int offset, int size, int pref) {
        int child = size;
        while (child > 0) {
            int parent = (child - 1) >>> 1;
            int above = heap[offset + parent];
            if (round.compare(above, pref) >= 0) {
                break;
            }
            heap[offset + child] = above;
            child = parent;
        }
        heap[offset + child] = pref;
    }

    /** Replaces the top and sifts it down. */
    private void replaceTop(int[] heap, int offset, int size, int pref) {
        int parent = 0;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= size) {
                break;
            }
            int right = child + 1;
            if (right < size && round.compare(heap[offset + right], heap[offset + child]) > 0) {
                child = right;
            }
            if (round.compare(heap[offset + child], pref) <= 0) {
                break;
            }
            heap[offset + parent] = heap[offset + child];
            parent = child;
        }
        heap[offset + parent] = pref;
    }
}
