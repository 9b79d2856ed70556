package fi.kanslia.messages;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import fi.kanslia.messages.ApiSchema.AccessTokenRequest;
import fi.kanslia.messages.ApiSchema.Address;
import fi.kanslia.messages.ApiSchema.AddressHolder;
import fi.kanslia.messages.ApiSchema.AttachmentReference;
import fi.kanslia.messages.ApiSchema.ContactDetails;
import fi.kanslia.messages.ApiSchema.ElectronicMessage;
import fi.kanslia.messages.ApiSchema.ElectronicPart;
import fi.kanslia.messages.ApiSchema.MultichannelMessage;
import fi.kanslia.messages.ApiSchema.Notifications;
import fi.kanslia.messages.ApiSchema.PaperMailPart;
import fi.kanslia.messages.ApiSchema.PostiMessaging;
import fi.kanslia.messages.ApiSchema.PrintingAndEnvelopingService;
import fi.kanslia.messages.ApiSchema.Recipient;
import fi.kanslia.messages.ApiSchema.Sender;
import fi.kanslia.messages.ApiSchema.UnreadMessageNotification;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Suomi.fi Messages REST API over the JDK's HTTP client.
 *
 * <ul>
 *   <li>{@code POST /v1/token} with the username and password gives a bearer token with a lifetime
 *       ({@code expires_in}); it is renewed a minute before it runs out, and once more if a call answers 401.</li>
 *   <li>{@code POST /v2/attachments} (multipart, field {@code file}) uploads the decision and gives an
 *       {@code attachmentId}.</li>
 *   <li>{@code POST /v2/messages} sends a multichannel message (electronic, or Posti paper mail when the party has
 *       no active mailbox); {@code POST /v2/messages/electronic} sends electronically only. A repeated
 *       {@code externalId} is answered 409, which is reported as already sent.</li>
 *   <li>{@code GET /v2/events?continuationToken=…} pages through the events.</li>
 * </ul>
 *
 * Logs name external ids, message ids and counts only: never an identity code, a name or an address.
 */
public final class RestSuomiFiMessages implements SuomiFiMessages {

    static final String TOKEN_PATH = "/v1/token";
    static final String ATTACHMENTS_PATH = "/v2/attachments";
    static final String MESSAGES_PATH = "/v2/messages";
    static final String ELECTRONIC_MESSAGES_PATH = "/v2/messages/electronic";
    static final String EVENTS_PATH = "/v2/events";

    /** A token is renewed this long before the API says it expires. */
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(RestSuomiFiMessages.class);

    private final SuomiFiMessagesConfig config;
    private final Clock clock;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private String token;
    private Instant tokenRenewAt = Instant.MIN;

    public RestSuomiFiMessages(SuomiFiMessagesConfig config) {
        this(config, Clock.systemUTC());
    }

    /** With the clock that decides when a token is old (tests move it). */
    RestSuomiFiMessages(SuomiFiMessagesConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    @Override
    public SentMessage send(OutgoingMessage message) {
        String attachmentId = upload(message.decision());
        boolean paper = config.paperMailEnabled() && message.paperMailAddress() != null;
        Object body = paper ? multichannel(message, attachmentId) : electronicOnly(message, attachmentId);
        byte[] bytes = toJson(body);
        HttpResponse<String> response = authorized("send message", bearer -> request(
                paper ? MESSAGES_PATH : ELECTRONIC_MESSAGES_PATH, bearer)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(bytes)).build());
        int status = response.statusCode();
        if (status == 409) {
            JsonNode earlierId = errorBody(response).path("messageId");
            Long earlier = earlierId.canConvertToLong() ? earlierId.asLong() : null;
            LOG.info("Suomi.fi Messages already has external id {} (message {}); nothing sent again",
                    message.externalId(), earlier);
            return new SentMessage(message.externalId(), earlier, true);
        }
        requireSuccess("send message", response);
        long messageId = readTree(response.body()).path("messageId").asLong();
        LOG.info("Suomi.fi Messages accepted external id {} as message {} ({}{})", message.externalId(), messageId,
                paper ? "electronic or paper" : "electronic only", message.verifiable() ? ", verifiable" : "");
        return new SentMessage(message.externalId(), messageId, false);
    }

    @Override
    public EventPage events(String continuationToken) {
        String query = continuationToken == null || continuationToken.isBlank() ? ""
                : "?continuationToken=" + URLEncoder.encode(continuationToken, StandardCharsets.UTF_8);
        HttpResponse<String> response = authorized("get events",
                bearer -> request(EVENTS_PATH + query, bearer).GET().build());
        requireSuccess("get events", response);
        JsonNode root = readTree(response.body());
        List<MessageEvent> events = new ArrayList<>();
        for (JsonNode event : root.path("events")) {
            events.add(event(event));
        }
        String next = root.path("continuationToken").isTextual() ? root.path("continuationToken").asText()
                : continuationToken;
        LOG.debug("Suomi.fi Messages gave {} events", events.size());
        return new EventPage(events, next);
    }

    private String upload(DecisionFile decision) {
        Multipart multipart = Multipart.pdfFile("file", decision.fileName(), decision.pdf());
        HttpResponse<String> response = authorized("upload attachment", bearer -> request(ATTACHMENTS_PATH, bearer)
                .header("Content-Type", multipart.contentType())
                .POST(BodyPublishers.ofByteArray(multipart.body())).build());
        requireSuccess("upload attachment", response);
        String attachmentId = readTree(response.body()).path("attachmentId").asText("");
        if (attachmentId.isEmpty()) {
            throw new MessagesApiException("upload attachment", response.statusCode(),
                    "the answer has no attachmentId", List.of());
        }
        return attachmentId;
    }

