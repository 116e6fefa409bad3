package nl.buurtkracht.people;

import java.util.List;
import java.util.UUID;
import nl.buurtkracht.system.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Residents with a sign-in at a given address, and profile updates to save for them, for the profile tests. */
final class ProfileFixtures {

    private final JdbcClient jdbc;
    private final Accounts accounts;

    ProfileFixtures(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    CurrentUser aResidentAt(long addressId) {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long resident = jdbc
            .sql("insert into resident (address_id, display_name, birth_year) values (?, ?, 1950) returning id")
            .params(addressId, "Bewoner " + unique)
            .query(Long.class)
            .single();
        jdbc
            .sql("insert into account (resident_id, display_name, email, password_hash) values (?, ?, ?, ?)")
            .params(resident, "Bewoner " + unique, "resident-" + unique + "@example.org", "{noop}not used")
            .update();
        return accounts.findByLogin("resident-" + unique + "@example.org").orElseThrow();
    }

    /** Moves an address into a block of its own on the same street. */
    void moveToNewBlock(long streetId, long addressId) {
        long block = jdbc
            .sql("insert into block (street_id, name) values (?, ?) returning id")
            .params(streetId, "Blok " + UUID.randomUUID())
            .query(Long.class)
            .single();
        jdbc.sql("update block_address set block_id = ? where address_id = ?").params(block, addressId).update();
    }

    static ProfileUpdate.Item item(String kind, @Nullable String tag, @Nullable String label, String visibility) {
        return new ProfileUpdate.Item("items", kind, tag, label, visibility);
    }

    static ProfileUpdate update(ProfileUpdate.Item... items) {
        return new ProfileUpdate(List.of(items), "", "STREET", "STREET");
    }
}
