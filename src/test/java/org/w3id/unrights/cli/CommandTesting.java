package org.w3id.unrights.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs commands as a user would and keeps what they print: the base of the command-line tests. */
abstract class CommandTesting {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
