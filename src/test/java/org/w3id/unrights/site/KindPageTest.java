package org.w3id.unrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.load.Kind;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** The listings of the shipped graph, the record's 869,937 ballots included: a kind too large to sort at each page. */
class KindPageTest {
    private final RightsGraph graph = Fixtures.shippedGraph();
    private final DatasetGraph dataset = graph.dataset();
    private final Kind ballots = graph.kinds().byPath("ballot").orElseThrow();
    private final Kind states = graph.kinds().byPath("state").orElseThrow();

    @Test
    void theBallotsAreListedInTheStoresOrderAPageAtATimeWithoutASortToChoose() {
        Txn.executeRead(dataset, () -> {
            KindPage listing = new KindPage(dataset, new Labels(dataset));
            long typed = dataset.stream(Node.ANY, Node.ANY, Std.rdfType, Unr.Ballot).map(q -> q.getSubject()).distinct().count();
            List<Node> members = new ArrayList<>(listing.members(ballots));
            assertTrue(members.size() > KindPage.SORTED_UP_TO, "more ballots than are sorted: " + members.size());
            int last = (members.size() + KindPage.PAGE - 1) / KindPage.PAGE;
            for (int page : List.of(1, 2, 17_000, last)) {
                KindView view = listing.view(ballots, "label", page, typed).orElseThrow();
                assertEquals(KindPage.STORE_ORDER, view.sort(), "the order asked for does not apply");
                List<String> expected = members.subList((page - 1) * KindPage.PAGE, Math.min(members.size(), page * KindPage.PAGE)).stream()
                        .map(Labels::href).toList();
                assertEquals(expected, view.rows().stream().map(r -> r.link().href()).toList(), "page " + page);
                assertTrue(view.pageLinks().stream().filter(l -> l.href() != null).allMatch(l -> l.href().startsWith("/id/ballot/?page=")),
                        "the page links name no order");
            }
            assertTrue(listing.view(ballots, "label", last + 1, typed).isEmpty(), "no page past the last");
        });
    }

    @Test
    void aKindOfFewerMembersIsStillSortedAsAsked() {
        Txn.executeRead(dataset, () -> {
            KindView view = new KindPage(dataset, new Labels(dataset)).view(states, "key", 1, new KindPage(dataset, new Labels(dataset)).members(states).size()).orElseThrow();
            assertEquals("key", view.sort());
            List<String> hrefs = view.rows().stream().map(r -> r.link().href()).toList();
            List<String> sorted = new ArrayList<>(hrefs);
            sorted.sort(null);
            assertEquals(sorted, hrefs);
            assertEquals(3, view.sorts().size(), "label, date and key on offer");
        });
    }

    @Test
    void membersUpToStopsAtTheFirstMemberPastTheBound() {
        Txn.executeRead(dataset, () -> {
            KindPage listing = new KindPage(dataset, new Labels(dataset));
            Set<Node> all = listing.members(states);
            assertEquals(all, listing.membersUpTo(states, all.size()).orElseThrow());
            assertTrue(listing.membersUpTo(states, all.size() - 1).isEmpty());
            assertTrue(listing.membersUpTo(ballots, 50_000).isEmpty());
            assertTrue(all.contains(Ids.id("state", "prk")));
        });
    }
}
