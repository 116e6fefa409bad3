package nl.buurtkracht.fabric;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.buurtkracht.fabric.internal.PeriodContactsStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts of a neighbourhood in a period, from the contact ledger: who of its residents had a
 * contact, and every pair that met, marked new (their first contact ever falls in the period),
 * bridging (they live on different streets) and intergenerational (born 25 or more years apart).
 * Ids only, no names: it feeds aggregate reports, which count and suppress before anyone sees it.
 */
@Service
public class PeriodContacts {

    /** Birth years this far apart make a tie between generations. */
    public static final int GENERATION_YEARS = 25;

    /** A resident living in the neighbourhood, on a street, and whether they had any contact. */
    public record Resident(long id, long streetId, boolean hadContact) {}

    /**
     * Two residents who had at least one contact in the period. {@code streetA}/{@code streetB} are
     * their streets when they live in the neighbourhood, else null (the other lives elsewhere).
     */
    public record Tie(
        long residentA,
        long residentB,
        @Nullable Long streetA,
        @Nullable Long streetB,
        boolean isNew,
        boolean bridging,
        boolean intergenerational
    ) {
        /** Whether one of the two lives on this street of the neighbourhood; null means the whole neighbourhood. */
        public boolean touches(@Nullable Long streetId) {
            return streetId == null || streetId.equals(streetA) || streetId.equals(streetB);
        }
    }

    /** Counts of ties and of the distinct people in them, for one kind of tie. */
    public record Count(int ties, int people) {}

    /** What the ledger knows of one neighbourhood and period. */
    public record Period(long neighbourhoodId, LocalDate from, LocalDate to, List<Resident> residents, List<Tie> ties) {
        /** The ties of a kind touching a street (null: the whole neighbourhood), and the people in them. */
        public Count count(@Nullable Long streetId, Predicate<Tie> kind) {
            int ties = 0;
            Set<Long> people = new HashSet<>();
            for (Tie t : this.ties) {
                if (t.touches(streetId) && kind.test(t)) {
                    ties++;
                    people.add(t.residentA());
                    people.add(t.residentB());
                }
            }
            return new Count(ties, people.size());
        }
    }

    private final PeriodContactsStore store;

    PeriodContacts(PeriodContactsStore store) {
        this.store = store;
    }

    /** The neighbourhood's residents and ties from {@code from} to {@code to}, both days included. */
    @Transactional(readOnly = true)
    public Period of(long neighbourhoodId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        List<Tie> ties = store.ties(neighbourhoodId, from, to, GENERATION_YEARS);
        Set<Long> withContact = new HashSet<>();
        for (Tie t : ties) {
            withContact.add(t.residentA());
            withContact.add(t.residentB());
        }
        List<Resident> residents = store
            .residents(neighbourhoodId)
            .stream()
            .map(r -> new Resident(r.id(), r.streetId(), withContact.contains(r.id())))
            .toList();
        return new Period(neighbourhoodId, from, to, residents, ties);
    }
}
