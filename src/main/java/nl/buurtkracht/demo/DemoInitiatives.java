package nl.buurtkracht.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few initiatives in Lindeveld, each showing something: a soup afternoon with shared owners whose
 * fund ends in seven weeks, a tiny spark (a shared ladder), a garden gone quiet with one owner, and
 * a cake round with money for a year. Dates are relative to today, so the warnings stay true.
 */
@Component
class DemoInitiatives {

    private static final String RESIDENT_OF = "(select resident_id from account where email = '%s')";

    private final JdbcClient jdbc;

    DemoInitiatives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void seedIfEmpty() {
        if (jdbc.sql("select exists (select 1 from initiative)").query(Boolean.class).single()) {
            return;
        }
        String ria = RESIDENT_OF.formatted(DemoData.RESIDENT);
        String henk = RESIDENT_OF.formatted(DemoData.STREET_HOST);
        String kees = RESIDENT_OF.formatted(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT);
        long soup = initiative(
            "Soepmiddag in de Rozenstraat",
            "Eens per maand koken we soep en eten we samen in het buurthuis. Iedereen is welkom; wie niet kan komen, krijgt een bakje aan de deur.",
            "Iedereen uit de buurt, vooral wie vaak alleen eet",
            "Buurthuis De Linde",
            ria,
            "ACTIVE",
            3
        );
        jdbc
            .sql(
                "insert into initiative_owner (initiative_id, kind, organisation, role) values (?, 'ORGANISATION', 'Welzijn Lindeveld', 'opbouwwerk')"
            )
            .param(soup)
            .update();
        jdbc
            .sql(
                "insert into initiative_member (initiative_id, resident_id, kind) select ?, r.id, 'MEMBER' from resident r where r.id between 3 and 6 on conflict do nothing"
            )
            .param(soup)
            .update();
        long task = jdbc
            .sql(
                "insert into initiative_task (initiative_id, title, details, needed) values (?, 'Soep koken op zaterdag', 'Een pan soep voor 20 mensen; de boodschappen worden vergoed.', 3) returning id"
            )
            .param(soup)
            .query(Long.class)
            .single();
        jdbc.sql("insert into initiative_task_taker (task_id, resident_id) values (?, 3)").param(task).update();
        jdbc
            .sql(
                """
                insert into initiative_funding (initiative_id, fund, amount_cents, starts_on, ends_on, conditions, report_due_on)
                values (?, 'Oranje Fonds', 250000, current_date - 300, current_date + 50,
                  'Verslag met aantal bezoekers en foto''s', current_date + 20)"""
            )
            .param(soup)
            .update();
        jdbc
            .sql(
                "insert into initiative_budget_line (initiative_id, description, amount_cents) values (?, 'Groente en bouillon', 60000), (?, 'Huur keuken buurthuis', 90000)"
            )
            .params(soup, soup)
            .update();
        jdbc
            .sql(
                """
                insert into initiative_hours (initiative_id, given_by, who, given_on, hours, note)
                values (?, 'VOLUNTEER', 'Kookploeg', current_date - 14, 12, 'Soepmiddag oktober'),
                       (?, 'PROFESSIONAL', 'Samira (opbouwwerk)', current_date - 20, 2.5, 'Fondsaanvraag')"""
            )
            .params(soup, soup)
            .update();

        initiative(
            "Gedeelde ladder",
            "Ik heb een lange ladder. Wie hem nodig heeft, mag hem lenen. Bel even aan.",
            "Buren in de straat",
            "Rozenstraat 12",
            henk,
            "SPARK",
            1
        );
        long garden = initiative(
            "Moestuin Vogelwijk",
            "Samen een moestuin bijhouden op het braakliggende stuk achter de Merelstraat.",
            "Iedereen met zin in tuinieren",
            "Achter de Merelstraat",
            kees,
            "ACTIVE",
            2
        );
        jdbc
            .sql("update initiative set last_active_at = now() - interval '75 days' where id = ?")
            .param(garden)
            .update();
        long cake = initiative(
            "TaartExpress",
            "Om de week brengen vrijwilligers een stuk zelfgebakken taart met een kaartje naar oudere buren. Het gaat niet om de taart, maar om het contact.",
            "Oudere buren die graag bezoek krijgen",
            "Bij de mensen thuis",
            ria,
            "ACTIVE",
            1
        );
        jdbc
            .sql(
                "insert into initiative_owner (initiative_id, kind, organisation, role) values (?, 'MUNICIPALITY', 'Gemeente Lindeveld', 'buurtbudget')"
            )
            .param(cake)
            .update();
        jdbc
            .sql(
                """
                insert into initiative_funding (initiative_id, fund, amount_cents, starts_on, ends_on, conditions)
                values (?, 'Buurtbudget gemeente', 120000, current_date - 30, current_date + 335, 'Jaarlijks kort verslag')"""
            )
            .param(cake)
            .update();
    }

    /** An initiative with its starter as owner and member, and its history up to its state. */
    private long initiative(
        String title,
        String what,
        String forWhom,
        String where,
        String starter,
        String state,
        long neighbourhoodId
    ) {
        long id = jdbc
            .sql(
                """
                insert into initiative (title, what, for_whom, where_text, neighbourhood_id, state, started_by, created_at)
                values (?, ?, ?, ?, ?, ?, %s, now() - interval '200 days') returning id""".formatted(starter)
            )
            .params(title, what, forWhom, where, neighbourhoodId, state)
            .query(Long.class)
            .single();
        jdbc
            .sql(
                "insert into initiative_owner (initiative_id, kind, resident_id, role) values (?, 'RESIDENT', %s, 'initiatiefnemer')".formatted(
                    starter
                )
            )
            .param(id)
            .update();
        jdbc
            .sql(
                "insert into initiative_member (initiative_id, resident_id, kind) values (?, %s, 'MEMBER')".formatted(
                    starter
                )
            )
            .param(id)
            .update();
        jdbc
            .sql(
                "insert into initiative_state_change (initiative_id, to_state, changed_at) values (?, 'SPARK', now() - interval '200 days')"
            )
            .param(id)
            .update();
        if (!state.equals("SPARK")) {
            jdbc
                .sql(
                    "insert into initiative_state_change (initiative_id, from_state, to_state, changed_at) values (?, 'SPARK', ?, now() - interval '180 days')"
                )
                .params(id, state)
                .update();
        }
        return id;
    }
}
