package nl.buurtkracht.help.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkracht.help.Availability;
import nl.buurtkracht.help.HelpKind;
import nl.buurtkracht.help.internal.HelpStore.AskRow;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the helpers who could answer an ask and gathers what scoring needs, in four indexed queries
 * whatever the size of the city: standing offers of the asker's neighbourhood in a box around them, earlier contact between
 * the two, and interests and languages in common.
 */
@Repository
public class CandidateQuery {

    /** How far a helper may live, as the crow flies. */
    public static final double RADIUS_METRES = 2000;
    /** How many of the nearest helpers are looked at closely. */
    static final int CLOSE_LOOK = 300;

    private static final double METRES_PER_DEGREE = 111_320;
    private static final String DUTCH = "nederlands";

    /** A helper with their nearest suitable offer. */
    public record Nearby(
        long helperResidentId,
        String helperName,
        long offerId,
        HelpKind kind,
        Availability availability,
        long streetId,
        @Nullable Long blockId,
        @Nullable Integer birthYear,
        double metres
    ) {}

    /** A helper, their offer, and the facts scoring weighs. */
    public record Candidate(Nearby helper, CandidateScoring.Facts facts) {}

    private record Contact(long other, int contacts, boolean wentWell) {}

    private record Shared(long residentId, String kind, String label, String visibility) {}

    private final JdbcClient jdbc;

    CandidateQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Candidate> candidates(AskRow ask, @Nullable Integer askerBirthYear, Set<Long> excluded) {
        List<Nearby> near = nearby(ask, excluded);
        if (near.isEmpty()) {
            return List.of();
        }
        Long[] ids = near.stream().map(Nearby::helperResidentId).toArray(Long[]::new);
        Map<Long, Contact> contacts = new HashMap<>();
        contacts(ask.askerResidentId(), ids).forEach(c -> contacts.put(c.other(), c));
        Map<Long, List<String>> interests = new HashMap<>();
        Map<Long, List<String>> languages = new HashMap<>();
        for (Shared s : shared(ask.askerResidentId(), ids)) {
            Nearby n = near
                .stream()
                .filter(x -> x.helperResidentId() == s.residentId())
                .findFirst()
                .orElseThrow();
            if (!visibleTo(s.visibility(), n, ask)) {
                continue;
            }
            (s.kind().equals("LANGUAGE") ? languages : interests).computeIfAbsent(s.residentId(), k ->
                new ArrayList<>()
            ).add(s.label());
        }
        Availability.Slot slot = ask.start() == null
            ? null
            : new Availability.Slot(ask.day().getDayOfWeek(), Availability.Part.of(ask.start()));
        List<Candidate> result = new ArrayList<>();
        for (Nearby n : near) {
            Contact c = contacts.get(n.helperResidentId());
            Boolean freeThen = slot == null || !n.availability().known() ? null : n.availability().has(slot);
            boolean otherGeneration =
                askerBirthYear != null &&
                n.birthYear() != null &&
                Math.abs(askerBirthYear - n.birthYear()) >= CandidateScoring.GENERATION;
            result.add(
                new Candidate(
                    n,
                    new CandidateScoring.Facts(
                        n.metres(),
                        ask.blockId() != null && ask.blockId().equals(n.blockId()),
                        ask.streetId() == n.streetId(),
                        c == null ? 0 : c.contacts(),
                        c != null && c.wentWell(),
                        interests.getOrDefault(n.helperResidentId(), List.of()),
                        languages.getOrDefault(n.helperResidentId(), List.of()),
                        freeThen,
                        ask.ageBridging(),
                        otherGeneration,
                        n.kind() == ask.kind()
                    )
                )
            );
        }
        return result;
    }

