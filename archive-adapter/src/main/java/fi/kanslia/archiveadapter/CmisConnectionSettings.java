package fi.kanslia.archiveadapter;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach a CMIS 1.1 repository over the browser binding.
 *
 * @param browserUrl     e.g. {@code https://archive.example.fi/alfresco/api/-default-/public/cmis/versions/1.1/browser}
 * @param repositoryId   {@code -default-} for Alfresco, {@code kanslia} for {@link EmbeddedCmisRepository}
 * @param user           the technical user that files records
 * @param password       its password; never printed
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for an answer
 */
public record CmisConnectionSettings(String browserUrl, String repositoryId, String user, String password,
                                     Duration connectTimeout, Duration readTimeout) {

    public CmisConnectionSettings {
        Objects.requireNonNull(browserUrl, "browserUrl (the CMIS browser binding URL) must be given");
        Objects.requireNonNull(repositoryId, "repositoryId must be given");
        Objects.requireNonNull(user, "user must be given");
        Objects.requireNonNull(password, "password must be given");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        String scheme = URI.create(browserUrl).getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("browserUrl must be an http(s) URL, was '" + browserUrl + "'");
        }
        if (repositoryId.isBlank() || user.isBlank()) {
            throw new IllegalArgumentException("repositoryId and user must not be blank");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** Settings with a 10 s connect and a 60 s read timeout. */
    public CmisConnectionSettings(String browserUrl, String repositoryId, String user, String password) {
        this(browserUrl, repositoryId, user, password, Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    @Override
    public String toString() {
        return "CmisConnectionSettings[browserUrl=" + browserUrl + ", repositoryId=" + repositoryId + ", user=" + user
                + ", password=***, connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
