package nl.buurtkracht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lindeveld's meeting places: De Linde with its rooms and help desk, and a church hall closed until 1 July. */
@SpringBootTest
class DemoPlacesIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoPlaces places;

    @Test
    void theDemoHasMeetingPlacesAndOneOfThemIsClosedUntilTheFirstOfJuly() {
        assertThat(
            jdbc
                .sql("select name from place where name in ('Buurthuis De Linde', 'Kerkzaal De Ark') order by name")
                .query(String.class)
                .list()
        ).containsExactly("Buurthuis De Linde", "Kerkzaal De Ark");
        assertThat(
            jdbc
                .sql(
                    "select r.name from place_room r join place p on p.id = r.place_id where p.name = 'Buurthuis De Linde' order by r.name"
                )
                .query(String.class)
                .list()
        ).containsExactly("Grote zaal", "Keuken", "Vergaderkamer");
        assertThat(
            jdbc
                .sql(
                    "select h.topic from place_help_desk h join place p on p.id = h.place_id where p.name = 'Buurthuis De Linde' and h.weekday = 2"
                )
                .query(String.class)
                .single()
        ).isEqualTo("Formulierenhulp en koffie");
        assertThat(
            jdbc
                .sql(
                    """
                    select count(*) from place_closure c join place p on p.id = c.place_id
                    where p.name = 'Kerkzaal De Ark' and c.closed_from <= current_date and c.reopens_on > current_date
                      and extract(month from c.reopens_on) = 7 and extract(day from c.reopens_on) = 1"""
                )
                .query(Long.class)
                .single()
        ).isEqualTo(1);
    }

    @Test
    void seedingAgainChangesNothing() {
        long before = jdbc.sql("select count(*) from place").query(Long.class).single();
        places.seedIfEmpty();
        assertThat(jdbc.sql("select count(*) from place").query(Long.class).single()).isEqualTo(before);
    }
}
