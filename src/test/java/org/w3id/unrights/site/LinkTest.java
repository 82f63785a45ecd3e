package org.w3id.unrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A pager shows its ends and the pages near the one shown, never a link to each of thousands of pages. */
class LinkTest {
    @ParameterizedTest(name = "{0} pages, page {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            // a few pages: all of them
            "5; 2; 1 [2] 3 4 5",
            "7; 4; 1 2 3 [4] 5 6 7",
            // many: the ends and three either side; an ellipsis for two pages or more, a number for one
            "8; 1; [1] 2 3 4 [\u2026] 8",
            "20; 5; 1 2 3 4 [5] 6 7 8 [\u2026] 20",
            "20; 6; 1 2 3 4 5 [6] 7 8 9 [\u2026] 20",
            "20; 7; 1 [\u2026] 4 5 6 [7] 8 9 10 [\u2026] 20",
            "20; 15; 1 [\u2026] 12 13 14 [15] 16 17 18 19 20",
            "27742; 1; [1] 2 3 4 [\u2026] 27742",
            "27742; 1000; 1 [\u2026] 997 998 999 [1000] 1001 1002 1003 [\u2026] 27742",
            "27742; 27742; 1 [\u2026] 27739 27740 27741 [27742]",
            // a page out of range is shown as the nearest end
            "3; 9; 1 2 [3]",
            "3; 0; [1] 2 3"})
    void aPagerShowsTheEndsAndTheNeighboursOfThePageShown(int pages, int current, String expected) {
        List<Link> links = Link.pages(pages, current, p -> "?page=" + p);
        for (Link link : links) {
            if (link.href() != null) {
                assertEquals("?page=" + link.text(), link.href(), "each number links to its own page");
            }
        }
        assertEquals(expected, String.join(" ", links.stream().map(l -> l.href() == null ? "[" + l.text() + "]" : l.text()).toList()));
    }
}
