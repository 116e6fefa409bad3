package nl.buurtkracht.consent;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only ledger of consent per resident and purpose. The newest entry is in force, so a
 * withdrawal takes effect for the very next read.
 */
@Service
public class ConsentLedger {

    /** One entry of the ledger: who recorded what, when, and whether on the resident's behalf. */
    public record ConsentEntry(
        long id,
        long residentId,
        ConsentPurpose purpose,
        boolean granted,
        @Nullable Long recordedByAccountId,
        @Nullable String recordedByName,
        boolean onBehalf,
        ConsentMethod method,
        Instant recordedAt
    ) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ConsentLedger(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records a decision. {@code onBehalf} is true when a representative records it for the resident
     * (consent given verbally or on paper).
     */
    @Transactional
    public void record(
        long residentId,
        ConsentPurpose purpose,
        boolean granted,
        @Nullable Long recordedByAccountId,
        boolean onBehalf,
        ConsentMethod method
    ) {
        jdbc
            .sql(
                """
                insert into consent_record (subject_resident_id, purpose, granted, recorded_by_account_id, on_behalf, method, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)"""
            )
            .params(
                residentId,
                purpose.name(),
                granted,
                recordedByAccountId,
                onBehalf,
                method.name(),
                Timestamp.from(clock.instant())
            )
            .update();
        events.publishEvent(
            granted ? new ConsentGiven(residentId, purpose) : new ConsentWithdrawn(residentId, purpose)
        );
    }

    /**
     * A SQL boolean expression, true when the resident in {@code residentIdColumn} has consent for
     * the purpose in force, for read models that must show many residents in one statement. The
     * rule (the newest entry wins; without any, the purpose's default) stays here with the ledger.
     */
    public static String grantedSql(String residentIdColumn, ConsentPurpose purpose) {
        if (!residentIdColumn.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?")) {
            throw new IllegalArgumentException("not a column: " + residentIdColumn);
        }
        return (
            "coalesce((select c.granted from consent_record c where c.subject_resident_id = " +
            residentIdColumn +
            " and c.purpose = '" +
            purpose.name() +
            "' order by c.id desc limit 1), " +
            purpose.heldUntilWithdrawn() +
            ")"
        );
    }

    public boolean has(long residentId, ConsentPurpose purpose) {
        return jdbc
            .sql(
                """
                select granted from consent_record where subject_resident_id = ? and purpose = ?
                order by id desc limit 1"""
            )
            .params(residentId, purpose.name())
            .query(Boolean.class)
            .optional()
            .orElse(purpose.heldUntilWithdrawn());
    }

    /** Of the given residents, those whose consent for the purpose is in force. */
    public Set<Long> grantedAmong(Collection<Long> residentIds, ConsentPurpose purpose) {
        if (residentIds.isEmpty()) {
            return Set.of();
        }
        if (purpose.heldUntilWithdrawn()) {
            Set<Long> result = new HashSet<>(residentIds);
            result.removeAll(withdrawnAmong(residentIds, purpose));
            return result;
        }
        return new HashSet<>(
            jdbc
                .sql(
                    """
                    select c.subject_resident_id from (
                      select distinct on (subject_resident_id) subject_resident_id, granted from consent_record
                      where subject_resident_id = any(?) and purpose = ? order by subject_resident_id, id desc) c
                    where c.granted"""
                )
                .params(residentIds.toArray(Long[]::new), purpose.name())
                .query(Long.class)
                .list()
        );
    }

    /** Of the given residents, those whose newest decision for the purpose is a no. */
    private Set<Long> withdrawnAmong(Collection<Long> residentIds, ConsentPurpose purpose) {
        return new HashSet<>(
            jdbc
                .sql(
                    """
                    select c.subject_resident_id from (
                      select distinct on (subject_resident_id) subject_resident_id, granted from consent_record
                      where subject_resident_id = any(?) and purpose = ? order by subject_resident_id, id desc) c
                    where not c.granted"""
                )
                .params(residentIds.toArray(Long[]::new), purpose.name())
                .query(Long.class)
                .list()
        );
    }

    /** The decision in force for every purpose (the purpose's default where nothing was ever recorded). */
    public Map<ConsentPurpose, Boolean> current(long residentId) {
        Map<ConsentPurpose, Boolean> result = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose p : ConsentPurpose.values()) {
            result.put(p, p.heldUntilWithdrawn());
        }
        jdbc
            .sql(
                """
                select distinct on (purpose) purpose, granted from consent_record where subject_resident_id = ?
                order by purpose, id desc"""
            )
            .param(residentId)
            .query((rs, i) -> Map.entry(ConsentPurpose.valueOf(rs.getString(1)), rs.getBoolean(2)))
            .list()
            .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    public List<ConsentEntry> history(long residentId) {
        return jdbc
            .sql(
                """
                select c.id, c.subject_resident_id as resident_id, c.purpose, c.granted, c.recorded_by_account_id,
                  a.display_name as recorded_by_name, c.on_behalf, c.method, c.recorded_at
                from consent_record c left join account a on a.id = c.recorded_by_account_id
                where c.subject_resident_id = ? order by c.id desc"""
            )
            .param(residentId)
            .query(ConsentEntry.class)
            .list();
    }
}
