package nl.buurtkracht.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Help in Lindeveld: about one resident in eight has a standing offer (more company than chores, as
 * in real neighbourhoods), a few neighbours ask for something, and Ria has a weekly coffee with a
 * neighbour that has been going for three weeks. Dates are relative to today.
 */
@Component
class DemoHelp {

    private static final String RESIDENT_OF = "(select resident_id from account where email = '%s')";

    /** Where a resident lives, as help tables copy it onto offers and asks. */
    private static final String HOME = """
        from resident r join address a on a.id = r.address_id left join block_address ba on ba.address_id = a.id""";

    private final JdbcClient jdbc;

    DemoHelp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void seedIfEmpty() {
        if (jdbc.sql("select exists (select 1 from help_offer)").query(Boolean.class).single()) {
            return;
        }
        // A seeded random(), so every fresh demo has the same offers.
        jdbc
            .sql("select setseed(0.4)")
            .query((rs, i) -> 0)
            .list();
        jdbc
            .sql(
                """
                insert into help_offer (helper_resident_id, kind, category, description, availability, visibility,
                  neighbourhood_id, street_id, block_id, lat, lon)
                select r.id, k.kind, k.category, k.description, (random() * 2097151)::int & (random() * 2097151)::int,
                  case when random() < 0.6 then 'STREET' else 'NEIGHBOURHOOD' end,
                  a.neighbourhood_id, a.street_id, ba.block_id, a.lat, a.lon
                """ +
                HOME +
                """
                  cross join lateral (select * from (values
                    ('COFFEE', 'CONTACT', 'Bij mij staat de koffie klaar, kom gerust langs.'),
                    ('CHAT', 'CONTACT', 'Ik maak graag een praatje, aan de deur of aan de telefoon.'),
                    ('WALK', 'CONTACT', 'Ik wandel graag, loop gerust een rondje mee.'),
                    ('LISTENING_EAR', 'CONTACT', 'Ik heb tijd voor een goed gesprek.'),
                    ('SHOPPING', 'PRACTICAL', 'Ik ga wekelijks naar de supermarkt en neem graag iets mee.'),
                    ('LIFT', 'PRACTICAL', 'Ik heb een auto en breng u graag naar de dokter of het ziekenhuis.'),
                    ('SMALL_REPAIR', 'PRACTICAL', 'Een lamp ophangen of een kraantje maken: ik doe het graag.'),
                    ('COMPUTER_HELP', 'PRACTICAL', 'Hulp met uw telefoon, tablet of computer.'),
                    ('GARDEN', 'PRACTICAL', 'Ik help graag met snoeien of de heg.'),
                    ('DOG_WALKING', 'PRACTICAL', 'Ik laat uw hond graag uit als het u even niet lukt.')
                  ) v(kind, category, description) order by random() + r.id * 0 limit 1) k
                where r.id % 8 = 3 and r.address_id is not null"""
            )
            .update();
        String ria = RESIDENT_OF.formatted(DemoData.RESIDENT);
        // Two neighbours of Ria who would like something: a chat, and a lift on short notice.
        ask(
            "(select r.id from resident r join address a on a.id = r.address_id where a.street_id = (select a2.street_id from resident r2 join address a2 on a2.id = r2.address_id where r2.id = " +
            ria +
            ") and r.id <> " +
            ria +
            " and r.birth_year < 1950 order by r.id limit 1)",
            "CHAT",
            "CONTACT",
            "Ik zit veel alleen en zou het fijn vinden als iemand eens langskomt voor een praatje.",
            "WHENEVER",
            5
        );
        ask(
            "(select r.id from resident r join address a on a.id = r.address_id where a.neighbourhood_id = 1 and r.birth_year < 1945 order by r.id desc limit 1)",
            "LIFT",
            "PRACTICAL",
            "Ik moet donderdag naar het ziekenhuis en zoek een lift.",
            "URGENT",
            3
        );
        weeklyCoffeeForRia(ria);
    }

    private void ask(String askerSql, String kind, String category, String description, String urgency, int inDays) {
        jdbc
            .sql(
                """
                insert into help_ask (asker_resident_id, placed_by_account_id, on_behalf, channel, kind, category,
                  description, day, start_time, location, urgency, visibility, neighbourhood_id, street_id, block_id, lat,
                  lon, status)
                select r.id, coalesce((select id from account where resident_id = r.id),
                    (select id from account where email = ?)), false, 'ONLINE', ?, ?, ?, current_date + ?, '14:00', '',
                  ?, 'NEIGHBOURHOOD', a.neighbourhood_id, a.street_id, ba.block_id, a.lat, a.lon, 'OPEN'
                """ +
                HOME +
                " where r.id = " +
                askerSql
            )
            .params(DemoData.STREET_HOST, kind, category, description, inDays, urgency)
            .update();
    }

    /** Ria and a neighbour nearby have a weekly coffee; the last three times they met. */
    private void weeklyCoffeeForRia(String ria) {
        Long helper = jdbc
            .sql(
                "select o.helper_resident_id from help_offer o, resident r join address a on a.id = r.address_id where r.id = " +
                ria +
                " and o.category = 'CONTACT' and o.neighbourhood_id = a.neighbourhood_id and o.helper_resident_id <> r.id" +
                " order by o.street_id = a.street_id desc, o.id limit 1"
            )
            .query(Long.class)
            .optional()
            .orElse(null);
        if (helper == null) {
            return;
        }
        long askId = jdbc
            .sql(
                """
                insert into help_ask (asker_resident_id, placed_by_account_id, on_behalf, channel, kind, category,
                  description, day, start_time, rrule, location, urgency, visibility, neighbourhood_id, street_id, block_id,
                  lat, lon, status, helper_resident_id, matched_at, created_at)
                select r.id, (select id from account where resident_id = r.id), false, 'ONLINE', 'COFFEE', 'CONTACT',
                  'Een vast kopje koffie op woensdag.', current_date - 21, '10:00', 'FREQ=WEEKLY;COUNT=12', '', 'WHENEVER',
                  'STREET', a.neighbourhood_id, a.street_id, ba.block_id, a.lat, a.lon, 'MATCHED', ?, now() - interval '22 days',
                  now() - interval '22 days'
                """ +
                HOME +
                " where r.id = " +
                ria +
                " returning id"
            )
            .param(helper)
            .query(Long.class)
            .single();
        long arrangement = jdbc
            .sql(
                """
                insert into help_arrangement (ask_id, asker_resident_id, helper_resident_id, kind, rrule, zone, status, created_at)
                select id, asker_resident_id, helper_resident_id, 'COFFEE', 'FREQ=WEEKLY;COUNT=12', 'Europe/Amsterdam', 'ACTIVE',
                  created_at from help_ask where id = ? returning id"""
            )
            .param(askId)
            .query(Long.class)
            .single();
        jdbc
            .sql(
                """
                insert into help_arrangement_time (arrangement_id, day, starts_at, answer, answered_by_resident_id, answered_at)
                select ?, d::date, (d::date + time '10:00') at time zone 'Europe/Amsterdam',
                  case when d < current_date then 'MET' end, case when d < current_date then ? end,
                  case when d < current_date then d + interval '12 hours' end
                from generate_series(current_date - 21, current_date + 56, interval '7 days') d"""
            )
            .params(arrangement, helper)
            .update();
    }
}
