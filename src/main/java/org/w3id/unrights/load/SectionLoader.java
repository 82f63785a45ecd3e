package org.w3id.unrights.load;

/** Turns the items of one section of a data file into triples: one loader per kind of fact. */
public interface SectionLoader {
    /** The name of the section this loader reads, e.g. {@code statements}. */
    String section();

    /** The class of its items, the fields its own code reads, the sections nested in its items. */
    Section layout();

    /** Loads one item of the section; reads every field it knows, so {@link Item#finish()} can flag the rest. */
    void load(Item item, GraphWriter out);
}
