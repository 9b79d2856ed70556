package fi.kanslia.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;

/**
 * A stand-in for the Suomi.fi Messages REST API on a loopback port, for tests. It follows the API description
 * (api.messages-qa.suomi.fi/api-docs, as read through eVaka's client {@code sficlient/rest/RestSchema.kt} and
 * City of Helsinki's {@code django-helsinki-suomifi-messages}) and kehittajille.suomi.fi, "Monitoring the state
 * information of messages":
 *
 * <ul>
 *   <li>{@code POST /v1/token} {@code {username, password}} → {@code {access_token, token_type, expires_in}};
 *       wrong credentials → 400; a call without a valid bearer token → 401.</li>
 *   <li>{@code POST /v2/attachments}, multipart field {@code file} → {@code {attachmentId}}.</li>
 *   <li>{@code POST /v2/messages} (multichannel) and {@code /v2/messages/electronic} → {@code {messageId}}; an
 *       external id seen before → 409 with {@code reason} and the earlier {@code messageId}; invalid input → 400
 *       with {@code reason} and {@code validationErrors[].error}.</li>
 *   <li>{@code GET /v2/events?continuationToken=} → {@code {continuationToken, events[{eventTime, type,
 *       metadata{messageId, serviceId, externalId}}]}}, a page at a time, an empty page at the end.</li>
 * </ul>
 *
 * Assumed where the sources are silent: electronic-only to a party without a mailbox is a 400.
 */
public final class MessagesApiServer implements AutoCloseable {

    public static final String USERNAME = "kanslia-rest";
    public static final String PASSWORD = "correct horse battery staple";
    public static final String SERVICE_ID = "kanslia-education-service";

    private final ObjectMapper json = new ObjectMapper();
    private final Tomcat tomcat;
    private final Connector connector;

    // State, guarded by this.
    private final Set<String> validTokens = new HashSet<>();
    private final Set<String> activeMailboxes = new HashSet<>();
    private final Map<String, Attachment> attachments = new LinkedHashMap<>();
    private final Map<String, Message> messagesByExternalId = new LinkedHashMap<>();
    private final List<ObjectNode> events = new ArrayList<>();
    private int tokenRequests;
    private int unauthorizedAnswers;
    private long nextMessageId = 1000;
    private int pageSize = 2;
    private Instant clock = Instant.parse("2026-03-02T08:00:00Z");
    private int failStatus;
    private String failBody;
    private int failedSendsLeft;
    private int failSendStatus;
    private int failedSends;

    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    public record Message(long messageId, String path, JsonNode body) {
    }

    private MessagesApiServer(Tomcat tomcat, Connector connector) {
        this.tomcat = tomcat;
        this.connector = connector;
    }

