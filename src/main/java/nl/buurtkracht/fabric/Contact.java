package nl.buurtkracht.fabric;

import java.time.LocalDate;
import nl.buurtkracht.consent.ConsentPurpose;
import org.jspecify.annotations.Nullable;

/**
 * One contact between two residents on a day, as recorded in the ledger.
 *
 * @param sourceRef what the contact came from ("ask:12", "round:3"), so a replayed event counts once
 * @param purpose the consent the contact depends on, or null when both used a service themselves
 */
public record Contact(
    long residentId,
    long otherResidentId,
    LocalDate day,
    ContactSource source,
    String sourceRef,
    @Nullable ConsentPurpose purpose,
    @Nullable Long neighbourhoodId
) {
    public Contact {
        if (residentId == otherResidentId) {
            throw new IllegalArgumentException("A contact needs two different residents");
        }
    }
}
