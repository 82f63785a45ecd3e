package org.w3id.unrights.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Rows sorted in place against the same rows sorted as lists, unsigned, with repeats dropped. */
class RowSortTest {
    private static final Comparator<long[]> UNSIGNED = (a, b) -> {
        for (int c = 0; c < a.length; c++) {
            int order = Long.compareUnsigned(a[c], b[c]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    @Test
    void sortsRowsAsUnsignedNumbersColumnByColumnAndDropsRepeats() {
        Random random = new Random(42);
        for (int width : new int[] {3, 4}) {
            for (int rows : new int[] {0, 1, 2, 15, 16, 17, 1_000, 50_000}) {
                // Few distinct values per column (many repeats, many equal first columns), some with the top bit set.
                long[] values = {0, 1, 2, 3, Long.MAX_VALUE, Long.MIN_VALUE, -1, 0x8000_0000_0000_0002L};
                long[] array = new long[rows * width];
                for (int i = 0; i < array.length; i++) {
                    array[i] = values[random.nextInt(rows > 100 ? values.length : 3)];
                }
                List<long[]> expected = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    long[] row = new long[width];
                    System.arraycopy(array, r * width, row, 0, width);
                    if (expected.stream().noneMatch(e -> UNSIGNED.compare(e, row) == 0)) {
                        expected.add(row);
                    }
                }
                expected.sort(UNSIGNED);
                int kept = RowSort.sortUnique(array, width, rows);
                assertEquals(expected.size(), kept, width + " × " + rows);
                for (int r = 0; r < kept; r++) {
                    long[] row = new long[width];
                    System.arraycopy(array, r * width, row, 0, width);
                    assertArrayEquals(expected.get(r), row, "row " + r + " of " + width + " × " + rows);
                }
            }
        }
    }

    @Test
    void sortsLongRunsOfEqualAndOrderedRows() {
        int rows = 100_000;
        long[] ascending = new long[rows * 4];
        long[] same = new long[rows * 4];
        for (int r = 0; r < rows; r++) {
            ascending[r * 4] = rows - r;
            same[r * 4 + 3] = 9;
        }
        assertEquals(rows, RowSort.sortUnique(ascending, 4, rows));
        assertEquals(1, ascending[0]);
        assertEquals(rows, ascending[(rows - 1) * 4]);
        assertEquals(1, RowSort.sortUnique(same, 4, rows));
    }
}
