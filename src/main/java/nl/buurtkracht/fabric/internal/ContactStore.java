package nl.buurtkracht.fabric.internal;

import java.time.LocalDate;
import java.util.Optional;
import nl.buurtkracht.fabric.Contact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the contact ledger; callers hold the transaction. */
@Repository
public class ContactStore {

    private final JdbcClient jdbc;

    ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a contact once; a replay of the same contact changes nothing. Returns whether it was new. */
    public boolean insert(Contact contact) {
        return (
            jdbc
                .sql(
                    """
                    insert into contact_tie (resident_a, resident_b, happened_on, source, source_ref, weight, purpose, neighbourhood_id)
                    values (:a, :b, :day, :source, :ref, :weight, :purpose, :neighbourhood)
                    on conflict (resident_a, resident_b, source, source_ref, happened_on) do nothing
                    """
                )
                .param("a", Math.min(contact.residentId(), contact.otherResidentId()))
                .param("b", Math.max(contact.residentId(), contact.otherResidentId()))
                .param("day", contact.day())
                .param("source", contact.source().name())
                .param("ref", contact.sourceRef())
                .param("weight", contact.source().weight())
                .param("purpose", contact.purpose() == null ? null : contact.purpose().name())
                .param("neighbourhood", contact.neighbourhoodId())
                .update() ==
            1
        );
    }

    /** The day of the resident's most recent contact with anyone, if any. */
    public Optional<LocalDate> lastContact(long residentId) {
        return jdbc
            .sql(
                """
                select max(happened_on) from (
                    select max(happened_on) happened_on from contact_tie where resident_a = :id
                    union all
                    select max(happened_on) from contact_tie where resident_b = :id
                ) t
                """
            )
            .param("id", residentId)
            .query((rs, row) -> rs.getObject(1, LocalDate.class))
            .stream()
            .filter(java.util.Objects::nonNull)
            .findFirst();
    }
}
