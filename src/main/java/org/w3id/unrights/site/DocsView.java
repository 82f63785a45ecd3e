package org.w3id.unrights.site;

import java.util.List;

/** {@code /docs/}: the file names of the documents. */
public record DocsView(List<String> names) implements View {
    public DocsView {
        names = List.copyOf(names);
    }

    @Override
    public String template() {
        return "docs.jte";
    }
}
