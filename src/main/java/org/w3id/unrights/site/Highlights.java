package org.w3id.unrights.site;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a page shows before the facts, for the kinds where a reader wants it first: a person's roles and terms
 * in date order; a state's positions, statements and votes in brief, with a chart of its ballots by year; a
 * vote's ballots, state by state, for the world map; and the official document of a UN symbol. Each part is
 * empty (or null) where it does not apply.
 *
 * @param official  the official text of the resource's UN symbol (undocs.org), or null
 * @param roles     a person's (or state's) roles, earliest first
 * @param state     a state's positions, statements and votes in brief, or null
 * @param ballots   a vote's ballots, or null
 * @param history   a state's ballots by year, or null when it has none
 * @param tallies   a vote's tally beside every other account of a vote on the same text (an article's, the
 *                  roll calls'), each with its source; empty unless there are two or more
 */
public record Highlights(Link official, List<Role> roles, StateSummary state, Ballots ballots, VoteHistory history,
                         List<Tally> tallies) {
    public static final Highlights NONE = new Highlights(null, List.of(), null, null, null, List.of());

    public Highlights {
        roles = List.copyOf(roles);
        tallies = List.copyOf(tallies);
    }

    /**
     * One account of a vote: which vote, where and when, its counts as that source gives them, and whether the
     * source computed them (the roll calls count ballots) rather than stating them.
     */
    public record Tally(Link vote, Link body, String date, String yes, String no, String abstain, Link source,
                        String locator, boolean computed) {
        /** The counts as one string, for telling accounts that agree from those that differ. */
        public String counts() {
            return yes + "–" + no + "–" + abstain;
        }

        /** The body the vote was taken in, for telling votes of one body from another's; empty when unknown. */
        String bodyKey() {
            return body == null ? "" : body.href();
        }
    }

    /**
     * Whether two accounts of a vote in one body give different counts. Only those are compared: a committee's
     * vote and the plenary's on one text are different votes, whose counts may rightly differ.
     */
    public boolean talliesDiffer() {
        return tallies.stream().collect(Collectors.groupingBy(Tally::bodyKey, Collectors.mapping(Tally::counts, Collectors.toSet())))
                .values().stream().anyMatch(counts -> counts.size() > 1);
    }

    /** Whether the accounts are of votes in more than one body (a committee's and the plenary's), not compared. */
    public boolean talliesSpanBodies() {
        return tallies.stream().map(Tally::bodyKey).distinct().count() > 1;
    }

    /** One role: its title, the body or mandate it belongs to, and its term ("2010 – 2016", "since 2016"). */
    public record Role(Link role, String title, Link where, String term) {}

    /**
     * A state in brief: how many positions, statements and ballots the graph holds, its positions listed, and
     * the reviews of its record by cycle.
     */
    public record StateSummary(int positions, int statements, int ballots, List<Position> positionList, List<Review> reviews) {
        public StateSummary {
            positionList = List.copyOf(positionList);
            reviews = List.copyOf(reviews);
        }
    }

    /** A review of a state's record: its cycle, and its date as precisely as any source gives it. */
    public record Review(Link review, String cycle, String date) {}

    /** A position: its stance toward something, and since when. */
    public record Position(Link position, String stance, Link toward, String term) {}

    /** A vote's ballots, by state, and how many of each option. */
    public record Ballots(List<Ballot> rows, List<OptionCount> counts) {
        public Ballots {
            rows = List.copyOf(rows);
            counts = List.copyOf(counts);
        }
    }

    /**
     * How one state voted: {@code option} is the option's key (yes, no, abstain, absent), which colours the map;
     * {@code m49} the state's UN M49 code, which the bundled map keys its countries by.
     */
    public record Ballot(Link state, String m49, String option, String optionLabel, Link ballot) {}

    public record OptionCount(String option, String label, int n) {}

    /**
     * A state's ballots that {@code filter} keeps ({@code total} of the {@code all} it cast) counted by year and
     * option (the chart), and those people come for listed first, newest first; {@code topics} are what the
     * filter offers.
     */
    public record VoteHistory(List<Year> years, int most, List<StateVote> votes, int total, int all, VoteFilter filter,
                              List<Topic> topics) {
        public VoteHistory {
            years = List.copyOf(years);
            votes = List.copyOf(votes);
            topics = List.copyOf(topics);
        }
    }

    /** A topic a state's ballots can be filtered by: its key in {@code ?topic=} and its name. */
    public record Topic(String key, String label) {}

    /** One year's ballots of a state, counted by option in {@link #OPTIONS} order. */
    public record Year(String year, List<OptionCount> counts) {
        public Year {
            counts = List.copyOf(counts);
        }

        public int total() {
            return counts.stream().mapToInt(OptionCount::n).sum();
        }
    }

    /** @param onRights whether the vote is on human rights or on one country's situation */
    public record StateVote(Link vote, String date, String option, String optionLabel, boolean onRights) {}

    /** The options of the vote-option scheme, in the order charts and tables give them. */
    public static final List<String> OPTIONS = List.of("yes", "no", "abstain", "absent");
}
