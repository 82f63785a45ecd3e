package org.w3id.unrights.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * A query of {@code queries/}: its name (the file name), the title and question from its header comment
 * ({@code # title: …}, {@code # question: …}), whether the landing page shows it ({@code # featured: true}), the
 * values a reader may set ({@code # parameter: …}), its text, and its expected result file if there is one.
 */
public record NamedQuery(String name, String title, String question, boolean featured, String text, Path file) {
    private static final Pattern TITLE = Pattern.compile("(?m)^#\\s*title:\\s*(.+)$");
    private static final Pattern QUESTION = Pattern.compile("(?m)^#\\s*question:\\s*(.+)$");
    private static final Pattern FEATURED = Pattern.compile("(?m)^#\\s*featured:\\s*(.+)$");
    private static final Pattern PARAMETER = Pattern.compile("(?m)^#\\s*parameter:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:—|-)?\\s*(.*)$");

    public static NamedQuery read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return new NamedQuery(name, header(TITLE, text).orElse(name), header(QUESTION, text).orElse(""),
                    header(FEATURED, text).map(Boolean::parseBoolean).orElse(false), text, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * A value a reader may set: a variable of a one-row {@code VALUES} block in the query's pattern (put it first,
     * so that every filter sees it), whose row gives its default, declared in the header as
     * {@code # parameter: NAME — what it is}. The query text stays a whole query that runs anywhere.
     */
    public record Parameter(String name, String description, Node standard) {
        /** The value given as text, as a term of the default's kind and datatype; empty if it is not one. */
        public Optional<Node> parse(String text) {
            String value = text.strip();
            if (!standard.isLiteral()) {
                return value.matches("https?://\\S+") ? Optional.of(NodeFactory.createURI(value)) : Optional.empty();
            }
            RDFDatatype type = standard.getLiteralDatatype();
            return type.isValid(value) ? Optional.of(NodeFactory.createLiteralDT(value, type)) : Optional.empty();
        }

        /** The default as a reader writes it: the lexical form of a literal, the IRI itself. */
        public String standardText() {
            return standard.isLiteral() ? standard.getLiteralLexicalForm() : standard.getURI();
        }
    }

    /** The parameters the header declares, in its order. */
    public List<Parameter> parameters() {
        return PARAMETER.matcher(text).find() ? parameters(QueryFactory.create(text)) : List.of();
    }

    /** The parameters the header declares, their defaults read from {@code query}, the text parsed. */
    private List<Parameter> parameters(Query query) {
        Matcher m = PARAMETER.matcher(text);
        List<Parameter> parameters = new ArrayList<>();
        while (m.find()) {
            Var var = Var.alloc(m.group(1));
            Node standard = values(query, var).map(data -> data.getRows().get(0).get(var)).orElseThrow(() -> new IllegalStateException(
                    file + ": parameter " + var.getVarName() + " needs a one-row VALUES block in the query giving its default"));
            parameters.add(new Parameter(var.getVarName(), m.group(2).strip(), standard));
        }
        return parameters;
    }

    /**
     * The query with each parameter {@code given} a value in place of its default.
     *
     * @throws IllegalArgumentException naming the parameter whose value is not of its default's kind
     */
    public Query query(Map<String, String> given) {
        Query query = QueryFactory.create(text);
        for (Parameter p : parameters(query)) {
            String value = given.get(p.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            Node node = p.parse(value).orElseThrow(() -> new IllegalArgumentException(p.name() + " must be written as its default is ("
                    + p.standardText() + (p.standard().isLiteral() ? ", " + p.standard().getLiteralDatatype().getURI() : "")
                    + "), not '" + value + "'"));
            Var var = Var.alloc(p.name());
            ElementData data = values(query, var).orElseThrow();
            BindingBuilder row = BindingFactory.builder();
            Binding old = data.getRows().get(0);
            data.getVars().forEach(v -> {
                Node kept = v.equals(var) ? node : old.get(v);
                if (kept != null) {
                    row.add(v, kept);
                }
            });
            data.getRows().set(0, row.build());
        }
        return query;
    }

    /** The first one-row VALUES block of the query's pattern that binds {@code var}. */
    private static Optional<ElementData> values(Query query, Var var) {
        List<ElementData> found = new ArrayList<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                if (data.getVars().contains(var) && data.getRows().size() == 1 && data.getRows().get(0).get(var) != null) {
                    found.add(data);
                }
            }
        });
        return found.stream().findFirst();
    }

    /** {@code NAME.expected.csv} beside the query: the answer the sources support, checked by the tests. */
    public Path expectedResult() {
        return file.resolveSibling(name + ".expected.csv");
    }

    private static Optional<String> header(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
