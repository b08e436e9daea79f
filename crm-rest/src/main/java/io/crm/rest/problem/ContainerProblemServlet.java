package io.crm.rest.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page for refusals the container makes before the API sees the request (401 without valid
 * credentials, 403, 404 outside the API, 500 outside JAX-RS): the same problem+json as everywhere else instead
 * of the server's HTML page.
 */
@WebServlet("/problem")
public class ContainerProblemServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        String kind;
        String title;
        String detail;
        switch (status) {
            case 401 -> {
                kind = "unauthenticated";
                title = "Unauthorized";
                detail = "Send the credentials of a CRM user (HTTP Basic).";
            }
            case 403 -> {
                kind = "forbidden";
                title = "Forbidden";
                detail = "You may not use this resource.";
            }
            case 404 -> {
                kind = "not-found";
                title = "Not Found";
                detail = "There is no such resource.";
            }
            default -> {
                kind = status >= 500 ? "internal" : "bad-request";
                title = status >= 500 ? "Internal error" : "Bad request";
                detail = status >= 500
                        ? "The CRM could not complete the request."
                        : "The request could not be understood.";
            }
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"urn:crm:problem:" + kind + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
    }
}
