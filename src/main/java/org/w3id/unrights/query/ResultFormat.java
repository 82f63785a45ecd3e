package org.w3id.unrights.query;

import java.io.OutputStream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;

/** How the {@code query} command prints a SELECT result: a text table, or one of Jena's result-set formats. */
public enum ResultFormat {
    TABLE(null), CSV(ResultSetLang.RS_CSV), TSV(ResultSetLang.RS_TSV), JSON(ResultSetLang.RS_JSON);

    private final Lang lang;

    ResultFormat(Lang lang) {
        this.lang = lang;
    }

    public void write(ResultSet results, OutputStream out, PrefixMapping prefixes) {
        if (lang == null) {
            ResultSetFormatter.out(out, results, prefixes);
        } else {
            ResultSetFormatter.output(out, results, lang);
        }
    }
}
