package nl.buurtkracht.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in accounts. Resident and street host roles follow from the data (a home address, a block
 * to host); community builder, analyst and administrator are granted.
 */
@Service
public class Accounts implements AccountDirectory {

    private record AccountRow(
        long id,
        @Nullable Long residentId,
        String displayName,
        String email,
        String passwordHash,
        @Nullable Long addressId
    ) {}

    private static final String SELECT = """
        select a.id, a.resident_id, a.display_name, a.email, a.password_hash, r.address_id
        from account a left join resident r on r.id = a.resident_id""";

    private final JdbcClient jdbc;
    private final Areas areas;
    private final PasswordEncoder passwords;

    Accounts(JdbcClient jdbc, Areas areas, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.passwords = passwords;
    }

    @Override
    public Optional<CurrentUser> findByLogin(String email) {
        return jdbc
            .sql(SELECT + " where lower(a.email) = ?")
            .param(email.strip().toLowerCase(Locale.ROOT))
            .query(AccountRow.class)
            .optional()
            .map(this::toUser);
    }

    @Override
    public Optional<CurrentUser> findById(long accountId) {
        return jdbc
            .sql(SELECT + " where a.id = ?")
            .param(accountId)
            .query(AccountRow.class)
            .optional()
            .map(this::toUser);
    }

    public boolean emailTaken(String email) {
        return jdbc
            .sql("select exists (select 1 from account where lower(email) = ?)")
            .param(email.strip().toLowerCase(Locale.ROOT))
            .query(Boolean.class)
            .single();
    }

    /** Neighbourhoods a community builder works in. */
    public List<Long> builderNeighbourhoods(long accountId) {
        return jdbc
            .sql("select neighbourhood_id from builder_neighbourhood where account_id = ? order by neighbourhood_id")
            .param(accountId)
            .query(Long.class)
            .list();
    }

    /** Creates an account for a professional or an administrator (no home address needed). */
    @Transactional
    public long createProfessional(
        String displayName,
        String email,
        String rawPassword,
        Set<Role> roles,
        List<Long> neighbourhoods
    ) {
        long id = insert(null, displayName, email, passwords.encode(rawPassword));
        roles.forEach(role ->
            jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(id, role.name()).update()
        );
        neighbourhoods.forEach(n ->
            jdbc
                .sql("insert into builder_neighbourhood (account_id, neighbourhood_id) values (?, ?)")
                .params(id, n)
                .update()
        );
        return id;
    }

    @Transactional
    long insert(@Nullable Long residentId, String displayName, String email, String passwordHash) {
        return jdbc
            .sql(
                """
                insert into account (resident_id, display_name, email, password_hash) values (?, ?, ?, ?) returning id"""
            )
            .params(residentId, displayName, email.strip(), passwordHash)
            .query(Long.class)
            .single();
    }

    private CurrentUser toUser(AccountRow row) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc
            .sql("select role from account_role where account_id = ?")
            .param(row.id())
            .query(String.class)
            .list()
            .forEach(r -> roles.add(Role.valueOf(r)));
        var home = row.addressId() == null ? null : areas.address(row.addressId()).orElse(null);
        List<Long> hosted = row.residentId() == null ? List.of() : areas.streetsHostedBy(row.residentId());
        if (row.residentId() != null) {
            roles.add(Role.RESIDENT);
            if (!hosted.isEmpty()) {
                roles.add(Role.STREET_HOST);
            }
        }
        var scope = new Scope(
            home == null ? null : home.streetId(),
            home == null ? null : home.neighbourhoodId(),
            Set.copyOf(hosted),
            Set.copyOf(builderNeighbourhoods(row.id()))
        );
        return new CurrentUser(
            row.id(),
            row.residentId(),
            row.displayName(),
            row.email(),
            row.passwordHash(),
            roles,
            scope
        );
    }
}
