package org.w3id.unrights.load;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * One field of the data files, as its property shape in {@code ontology/shapes.ttl} declares it: the YAML
 * name ({@code unrsh:field}), the properties it is written as ({@code sh:path}; a person's {@code name} is
 * two), the form of its values, whether it is required and whether it takes a list.
 *
 * @param pattern a regular expression the text must match ({@code sh:pattern}), or null
 * @param message what the shape says when the value is wrong ({@code sh:message}), used when the loader
 *                finds the same fault
 */
public record Field(String name, List<Node> paths, Value value, boolean required, boolean many,
                    String pattern, String message) {

    /** How a YAML value becomes an RDF term, read from the shape's datatype, class, node shape or node kind. */
    public record Value(Form form, String scheme, Kind kind) {
        public static Value of(Form form) {
            return new Value(form, null, null);
        }

        /** In words, for the generated field tables. */
        public String describe() {
            return switch (form) {
                case TEXT -> "plain text";
                case ENGLISH -> "text in English";
                case DATE -> "date (YYYY-MM-DD, YYYY-MM or YYYY)";
                case COUNT -> "whole number";
                case DECIMAL -> "number (decimals allowed)";
                case BOOL -> "true or false";
                case CONCEPT -> "concept of `" + scheme + "`";
                case ACTOR -> "key of a state, body or person";
                case REF -> kind.path() + " key";
                case TYPED_REF -> kind == null ? "`kind:key`" : kind.path() + " key or `kind:key`";
                case OTHER -> "see its section";
            };
        }
    }

    /** The forms of value the generic writer knows; {@code OTHER} is written by the section's own code. */
    public enum Form { TEXT, ENGLISH, DATE, COUNT, DECIMAL, BOOL, CONCEPT, ACTOR, REF, TYPED_REF, OTHER }
}
