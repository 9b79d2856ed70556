package fi.kanslia.placement;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The programme ids a round file declared, found by the bytes of a preference without making a
 * String per preference.
 */
final class ProgrammeIds {

    private byte[][] keys = new byte[64][];
    private int[] positions = new int[64];
    private int size;

    void add(String id, int position) {
        if (size * 2 >= keys.length) {
            grow();
        }
        byte[] key = id.getBytes(StandardCharsets.US_ASCII);
        int slot = slot(key, 0, key.length);
        if (keys[slot] == null) {
            keys[slot] = key;
            positions[slot] = position;
            size++;
        }
    }

    /** The position of the programme spelled by {@code bytes[from, to)}, or -1. */
    int find(byte[] bytes, int from, int to) {
        int slot = slotIn(keys, bytes, from, to);
        return keys[slot] == null ? -1 : positions[slot];
    }

    private int slot(byte[] bytes, int from, int to) {
        return slotIn(keys, bytes, from, to);
    }

    private static int slotIn(byte[][] keys, byte[] bytes, int from, int to) {
        int mask = keys.length - 1;
        int slot = hash(bytes, from, to) & mask;
        while (keys[slot] != null && !Arrays.equals(keys[slot], 0, keys[slot].length, bytes, from, to)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldPositions = positions;
        keys = new byte[oldKeys.length * 2][];
        positions = new int[oldPositions.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slotIn(keys, oldKeys[i], 0, oldKeys[i].length);
                keys[slot] = oldKeys[i];
                positions[slot] = oldPositions[i];
            }
        }
    }

    private static int hash(byte[] bytes, int from, int to) {
        int hash = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            hash = (hash ^ bytes[i]) * 0x01000193;
        }
        return hash ^ (hash >>> 16);
    }
}
