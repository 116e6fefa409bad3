package nl.buurtkracht.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TaartExpress as a round: every other Thursday afternoon from the next Thursday, two dozen older
 * neighbours who agreed to be visited, and three volunteers (Henk among them) signed up for the first
 * time, which Ria, who runs the initiative, can plan and print.
 */
@Component
class DemoRounds {

    private static final String RESIDENT_OF = "(select resident_id from account where email = '%s')";

    private final JdbcClient jdbc;

    DemoRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void seedIfEmpty() {
        if (jdbc.sql("select exists (select 1 from round)").query(Boolean.class).single()) {
            return;
        }
        Long initiative = jdbc
            .sql("select id from initiative where title = 'TaartExpress' order by id limit 1")
            .query(Long.class)
            .optional()
            .orElse(null);
        if (initiative == null) {
            return;
        }
        long round = jdbc
            .sql(
                """
                insert into round (initiative_id, name, card_text, first_day, rrule, starts_at, ends_at, start_lat, start_lon,
                  start_label)
                select i.id, 'TaartExpress', 'Een stuk taart van uw buren. Hoe gaat het met u? Wij horen het graag.',
                  current_date + ((4 - extract(isodow from current_date)::int + 7) % 7), 'FREQ=WEEKLY;INTERVAL=2;COUNT=26',
                  '13:00', '17:00', a.lat, a.lon, 'Buurthuis De Linde'
                from initiative i join lateral (select avg(lat) as lat, avg(lon) as lon from address
                  where neighbourhood_id = i.neighbourhood_id) a on true
                where i.id = ? returning id"""
            )
            .param(initiative)
            .query(Long.class)
            .single();
        String ria = RESIDENT_OF.formatted(DemoData.RESIDENT);
        String riaAccount = "(select id from account where email = '" + DemoData.RESIDENT + "')";
        jdbc
            .sql(
                """
                insert into consent_record (subject_resident_id, purpose, granted, recorded_by_account_id, on_behalf, method)
                select r.id, 'VISITED_BY_ROUND', true, %s, true, 'VERBAL'
                from resident r join address a on a.id = r.address_id
                where a.neighbourhood_id = (select neighbourhood_id from initiative where id = ?) and r.birth_year < 1950
                order by r.id limit 24""".formatted(riaAccount)
            )
            .param(initiative)
            .update();
        jdbc
            .sql(
                """
                insert into round_recipient (round_id, resident_id, window_from, window_until, notes, added_by_account_id)
                select ?, c.subject_resident_id,
                  case when mod(c.subject_resident_id, 4) = 0 then time '14:00' else time '13:00' end, time '17:00',
                  case when mod(c.subject_resident_id, 3) = 0 then 'Bel twee keer aan' else '' end, %s
                from consent_record c where c.purpose = 'VISITED_BY_ROUND' and c.granted""".formatted(riaAccount)
            )
            .param(round)
            .update();
        jdbc
            .sql(
                """
                insert into round_volunteer (round_id, resident_id, mode, max_stops)
                select ?, v.id, 'WALKING', 12 from (
                  select %s as id union
                  (select r.id from resident r join address a on a.id = r.address_id join account ac on ac.resident_id = r.id
                   where a.neighbourhood_id = (select neighbourhood_id from initiative where id = ?)
                     and r.birth_year between 1960 and 2000 and r.id <> %s order by r.id limit 2)) v
                where v.id is not null""".formatted(RESIDENT_OF.formatted(DemoData.STREET_HOST), ria)
            )
            .params(round, initiative)
            .update();
        jdbc
            .sql(
                """
                insert into round_signup (round_id, day, resident_id, available_from, available_until)
                select r.id, r.first_day, v.resident_id, r.starts_at, r.ends_at
                from round r join round_volunteer v on v.round_id = r.id where r.id = ?"""
            )
            .param(round)
            .update();
    }
}
