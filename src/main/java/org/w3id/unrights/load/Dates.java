package org.w3id.unrights.load;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Dates at the precision the source gives: a day, a month or a year, each with its own XSD type. */
public final class Dates {
    private Dates() {}

    public static Optional<Node> literal(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(text);
                return Optional.of(NodeFactory.createLiteralDT(text, XSDDatatype.XSDdate));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(text);
                return Optional.of(NodeFactory.createLiteralDT(text, XSDDatatype.XSDgYearMonth));
            }
            if (text.matches("\\d{4}")) {
                Year.parse(text);
                return Optional.of(NodeFactory.createLiteralDT(text, XSDDatatype.XSDgYear));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
