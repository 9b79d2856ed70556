package fi.kanslia.archiveadapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded repository as any CMIS client sees it over HTTP: both bindings answer, with Kanslia's types.
 */
class EmbeddedCmisRepositoryIT {

    private static EmbeddedCmisServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startRepository() {
        server = EmbeddedCmisServer.start();
    }

    @AfterAll
    static void stopRepository() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theBrowserBindingServesTheKansliaRepository() throws Exception {
        HttpResponse<String> info = get(server.browserUrl());

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"repositoryId\":\"kanslia\"").contains("\"cmisVersionSupported\":\"1.1\"");
    }

    @Test
    void theRepositoryHasTheRecordTypeAndTheMetadataAspect() throws Exception {
        HttpResponse<String> type = get(server.browserUrl() + "/kanslia?cmisselector=typeDefinition&typeId="
                + KansliaModel.METADATA_ASPECT);

        assertThat(type.statusCode()).isEqualTo(200);
        assertThat(type.body()).contains("\"baseId\":\"cmis:secondary\"").contains(KansliaModel.CASE_NUMBER);
        assertThat(get(server.browserUrl() + "/kanslia?cmisselector=typeDefinition&typeId="
                + KansliaModel.RECORD_TYPE).statusCode()).isEqualTo(200);
    }

    @Test
    void atomPubIsServedBesideIt() throws Exception {
        HttpResponse<String> service = get(server.browserUrl().replace("/browser", "/atom11"));

        assertThat(service.statusCode()).isEqualTo(200);
        assertThat(service.body()).contains("<cmis:repositoryId>kanslia</cmis:repositoryId>");
    }

    @Test
    void aRequestThroughAProxyIsRefusedForTheRepositoryHasNoAuthentication() throws Exception {
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(server.browserUrl()))
                .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(proxied.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
