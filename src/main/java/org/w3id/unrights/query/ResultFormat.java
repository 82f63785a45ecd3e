package org.w3id.unrights.query;

import java.io.OutputStream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.shared.PrefixMapping;

/** How the {@code query} command prints a SELECT result. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    public void write(ResultSet results, OutputStream out, PrefixMapping prefixes) {
        switch (this) {
            case TABLE -> ResultSetFormatter.out(out, results, prefixes);
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
        }
    }
}
