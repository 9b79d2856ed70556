package fi.kanslia.archiveadapter;

import static fi.kanslia.archiveadapter.TestRecords.aDecision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;
import org.junit.jupiter.api.Test;

/**
 * With nothing listening at the configured URL every call throws {@link ArchiveUnavailableException} (so the
 * caller retries), and the archive recovers by itself once the repository is there (it opens its session on use).
 */
class CmisRecordArchiveUnavailableTest {

    @Test
    void anUnreachableRepositoryGivesArchiveUnavailable() throws IOException {
        CmisRecordArchive archive = new CmisRecordArchive(new CmisConnectionSettings(
                "http://127.0.0.1:" + closedPort() + "/cmis/browser", "kanslia", "kanslia", "secret",
                Duration.ofSeconds(2), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> archive.file(aDecision().recordId("dec-7").toFile()))
                .isInstanceOf(ArchiveUnavailableException.class)
                .hasMessageContaining("Could not file record dec-7 in the CMIS archive at http://127.0.0.1:")
                .hasCauseInstanceOf(CmisConnectionException.class);
        assertThatThrownBy(() -> archive.fetch("1")).isInstanceOf(ArchiveUnavailableException.class);
        assertThatThrownBy(() -> archive.findByCaseNumber("091", "KASV/1/2026"))
                .isInstanceOf(ArchiveUnavailableException.class);
    }

    @Test
    void settingsNeverPrintThePassword() {
        CmisConnectionSettings settings = new CmisConnectionSettings("https://archive.example/cmis", "-default-",
                "kanslia", "s3cret");

        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    /** A loopback port that nothing listens on: bound, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
