package org.w3id.unrights.votes;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/** The terms of a property function's subject and object lists, as the vote matrix's functions read and bind them. */
final class Arguments {
    private Arguments() {}

    /** A term's value: itself, or the variable's binding; null for an unbound variable. */
    static Node value(Binding binding, Node term) {
        return Var.isVar(term) ? binding.get(Var.alloc(term)) : term;
    }

    /** Binds a variable, or checks a constant or a variable the row binds already: false when it holds another value. */
    static boolean bind(BindingBuilder row, Node term, Node value) {
        if (!Var.isVar(term)) {
            return term.sameValueAs(value);
        }
        Var var = Var.alloc(term);
        Node bound = row.get(var);
        if (bound != null) {
            return bound.sameValueAs(value);
        }
        row.add(var, value);
        return true;
    }
}
