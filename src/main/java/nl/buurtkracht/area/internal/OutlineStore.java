package nl.buurtkracht.area.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.area.internal.OutlineFile.Outline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/** Stores outlines on the municipality, district or neighbourhood with the same code; the caller owns the transaction. */
@Component
public class OutlineStore {

    private static final List<String> AREA_TABLES = List.of("municipality", "district", "neighbourhood");

    private final JdbcClient jdbc;

    OutlineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each code that names an area: whether that area has an outline already. */
    public Map<String, Boolean> existing(Collection<String> codes) {
        Map<String, Boolean> existing = new LinkedHashMap<>();
        jdbc
            .sql(
                """
                select code, outline is not null from municipality where code = any(?)
                union all select code, outline is not null from district where code = any(?)
                union all select code, outline is not null from neighbourhood where code = any(?)"""
            )
            .params(texts(codes), texts(codes), texts(codes))
            .query(rs -> {
                existing.put(rs.getString(1), rs.getBoolean(2));
            });
        return existing;
    }

    public void store(List<Outline> outlines) {
        List<String> codes = outlines.stream().map(Outline::code).toList();
        List<String> geometries = outlines.stream().map(Outline::geometry).toList();
        // Table names come from this class, never from input; each code matches in one table only.
        for (String table : AREA_TABLES) {
            jdbc
                .sql(
                    "update " +
                    table +
                    " t set outline = u.outline::jsonb from unnest(?::text[], ?::text[]) as u(code, outline) where t.code = u.code"
                )
                .params(texts(codes), texts(geometries))
                .update();
        }
    }

    private static SqlArrayValue texts(Collection<String> values) {
        return new SqlArrayValue("text", values.toArray());
    }
}
