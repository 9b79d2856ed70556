package fi.kanslia.archiveadapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * An embedded Tomcat on a free loopback port with {@link EmbeddedCmisRepository} installed, as the application
 * does it from a ServletContextInitializer. One per test class.
 */
final class EmbeddedCmisServer implements AutoCloseable {

    private final Tomcat tomcat;
    private final Connector connector;

    private EmbeddedCmisServer(Tomcat tomcat, Connector connector) {
        this.tomcat = tomcat;
        this.connector = connector;
    }

    static EmbeddedCmisServer start() {
        try {
            Path baseDir = Files.createTempDirectory("kanslia-cmis-tomcat");
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(baseDir.toString());
            Connector connector = new Connector();
            connector.setPort(0);
            connector.setProperty("address", "127.0.0.1");
            tomcat.setConnector(connector);
            Context context = tomcat.addContext("", baseDir.toString());
            context.addServletContainerInitializer(
                    (classes, servletContext) -> EmbeddedCmisRepository.install(servletContext, "/cmis"), null);
            tomcat.start();
            return new EmbeddedCmisServer(tomcat, connector);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException("Tomcat did not start", e);
        }
    }

    String browserUrl() {
        return "http://127.0.0.1:" + connector.getLocalPort() + "/cmis/browser";
    }

    CmisConnectionSettings settings() {
        return new CmisConnectionSettings(browserUrl(), EmbeddedCmisRepository.REPOSITORY_ID, "kanslia", "test");
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}
