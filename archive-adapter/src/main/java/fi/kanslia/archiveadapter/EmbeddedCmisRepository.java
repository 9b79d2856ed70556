package fi.kanslia.archiveadapter;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.chemistry.opencmis.inmemory.ConfigConstants;
import org.apache.chemistry.opencmis.inmemory.server.InMemoryServiceFactoryImpl;
import org.apache.chemistry.opencmis.server.impl.CmisRepositoryContextListener;
import org.apache.chemistry.opencmis.server.impl.atompub.CmisAtomPubServlet;
import org.apache.chemistry.opencmis.server.impl.browser.CmisBrowserBindingServlet;
import org.apache.chemistry.opencmis.server.shared.BasicAuthCallContextHandler;
import org.apache.chemistry.opencmis.server.support.TypeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CMIS 1.1 repository inside the application, for the local run and tests: the Apache Chemistry OpenCMIS
 * InMemory server 1.1.0, rewritten from {@code javax.servlet} to {@code jakarta.servlet} (module
 * {@code kanslia-cmis-server-jakarta}), served by the application's own servlet container.
 *
 * <p>The repository has the id {@value #REPOSITORY_ID} and Kanslia's types ({@code D:kanslia:record},
 * {@code P:kanslia:recordMetadata}), as Alfresco exposes them.
 *
 * <p><strong>It keeps nothing on restart:</strong> everything is in memory (large contents spill to temporary
 * files that are deleted), so records filed into it are gone when the application stops. Re-file or re-seed on
 * start; never use it as the archive of record. It has no authentication (any user and password are accepted), so
 * it answers requests from this machine only: other addresses and proxied requests get 403 Forbidden.
 */
public final class EmbeddedCmisRepository {

    /** The repository id to put in {@link CmisConnectionSettings#repositoryId()}. */
    public static final String REPOSITORY_ID = "kanslia";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCmisRepository.class);

    private EmbeddedCmisRepository() {
    }

    /**
     * Registers the repository in a servlet context that is being initialised (from a
     * {@code ServletContainerInitializer} or Spring Boot's {@code ServletContextInitializer}): the browser binding at
     * {@code <urlPrefix>/browser/*} and AtomPub at {@code <urlPrefix>/atom11/*}. With {@code urlPrefix} {@code /cmis}
     * the browser binding URL is {@code http://127.0.0.1:<port><contextPath>/cmis/browser}.
     *
     * @param context   the servlet context, still being initialised
     * @param urlPrefix where to serve it, e.g. {@code /cmis}; starts with a slash, no trailing slash
     * @throws IllegalStateException when the servlets cannot be registered (context already initialised, or a
     *                               repository already installed in it)
     */
    public static void install(ServletContext context, String urlPrefix) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(urlPrefix, "urlPrefix");
        if (!urlPrefix.matches("(/[A-Za-z0-9._-]+)+")) {
            throw new IllegalArgumentException("urlPrefix must look like '/cmis', was '" + urlPrefix + "'");
        }
        if (context.getAttribute(CmisRepositoryContextListener.SERVICES_FACTORY) != null) {
            throw new IllegalStateException("A CMIS repository is already installed in this servlet context");
        }
        InMemoryServiceFactoryImpl factory = new InMemoryServiceFactoryImpl();
        // Mutable: the factory adds its deployment time to the map.
        Map<String, String> parameters = new HashMap<>();
        parameters.put(ConfigConstants.REPOSITORY_ID, REPOSITORY_ID);
        parameters.put(ConfigConstants.TYPE_XML, KansliaModel.CMIS_TYPES_RESOURCE);
        factory.init(parameters);
        // The factory only logs a type file it cannot read; a repository without Kanslia's types must not start.
        TypeManager types = factory.getStoreManger().getTypeManager(REPOSITORY_ID);
        if (types.getTypeById(KansliaModel.RECORD_TYPE) == null
                || types.getTypeById(KansliaModel.METADATA_ASPECT) == null) {
            factory.destroy();
            throw new IllegalStateException("The embedded CMIS repository did not load Kanslia's types from "
                    + KansliaModel.CMIS_TYPES_RESOURCE);
        }
        context.setAttribute(CmisRepositoryContextListener.SERVICES_FACTORY, factory);
        context.addListener(new ServletContextListener() {
            @Override
            public void contextDestroyed(ServletContextEvent event) {
                factory.destroy();
            }
        });
        context.addFilter("kanslia-cmis-loopback-only", new LoopbackOnlyFilter())
                .addMappingForUrlPatterns(null, false, urlPrefix + "/*");
        register(context, "kanslia-cmis-browser", new CmisBrowserBindingServlet(), urlPrefix + "/browser/*");
        register(context, "kanslia-cmis-atompub", new CmisAtomPubServlet(), urlPrefix + "/atom11/*");
        LOG.info("Embedded CMIS repository '{}' (in memory, nothing kept on restart) at {}/browser",
                REPOSITORY_ID, context.getContextPath() + urlPrefix);
    }

    private static void register(ServletContext context, String name, jakarta.servlet.Servlet servlet,
                                 String mapping) {
        ServletRegistration.Dynamic registration = context.addServlet(name, servlet);
        if (registration == null) {
            throw new IllegalStateException("A servlet named " + name + " is already registered");
        }
        registration.setInitParameter("callContextHandler", BasicAuthCallContextHandler.class.getName());
        registration.setInitParameter("cmisVersion", "1.1");
        registration.setLoadOnStartup(1);
        registration.addMapping(mapping);
    }
}
