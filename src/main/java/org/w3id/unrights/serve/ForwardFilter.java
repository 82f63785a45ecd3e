package org.w3id.unrights.serve;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/** Serves a short, stable path (e.g. {@code /sparql}) from a Fuseki endpoint, keeping method, query and body. */
final class ForwardFilter implements Filter {
    private final String target;

    ForwardFilter(String target) {
        this.target = target;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.getRequestDispatcher(target).forward(request, response);
    }
}
