package fi.kanslia.placement;

/** Ids to their positions, in open addressing without boxing: a national round has 150,000 applicants. */
final class IdIndex {

    private String[] keys;
    private int[] values;
    private int size;

    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
        keys = new String[capacity];
        values = new int[capacity];
    }

    /** Adds the id at the position unless it is there already; returns whether it was added. */
    boolean putIfAbsent(String id, int position) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int slot = slot(keys, id);
        if (keys[slot] != null) {
            return false;
        }
        keys[slot] = id;
        values[slot] = position;
        size++;
        return true;
    }

    /** The position of the id, or -1. */
    int get(String id) {
        int slot = slot(keys, id);
        return keys[slot] == null ? -1 : values[slot];
    }

    private static int slot(String[] keys, String id) {
        int mask = keys.length - 1;
        int hash = id.hashCode();
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (keys[slot] != null && !keys[slot].equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
