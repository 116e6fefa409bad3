package nl.buurtkracht.fabric;

import java.time.LocalDate;
import java.util.Optional;
import nl.buurtkracht.fabric.internal.ContactStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contact ledger: dated ties between residents, learned from events only. */
@Service
public class ContactLedger {

    private final ContactStore store;

    ContactLedger(ContactStore store) {
        this.store = store;
    }

    /** Records a contact; recording the same contact again changes nothing. Returns whether it was new. */
    @Transactional
    public boolean record(Contact contact) {
        return store.insert(contact);
    }

    /** The day the resident last had a contact the platform knows of, with anyone. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> lastContact(long residentId) {
        return store.lastContact(residentId);
    }
}
