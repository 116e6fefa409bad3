package nl.buurtkracht.fabric.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.fabric.internal.FabricAnalysis.AreaCounts;
import nl.buurtkracht.fabric.internal.FabricAnalysis.Metric;
import nl.buurtkracht.fabric.internal.FabricAnalysis.Result;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Reads the contact ledger for an analytics run and keeps what the run found. The ledger is folded
 * into one row per pair by PostgreSQL (weight of the year, last day, the months' window masks) and
 * streamed with a cursor; results are written with COPY. Callers hold the transactions.
 */
@Repository
public class FabricStore {

    private static final int FETCH_SIZE = 20_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final DataSource dataSource;

    FabricStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /** Removes what the last run kept about a resident who left the picture. */
    public void forgetPerson(long residentId) {
        jdbc.sql("delete from fabric_person where resident_id = ?").param(residentId).update();
    }

    public long startRun(LocalDate asOf, Instant startedAt) {
        return jdbc
            .sql("insert into fabric_run (as_of, started_at, status) values (?, ?, 'RUNNING') returning id")
            .params(asOf, Timestamp.from(startedAt))
            .query(Long.class)
            .single();
    }

    public void failRun(long runId) {
        jdbc.sql("update fabric_run set status = 'FAILED' where id = ? and status = 'RUNNING'").param(runId).update();
    }

    /** Whether a run for this day already finished (another instance may have been first). */
    public boolean doneFor(LocalDate asOf) {
        return jdbc
            .sql("select exists (select 1 from fabric_run where as_of = ? and status = 'DONE')")
            .param(asOf)
            .query(Boolean.class)
            .single();
    }

    /** The residents in the picture and their pairs; needs a transaction for the cursor. */
    public FabricGraph graph(FabricCalendar calendar) {
        int residents = jdbc.sql("select count(*) from resident").query(Integer.class).single();
        var builder = new FabricGraph.Builder(residents, residents * 4);
        streaming.query(
            "select r.id, a.street_id, a.neighbourhood_id, r.birth_year, " +
            "  (r.created_at at time zone 'Europe/Amsterdam')::date as joined " +
            "from resident r left join address a on a.id = r.address_id " +
            "where " +
            ConsentLedger.grantedSql("r.id", ConsentPurpose.CONTACTS_IN_NEIGHBOURHOOD_PICTURE) +
            " order by r.id",
            rs -> {
                builder.resident(
                    rs.getLong(1),
                    rs.getObject(2, Long.class),
                    rs.getObject(3, Long.class),
                    rs.getObject(4, Integer.class),
                    rs.getObject(5, LocalDate.class).toEpochDay()
                );
            }
        );
        streaming.query(pairsSql(calendar), rs -> {
            builder.pair(
                rs.getLong(1),
                rs.getLong(2),
                rs.getDouble(3),
                rs.getObject(4, LocalDate.class).toEpochDay(),
                rs.getInt(5),
                rs.getInt(6)
            );
        });
        return builder.build();
    }

    /**
     * One row per pair: its weight in the network's year, its last day and, per month, whether it
     * had a contact in that month's recent and isolation windows (the same masks as {@link
     * FabricCalendar#recentMask}). Dates are written into the text from {@link LocalDate}s only.
     */
    static String pairsSql(FabricCalendar calendar) {
        StringBuilder recent = new StringBuilder();
        StringBuilder isolation = new StringBuilder();
        for (int k = 0; k < FabricCalendar.MONTHS; k++) {
            FabricCalendar.Window w = calendar.window(k);
            String sep = k == 0 ? "" : " | ";
            recent.append(sep).append(bit(w.recentAfter(), w.end(), k));
            isolation.append(sep).append(bit(w.isolationAfter(), w.end(), k));
        }
        return (
            "select resident_a, resident_b, " +
            "  coalesce(sum(weight) filter (where happened_on > date '" +
            calendar.networkAfter() +
            "'), 0), max(happened_on), bit_or(" +
            recent +
            "), bit_or(" +
            isolation +
            ") from contact_tie where happened_on <= date '" +
            calendar.asOf() +
            "' group by resident_a, resident_b"
        );
    }

    private static String bit(LocalDate after, LocalDate end, int k) {
        return (
            "(case when happened_on > date '" +
            after +
            "' and happened_on <= date '" +
            end +
            "' then " +
            (1 << k) +
            " else 0 end)"
        );
    }

    /** The communities of the last run, by node of the new graph (-1 for someone it did not know). */
    public Optional<int[]> previousCommunities(FabricGraph graph) {
        int[] starting = new int[graph.residents()];
        Arrays.fill(starting, -1);
        int[] known = { 0 };
        streaming.query("select resident_id, community from fabric_person", rs -> {
            int node = graph.node(rs.getLong(1));
            if (node != FabricGraph.NONE) {
                starting[node] = rs.getInt(2);
                known[0]++;
            }
        });
        return known[0] == 0 ? Optional.empty() : Optional.of(starting);
    }

    /**
     * Replaces the per-resident results, adds the area summaries of this run and marks it done;
     * needs a transaction, so that readers see the old run or the new one, never half of it.
     */
    public void save(
        long runId,
        FabricCalendar calendar,
        FabricGraph graph,
        Result result,
        boolean warmStart,
        Instant computedAt,
        long totalMillis
    ) {
        String at = computedAt.toString();
        jdbc.sql("delete from fabric_person").update();
        copy(
            "fabric_person (resident_id, run_id, community, last_contact, isolated_since, recent_contacts, " +
            "groups_reached, streets_reached, connector, computed_at)",
            rows -> {
                for (int u = 0; u < graph.residents(); u++) {
                    rows
                        .append(graph.residentId(u))
                        .append('\t')
                        .append(runId)
                        .append('\t')
                        .append(result.community[u])
                        .append('\t')
                        .append(day(result.lastDay[u]))
                        .append('\t')
                        .append(day(result.isolatedSince[u]))
                        .append('\t')
                        .append(result.recentContacts[u])
                        .append('\t')
                        .append(result.groupsReached[u])
                        .append('\t')
                        .append(result.streetsReached[u])
                        .append('\t')
                        .append(result.connector[u] ? 't' : 'f')
                        .append('\t')
                        .append(at)
                        .append('\n');
                    rows.flushIfFull();
                }
            }
        );
        // Whoever left the picture while the run computed stays out of it.
        jdbc
            .sql(
                """
                delete from fabric_person p using (
                  select distinct on (subject_resident_id) subject_resident_id, granted from consent_record
                  where purpose = ? order by subject_resident_id, id desc) c
                where c.subject_resident_id = p.resident_id and not c.granted"""
            )
            .param(ConsentPurpose.CONTACTS_IN_NEIGHBOURHOOD_PICTURE.name())
            .update();
        copy(
            "fabric_area_summary (run_id, area_kind, area_id, month, residents, connected, isolated, connectors, ties, " +
            "bridging_ties, bridging_community, bridging_street, bridging_age, intergenerational_ties, computed_at)",
            rows -> {
                areaRows(rows, runId, "STREET", result.streets, calendar, at);
                areaRows(rows, runId, "NEIGHBOURHOOD", result.neighbourhoods, calendar, at);
            }
        );
        jdbc.sql("delete from fabric_area_summary where run_id <> ?").param(runId).update();
        jdbc
            .sql(
                """
                update fabric_run set status = 'DONE', computed_at = ?, residents = ?, pairs = ?, communities = ?,
                  modularity = ?, warm_start = ?, leiden_millis = ?, total_millis = ?
                where id = ?"""
            )
            .params(
                Timestamp.from(computedAt),
                graph.residents(),
                result.networkPairs,
                result.communities,
                result.modularity,
                warmStart,
                result.leidenMillis,
                totalMillis,
                runId
            )
            .update();
    }

    private static void areaRows(
        Rows rows,
        long runId,
        String kind,
        AreaCounts counts,
        FabricCalendar calendar,
        String at
    ) {
        for (int area = 0; area < counts.areas(); area++) {
            for (int k = 0; k < FabricCalendar.MONTHS; k++) {
                rows
                    .append(runId)
                    .append('\t')
                    .append(kind)
                    .append('\t')
                    .append(counts.id(area))
                    .append('\t')
                    .append(calendar.window(k).month().atDay(1).toString());
                for (Metric metric : Metric.values()) {
                    rows.append('\t');
                    if (metric == Metric.CONNECTORS && k != FabricCalendar.NOW) {
                        rows.append("\\N");
                    } else {
                        rows.append(counts.value(metric, area, k));
                    }
                }
                rows.append('\t').append(at).append('\n');
                rows.flushIfFull();
            }
        }
    }

    private static String day(int epochDay) {
        return epochDay == FabricAnalysis.NO_DAY ? "\\N" : LocalDate.ofEpochDay(epochDay).toString();
    }

    /** Rows of a COPY in text format, sent in chunks of a few megabytes. */
    interface Rows {
        Rows append(Object value);

        Rows append(char value);

        void flushIfFull();
    }

    private void copy(String target, java.util.function.Consumer<Rows> producer) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String sql = "copy " + target + " from stdin";
            StringBuilder buffer = new StringBuilder(1 << 20);
            Rows rows = new Rows() {
                @Override
                public Rows append(Object value) {
                    buffer.append(value);
                    return this;
                }

                @Override
                public Rows append(char value) {
                    buffer.append(value);
                    return this;
                }

                @Override
                public void flushIfFull() {
                    if (buffer.length() > (4 << 20)) {
                        send(copy, sql, buffer);
                    }
                }
            };
            producer.accept(rows);
            send(copy, sql, buffer);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + target + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void send(CopyManager copy, String sql, StringBuilder buffer) {
        if (buffer.isEmpty()) {
            return;
        }
        try {
            copy.copyIn(sql, new StringReader(buffer.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY failed", e);
        }
        buffer.setLength(0);
    }
}