    private MultichannelMessage multichannel(OutgoingMessage message, String attachmentId) {
        SuomiFiMessagesConfig.PaperMail paperMail = config.paperMail();
        PaperMailPart paper = new PaperMailPart(List.of(new AttachmentReference(attachmentId)), false, true,
                serviceType(message),
                new PrintingAndEnvelopingService(new PostiMessaging(new ContactDetails(paperMail.contactEmail()),
                        paperMail.postiUsername(), paperMail.postiPassword())),
                new AddressHolder(Address.of(message.paperMailAddress())), false,
                new AddressHolder(Address.of(paperMail.senderAddress())), true);
        return new MultichannelMessage(message.externalId(), electronicPart(message, attachmentId), paper,
                new Recipient(message.recipientId()), new Sender(config.serviceId()));
    }

    private ElectronicMessage electronicOnly(OutgoingMessage message, String attachmentId) {
        return new ElectronicMessage(message.externalId(), electronicPart(message, attachmentId),
                new Recipient(message.recipientId()), new Sender(config.serviceId()));
    }

    private static ElectronicPart electronicPart(OutgoingMessage message, String attachmentId) {
        return new ElectronicPart(List.of(new AttachmentReference(attachmentId)), message.body(),
                ApiSchema.BODY_FORMAT_TEXT, serviceType(message),
                new Notifications(ApiSchema.SENDER_DETAILS,
                        new UnreadMessageNotification(ApiSchema.DEFAULT_REMINDER)),
                ApiSchema.REPLY_NO_ONE, message.title(), ApiSchema.VISIBILITY_RECIPIENT_ONLY);
    }

    private static String serviceType(OutgoingMessage message) {
        return message.verifiable() ? ApiSchema.SERVICE_TYPE_VERIFIABLE : ApiSchema.SERVICE_TYPE_NORMAL;
    }

    private MessageEvent event(JsonNode event) {
        JsonNode metadata = event.path("metadata");
        if (metadata.isTextual()) {
            // Some descriptions of the API carry the metadata as a JSON string.
            try {
                metadata = json.readTree(metadata.asText());
            } catch (JsonProcessingException e) {
                metadata = MissingNode.getInstance();
            }
        }
        String type = event.path("type").asText("");
        String externalId = metadata.path("externalId").isTextual() ? metadata.path("externalId").asText() : null;
        return new MessageEvent(EvidenceKind.ofApiType(type), type,
                OffsetDateTime.parse(event.path("eventTime").asText()).toInstant(),
                metadata.path("messageId").asLong(), externalId);
    }

    // --- HTTP, tokens and errors ---

    private HttpRequest.Builder request(String pathAndQuery, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(pathAndQuery))
                .timeout(config.requestTimeout())
                .header("Accept", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private URI uri(String pathAndQuery) {
        String base = config.baseUrl().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery);
    }

    /** Sends with a valid token; on 401 renews the token once and sends again. */
    private HttpResponse<String> authorized(String operation, Function<String, HttpRequest> request) {
        String used = currentToken();
        HttpResponse<String> response = exchange(operation, request.apply(used));
        if (response.statusCode() == 401) {
            LOG.info("Suomi.fi Messages refused the access token during {}; renewing it once", operation);
            forgetToken(used);
            response = exchange(operation, request.apply(currentToken()));
        }
        return response;
    }

    private synchronized String currentToken() {
        if (token == null || !clock.instant().isBefore(tokenRenewAt)) {
            token = null;
            HttpResponse<String> response = exchange("get access token", request(TOKEN_PATH, null)
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofByteArray(toJson(
                            new AccessTokenRequest(config.username(), config.password())))).build());
            requireSuccess("get access token", response);
            JsonNode body = readTree(response.body());
            String received = body.path("access_token").asText(body.path("accessToken").asText(""));
            if (received.isEmpty()) {
                throw new MessagesApiException("get access token", response.statusCode(),
                        "the answer has no access_token", List.of());
            }
            token = received;
            tokenRenewAt = body.path("expires_in").canConvertToLong()
                    ? clock.instant().plusSeconds(body.path("expires_in").asLong()).minus(TOKEN_MARGIN)
                    : Instant.MAX;
            LOG.debug("Suomi.fi Messages gave a new access token");
        }
        return token;
    }

    private synchronized void forgetToken(String used) {
        if (used.equals(token)) {
            token = null;
        }
    }

    private HttpResponse<String> exchange(String operation, HttpRequest request) {
        try {
            return http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MessagesUnavailableException("Suomi.fi Messages: " + operation + " failed: "
                    + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagesUnavailableException("Suomi.fi Messages: " + operation + " was interrupted", e);
        }
    }

    private void requireSuccess(String operation, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        JsonNode error = errorBody(response);
        String reason = error.path("reason").asText(error.path("message").asText(""));
        if (reason.isEmpty() && error.isMissingNode() && response.body() != null) {
            String text = response.body().strip();
            reason = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
        List<String> validationErrors = new ArrayList<>();
        for (JsonNode validation : error.path("validationErrors")) {
            validationErrors.add(validation.path("error").asText(validation.toString()));
        }
        throw new MessagesApiException(operation, status, reason, validationErrors);
    }

    /** The API's error object ({@code reason}, {@code validationErrors}, {@code messageId}), or a missing node. */
    private JsonNode errorBody(HttpResponse<String> response) {
        try {
            JsonNode node = json.readTree(response.body() == null ? "" : response.body());
            return node == null || !node.isObject() ? MissingNode.getInstance()
                    : node;
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    private JsonNode readTree(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MessagesApiException("read answer", 200, "the answer is not JSON", List.of());
        }
    }

    private byte[] toJson(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a Messages request as JSON", e);
        }
    }
}
