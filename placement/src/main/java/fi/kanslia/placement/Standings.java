package fi.kanslia.placement;

import java.util.Arrays;

/**
 * Dense standings of the distinct (priority class, score) pairs of a round: standing 0 is the
 * highest class with the highest score. Every programme ranks by (standing, lottery number), so
 * comparisons are two int compares, ties are equal standings, and waiting lists sort by counting
 * sorts instead of comparisons.
 */
final class Standings {

    private Standings() {
    }

    /** The standing of every preference, and how many distinct standings there are (last element). */
    static int[] of(int[] classes, long[] scores) {
        int count = classes.length;
        var table = new PairTable(Math.max(16, Integer.highestOneBit(Math.max(1, count / 64)) * 4));
        int[] pairOf = new int[count];
        for (int k = 0; k < count; k++) {
            pairOf[k] = table.idOf(classes[k], scores[k]);
        }
        int distinct = table.size();
        int[] pairs = new int[distinct];
        for (int i = 0; i < distinct; i++) {
            pairs[i] = i;
        }
        IntSort.sort(pairs, 0, distinct, (left, right) -> {
            if (table.classes[left] != table.classes[right]) {
                return table.classes[left] > table.classes[right] ? -1 : 1;
            }
            return Long.compare(table.scores[right], table.scores[left]);
        });
        int[] standingOfPair = new int[distinct];
        for (int standing = 0; standing < distinct; standing++) {
            standingOfPair[pairs[standing]] = standing;
        }
        int[] standings = new int[count + 1];
        for (int k = 0; k < count; k++) {
            standings[k] = standingOfPair[pairOf[k]];
        }
        standings[count] = distinct;
        return standings;
    }

    /** Open addressing from a (class, score) pair to a dense id, in primitive arrays. */
    private static final class PairTable {
        private int[] slots;
        private int mask;
        private int size;
        int[] classes = new int[64];
        long[] scores = new long[64];

        PairTable(int capacity) {
            slots = new int[capacity];
            mask = capacity - 1;
            Arrays.fill(slots, -1);
        }

        int size() {
            return size;
        }

        int idOf(int priorityClass, long score) {
            int slot = hash(priorityClass, score) & mask;
            while (slots[slot] >= 0) {
                int id = slots[slot];
                if (classes[id] == priorityClass && scores[id] == score) {
                    return id;
                }
                slot = (slot + 1) & mask;
            }
            if (size == classes.length) {
                classes = Arrays.copyOf(classes, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            classes[size] = priorityClass;
            scores[size] = score;
            slots[slot] = size;
            if (++size * 2 > slots.length) {
                grow();
            }
            return size - 1;
        }

        private void grow() {
            slots = new int[slots.length * 2];
            mask = slots.length - 1;
            Arrays.fill(slots, -1);
            for (int id = 0; id < size; id++) {
                int slot = hash(classes[id], scores[id]) & mask;
                while (slots[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = id;
            }
        }

        private static int hash(int priorityClass, long score) {
            return (int) (Lottery.mix64(score * 0x9E3779B97F4A7C15L + priorityClass) >>> 32);
        }
    }
}
