package nl.buurtkracht.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
        @Nullable Long homeStreetId,
        @Nullable Long homeNeighbourhoodId,
        List<String> roles,
        List<Long> hostedStreetIds,
        List<Long> builderNeighbourhoodIds
    ) {}

    /**
     * Everything a signed-in person is, in one statement: API calls load it on every request. It
     * reads the area tables (home address, hosted blocks) directly for that reason.
     */
    private static final String SELECT = """
        select a.id, a.resident_id, a.display_name, a.email, a.password_hash,
          ad.street_id as home_street_id, ad.neighbourhood_id as home_neighbourhood_id,
          array(select role from account_role where account_id = a.id) as roles,
          array(select distinct b.street_id from block_host h join block b on b.id = h.block_id
                where h.resident_id = a.resident_id) as hosted_street_ids,
          array(select neighbourhood_id from builder_neighbourhood where account_id = a.id) as builder_neighbourhood_ids
        from account a left join resident r on r.id = a.resident_id left join address ad on ad.id = r.address_id""";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public Optional<CurrentUser> findByLogin(String email) {
        return jdbc
            .sql(SELECT + " where lower(a.email) = ?")
            .param(email.strip().toLowerCase(Locale.ROOT))
            .query(Accounts::row)
            .optional()
            .map(Accounts::toUser);
    }

    @Override
    public Optional<CurrentUser> findById(long accountId) {
        return jdbc
            .sql(SELECT + " where a.id = ?")
            .param(accountId)
            .query(Accounts::row)
            .optional()
            .map(Accounts::toUser);
    }

    /** The account of a resident, if they have one (assisted residents have none). */
    public Optional<AccountContact> contactOfResident(long residentId) {
        return jdbc.sql(CONTACT + " where a.resident_id = ?").param(residentId).query(Accounts::contact).optional();
    }

    public Optional<AccountContact> contact(long accountId) {
        return jdbc.sql(CONTACT + " where a.id = ?").param(accountId).query(Accounts::contact).optional();
    }

    /** The accounts that act for a resident (street hosts, builders who registered them). */
    public List<AccountContact> representativesOf(long residentId) {
        return jdbc
            .sql(
                CONTACT +
                " where a.id in (select representative_account_id from representation where resident_id = ?) order by a.id"
            )
            .param(residentId)
            .query(Accounts::contact)
            .list();
    }

    private static final String CONTACT =
        "select a.id, a.resident_id, a.display_name, a.email, a.locale from account a";

    private static AccountContact contact(ResultSet rs, int rowNumber) throws SQLException {
        return new AccountContact(
            rs.getLong("id"),
            rs.getObject("resident_id", Long.class),
            rs.getString("display_name"),
            rs.getString("email"),
            Locale.forLanguageTag(rs.getString("locale"))
        );
    }

    public boolean emailTaken(String email) {
        return jdbc
            .sql("select exists (select 1 from account where lower(email) = ?)")
            .param(email.strip().toLowerCase(Locale.ROOT))
            .query(Boolean.class)
            .single();
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

    private static AccountRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new AccountRow(
            rs.getLong("id"),
            rs.getObject("resident_id", Long.class),
            rs.getString("display_name"),
            rs.getString("email"),
            rs.getString("password_hash"),
            rs.getObject("home_street_id", Long.class),
            rs.getObject("home_neighbourhood_id", Long.class),
            List.of((String[]) rs.getArray("roles").getArray()),
            List.of((Long[]) rs.getArray("hosted_street_ids").getArray()),
            List.of((Long[]) rs.getArray("builder_neighbourhood_ids").getArray())
        );
    }

    private static CurrentUser toUser(AccountRow row) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        row.roles().forEach(r -> roles.add(Role.valueOf(r)));
        if (row.residentId() != null) {
            roles.add(Role.RESIDENT);
            if (!row.hostedStreetIds().isEmpty()) {
                roles.add(Role.STREET_HOST);
            }
        }
        var scope = new Scope(
            row.homeStreetId(),
            row.homeNeighbourhoodId(),
            Set.copyOf(row.hostedStreetIds()),
            Set.copyOf(row.builderNeighbourhoodIds())
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
