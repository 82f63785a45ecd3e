package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.ExprUtils;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.serve.guard.Guard;
import org.w3id.unrights.serve.guard.Limits;

/**
 * Every function a query can call, found by walking ARQ's whole library — each IRI of its function registry,
 * and each SPARQL built-in as ARQ's expression classes define it (read from the jar, constructed with variables,
 * written back as SPARQL) — is called with arguments at the string limit, on the dataset as the server guards
 * it: none returns a string past the limit; each either answers or is refused. The same calls on a dataset
 * without the guard find the functions that do build past it, so the walk is shown to reach them.
 */
class FunctionLibraryLimitsTest {
    static final int LIMIT = 10_000;
    /** Characters that grow under ENCODE_FOR_URI, UCASE and LCASE: each call is fed strings of them at the limit. */
    static final String LONG = "%ßİ ".repeat(LIMIT / 4);

    @Test
    void noFunctionOfTheLibraryBuildsAStringPastTheLimit() {
        JenaSystem.init();
        DatasetGraph guarded = Guard.bound(DatasetGraphFactory.create(), Limits.defaults().withStringChars(LIMIT));
        DatasetGraph plain = DatasetGraphFactory.create();
        List<String> calls = library();
        Map<String, Integer> pastTheLimit = new TreeMap<>();
        Map<String, Integer> unguardedPast = new TreeMap<>();
        int refused = 0;
        for (String call : calls) {
            Outcome bounded = run(guarded, call);
            if (bounded.refused()) {
                refused++;
            } else if (bounded.longest() > LIMIT) {
                pastTheLimit.put(call, bounded.longest());
            }
            Outcome unbounded;
            try {
                unbounded = run(plain, call);
            } catch (RuntimeException e) {
                unbounded = new Outcome(false, 0); // ARQ's own answer to some bad calls, which the guard makes an expression error
            }
            if (unbounded.longest() > LIMIT) {
                unguardedPast.put(call, unbounded.longest());
            }
        }
        assertTrue(calls.size() > 300, "the walk found only " + calls.size() + " calls");
        assertEquals(Map.of(), pastTheLimit, "calls that built a string past " + LIMIT + " characters on the guarded dataset");
        assertTrue(unguardedPast.keySet().stream().anyMatch(c -> c.startsWith("<http://www.w3.org/2005/xpath-functions#concat>")), "fn:concat builds past the limit unguarded: " + unguardedPast);
        assertTrue(unguardedPast.keySet().stream().anyMatch(c -> c.toUpperCase(java.util.Locale.ROOT).startsWith("ENCODE_FOR_URI(")), "ENCODE_FOR_URI does too: " + unguardedPast);
        assertTrue(refused >= unguardedPast.size(), refused + " refusals for " + unguardedPast.size() + " calls that build past the limit unguarded");
    }

    private record Outcome(boolean refused, int longest) {}

    private static Outcome run(DatasetGraph dataset, String call) {
        String query = "SELECT ?r WHERE { VALUES (?a1 ?a2 ?a3 ?a4) { (\"" + LONG + "\" \"" + LONG + "\" \"" + LONG + "\" \"" + LONG
                + "\") } BIND(" + call + " AS ?r) }";
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet rows = exec.select();
            int longest = 0;
            while (rows.hasNext()) {
                var r = rows.next().get("r");
                if (r != null && r.isLiteral()) {
                    longest = Math.max(longest, r.getLiteralLexicalForm().length());
                }
            }
            return new Outcome(false, longest);
        } catch (QueryCancelledException e) {
            assertTrue(e.getMessage() != null && e.getMessage().contains("longer than " + LIMIT), call + ": " + e.getMessage());
            return new Outcome(true, 0);
        } catch (QueryException e) {
            // Not a call ARQ accepts (wrong number or kind of arguments): nothing built.
            return new Outcome(false, 0);
        }
    }

    /** Each IRI of the registry with one to four arguments, and each built-in expression class of ARQ as SPARQL. */
    static List<String> library() {
        List<String> calls = new ArrayList<>();
        for (Iterator<String> uris = FunctionRegistry.get().keys(); uris.hasNext(); ) {
            String uri = uris.next();
            for (int n = 1; n <= 4; n++) {
                calls.add("<" + uri + ">(" + args(n) + ")");
            }
        }
        calls.addAll(new TreeSet<>(builtIns()));
        return calls;
    }

    private static String args(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append(i > 1 ? ", " : "").append("?a").append(i);
        }
        return s.toString();
    }

    /** The SPARQL form of every concrete function class in ARQ's expression package, built from variables. */
    private static List<String> builtIns() {
        List<String> calls = new ArrayList<>();
        try {
            Path jar = Path.of(E_StrConcat.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (FileSystem fs = FileSystems.newFileSystem(jar); Stream<Path> files = Files.list(fs.getPath("org/apache/jena/sparql/expr"))) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith("E_") && name.endsWith(".class") && !name.contains("$")) {
                        calls.addAll(forms(Class.forName("org.apache.jena.sparql.expr." + name.substring(0, name.length() - 6))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return calls;
    }

    private static List<String> forms(Class<?> type) {
        List<String> forms = new ArrayList<>();
        if (!ExprFunction.class.isAssignableFrom(type) || ExprFunctionOp.class.isAssignableFrom(type) || E_Function.class.equals(type)
                || Modifier.isAbstract(type.getModifiers())) {
            return forms;
        }
        for (Constructor<?> c : type.getConstructors()) {
            Class<?>[] params = c.getParameterTypes();
            try {
                Object[] values;
                if (params.length == 1 && params[0] == ExprList.class) {
                    for (int n = 1; n <= 4; n++) {
                        ExprList list = new ExprList();
                        for (int i = 1; i <= n; i++) {
                            list.add(new ExprVar("a" + i));
                        }
                        forms.add(ExprUtils.fmtSPARQL((Expr) c.newInstance(list)));
                    }
                    continue;
                }
                if (!Stream.of(params).allMatch(p -> p == Expr.class)) {
                    continue;
                }
                values = new Object[params.length];
                for (int i = 0; i < params.length; i++) {
                    values[i] = new ExprVar("a" + (i + 1));
                }
                forms.add(ExprUtils.fmtSPARQL((Expr) c.newInstance(values)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                // A class that cannot be built from variables alone (it wants a regex, a node…): not a callable form.
            }
        }
        return forms;
    }

}
