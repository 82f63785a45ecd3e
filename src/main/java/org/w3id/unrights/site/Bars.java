package org.w3id.unrights.site;

import java.util.ArrayList;
import java.util.List;

/** The geometry of the stacked bars of a state's votes by year: 120 units high for the busiest year. */
public final class Bars {
    static final int HEIGHT = 120;
    static final int STEP = 40;

    private Bars() {}

    public record Year(String year, int x, List<Bar> bars) {}

    public record Bar(String option, String label, int n, int y, int height) {}

    public static List<Year> of(Highlights.VoteHistory history) {
        List<Year> years = new ArrayList<>();
        int x = 6;
        for (Highlights.Year year : history.years()) {
            List<Bar> bars = new ArrayList<>();
            int top = HEIGHT + 4;
            for (Highlights.OptionCount count : year.counts()) {
                if (count.n() == 0) {
                    continue;
                }
                int height = Math.max(1, Math.round((float) HEIGHT * count.n() / Math.max(1, history.most())));
                top -= height;
                bars.add(new Bar(count.option(), count.label(), count.n(), top, height));
            }
            years.add(new Year(year.year(), x, bars));
            x += STEP;
        }
        return years;
    }
}
