package nl.buurtkracht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.buurtkracht.people.Accounts;
import nl.buurtkracht.system.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The living demo neighbourhood is there on first start, the same every time, with a login per
 * role, and consistent although it is loaded with foreign-key triggers off.
 */
@SpringBootTest
class DemoDataIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    DemoData demo;

    @Test
    void theDemoMunicipalityHasTheSizeTheReadmePromises() {
        assertThat(count("select count(*) from municipality where code = 'GM9999'")).isEqualTo(1);
        assertThat(
            count(
                "select count(*) from neighbourhood n join district d on d.id = n.district_id where d.code = 'WK999900'"
            )
        ).isEqualTo(3);
        assertThat(count("select count(*) from street s where s.neighbourhood_id <= 3")).isEqualTo(30);
        assertThat(count("select count(*) from address a where a.neighbourhood_id <= 3")).isEqualTo(1500);
        assertThat(count("select count(*) from resident where id <= 600")).isEqualTo(600);
        assertThat(
            count("select count(distinct b.street_id) from block_host h join block b on b.id = h.block_id")
        ).isGreaterThan(5);
        assertThat(
            count("select count(distinct birth_year / 10) from resident where id <= 600")
        ).isGreaterThanOrEqualTo(8);
    }

    @Test
    void everyRoleHasADemoLogin() {
        Map<String, Role> logins = Map.of(
            DemoData.RESIDENT,
            Role.RESIDENT,
            DemoData.STREET_HOST,
            Role.STREET_HOST,
            DemoData.COMMUNITY_BUILDER,
            Role.COMMUNITY_BUILDER,
            DemoData.ANALYST,
            Role.MUNICIPALITY_ANALYST,
            DemoData.ADMINISTRATOR,
            Role.ADMINISTRATOR
        );
        logins.forEach((email, role) -> assertThat(accounts.findByLogin(email).orElseThrow().roles()).contains(role));
    }

    @Test
    void theDataIsConsistentAlthoughLoadedWithoutForeignKeyChecks() {
        assertThat(
            count("select count(*) from address a where not exists (select 1 from street s where s.id = a.street_id)")
        ).isZero();
        assertThat(
            count(
                "select count(*) from resident r where r.address_id is not null and not exists (select 1 from address a where a.id = r.address_id)"
            )
        ).isZero();
        assertThat(
            count(
                "select count(*) from block_address ba where not exists (select 1 from address a where a.id = ba.address_id)"
            )
        ).isZero();
        assertThat(
            count(
                "select count(*) from block_host h where not exists (select 1 from resident r where r.id = h.resident_id)"
            )
        ).isZero();
        assertThat(
            count(
                "select count(*) from account a where a.resident_id is not null and not exists (select 1 from resident r where r.id = a.resident_id)"
            )
        ).isZero();
        assertThat(
            count(
                "select count(*) from consent_record c where not exists (select 1 from resident r where r.id = c.subject_resident_id)"
            )
        ).isZero();
        assertThat(
            count(
                "select count(*) from representation p where not exists (select 1 from account a where a.id = p.representative_account_id)"
            )
        ).isZero();
    }

    @Test
    void seedingAgainChangesNothing() {
        int residents = count("select count(*) from resident");
        assertThat(demo.generateIfEmpty(DemoData.Spec.ofResidents(600))).isEmpty();
        assertThat(count("select count(*) from resident")).isEqualTo(residents);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
