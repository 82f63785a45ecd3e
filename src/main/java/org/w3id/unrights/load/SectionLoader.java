package org.w3id.unrights.load;

/** Turns the items of one section of a data file into triples: one loader per kind of fact. */
public interface SectionLoader {
    /** The name of the section this loader reads, e.g. {@code statements}. */
    String section();

    /** Loads one item of the section; reads every field it knows, so {@link Item#finish()} can flag the rest. */
    void load(Item item, GraphWriter out);
}