    /**
     * The helpers with a suitable offer meant for the asker's home within the radius, nearest first.
     * Every reach an offer can have (block, street, neighbourhood) lies inside the helper's
     * neighbourhood, so only offers of the asker's neighbourhood can be meant for them: saying so lets
     * PostgreSQL read those few offers by index (help_offer_neighbourhood) instead of the band of
     * the town at the asker's latitude (18,718 offers read for 0 found with 200k offers in a town of
     * 1M residents; see bench/http.sh, section help).
     */
    private List<Nearby> nearby(AskRow ask, Set<Long> excluded) {
        double dLat = RADIUS_METRES / METRES_PER_DEGREE;
        double lonScale = Math.cos(Math.toRadians(ask.lat()));
        double dLon = dLat / lonScale;
        List<Nearby> found = jdbc
            .sql(
                """
                select distinct on (o.helper_resident_id) o.helper_resident_id, r.display_name as helper_name,
                  o.id as offer_id, o.kind, o.availability, o.street_id, o.block_id, r.birth_year, o.lat, o.lon
                from help_offer o join resident r on r.id = o.helper_resident_id
                where o.active and o.neighbourhood_id = :neighbourhood and o.category = :category
                  and (:anyKind or o.kind = :kind)
                  and o.lat between :lat0 and :lat1 and o.lon between :lon0 and :lon1
                  and o.helper_resident_id <> :asker
                  and ((o.visibility = 'NEIGHBOURHOOD' and o.neighbourhood_id = :neighbourhood)
                    or (o.visibility = 'STREET' and o.street_id = :street)
                    or (o.visibility = 'BLOCK' and o.block_id = :block))
                order by o.helper_resident_id, o.kind = :kind desc, o.id"""
            )
            .param("category", ask.kind().category().name())
            // Company is company: a walk may be offered to someone who asked for coffee. Practical
            // help must be the help asked for.
            .param("anyKind", ask.kind().category() != HelpKind.Category.PRACTICAL)
            .param("kind", ask.kind().name())
            .param("lat0", ask.lat() - dLat)
            .param("lat1", ask.lat() + dLat)
            .param("lon0", ask.lon() - dLon)
            .param("lon1", ask.lon() + dLon)
            .param("asker", ask.askerResidentId())
            .param("neighbourhood", ask.neighbourhoodId())
            .param("street", ask.streetId())
            .param("block", ask.blockId())
            .query((rs, i) -> {
                double dy = (rs.getDouble("lat") - ask.lat()) * METRES_PER_DEGREE;
                double dx = (rs.getDouble("lon") - ask.lon()) * METRES_PER_DEGREE * lonScale;
                return new Nearby(
                    rs.getLong("helper_resident_id"),
                    rs.getString("helper_name"),
                    rs.getLong("offer_id"),
                    HelpKind.valueOf(rs.getString("kind")),
                    new Availability(rs.getInt("availability")),
                    rs.getLong("street_id"),
                    rs.getObject("block_id", Long.class),
                    rs.getObject("birth_year", Integer.class),
                    Math.sqrt(dx * dx + dy * dy)
                );
            })
            .list();
        return found
            .stream()
            .filter(n -> n.metres() <= RADIUS_METRES && !excluded.contains(n.helperResidentId()))
            .sorted(Comparator.comparingDouble(Nearby::metres).thenComparingLong(Nearby::helperResidentId))
            .limit(CLOSE_LOOK)
            .toList();
    }

    /** Earlier matches either way between the asker and each helper, and whether it went well. */
    private List<Contact> contacts(long asker, Long[] helpers) {
        return jdbc
            .sql(
                """
                select x.other, sum(x.n)::int as contacts, bool_or(x.good) as went_well from (
                  select k.helper_resident_id as other, 1 as n, false as good from help_ask k
                  where k.asker_resident_id = :asker and k.status = 'MATCHED' and k.helper_resident_id = any(:helpers)
                  union all
                  select k.asker_resident_id, 1, false from help_ask k
                  where k.helper_resident_id = :asker and k.status = 'MATCHED' and k.asker_resident_id = any(:helpers)
                  union all
                  select a.helper_resident_id,
                    (select count(*) from help_arrangement_time t where t.arrangement_id = a.id and t.answer = 'MET')::int,
                    coalesce(f.feeling = 'GOOD', false)
                  from help_arrangement a
                    left join help_feedback f on f.arrangement_id = a.id and f.from_resident_id = :asker
                  where a.asker_resident_id = :asker and a.helper_resident_id = any(:helpers)
                ) x group by x.other"""
            )
            .param("asker", asker)
            .param("helpers", helpers)
            .query(Contact.class)
            .list();
    }

    /** The helpers' likes, talents and languages that the asker shares (by catalogue tag). */
    private List<Shared> shared(long asker, Long[] helpers) {
        return jdbc
            .sql(
                """
                select distinct h.resident_id, h.kind, h.label, h.visibility
                from profile_item h join profile_item a on a.tag = h.tag and a.resident_id = :asker
                  and ((h.kind = 'LANGUAGE' and a.kind = 'LANGUAGE')
                    or (h.kind in ('LIKE', 'TALENT') and a.kind in ('LIKE', 'TALENT', 'WISH')))
                where h.resident_id = any(:helpers) and h.tag is not null and h.tag <> :dutch
                  and h.visibility in ('BLOCK', 'STREET', 'NEIGHBOURHOOD')
                order by h.resident_id, h.kind, h.label"""
            )
            .param("asker", asker)
            .param("helpers", helpers)
            .param("dutch", DUTCH)
            .query(Shared.class)
            .list();
    }

    /** A profile item shown to the block, street or neighbourhood may be named to an asker who lives there. */
    private static boolean visibleTo(String visibility, Nearby helper, AskRow ask) {
        return switch (visibility) {
            case "BLOCK" -> ask.blockId() != null && ask.blockId().equals(helper.blockId());
            case "STREET" -> ask.streetId() == helper.streetId();
            default -> true;
        };
    }
}
