package fi.kanslia.placement;

/** A stable merge sort of int handles by a primitive comparator, so the hot paths never box. */
final class IntSort {

    @FunctionalInterface
    interface IntComparator {
        int compare(int left, int right);
    }

    private static final int INSERTION_LIMIT = 16;

    private IntSort() {
    }

    /** Sorts {@code values[from, to)}. */
    static void sort(int[] values, int from, int to, IntComparator order) {
        if (to - from < 2) {
            return;
        }
        int[] buffer = new int[to - from];
        mergeSort(values, from, to, buffer, order);
    }

    private static void mergeSort(int[] values, int from, int to, int[] buffer, IntComparator order) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(values, from, to, order);
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(values, from, middle, buffer, order);
        mergeSort(values, middle, to, buffer, order);
        if (order.compare(values[middle - 1], values[middle]) <= 0) {
            return;
        }
        int leftLength = middle - from;
        System.arraycopy(values, from, buffer, 0, leftLength);
        int left = 0;
        int right = middle;
        int out = from;
        while (left < leftLength && right < to) {
            values[out++] = order.compare(values[right], buffer[left]) < 0 ? values[right++] : buffer[left++];
        }
        System.arraycopy(buffer, left, values, out, leftLength - left);
    }

    private static void insertionSort(int[] values, int from, int to, IntComparator order) {
        for (int i = from + 1; i < to; i++) {
            int value = values[i];
            int j = i - 1;
            while (j >= from && order.compare(values[j], value) > 0) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
    }
}
