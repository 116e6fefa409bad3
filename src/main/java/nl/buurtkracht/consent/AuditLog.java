package nl.buurtkracht.consent;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.buurtkracht.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records every read of sensitive data by someone other than the person it is about (R17). */
@Service
public class AuditLog {

    /** One read, as the resident sees it on "who looked at my data". */
    public record SensitiveRead(Instant readAt, String readerName, String dataKind, String context) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Notes that {@code reader} read {@code dataKind} of the resident. Reading your own data is not
     * logged. Runs in the caller's transaction so that a read without an audit row cannot happen.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void sensitiveRead(CurrentUser reader, long subjectResidentId, String dataKind, String context) {
        if (reader.isResident(subjectResidentId)) {
            return;
        }
        jdbc
            .sql(
                """
                insert into sensitive_read (read_at, reader_account_id, subject_resident_id, data_kind, context)
                values (?, ?, ?, ?, ?)"""
            )
            .params(Timestamp.from(clock.instant()), reader.accountId(), subjectResidentId, dataKind, context)
            .update();
    }

    @Transactional(readOnly = true)
    public List<SensitiveRead> readsOf(long subjectResidentId) {
        return jdbc
            .sql(
                """
                select r.read_at, coalesce(a.display_name, '?') as reader_name, r.data_kind, r.context
                from sensitive_read r left join account a on a.id = r.reader_account_id
                where r.subject_resident_id = ? order by r.id desc limit 200"""
            )
            .param(subjectResidentId)
            .query(SensitiveRead.class)
            .list();
    }
}
