package org.w3id.unrights.site;

/** The data of one page, and the template that shows it. Views are immutable and hold no RDF: the templates only read them. */
public interface View {
    /** The template's file under {@code src/main/jte}. */
    String template();
}
