package nl.buurtkracht.fabric;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import nl.buurtkracht.fabric.internal.FabricAnalysis;
import nl.buurtkracht.fabric.internal.FabricCalendar;
import nl.buurtkracht.fabric.internal.FabricGraph;
import nl.buurtkracht.fabric.internal.FabricStore;
import nl.buurtkracht.shared.Recurrence;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analytics run over the contact ledger (R13): communities, isolation, bridging and
 * intergenerational ties, connectors, and per street and neighbourhood a summary for each of the
 * last twelve months. One instance at a time runs it (a PostgreSQL advisory lock); the results
 * replace the previous run's in one transaction. Incremental where it pays: community detection
 * starts from the previous run's communities, so a network that changed a little costs Leiden a
 * fraction of a cold start; the folding of ties into pairs is left to PostgreSQL.
 */
@Service
public class FabricAnalytics {

    /** What a finished run found, for the log, the job and the tests. */
    public record RunSummary(
        long runId,
        LocalDate asOf,
        int residents,
        long pairs,
        int communities,
        double modularity,
        boolean warmStart,
        long leidenMillis,
        long totalMillis
    ) {}

    private static final Logger log = LoggerFactory.getLogger(FabricAnalytics.class);

    /** Any constant will do, as long as only analytics runs take this lock. */
    private static final long RUN_LOCK = 0x4661_6272_6963_5275L;

    /** Leiden is randomised; a fixed seed gives the same communities for the same ledger. */
    private static final long SEED = 20_200_316L;

    private final FabricStore store;
    private final DataSource dataSource;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final Clock clock;
    private final int isolationWeeks;

    FabricAnalytics(
        FabricStore store,
        DataSource dataSource,
        PlatformTransactionManager transactions,
        Clock clock,
        @Value("${buurtkracht.fabric.isolated-after-weeks:8}") int isolationWeeks
    ) {
        this.store = store;
        this.dataSource = dataSource;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
        this.isolationWeeks = isolationWeeks;
    }

    /** Runs for today unless today's run is done or another instance is running one. */
    public Optional<RunSummary> runIfDue() {
        return locked(() -> store.doneFor(today()) ? Optional.empty() : Optional.of(compute()));
    }

    /** Runs for today now, even when today's run is done (a new day or new ties); waits for no one. */
    public Optional<RunSummary> runNow() {
        return locked(() -> Optional.of(compute()));
    }

    private Optional<RunSummary> locked(java.util.function.Supplier<Optional<RunSummary>> work) {
        // A session lock on a connection of its own, held for the whole run; it goes with the
        // connection if this instance dies.
        try (Connection lock = dataSource.getConnection()) {
            boolean mine;
            try (var statement = lock.prepareStatement("select pg_try_advisory_lock(?)")) {
                statement.setLong(1, RUN_LOCK);
                try (var rs = statement.executeQuery()) {
                    rs.next();
                    mine = rs.getBoolean(1);
                }
            }
            if (!mine) {
                log.info("fabric analytics already running elsewhere");
                return Optional.empty();
            }
            try {
                return work.get();
            } finally {
                try (var statement = lock.prepareStatement("select pg_advisory_unlock(?)")) {
                    statement.setLong(1, RUN_LOCK);
                    statement.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("fabric analytics lock", e);
        }
    }

    private RunSummary compute() {
        long start = System.nanoTime();
        var calendar = new FabricCalendar(today(), isolationWeeks);
        long runId = store.startRun(calendar.asOf(), clock.instant());
        try {
            record Input(FabricGraph graph, int@Nullable [] starting) {}
            Input input = reading.execute(status -> {
                FabricGraph graph = store.graph(calendar);
                return new Input(graph, store.previousCommunities(graph).orElse(null));
            });
            FabricAnalysis.Result result = FabricAnalysis.run(input.graph(), calendar, input.starting(), SEED);
            long totalMillis = (System.nanoTime() - start) / 1_000_000;
            Instant computedAt = clock.instant();
            boolean warm = input.starting() != null;
            writing.executeWithoutResult(status ->
                store.save(runId, calendar, input.graph(), result, warm, computedAt, totalMillis)
            );
            var summary = new RunSummary(
                runId,
                calendar.asOf(),
                input.graph().residents(),
                result.networkPairs,
                result.communities,
                result.modularity,
                warm,
                result.leidenMillis,
                (System.nanoTime() - start) / 1_000_000
            );
            log.info("fabric analytics done: {}", summary);
            return summary;
        } catch (RuntimeException e) {
            store.failRun(runId);
            throw e;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Recurrence.AMSTERDAM));
    }
}
