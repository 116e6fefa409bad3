package nl.buurtkracht.fabric.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.activity.ActivityAttended;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.consent.ConsentWithdrawn;
import nl.buurtkracht.fabric.Contact;
import nl.buurtkracht.fabric.ContactSource;
import nl.buurtkracht.help.ArrangementMet;
import nl.buurtkracht.help.AskMatched;
import nl.buurtkracht.initiative.InitiativeJoined;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.people.Resident;
import nl.buurtkracht.people.Residents;
import nl.buurtkracht.round.VisitMade;
import nl.buurtkracht.round.VisitMissed;
import nl.buurtkracht.shared.Recurrence;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The contact ledger learns from other modules' events, and only from them: a help match, an
 * arrangement met, a visit of a round, a small activity attended together, an initiative joined.
 * Each listener runs after the event's transaction in its own and is retried from the event
 * registry if it fails; recording is idempotent, so a replayed event counts once. A withdrawn
 * consent removes the ties that were recorded under it, and leaving the neighbourhood picture
 * removes the resident's analytics at once.
 */
@Component
class ContactListeners {

    /** Above this many people an activity is a crowd, not a meeting: nobody is tied to everybody. */
    static final int MOST_AT_A_SMALL_ACTIVITY = 12;

    /** Someone joining a large initiative is tied to the owners and the most recent joiners only. */
    static final int MOST_COWORKERS = 20;

    private final ContactStore store;
    private final FabricStore fabric;
    private final Initiatives initiatives;
    private final Residents residents;
    private final Areas areas;
    private final Clock clock;

    ContactListeners(
        ContactStore store,
        FabricStore fabric,
        Initiatives initiatives,
        Residents residents,
        Areas areas,
        Clock clock
    ) {
        this.store = store;
        this.fabric = fabric;
        this.initiatives = initiatives;
        this.residents = residents;
        this.areas = areas;
        this.clock = clock;
    }

    /** A helper was found for an ask: one tie for the pair, whenever the event is handled. */
    @ApplicationModuleListener
    void on(AskMatched event) {
        if (event.askerResidentId() == event.helperResidentId()) {
            return;
        }
        store.insert(
            new Contact(
                event.askerResidentId(),
                event.helperResidentId(),
                today(),
                ContactSource.HELP_MATCHED,
                "ask:" + event.askId(),
                null,
                event.neighbourhoodId()
            )
        );
    }

    /** Two neighbours met as arranged: a tie for that day. */
    @ApplicationModuleListener
    void on(ArrangementMet event) {
        if (event.askerResidentId() == event.helperResidentId()) {
            return;
        }
        store.insert(
            new Contact(
                event.askerResidentId(),
                event.helperResidentId(),
                event.day(),
                ContactSource.ARRANGEMENT_MET,
                "arrangement:" + event.arrangementId(),
                null,
                neighbourhoodOf(event.askerResidentId())
            )
        );
    }

    /** A volunteer visited a recipient, who agreed to be visited: the tie depends on that consent. */
    @ApplicationModuleListener
    void on(VisitMade event) {
        if (event.volunteerResidentId() == event.recipientResidentId()) {
            return;
        }
        store.insert(
            new Contact(
                event.volunteerResidentId(),
                event.recipientResidentId(),
                event.day(),
                ContactSource.VISIT_MADE,
                "round:" + event.roundId(),
                ConsentPurpose.VISITED_BY_ROUND,
                event.neighbourhoodId()
            )
        );
    }

    /** A visit ticked as made and then as missed did not happen after all. */
    @ApplicationModuleListener
    void on(VisitMissed event) {
        if (event.volunteerResidentId() != event.recipientResidentId()) {
            store.deleteVisit(
                "round:" + event.roundId(),
                event.day(),
                event.volunteerResidentId(),
                event.recipientResidentId()
            );
        }
    }

    /**
     * Everybody who came to a small activity met everybody else; the latest list of a day replaces
     * the one before, and a list grown past {@value #MOST_AT_A_SMALL_ACTIVITY} leaves no ties.
     */
    @ApplicationModuleListener
    void on(ActivityAttended event) {
        String ref = "activity:" + event.activityId();
        List<Contact> contacts = new ArrayList<>();
        if (event.attendees().size() <= MOST_AT_A_SMALL_ACTIVITY) {
            List<Long> came = event.attendees().stream().sorted().toList();
            for (int i = 0; i < came.size(); i++) {
                for (int j = i + 1; j < came.size(); j++) {
                    contacts.add(
                        new Contact(
                            came.get(i),
                            came.get(j),
                            event.day(),
                            ContactSource.ACTIVITY_TOGETHER,
                            ref,
                            null,
                            event.neighbourhoodId()
                        )
                    );
                }
            }
        }
        store.replaceActivityDay(ref, event.day(), contacts);
    }

    /** Who joins an initiative works with its owners and members: one tie per pair and initiative. */
    @ApplicationModuleListener
    void on(InitiativeJoined event) {
        LocalDate today = today();
        initiatives
            .peopleWorkingOn(event.initiativeId(), MOST_COWORKERS + 1)
            .stream()
            .filter(other -> other != event.residentId())
            .limit(MOST_COWORKERS)
            .forEach(other ->
                store.insert(
                    new Contact(
                        event.residentId(),
                        other,
                        today,
                        ContactSource.INITIATIVE_TOGETHER,
                        "initiative:" + event.initiativeId(),
                        null,
                        event.neighbourhoodId()
                    )
                )
            );
    }

    /**
     * Ties recorded under a withdrawn consent go; withdrawing from the neighbourhood picture also
     * removes what the last analytics run kept about the resident (her ties stay in the ledger for
     * the services she uses herself, such as her own out-of-sight watch, and are left out of every
     * analytics run and network picture from now on).
     */
    @ApplicationModuleListener
    void on(ConsentWithdrawn event) {
        store.deleteUnder(event.residentId(), event.purpose());
        if (event.purpose() == ConsentPurpose.CONTACTS_IN_NEIGHBOURHOOD_PICTURE) {
            fabric.forgetPerson(event.residentId());
        }
    }

    private @Nullable Long neighbourhoodOf(long residentId) {
        return residents
            .find(residentId)
            .map(Resident::addressId)
            .flatMap(addressId -> areas.address(addressId))
            .map(a -> a.neighbourhoodId())
            .orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Recurrence.AMSTERDAM));
    }
}
