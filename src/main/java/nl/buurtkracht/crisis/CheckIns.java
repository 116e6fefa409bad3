package nl.buurtkracht.crisis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.area.AreaViews;
import nl.buurtkracht.crisis.internal.CrisisStore;
import nl.buurtkracht.crisis.internal.CrisisStore.CheckRow;
import nl.buurtkracht.crisis.internal.CrisisStore.ListedRow;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Is iedereen OK?": during a crisis each street host ticks the neighbours of the blocks they host,
 * on a phone: OK, needs help, or not reached. Two hosts ticking the same neighbour at once never
 * conflict: a host may correct their own word, and a weightier word of another host stands for half
 * an hour against a lighter one (someone who needs help is not made "OK" by a host who did not see
 * them); after that a newer word wins.
 */
@Service
public class CheckIns {

    /** How long another host's weightier word stands against a lighter one. */
    static final int FRESH_MINUTES = 30;

    private final CrisisStore store;
    private final CrisisMode mode;
    private final Clock clock;

    CheckIns(CrisisStore store, CrisisMode mode, Clock clock) {
        this.store = store;
        this.mode = mode;
        this.clock = clock;
    }

    /** The lists of this host for every crisis that is on where they host a block. */
    @Transactional(readOnly = true)
    public List<CheckInList> lists(CurrentUser host) {
        Long me = host.residentId();
        if (me == null || host.scope().hostedStreetIds().isEmpty()) {
            return List.of();
        }
        List<CheckInList> lists = new ArrayList<>();
        for (CrisisView crisis : mode.onFor(List.of(), host.scope().hostedStreetIds())) {
            Map<Long, List<CheckIn>> perBlock = new LinkedHashMap<>();
            Map<Long, ListedRow> blocks = new LinkedHashMap<>();
            for (ListedRow r : store.listFor(crisis.id(), crisis.neighbourhoodId(), me)) {
                blocks.putIfAbsent(r.blockId(), r);
                perBlock
                    .computeIfAbsent(r.blockId(), b -> new ArrayList<>())
                    .add(
                        new CheckIn(
                            r.residentId(),
                            r.sharesName() ? r.name() : null,
                            AreaViews.houseLabel(r.houseNumber(), r.houseLetter(), r.addition()),
                            r.status() == null ? null : CheckStatus.valueOf(r.status()),
                            r.checkedAt(),
                            r.checkedByName(),
                            r.checkedByAccount() != null && r.checkedByAccount() == host.accountId()
                        )
                    );
            }
            List<CheckInList.Block> shown = blocks
                .values()
                .stream()
                .map(b -> new CheckInList.Block(b.blockId(), b.blockName(), b.streetName(), perBlock.get(b.blockId())))
                .toList();
            if (!shown.isEmpty()) {
                lists.add(new CheckInList(crisis, shown));
            }
        }
        return lists;
    }

    /**
     * Ticks a neighbour: for a host of their block, while the crisis is on. Says whether the word was taken or another host's weightier word stands.
     */
    @Transactional
    public TickOutcome tick(CurrentUser user, long crisisId, long residentId, @Nullable String status) {
        CheckStatus word;
        try {
            word = CheckStatus.valueOf(TypedInput.text(status));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("status", "crisis.check.status.choose");
        }
        CrisisView crisis = store
            .lockIfOn(crisisId)
            .orElseThrow(() ->
                store.find(crisisId).isPresent()
                    ? new NotPermitted("crisis.check.over")
                    : new NotFound("crisis " + crisisId)
            );
        boolean host =
            user.residentId() != null && store.onListOf(crisis.neighbourhoodId(), user.residentId(), residentId);
        if (!host) {
            throw new NotPermitted("crisis.check.not-your-block");
        }
        var at = clock.instant();
        store.tick(crisisId, residentId, word, user.accountId(), at, FRESH_MINUTES);
        CheckRow now = store.check(crisisId, residentId);
        boolean applied = now.checkedByAccount() == user.accountId() && now.status().equals(word.name());
        return new TickOutcome(applied, CheckStatus.valueOf(now.status()), now.checkedAt(), now.checkedByName());
    }
}
