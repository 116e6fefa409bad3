package nl.buurtkracht.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of contacts in the contact ledger, so that the builder's view of the social fabric has
 * something to show: weekly coffees and walks, small activities and helped asks, mostly within a
 * street, some across the neighbourhood, more of them lately. One street per neighbourhood is thin:
 * fewer people there see anyone. Written as the ledger would have recorded them (one tie per pair
 * and day), with references that say they are demo data; the fabric's first analytics run reads
 * them shortly after start.
 */
@Component
class DemoFabric {

    /** The living demo: its first three neighbourhoods and first 600 residents. */
    private static final int NEIGHBOURHOODS = 3;

    private static final int RESIDENTS = 600;

    private record Person(long id, long streetId, long neighbourhoodId) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoFabric(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    void seedIfEmpty() {
        if (jdbc.sql("select exists (select 1 from contact_tie)").query(Boolean.class).single()) {
            return;
        }
        List<Person> people = jdbc
            .sql(
                """
                select r.id, a.street_id, a.neighbourhood_id from resident r join address a on a.id = r.address_id
                where a.neighbourhood_id <= ? and r.id <= ? order by r.id"""
            )
            .params(NEIGHBOURHOODS, RESIDENTS)
            .query(Person.class)
            .list();
        if (people.isEmpty()) {
            return;
        }
        Map<Long, List<Person>> byStreet = new HashMap<>();
        Map<Long, List<Person>> byNeighbourhood = new HashMap<>();
        Map<Long, Long> thinStreet = new HashMap<>();
        for (Person p : people) {
            byStreet.computeIfAbsent(p.streetId(), k -> new ArrayList<>()).add(p);
            byNeighbourhood.computeIfAbsent(p.neighbourhoodId(), k -> new ArrayList<>()).add(p);
            thinStreet.merge(p.neighbourhoodId(), p.streetId(), Math::max);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        var random = new SplittableRandom(7406);
        List<Object[]> ties = new ArrayList<>();
        int ref = 0;
        for (Person p : people) {
            boolean thin = thinStreet.get(p.neighbourhoodId()) == p.streetId();
            if (random.nextDouble() < (thin ? 0.5 : 0.12)) {
                continue;
            }
            int contacts = thin ? 1 : 1 + random.nextInt(4);
            for (int c = 0; c < contacts; c++) {
                double where = random.nextDouble();
                List<Person> pool = where < 0.7
                    ? byStreet.get(p.streetId())
                    : where < 0.93 ? byNeighbourhood.get(p.neighbourhoodId()) : people;
                Person other = pool.get(random.nextInt(pool.size()));
                if (other.id() == p.id()) {
                    continue;
                }
                ref++;
                // More contact lately: start days lean towards the last months.
                int startDaysAgo = (int) (364 * Math.pow(random.nextDouble(), 1.6));
                double kind = random.nextDouble();
                if (kind < 0.5) {
                    int every = random.nextBoolean() ? 7 : 14;
                    int meetings = 1 + random.nextInt(thin ? 2 : 8);
                    for (int m = 0; m < meetings && startDaysAgo - m * every >= 0; m++) {
                        ties.add(tie(p, other, today.minusDays(startDaysAgo - m * every), "ARRANGEMENT_MET", ref, 1.0));
                    }
                } else if (kind < 0.8) {
                    ties.add(tie(p, other, today.minusDays(startDaysAgo), "ACTIVITY_TOGETHER", ref, 0.5));
                } else {
                    ties.add(tie(p, other, today.minusDays(startDaysAgo), "HELP_MATCHED", ref, 1.0));
                }
            }
        }
        int batch = 2_000;
        for (int from = 0; from < ties.size(); from += batch) {
            insert(ties.subList(from, Math.min(ties.size(), from + batch)));
        }
    }

    private static Object[] tie(Person p, Person other, LocalDate day, String source, int ref, double weight) {
        return new Object[] {
            Math.min(p.id(), other.id()),
            Math.max(p.id(), other.id()),
            day.toString(),
            source,
            "demo-" + source.toLowerCase(java.util.Locale.ROOT) + "-" + ref,
            weight,
            p.neighbourhoodId(),
        };
    }

    private void insert(List<Object[]> rows) {
        jdbc
            .sql(
                """
                insert into contact_tie (resident_a, resident_b, happened_on, source, source_ref, weight, neighbourhood_id)
                select * from unnest(?::bigint[], ?::bigint[], ?::date[], ?::text[], ?::text[], ?::real[], ?::bigint[])
                on conflict do nothing"""
            )
            .params(
                rows
                    .stream()
                    .map(r -> (Long) r[0])
                    .toArray(Long[]::new),
                rows
                    .stream()
                    .map(r -> (Long) r[1])
                    .toArray(Long[]::new),
                rows
                    .stream()
                    .map(r -> (String) r[2])
                    .toArray(String[]::new),
                rows
                    .stream()
                    .map(r -> (String) r[3])
                    .toArray(String[]::new),
                rows
                    .stream()
                    .map(r -> (String) r[4])
                    .toArray(String[]::new),
                rows
                    .stream()
                    .map(r -> (Double) r[5])
                    .toArray(Double[]::new),
                rows
                    .stream()
                    .map(r -> (Long) r[6])
                    .toArray(Long[]::new)
            )
            .update();
    }
}
