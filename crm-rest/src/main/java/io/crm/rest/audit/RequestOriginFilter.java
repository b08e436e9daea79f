package io.crm.rest.audit;

import io.crm.audit.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Notes where each request comes from (client address, X-Request-Id), for the audit trail's {@code source}. */
@WebFilter("/*")
public class RequestOriginFilter extends HttpFilter {

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.set(request.getRemoteAddr(), request.getHeader("X-Request-Id"));
        try {
            chain.doFilter(request, response);
        } finally {
            origin.clear();
        }
    }
}
