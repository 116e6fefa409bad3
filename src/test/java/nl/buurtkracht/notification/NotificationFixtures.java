package nl.buurtkracht.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fresh residents and accounts of their own for each test, so that no test sees another's messages. */
public final class NotificationFixtures {

    /** A resident with an account. */
    public record Person(long residentId, long accountId, String name, String email) {}

    private final JdbcClient jdbc;

    public NotificationFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Person aResidentWithAnAccount(String firstName, String locale) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = firstName + " " + unique;
        long resident = jdbc
            .sql("insert into resident (display_name) values (?) returning id")
            .param(name)
            .query(Long.class)
            .single();
        String email = firstName.toLowerCase() + "." + unique + "@test.buurtkracht.nl";
        long account = jdbc
            .sql(
                "insert into account (resident_id, email, password_hash, display_name, locale) values (?, ?, '{noop}x', ?, ?) returning id"
            )
            .params(resident, email, name, locale)
            .query(Long.class)
            .single();
        return new Person(resident, account, name, email);
    }

    /** An assisted resident without an account, for whom {@code representative} acts. */
    public long anAssistedResident(String firstName, Person representative) {
        String name = firstName + " " + UUID.randomUUID().toString().substring(0, 8);
        long resident = jdbc
            .sql("insert into resident (display_name, assisted) values (?, true) returning id")
            .param(name)
            .query(Long.class)
            .single();
        jdbc
            .sql("insert into representation (representative_account_id, resident_id) values (?, ?)")
            .params(representative.accountId(), resident)
            .update();
        return resident;
    }

    public String nameOf(long residentId) {
        return jdbc
            .sql("select display_name from resident where id = ?")
            .param(residentId)
            .query(String.class)
            .single();
    }

    public List<String> deliveries(Person person) {
        return jdbc
            .sql("select delivery from notification where account_id = ? order by id")
            .param(person.accountId())
            .query(String.class)
            .list();
    }

    /** The mails in the outbox to a person, oldest first. */
    public List<EmailOutbox.Mail> mailsTo(Person person) {
        return jdbc
            .sql(
                """
                select id, to_address, subject, body, reduce_url, created_at, sent_at, attempts, last_error
                from email_outbox where to_address = ? order by id"""
            )
            .param(person.email())
            .query(EmailOutbox.Mail.class)
            .list();
    }
}
