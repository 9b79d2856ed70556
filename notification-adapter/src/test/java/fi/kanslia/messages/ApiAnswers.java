package fi.kanslia.messages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** How the stand-in of the Suomi.fi Messages API answers: JSON bodies, and errors in its shape. */
final class ApiAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiAnswers() {
    }

    /** Collects a validation error when the check fails. */
    static void require(List<String> invalid, boolean ok, String error) {
        if (!ok) {
            invalid.add(error);
        }
    }

    /** The API's error body: a reason and, for a 400, the validation errors. */
    static void error(HttpServletResponse response, int status, String reason, List<String> validationErrors)
            throws IOException {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("reason", reason);
        if (!validationErrors.isEmpty()) {
            var list = answer.putArray("validationErrors");
            validationErrors.forEach(e -> list.addObject().put("error", e));
        }
        write(response, status, answer.toString());
    }

    static void write(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
