package nl.buurtkracht.area;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives each import test a municipality of its own with a real-looking CBS code, a place name and a
 * postcode nobody else uses, so that tests collide neither with each other nor with the demo data.
 */
final class ImportFixtures {

    static final String HEADER =
        "postcode,huisnummer,huisletter,toevoeging,straat,woonplaats,lat,lon,buurtcode,wijkcode,buurtnaam,wijknaam";

    /** The four digits of the municipality code, as in GM0363. */
    final String digits;

    final String municipalityName;

    /** A place name only this test uses, so that its streets are its own. */
    final String place;

    private final JdbcClient jdbc;

    ImportFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.digits = freeMunicipalityDigits();
        this.municipalityName = "Testgemeente " + digits;
        this.place = "Testdorp " + digits;
        jdbc
            .sql("insert into municipality (code, name) values (?, ?)")
            .params("GM" + digits, municipalityName)
            .update();
    }

    /** Four digits that no municipality in the database has. */
    String freeMunicipalityDigits() {
        while (true) {
            String candidate = String.valueOf(9000 + ThreadLocalRandom.current().nextInt(1000));
            if (!exists("select exists (select 1 from municipality where code = ?)", "GM" + candidate)) {
                return candidate;
            }
        }
    }

    /** A postcode without addresses; "SD" is never issued in the Netherlands, so the demo data lacks it. */
    String freePostcode() {
        while (true) {
            String candidate = (1000 + ThreadLocalRandom.current().nextInt(9000)) + "SD";
            if (!exists("select exists (select 1 from address where postcode = ?)", candidate)) {
                return candidate;
            }
        }
    }

    String wijk(int number) {
        return "WK%s%02d".formatted(digits, number);
    }

    String buurt(int wijk, int number) {
        return "BU%s%02d%02d".formatted(digits, wijk, number);
    }

    int addressCount(String postcode) {
        return jdbc
            .sql("select count(*) from address where postcode = ?")
            .param(postcode)
            .query(Integer.class)
            .single();
    }

    boolean districtExists(String code) {
        return exists("select exists (select 1 from district where code = ?)", code);
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private boolean exists(String sql, String value) {
        return jdbc.sql(sql).param(value).query(Boolean.class).single();
    }
}
