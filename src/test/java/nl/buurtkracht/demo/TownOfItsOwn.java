package nl.buurtkracht.demo;

import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A neighbourhood in a municipality and district of its own. Tests share one database with the demo
 * town; a test that adds streets or residents does so here, so the demo keeps the size that the
 * README promises and other tests count on.
 */
public final class TownOfItsOwn {

    private TownOfItsOwn() {}

    /** A new neighbourhood with this name; its municipality and district have unique codes. */
    public static long neighbourhood(JdbcClient jdbc, String name) {
        String unique = UUID.randomUUID().toString().substring(0, 10).toUpperCase(Locale.ROOT);
        long municipality = insert(
            jdbc,
            "insert into municipality (code, name) values (?, ?) returning id",
            "GM" + unique,
            "Gemeente " + unique
        );
        long district = insert(
            jdbc,
            "insert into district (municipality_id, code, name) values (?, ?, ?) returning id",
            municipality,
            "WK" + unique,
            "Wijk " + unique
        );
        return insert(
            jdbc,
            "insert into neighbourhood (district_id, code, name) values (?, ?, ?) returning id",
            district,
            "BU" + unique,
            name
        );
    }

    private static long insert(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
