package org.w3id.unrights.site;

import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.w3id.unrights.vocab.Ids;

/**
 * Which of a state's ballots its page charts and lists: those on one topic (an issue of the roll-call data set,
 * such as {@code hr} for human rights, or {@link #COUNTRY} for a text on one country's situation) cast from
 * year {@code from} to year {@code to}, either end open. Read from the page's {@code ?topic=&from=&to=}; a
 * value that is not a topic key or a year is left out, so a page never fails on its filter.
 */
public record VoteFilter(String topic, Integer from, Integer to) {
    /** The topic of the votes on a text about one state's situation ({@code unr:concerns}). */
    public static final String COUNTRY = "country";
    public static final VoteFilter NONE = new VoteFilter("", null, null);
    /** Where the roll-call data set's issues live: each issue's topic key is the rest of its IRI. */
    private static final String ISSUES = Ids.VOCAB + "unga-issue/";
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    private static final Pattern YEAR = Pattern.compile("[12][0-9]{3}");

    public VoteFilter {
        topic = topic == null ? "" : topic;
    }

    public static VoteFilter of(String topic, String from, String to) {
        return new VoteFilter(Optional.ofNullable(topic).filter(t -> TOPIC.matcher(t).matches()).orElse(""), year(from), year(to));
    }

    private static Integer year(String text) {
        return text != null && YEAR.matcher(text.strip()).matches() ? Integer.valueOf(text.strip()) : null;
    }

    /** The topic key of one of the roll-call data set's issues ({@code hr} for its human-rights issue). */
    static Optional<String> topic(Node issue) {
        return issue.isURI() && issue.getURI().startsWith(ISSUES) ? Optional.of(issue.getURI().substring(ISSUES.length())) : Optional.empty();
    }

    /** Whether any ballot is left out. */
    public boolean narrows() {
        return !topic.isEmpty() || from != null || to != null;
    }

    boolean matches(BallotIndex.Cast cast) {
        if (!topic.isEmpty() && !cast.topics().contains(topic)) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        // An undated ballot has no year to fall in a period.
        Integer year = cast.date().length() >= 4 ? Integer.valueOf(cast.date().substring(0, 4)) : null;
        return year != null && (from == null || year >= from) && (to == null || year <= to);
    }
}