    public static MessagesApiServer start() {
        try {
            Path baseDir = Files.createTempDirectory("kanslia-messages-api");
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(baseDir.toString());
            Connector connector = new Connector();
            connector.setPort(0);
            connector.setProperty("address", "127.0.0.1");
            tomcat.setConnector(connector);
            Context context = tomcat.addContext("", baseDir.toString());
            // Nothing to clean up on stop; without these Tomcat warns that it cannot inspect JDK internals.
            ((StandardContext) context).setClearReferencesThreadLocals(false);
            ((StandardContext) context).setClearReferencesRmiTargets(false);
            MessagesApiServer server = new MessagesApiServer(tomcat, connector);
            Wrapper wrapper = Tomcat.addServlet(context, "messages-api", server.new Api());
            wrapper.setMultipartConfigElement(new MultipartConfigElement(baseDir.toString()));
            context.addServletMappingDecoded("/*", "messages-api");
            tomcat.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException("Tomcat did not start", e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    // --- What a test arranges ---

    public synchronized void activeMailbox(String recipientId) {
        activeMailboxes.add(recipientId);
    }

    /** Every token issued so far stops working, as when it has expired. */
    synchronized void expireTokens() {
        validTokens.clear();
    }

    synchronized void pageSize(int size) {
        pageSize = size;
    }

    /** The next authorised call is answered with this status and body. */
    public synchronized void failNext(int status, String body) {
        failStatus = status;
        failBody = body;
    }

    /** The next {@code times} message sends (not other calls) are answered with this status, as in an outage. */
    public synchronized void failSends(int times, int status) {
        failedSendsLeft = times;
        failSendStatus = status;
    }

    /** How many message sends were refused by {@link #failSends}. */
    public synchronized int failedSends() {
        return failedSends;
    }

    /** The party opens the message. */
    public synchronized void read(long messageId) {
        event("Electronic message read", messageId);
    }

    /** The party confirms receipt of a verifiable message. */
    public synchronized void confirmReceipt(long messageId) {
        event("Receipt confirmed", messageId);
    }

    /** Posti reports on a paper letter, e.g. "Posti: returned to sender". */
    public synchronized void posti(String type, long messageId) {
        event(type, messageId);
    }

    /** An end user writes to the service (an event that is not about our deliveries). */
    synchronized void messageFromEndUser() {
        ObjectNode event = json.createObjectNode();
        event.put("eventTime", tick());
        event.put("type", "Electronic message from end user");
        event.putObject("metadata").put("messageId", nextMessageId++).put("serviceId", SERVICE_ID);
        events.add(event);
    }

    // --- What a test inspects ---

    synchronized int tokenRequests() {
        return tokenRequests;
    }

    synchronized int unauthorizedAnswers() {
        return unauthorizedAnswers;
    }

    public synchronized Attachment attachment(String attachmentId) {
        return attachments.get(attachmentId);
    }

    public synchronized List<Message> messages() {
        return List.copyOf(messagesByExternalId.values());
    }

    // --- The API ---

    private final class Api extends HttpServlet {

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String route = request.getMethod() + " " + request.getRequestURI();
            synchronized (MessagesApiServer.this) {
                if (route.equals("POST /v1/token")) {
                    token(request, response);
                    return;
                }
                String authorization = request.getHeader("Authorization");
                if (authorization == null || !authorization.startsWith("Bearer ")
                        || !validTokens.contains(authorization.substring(7))) {
                    unauthorizedAnswers++;
                    ApiAnswers.error(response, 401, "Unauthorized", List.of());
                    return;
                }
                if (failStatus != 0) {
                    int status = failStatus;
                    failStatus = 0;
                    ApiAnswers.write(response, status, failBody);
                    return;
                }
                switch (route) {
                    case "POST /v2/attachments" -> upload(request, response);
                    case "POST /v2/messages" -> send(request, response, true);
                    case "POST /v2/messages/electronic" -> send(request, response, false);
                    case "GET /v2/events" -> events(request, response);
                    default -> ApiAnswers.error(response, 404, "Not found", List.of());
                }
            }
        }

        private void token(HttpServletRequest request, HttpServletResponse response) throws IOException {
            tokenRequests++;
            JsonNode body = json.readTree(request.getInputStream());
            if (!USERNAME.equals(body.path("username").asText()) || !PASSWORD.equals(body.path("password").asText())) {
                ApiAnswers.error(response, 400, "Invalid username or password", List.of());
                return;
            }
            String token = UUID.randomUUID().toString();
            validTokens.add(token);
            ObjectNode answer = json.createObjectNode();
            answer.put("access_token", token).put("token_type", "bearer").put("expires_in", 3600);
            ApiAnswers.write(response, 200, answer.toString());
        }

        private void upload(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Part file;
            try {
                file = request.getPart("file");
            } catch (jakarta.servlet.ServletException | IllegalStateException e) {
                file = null;
            }
            if (file == null || file.getSize() == 0) {
                ApiAnswers.error(response, 400, "Validation failed", List.of("file: must not be empty"));
                return;
            }
            String id = UUID.randomUUID().toString();
            attachments.put(id, new Attachment(file.getSubmittedFileName(), file.getContentType(),
                    file.getInputStream().readAllBytes()));
            ApiAnswers.write(response, 200, json.createObjectNode().put("attachmentId", id).toString());
        }

        private void send(HttpServletRequest request, HttpServletResponse response, boolean multichannel)
                throws IOException {
            if (failedSendsLeft > 0) {
                failedSendsLeft--;
                failedSends++;
                ApiAnswers.error(response, failSendStatus, "Service temporarily unavailable", List.of());
                return;
            }
            JsonNode body = json.readTree(request.getInputStream());
            List<String> invalid = new ArrayList<>();
            String externalId = body.path("externalId").asText("");
            String recipient = body.path("recipient").path("id").asText("");
            ApiAnswers.require(invalid, !externalId.isBlank(), "externalId: must not be blank");
            ApiAnswers.require(invalid, !recipient.isBlank(), "recipient.id: must not be blank");
            ApiAnswers.require(invalid, SERVICE_ID.equals(body.path("sender").path("serviceId").asText()),
                    "sender.serviceId: unknown service");
            JsonNode electronic = body.path("electronic");
            ApiAnswers.require(invalid, !electronic.path("title").asText("").isBlank(), "electronic.title: must not be blank");
            ApiAnswers.require(invalid, !electronic.path("body").asText("").isBlank(), "electronic.body: must not be blank");
            requireAttachments(invalid, electronic, "electronic");
            JsonNode paper = body.path("paperMail");
            if (multichannel) {
                requireAttachments(invalid, paper, "paperMail");
                for (String side : List.of("recipient", "sender")) {
                    JsonNode address = paper.path(side).path("address");
                    for (String field : List.of("name", "streetAddress", "zipCode", "city", "countryCode")) {
                        ApiAnswers.require(invalid, !address.path(field).asText("").isBlank(),
                                "paperMail." + side + ".address." + field + ": must not be blank");
                    }
                }
                JsonNode posti = paper.path("printingAndEnvelopingService").path("postiMessaging");
                ApiAnswers.require(invalid, !posti.path("username").asText("").isBlank()
                        && !posti.path("password").asText("").isBlank()
                        && !posti.path("contactDetails").path("email").asText("").isBlank(),
                        "paperMail.printingAndEnvelopingService.postiMessaging: incomplete");
            } else {
                ApiAnswers.require(invalid, paper.isMissingNode(), "paperMail: not allowed in an electronic message");
            }
            if (!invalid.isEmpty()) {
                ApiAnswers.error(response, 400, "Validation failed", invalid);
                return;
            }
            Message earlier = messagesByExternalId.get(externalId);
            if (earlier != null) {
                ObjectNode answer = json.createObjectNode();
                answer.put("reason", "Message with the given externalId already exists")
                        .put("messageId", earlier.messageId());
                ApiAnswers.write(response, 409, answer.toString());
                return;
            }
            boolean mailbox = activeMailboxes.contains(recipient);
            if (!multichannel && !mailbox) {
                ApiAnswers.error(response, 400, "The recipient does not have an active mailbox", List.of());
                return;
            }
            long messageId = nextMessageId++;
            messagesByExternalId.put(externalId, new Message(messageId, request.getRequestURI(), body));
            if (mailbox) {
                event("Electronic message created", messageId, externalId);
            } else {
                event("Paper mail created", messageId, externalId);
                event("Sent for printing and enveloping", messageId, externalId);
            }
            ApiAnswers.write(response, 200, json.createObjectNode().put("messageId", messageId).toString());
        }

        private void requireAttachments(List<String> invalid, JsonNode part, String name) {
            JsonNode list = part.path("attachments");
            ApiAnswers.require(invalid, list.isArray() && !list.isEmpty(), name + ".attachments: must not be empty");
            for (JsonNode reference : list) {
                ApiAnswers.require(invalid, attachments.containsKey(reference.path("attachmentId").asText()),
                        name + ".attachments: attachment not found");
            }
        }

        private void events(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String token = request.getParameter("continuationToken");
            int from = 0;
            if (token != null) {
                try {
                    from = Integer.parseInt(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    ApiAnswers.error(response, 400, "Invalid continuationToken", List.of());
                    return;
                }
            }
            int to = Math.min(events.size(), from + pageSize);
            ObjectNode answer = json.createObjectNode();
            answer.put("continuationToken",
                    Base64.getUrlEncoder().encodeToString(Integer.toString(to).getBytes(StandardCharsets.UTF_8)));
            answer.putArray("events").addAll(events.subList(from, to));
            ApiAnswers.write(response, 200, answer.toString());
        }
    }

    // --- Helpers ---

    private void event(String type, long messageId) {
        String externalId = messagesByExternalId.entrySet().stream()
                .filter(e -> e.getValue().messageId() == messageId).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no message " + messageId));
        event(type, messageId, externalId);
    }

    private void event(String type, long messageId, String externalId) {
        ObjectNode event = json.createObjectNode();
        event.put("eventTime", tick());
        event.put("type", type);
        event.putObject("metadata").put("messageId", messageId).put("serviceId", SERVICE_ID)
                .put("externalId", externalId);
        events.add(event);
    }

    private String tick() {
        clock = clock.plusSeconds(60);
        return clock.atOffset(ZoneOffset.ofHours(2)).toString();
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}
