package org.w3id.unrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LinkTest {
    private static String pager(int pages, int current) {
        List<Link> links = Link.pages(pages, current, p -> "?page=" + p);
        for (Link link : links) {
            if (link.href() != null) {
                assertEquals("?page=" + link.text(), link.href(), "each number links to its own page");
            }
        }
        return String.join(" ", links.stream().map(l -> l.href() == null ? "[" + l.text() + "]" : l.text()).toList());
    }

    @Test
    void aFewPagesAreAllLinked() {
        assertEquals("1 [2] 3 4 5", pager(5, 2));
        assertEquals("1 2 3 [4] 5 6 7", pager(7, 4));
        assertEquals("[1] 2 3 4 [\u2026] 8", pager(8, 1));
    }

    @Test
    void manyPagesShowTheEndsAndTheNeighboursOfThePageShown() {
        assertEquals("[1] 2 3 4 [\u2026] 27742", pager(27_742, 1));
        assertEquals("1 [\u2026] 997 998 999 [1000] 1001 1002 1003 [\u2026] 27742", pager(27_742, 1_000));
        assertEquals("1 [\u2026] 27739 27740 27741 [27742]", pager(27_742, 27_742));
        assertEquals("1 2 3 4 [5] 6 7 8 [\u2026] 20", pager(20, 5));
        assertEquals("1 2 3 4 5 [6] 7 8 9 [\u2026] 20", pager(20, 6), "no ellipsis stands for one page");
        assertEquals("1 [\u2026] 12 13 14 [15] 16 17 18 19 20", pager(20, 15));
        assertEquals("1 [\u2026] 4 5 6 [7] 8 9 10 [\u2026] 20", pager(20, 7));
    }

    @Test
    void aPageOutOfRangeStillGetsBothEnds() {
        assertEquals("1 2 [3]", pager(3, 9));
        assertEquals("[1] 2 3", pager(3, 0));
    }
}
