package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** {@code reference/persons.yaml}: named persons. Their posts are facts, in the sources' {@code roles}. */
public final class PersonLoader implements SectionLoader {
    @Override
    public String section() {
        return "persons";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.PERSON, item, "key").ifPresent(person -> {
            out.add(person, Std.rdfType, Unr.Person);
            out.label(person, item, "name");
            out.english(person, Std.foafName, item, "name");
            out.englishList(person, Std.skosAltLabel, item, "altNames");
        });
    }
}
