package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A claim the graph marks as unable to stand with another fact is shown as its source's, with our note flagged
 * beside it: KEI 2019 has the Human Rights Council adopting resolutions on the DPRK since 2004, which 38 North's
 * date for the Council's start contradicts.
 */
class ConflictNotePageTest extends ServingShippedGraph {
    @Test
    void theMarkedClaimIsShownWithItsNoteFlagged() {
        Document page = http.page("/id/mechanism-fact/kei-2019-king-sr-engagement/hrc-dprk-resolutions/para-9");
        Element note = page.selectFirst("p.conflict-note");
        assertNotNull(note, page.text());
        assertTrue(note.selectFirst("span.flag.conflict") != null && note.text().contains("began in 2006"), note.text());
        assertTrue(page.select("table.facts").text().contains("2004"), "the source's year stays: " + page.select("table.facts").text());
    }
}
