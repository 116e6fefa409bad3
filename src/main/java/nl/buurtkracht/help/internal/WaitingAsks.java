package nl.buurtkracht.help.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkracht.help.HelpKind;
import nl.buurtkracht.help.HelperInvited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks nobody answered within a day (an hour when urgent) and to which nobody is invited get one
 * invitation each, from the helper that suits them best, with no helper asked for more than three
 * at once: askers shy of choosing are not left waiting, and willing helpers are not swamped. All
 * waiting asks of the town are matched together at the least total walking distance
 * ({@link BatchAssignment}); a pair the rules forbid costs more than leaving the ask waiting.
 */
@Component
public class WaitingAsks {

    /** How many waiting asks one helper may be invited to at once. */
    public static final int PER_HELPER = 3;
    static final Duration WAIT = Duration.ofHours(24);
    static final Duration URGENT_WAIT = Duration.ofHours(1);
    /** Costlier than any walk within the radius: the ask waits rather than go to a helper it may not. */
    private static final long WAITING = 10 * (long) CandidateQuery.RADIUS_METRES;

    private record Waiting(
        long id,
        long askerResidentId,
        HelpKind kind,
        String category,
        long neighbourhoodId,
        long streetId,
        @org.jspecify.annotations.Nullable Long blockId,
        double lat,
        double lon,
        boolean urgent
    ) {}

    private record Standing(
        long helperResidentId,
        HelpKind kind,
        String category,
        String reach,
        long neighbourhoodId,
        long streetId,
        @org.jspecify.annotations.Nullable Long blockId,
        double lat,
        double lon,
        int pending
    ) {}

    private final JdbcClient jdbc;
    private final HelpStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WaitingAsks(JdbcClient jdbc, HelpStore store, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Invites one helper to each waiting ask where one fits; answers how many were invited. */
    @Transactional
    public int inviteForWaitingAsks() {
        Instant now = clock.instant();
        // One run at a time across app instances; a second one finds the lock taken and skips.
        if (!jdbc.sql("select pg_try_advisory_xact_lock(4242)").query(Boolean.class).single()) {
            return 0;
        }
        List<Waiting> asks = jdbc
            .sql(
                """
                select k.id, k.asker_resident_id, k.kind, k.category, k.neighbourhood_id, k.street_id, k.block_id, k.lat,
                  k.lon, k.urgency = 'URGENT' as urgent
                from help_ask k
                where k.status = 'OPEN' and k.day >= current_date
                  and k.created_at < case when k.urgency = 'URGENT' then cast(:urgent as timestamptz) else cast(:normal as timestamptz) end
                  and not exists (select 1 from help_invitation i where i.ask_id = k.id and i.answer is null)
                order by k.id"""
            )
            .param("urgent", Timestamp.from(now.minus(URGENT_WAIT)))
            .param("normal", Timestamp.from(now.minus(WAIT)))
            .query(Waiting.class)
            .list();
        if (asks.isEmpty()) {
            return 0;
        }
        List<Standing> offers = jdbc
            .sql(
                """
                select o.helper_resident_id, o.kind, o.category, o.visibility as reach, o.neighbourhood_id, o.street_id,
                  o.block_id, o.lat, o.lon,
                  (select count(*) from help_invitation i join help_ask k on k.id = i.ask_id
                    where i.helper_resident_id = o.helper_resident_id and i.answer is null and k.status = 'OPEN')::int as pending
                from help_offer o where o.active
                  and o.category in (select distinct k.category from help_ask k where k.status = 'OPEN')
                  and o.id = (select min(o2.id) from help_offer o2 where o2.helper_resident_id = o.helper_resident_id
                    and o2.active and o2.category = o.category)"""
            )
            .query(Standing.class)
            .list();
        Map<Long, Set<Long>> notToAsk = new HashMap<>();
        Map<Long, Set<Long>> invitedBefore = invitedBefore(asks);
        List<BatchAssignment.Ask> points = asks
            .stream()
            .map(a -> new BatchAssignment.Ask(a.id(), a.lat(), a.lon()))
            .toList();
        List<BatchAssignment.Offer> places = offers
            .stream()
            .map(o ->
                new BatchAssignment.Offer(o.helperResidentId(), o.lat(), o.lon(), Math.max(0, PER_HELPER - o.pending()))
            )
            .toList();
        BatchAssignment.Result result = BatchAssignment.assign(
            points,
            places,
            CandidateQuery.RADIUS_METRES,
            (a, o, metres) -> {
                Waiting ask = asks.get(a);
                Standing offer = offers.get(o);
                boolean allowed =
                    fits(ask, offer) &&
                    !notToAsk
                        .computeIfAbsent(ask.askerResidentId(), store::notToPutForward)
                        .contains(offer.helperResidentId()) &&
                    !invitedBefore.getOrDefault(ask.id(), Set.of()).contains(offer.helperResidentId());
                return allowed ? Math.round(metres) : WAITING + 1;
            },
            WAITING
        );
        int invited = 0;
        for (int a = 0; a < asks.size(); a++) {
            int o = result.offerOfAsk()[a];
            if (o == BatchAssignment.Result.UNASSIGNED) {
                continue;
            }
            Waiting ask = asks.get(a);
            long helper = offers.get(o).helperResidentId();
            if (store.invite(ask.id(), helper, ask.askerResidentId(), now)) {
                events.publishEvent(
                    new HelperInvited(ask.id(), ask.askerResidentId(), helper, ask.kind(), ask.urgent())
                );
                invited++;
            }
        }
        return invited;
    }

    /** The same rules as ranking: the right kind of help, meant for the asker's home, not the asker. */
    private static boolean fits(Waiting ask, Standing offer) {
        if (ask.askerResidentId() == offer.helperResidentId() || !ask.category().equals(offer.category())) {
            return false;
        }
        if (ask.kind().category() == HelpKind.Category.PRACTICAL && ask.kind() != offer.kind()) {
            return false;
        }
        return switch (offer.reach()) {
            case "BLOCK" -> offer.blockId() != null && offer.blockId().equals(ask.blockId());
            case "STREET" -> offer.streetId() == ask.streetId();
            default -> offer.neighbourhoodId() == ask.neighbourhoodId();
        };
    }

    private Map<Long, Set<Long>> invitedBefore(List<Waiting> asks) {
        Map<Long, Set<Long>> result = new HashMap<>();
        List<Long> ids = new ArrayList<>(asks.stream().map(Waiting::id).toList());
        jdbc
            .sql("select ask_id, helper_resident_id from help_invitation where ask_id = any(?)")
            .param(ids.toArray(Long[]::new))
            .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
            .list()
            .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return result;
    }
}
