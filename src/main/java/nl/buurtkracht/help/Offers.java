package nl.buurtkracht.help;

import java.util.List;
import nl.buurtkracht.help.internal.HelpAccess;
import nl.buurtkracht.help.internal.HelpStore;
import nl.buurtkracht.help.internal.HelpStore.Home;
import nl.buurtkracht.help.internal.HelpStore.OfferRow;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Standing offers as residents browse them: one's own, and those meant for one's home (the block,
 * street or neighbourhood the helper chose). Street hosts and builders see the offers meant for the
 * neighbours they support, to take one up for them.
 */
@Service
public class Offers {

    private final HelpStore store;
    private final HelpAccess access;

    Offers(HelpStore store, HelpAccess access) {
        this.store = store;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<OfferView> mine(CurrentUser user) {
        if (user.residentId() == null) {
            return List.of();
        }
        return store
            .offersOf(user.residentId())
            .stream()
            .map(o -> view(o, user))
            .toList();
    }

    /** Offers of neighbours meant for the reader's home, nearest first. */
    @Transactional(readOnly = true)
    public List<OfferView> forMe(CurrentUser user, int limit) {
        if (user.residentId() == null) {
            return List.of();
        }
        return store
            .home(user.residentId())
            .map(h ->
                store
                    .offersFor(h, limit)
                    .stream()
                    .map(o -> view(o, user))
                    .toList()
            )
            .orElse(List.of());
    }

    /** Offers meant for a neighbour someone supports (to take one up for them). */
    @Transactional(readOnly = true)
    public List<OfferView> forResident(CurrentUser user, long residentId, int limit) {
        Home home = store.home(residentId).orElseThrow(() -> new NotFound("help.for.unknown"));
        if (!user.isResident(residentId) && !access.supports(user, home)) {
            throw new NotPermitted("help.for.not-yours");
        }
        return store
            .offersFor(home, limit)
            .stream()
            .map(o -> view(o, user))
            .toList();
    }

    @Transactional(readOnly = true)
    public OfferView view(CurrentUser user, long id) {
        OfferRow offer = store.offer(id).orElseThrow(() -> new NotFound("help.offer.not-found"));
        if (!user.isResident(offer.helperResidentId()) && !meantFor(user, offer)) {
            throw new NotPermitted("help.offer.not-for-you");
        }
        return view(offer, user);
    }

    private boolean meantFor(CurrentUser user, OfferRow offer) {
        if (user.residentId() != null) {
            Home home = store.home(user.residentId()).orElse(null);
            if (
                home != null && home.within(offer.reach(), offer.neighbourhoodId(), offer.streetId(), offer.blockId())
            ) {
                return true;
            }
        }
        Home helperHome = store.home(offer.helperResidentId()).orElse(null);
        return helperHome != null && access.supports(user, helperHome);
    }

    private static OfferView view(OfferRow o, CurrentUser user) {
        return new OfferView(
            o.id(),
            o.helperResidentId(),
            o.helperName(),
            o.kind(),
            o.description(),
            o.availability().slots(),
            o.reach(),
            o.active(),
            o.streetName(),
            user.isResident(o.helperResidentId())
        );
    }
}
