package nl.buurtkracht.fabric.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.fabric.Contact;
import nl.buurtkracht.fabric.ContactSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the contact ledger; callers hold the transaction. */
@Repository
public class ContactStore {

    private final JdbcClient jdbc;

    ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a contact once; a replay of the same contact changes nothing, and a help match or
     * initiative is one tie per pair whatever the day. Returns whether it was new.
     */
    public boolean insert(Contact contact) {
        return (
            jdbc
                .sql(
                    """
                    insert into contact_tie (resident_a, resident_b, happened_on, source, source_ref, weight, purpose, neighbourhood_id)
                    values (:a, :b, :day, :source, :ref, :weight, :purpose, :neighbourhood)
                    on conflict do nothing
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

    /**
     * Replaces the ties of one activity on one day with the given ones, so that a corrected
     * attendance list counts and the one before it does not. Corrections of the same day wait for
     * each other. Returns how many ties the day now has.
     */
    public int replaceActivityDay(String sourceRef, LocalDate day, Collection<Contact> contacts) {
        jdbc
            .sql("select pg_advisory_xact_lock(hashtextextended(:ref || '@' || :day, 0))")
            .param("ref", sourceRef)
            .param("day", day.toString())
            .query(rs -> {});
        jdbc
            .sql(
                "delete from contact_tie where source = 'ACTIVITY_TOGETHER' and source_ref = :ref and happened_on = :day"
            )
            .param("ref", sourceRef)
            .param("day", day)
            .update();
        int recorded = 0;
        for (Contact contact : contacts) {
            if (contact.source() != ContactSource.ACTIVITY_TOGETHER || !contact.sourceRef().equals(sourceRef)) {
                throw new IllegalArgumentException("not a tie of " + sourceRef);
            }
            recorded += insert(contact) ? 1 : 0;
        }
        return recorded;
    }

    /** Forgets a visit that was ticked as made and then as missed. */
    public int deleteVisit(String sourceRef, LocalDate day, long volunteerResidentId, long recipientResidentId) {
        return jdbc
            .sql(
                """
                delete from contact_tie where source = 'VISIT_MADE' and source_ref = :ref and happened_on = :day
                  and resident_a = :a and resident_b = :b"""
            )
            .param("ref", sourceRef)
            .param("day", day)
            .param("a", Math.min(volunteerResidentId, recipientResidentId))
            .param("b", Math.max(volunteerResidentId, recipientResidentId))
            .update();
    }

    /** Deletes every tie of the resident that was recorded under the purpose. Returns how many. */
    public int deleteUnder(long residentId, ConsentPurpose purpose) {
        return jdbc
            .sql(
                """
                delete from contact_tie where purpose = :purpose and (resident_a = :id or resident_b = :id)"""
            )
            .param("purpose", purpose.name())
            .param("id", residentId)
            .update();
    }
}
