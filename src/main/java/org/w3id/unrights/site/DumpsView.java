package org.w3id.unrights.site;

import java.util.List;

/** {@code /dumps/}: every file of the release, and the one that describes the others. */
public record DumpsView(List<DumpFile> files, DumpFile description) implements View {
    public DumpsView {
        files = List.copyOf(files);
    }

    @Override
    public String template() {
        return "dumps.jte";
    }
}
