package fi.kanslia.platform.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded PostgreSQL and the in-process Zeebe engine when no external address is
 * configured, and points the configuration at them. The servers are JVM singletons, so every
 * application context in one test JVM shares them.
 */
public class EmbeddedDefaults implements EnvironmentPostProcessor, Ordered {

  static final String SOURCE_NAME = "kansliaEmbeddedDefaults";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    Binder binder = Binder.get(environment);
    Map<String, Object> properties = new LinkedHashMap<>();
    if (!isSet(binder, "spring.datasource.url")) {
      EmbeddedPostgresServer postgres = EmbeddedPostgresServer.shared();
      properties.put("spring.datasource.url", postgres.jdbcUrl());
      properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
      properties.put("spring.datasource.password", EmbeddedPostgresServer.USER);
      properties.put("kanslia.embedded.postgres", "true");
    }
    if (!isSet(binder, "camunda.client.grpc-address") && !isSet(binder, "camunda.client.mode")) {
      EmbeddedZeebeEngine engine = EmbeddedZeebeEngine.shared();
      properties.put("camunda.client.grpc-address", "http://" + engine.gatewayAddress());
      properties.put("camunda.client.rest-address", "http://" + engine.gatewayAddress());
      properties.put("camunda.client.prefer-rest-over-grpc", "false");
      properties.put("kanslia.embedded.zeebe", "true");
    }
    if (!properties.isEmpty()) {
      environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
    }
  }

  private static boolean isSet(Binder binder, String name) {
    return binder.bind(name, String.class).map(value -> !value.isBlank()).orElse(false);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
