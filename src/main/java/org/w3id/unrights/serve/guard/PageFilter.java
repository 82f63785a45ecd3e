package org.w3id.unrights.serve.guard;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of the pages that read the graph (resources, lists, search): each takes a turn in the quick lane of
 * the same {@link Admission} as the queries, so that pages and queries together never run more at once than the
 * lanes allow, rather than every page a client asks for running beside them on two cores. A page that reads
 * through the query engine moves to the long lane as a query does.
 */
final class PageFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final transient Admission admission;

    PageFilter(Admission admission) {
        this.admission = admission;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Optional<Admission.Turn> admitted = admission.enterOrRefuse(response, "requests");
        if (admitted.isEmpty()) {
            return;
        }
        try (Admission.Turn turn = admitted.get()) {
            chain.doFilter(request, response);
        }
    }
}
