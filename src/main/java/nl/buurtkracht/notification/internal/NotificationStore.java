package nl.buurtkracht.notification.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.buurtkracht.notification.DeliveryLevel;
import nl.buurtkracht.notification.NotificationTopic;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications, preferences and digest days in PostgreSQL. */
@Repository
public class NotificationStore {

    /** How a notification reaches its reader besides the app. */
    public enum Delivery {
        INSTANT,
        DIGEST,
        NONE,
    }

    /** A stored notification, its text still as key and arguments. */
    public record Row(
        long id,
        long accountId,
        @Nullable Long aboutResidentId,
        NotificationTopic topic,
        boolean urgent,
        String messageKey,
        List<String> args,
        String link,
        Instant createdAt,
        @Nullable Instant readAt
    ) {}

    private static final String SELECT = """
        select id, account_id, about_resident_id, topic, urgent, message_key, args, link, created_at, read_at
        from notification""";

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
        long accountId,
        @Nullable Long aboutResidentId,
        NotificationTopic topic,
        boolean urgent,
        String messageKey,
        List<String> args,
        String link,
        Delivery delivery,
        Instant now
    ) {
        return jdbc
            .sql(
                """
                insert into notification (account_id, about_resident_id, topic, urgent, message_key, args, link,
                  delivery, created_at, emailed_at)
                values (:account, :about, :topic, :urgent, :key, :args, :link, :delivery, :now, :emailed)
                returning id"""
            )
            .param("account", accountId)
            .param("about", aboutResidentId)
            .param("topic", topic.name())
            .param("urgent", urgent)
            .param("key", messageKey)
            .param("args", args.toArray(String[]::new))
            .param("link", link)
            .param("delivery", delivery.name())
            .param("now", Timestamp.from(now))
            .param("emailed", delivery == Delivery.INSTANT ? Timestamp.from(now) : null)
            .query(Long.class)
            .single();
    }

    public List<Row> latest(long accountId, int most) {
        return jdbc
            .sql(SELECT + " where account_id = ? order by created_at desc, id desc limit ?")
            .params(accountId, most)
            .query(NotificationStore::row)
            .list();
    }

    public Optional<Row> find(long accountId, long id) {
        return jdbc
            .sql(SELECT + " where id = ? and account_id = ?")
            .params(id, accountId)
            .query(NotificationStore::row)
            .optional();
    }

    public long unread(long accountId) {
        return jdbc
            .sql("select count(*) from notification where account_id = ? and read_at is null")
            .param(accountId)
            .query(Long.class)
            .single();
    }

    /** Marks one of the account's own notifications read; false if it is not theirs or not there. */
    public boolean markRead(long accountId, long id, Instant now) {
        int found = jdbc
            .sql("update notification set read_at = coalesce(read_at, ?) where id = ? and account_id = ?")
            .params(Timestamp.from(now), id, accountId)
            .update();
        return found == 1;
    }

    public int markAllRead(long accountId, Instant now) {
        return jdbc
            .sql("update notification set read_at = ? where account_id = ? and read_at is null")
            .params(Timestamp.from(now), accountId)
            .update();
    }

    /** Accounts with notifications waiting for a digest, made before {@code now}. */
    public List<Long> waitingForDigest(Instant now) {
        return jdbc
            .sql(
                """
                select distinct account_id from notification
                where delivery = 'DIGEST' and emailed_at is null and created_at <= ? order by account_id"""
            )
            .param(Timestamp.from(now))
            .query(Long.class)
            .list();
    }

    /** Claims an account's digest for a day; false if another run already did. */
    public boolean claimDigest(long accountId, java.time.LocalDate day) {
        return (
            jdbc
                .sql("insert into notification_digest (account_id, day) values (?, ?) on conflict do nothing")
                .params(accountId, day)
                .update() ==
            1
        );
    }

    /** The account's notifications waiting for a digest, locked so that no other run takes them. */
    public List<Row> lockForDigest(long accountId, Instant now) {
        return jdbc
            .sql(
                SELECT +
                """
                 where account_id = ? and delivery = 'DIGEST' and emailed_at is null and created_at <= ?
                order by topic, created_at for update skip locked"""
            )
            .params(accountId, Timestamp.from(now))
            .query(NotificationStore::row)
            .list();
    }

    public void markEmailed(List<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc
                .sql("update notification set emailed_at = ? where id = any(?)")
                .params(Timestamp.from(now), ids.toArray(Long[]::new))
                .update();
        }
    }

    /** Notifications whose reader chose since to hear of them in the app only: no mail after all. */
    public void keepInApp(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc
                .sql("update notification set delivery = 'NONE' where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .update();
        }
    }

    public Map<NotificationTopic, DeliveryLevel> levels(long accountId) {
        record Level(String topic, String level) {}
        return jdbc
            .sql("select topic, level from notification_preference where account_id = ?")
            .param(accountId)
            .query(Level.class)
            .list()
            .stream()
            .filter(l -> NotificationTopic.parse(l.topic()).isPresent())
            .collect(
                Collectors.toMap(l -> NotificationTopic.valueOf(l.topic()), l -> DeliveryLevel.valueOf(l.level()))
            );
    }

    public void setLevel(long accountId, NotificationTopic topic, DeliveryLevel level) {
        jdbc
            .sql(
                """
                insert into notification_preference (account_id, topic, level) values (?, ?, ?)
                on conflict (account_id, topic) do update set level = excluded.level"""
            )
            .params(accountId, topic.name(), level.name())
            .update();
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        Array args = rs.getArray("args");
        Timestamp read = rs.getTimestamp("read_at");
        return new Row(
            rs.getLong("id"),
            rs.getLong("account_id"),
            rs.getObject("about_resident_id", Long.class),
            NotificationTopic.valueOf(rs.getString("topic")),
            rs.getBoolean("urgent"),
            rs.getString("message_key"),
            List.of((String[]) args.getArray()),
            rs.getString("link"),
            rs.getTimestamp("created_at").toInstant(),
            read == null ? null : read.toInstant()
        );
    }
}
