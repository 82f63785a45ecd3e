package org.w3id.unrights.store;

/**
 * Sorting of fixed-width rows of longs laid end to end in one array, compared column by column as unsigned
 * numbers (the order of their big-endian bytes): the rows of a TDB2 index, sorted in place without an object
 * per row.
 */
final class RowSort {
    /** Below this many rows a range is sorted by insertion. */
    private static final int SMALL = 16;

    private RowSort() {}

    /** Sorts the first {@code rows} rows of {@code a} and drops repeats; returns how many rows remain, at the front. */
    static int sortUnique(long[] a, int width, int rows) {
        sort(a, width, 0, rows, new long[width], new long[width]);
        if (rows == 0) {
            return 0;
        }
        int kept = 1;
        for (int row = 1; row < rows; row++) {
            if (compare(a, row * width, a, (kept - 1) * width, width) != 0) {
                if (kept != row) {
                    System.arraycopy(a, row * width, a, kept * width, width);
                }
                kept++;
            }
        }
        return kept;
    }

    /** The order of the row at {@code i} of {@code a} and the row at {@code j} of {@code b}. */
    static int compare(long[] a, int i, long[] b, int j, int width) {
        for (int c = 0; c < width; c++) {
            int order = Long.compareUnsigned(a[i + c], b[j + c]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** Rows {@code [lo, hi)}: quicksort with a median-of-three pivot, recursing on the smaller side only. */
    private static void sort(long[] a, int width, int lo, int hi, long[] pivot, long[] spare) {
        while (hi - lo > SMALL) {
            int mid = lo + (hi - lo) / 2;
            int p = median(a, width, lo, mid, hi - 1);
            System.arraycopy(a, p * width, pivot, 0, width);
            // Hoare's partition: [lo, j] <= pivot <= [j + 1, hi).
            int i = lo - 1;
            int j = hi;
            while (true) {
                do {
                    i++;
                } while (compare(a, i * width, pivot, 0, width) < 0);
                do {
                    j--;
                } while (compare(a, j * width, pivot, 0, width) > 0);
                if (i >= j) {
                    break;
                }
                swap(a, width, i, j, spare);
            }
            if (j + 1 - lo < hi - (j + 1)) {
                sort(a, width, lo, j + 1, pivot, spare);
                lo = j + 1;
            } else {
                sort(a, width, j + 1, hi, pivot, spare);
                hi = j + 1;
            }
        }
        for (int row = lo + 1; row < hi; row++) {
            System.arraycopy(a, row * width, spare, 0, width);
            int k = row - 1;
            while (k >= lo && compare(a, k * width, spare, 0, width) > 0) {
                System.arraycopy(a, k * width, a, (k + 1) * width, width);
                k--;
            }
            System.arraycopy(spare, 0, a, (k + 1) * width, width);
        }
    }

    private static int median(long[] a, int width, int x, int y, int z) {
        boolean xy = compare(a, x * width, a, y * width, width) < 0;
        boolean yz = compare(a, y * width, a, z * width, width) < 0;
        boolean xz = compare(a, x * width, a, z * width, width) < 0;
        if (xy == yz) {
            return y;
        }
        return xy == xz ? z : x;
    }

    private static void swap(long[] a, int width, int i, int j, long[] spare) {
        System.arraycopy(a, i * width, spare, 0, width);
        System.arraycopy(a, j * width, a, i * width, width);
        System.arraycopy(spare, 0, a, j * width, width);
    }
}
