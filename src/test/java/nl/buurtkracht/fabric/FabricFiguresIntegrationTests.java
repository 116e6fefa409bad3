package nl.buurtkracht.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.fabric.FabricFigures.NetworkOf;
import nl.buurtkracht.fabric.FabricFigures.NetworkPicture;
import nl.buurtkracht.fabric.FabricFigures.Node;
import nl.buurtkracht.people.Accounts;
import nl.buurtkracht.report.ReportFixtures;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The analytics run over the real ledger and what the builder, the analyst and a street host may
 * read of it: counts of a street of twelve, a street of four suppressed, the network picture
 * unnamed but for who shares her name (and that read audited), and a resident who leaves the
 * picture gone from it at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FabricFiguresIntegrationTests {

    @Autowired
    FabricAnalytics analytics;

    @Autowired
    FabricFigures figures;

    @Autowired
    ContactLedger ledger;

    @Autowired
    ConsentLedger consents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Accounts accountManagement;

    @Autowired
    MockMvc mvc;

    @Autowired
    javax.sql.DataSource dataSource;

    FabricFixtures fixtures;
    FabricFixtures.Street molenstraat;
    FabricFixtures.Street hofje;
    long[] people;
    long[] few;
    LocalDate today = LocalDate.now(nl.buurtkracht.shared.Recurrence.AMSTERDAM);

    long neighbourhood;
    CurrentUser builder;
    CurrentUser demoBuilder;
    CurrentUser analyst;
    CurrentUser admin;
    CurrentUser resident;
    CurrentUser host;

    @BeforeEach
    void aStreetOfTwelveAndOneOfFour() {
        fixtures = new FabricFixtures(jdbc, consents, ledger);
        // A neighbourhood of its own, so that the demo town keeps its size for other tests.
        var town = new ReportFixtures(jdbc, accounts, ledger);
        neighbourhood = town.neighbourhood("Molenwijk");
        builder = town.builder("Bouwer Molenwijk", neighbourhood);
        molenstraat = fixtures.aNewStreet(neighbourhood, 12);
        people = new long[12];
        for (int i = 0; i < 12; i++) {
            // Six born around 1945, six around 1990.
            people[i] = fixtures.resident(molenstraat, i, "Molenaar " + i, i < 6 ? 1945 + i : 1990 + i);
        }
        // 0-1-2-3 a ring of weekly coffee; 3 and 6 across the generations; 4 once with 5 long ago;
        // 7..11 no contact at all.
        String ref = "test:" + UUID.randomUUID();
        fixtures.tie(people[0], people[1], today.minusDays(3), ref);
        fixtures.tie(people[1], people[2], today.minusDays(4), ref);
        fixtures.tie(people[2], people[3], today.minusDays(5), ref);
        fixtures.tie(people[3], people[0], today.minusDays(6), ref);
        fixtures.tie(people[3], people[6], today.minusDays(10), ref);
        fixtures.tie(people[4], people[5], today.minusDays(200), ref);
        hofje = fixtures.aNewStreet(neighbourhood, 4);
        few = new long[4];
        for (int i = 0; i < 4; i++) {
            few[i] = fixtures.resident(hofje, i, "Hofbewoner " + i, 1960);
        }
        fixtures.tie(few[0], few[1], today.minusDays(2), ref);

        demoBuilder = accounts.findByLogin(DemoData.COMMUNITY_BUILDER).orElseThrow();
        analyst = accounts.findByLogin(DemoData.ANALYST).orElseThrow();
        admin = accounts.findByLogin(DemoData.ADMINISTRATOR).orElseThrow();
        resident = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        host = accounts.findByLogin(DemoData.STREET_HOST).orElseThrow();
    }

    @Test
    void theRunCountsTheStreetAndSuppressesASmallOne() throws Exception {
        var run = analytics.runNow().orElseThrow();
        assertThat(run.asOf()).isEqualTo(today);
        assertThat(run.residents()).isGreaterThanOrEqualTo(16);

        var street = figures.street(builder, molenstraat.id());
        assertThat(street.computedAt()).isNotNull();
        assertThat(street.trend()).hasSize(12);
        var now = street.now();
        assertThat(now.suppressed()).isFalse();
        assertThat(now.residents()).isEqualTo(12);
        // 0, 1, 2 and 3 have two or more contacts in the last 12 weeks: 4 of 12.
        assertThat(now.connectedShare()).isEqualTo(0.333);
        // Eight without contact in 8 weeks: 4..11 but 6 (who met 3) = 7, under ten: not shown.
        assertThat(now.isolated()).isNull();
        // Five ties of the last 12 weeks, fewer than ten: no shares of them.
        assertThat(now.ties()).isEqualTo(5);
        assertThat(now.bridgingShare()).isNull();
        assertThat(
            jdbc
                .sql(
                    "select isolated from fabric_area_summary where run_id = ? and area_kind = 'STREET' " +
                    "and area_id = ? and month = ?"
                )
                .params(run.runId(), molenstraat.id(), today.withDayOfMonth(1))
                .query(Integer.class)
                .single()
        ).isEqualTo(7);
        assertThat(
            jdbc
                .sql(
                    "select intergenerational_ties from fabric_area_summary where run_id = ? " +
                    "and area_kind = 'STREET' and area_id = ? and month = ?"
                )
                .params(run.runId(), molenstraat.id(), today.withDayOfMonth(1))
                .query(Integer.class)
                .single()
        ).isEqualTo(1);

        assertThat(figures.street(analyst, hofje.id()).now().suppressed()).isTrue();
        assertThat(figures.street(analyst, hofje.id()).now().residents()).isNull();

        var wijk = figures.neighbourhood(builder, neighbourhood);
        assertThat(wijk.trend()).hasSize(12);
        assertThat(wijk.now().suppressed()).isFalse();
        assertThat(wijk.streets()).anySatisfy(s -> {
                assertThat(s.streetId()).isEqualTo(molenstraat.id());
                assertThat(s.now().residents()).isEqualTo(12);
            });
        assertThat(wijk.streets()).anySatisfy(s -> {
                assertThat(s.streetId()).isEqualTo(hofje.id());
                assertThat(s.now().suppressed()).isTrue();
            });

        mvc
            .perform(get("/api/v1/streets/" + molenstraat.id() + "/fabric").with(user(analyst)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.now.residents").value(12))
            .andExpect(jsonPath("$.trend.length()").value(12));
        mvc
            .perform(get("/api/v1/streets/" + hofje.id() + "/fabric").with(user(analyst)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.now.suppressed").value(true))
            .andExpect(jsonPath("$.now.residents").doesNotExist());
        String body = mvc
            .perform(get("/api/v1/neighbourhoods/{id}/fabric", neighbourhood).with(user(builder)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(body).doesNotContain("Molenaar").doesNotContain("Hofbewoner");
    }

    @Test
    void figuresAreForTheNeighbourhoodsBuilderTheAnalystAndTheStreetsHost() throws Exception {
        long elsewhere = accountManagement.createProfessional(
            "Bouwer Elders",
            "fabric-elders-" + UUID.randomUUID() + "@example.org",
            "a long enough password",
            Set.of(Role.COMMUNITY_BUILDER),
            List.of()
        );
        CurrentUser otherBuilder = accounts.findById(elsewhere).orElseThrow();

        assertThatThrownBy(() -> figures.neighbourhood(otherBuilder, neighbourhood)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> figures.street(otherBuilder, molenstraat.id())).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> figures.street(host, molenstraat.id())).isInstanceOf(NotPermitted.class);
        long hostedStreet = host.scope().hostedStreetIds().iterator().next();
        assertThat(figures.street(host, hostedStreet).streetId()).isEqualTo(hostedStreet);
        assertThat(figures.neighbourhood(admin, neighbourhood).neighbourhoodId()).isEqualTo(neighbourhood);

        mvc
            .perform(get("/api/v1/streets/" + molenstraat.id() + "/fabric").with(user(resident)))
            .andExpect(status().isForbidden());
        mvc
            .perform(get("/api/v1/neighbourhoods/{id}/fabric", neighbourhood).with(user(host)))
            .andExpect(status().isForbidden());
        mvc
            .perform(get("/api/v1/streets/" + molenstraat.id() + "/fabric").with(user(host)))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("blokhoofd")));
        mvc
            .perform(get("/api/v1/neighbourhoods/{id}/fabric", neighbourhood).with(user(otherBuilder)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/streets/999999999/fabric").with(user(analyst))).andExpect(status().isNotFound());
    }

    @Test
    void theNetworkIsUnnamedButForWhoSharesHerNameAndWhoLeavesThePictureIsGoneAtOnce() {
        fixtures.shareNameWithBuilder(people[0]);
        analytics.runNow().orElseThrow();

        NetworkPicture picture = figures.network(builder, NetworkOf.STREET, molenstraat.id());
        assertThat(picture.nodes()).hasSize(12);
        assertThat(
            picture.nodes().stream().map(Node::name).filter(java.util.Objects::nonNull).toList()
        ).containsExactly("Molenaar 0");
        assertThat(picture.edges()).hasSize(6);
        assertThat(picture.edges().stream().filter(FabricFigures.Edge::recent)).hasSize(5);
        assertThat(picture.nodes().stream().filter(Node::isolated)).hasSize(7);
        assertThat(readsOf(people[0])).isEqualTo(1);
        assertThat(readsOf(people[1])).isZero();

        assertThatThrownBy(() -> figures.network(analyst, NetworkOf.STREET, molenstraat.id())).isInstanceOf(
            NotPermitted.class
        );
        assertThatThrownBy(() -> figures.network(host, NetworkOf.STREET, molenstraat.id())).isInstanceOf(
            NotPermitted.class
        );

        fixtures.leaveThePicture(people[0]);
        fixtures.leaveThePicture(people[3]);

        NetworkPicture after = figures.network(builder, NetworkOf.STREET, molenstraat.id());
        assertThat(after.nodes()).hasSize(10);
        assertThat(after.nodes()).allSatisfy(n -> assertThat(n.name()).isNull());
        // The ring loses 0 and 3 and every tie of theirs: only 1-2 and 4-5 are left.
        assertThat(after.edges()).hasSize(2);
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    jdbc
                        .sql("select count(*) from fabric_person where resident_id in (?, ?)")
                        .params(people[0], people[3])
                        .query(Integer.class)
                        .single() ==
                    0
            );

        var run = analytics.runNow().orElseThrow();
        assertThat(figures.street(builder, molenstraat.id()).now().residents()).isEqualTo(10);
        // The second run starts Leiden from the first run's communities.
        assertThat(run.warmStart()).isTrue();
    }

    @Test
    void aSecondInstanceDoesNotRunWhileOneIsRunning() throws Exception {
        try (
            var connection = dataSource.getConnection();
            var lock = connection.prepareStatement("select pg_try_advisory_lock(?)")
        ) {
            lock.setLong(1, FabricAnalytics.RUN_LOCK);
            try (var rs = lock.executeQuery()) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
            int runs = jdbc.sql("select count(*) from fabric_run").query(Integer.class).single();

            assertThat(analytics.runNow()).isEmpty();
            assertThat(analytics.runIfDue()).isEmpty();
            assertThat(jdbc.sql("select count(*) from fabric_run").query(Integer.class).single()).isEqualTo(runs);

            try (var unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, FabricAnalytics.RUN_LOCK);
                unlock.execute();
            }
        }
        assertThat(analytics.runNow()).isPresent();
        // Today's run is done: the nightly job on another instance does not run it again.
        assertThat(analytics.runIfDue()).isEmpty();
    }

    @Test
    void theDemoHasAYearOfContactsAndAThinStreetInItsFirstNeighbourhood() {
        assertThat(
            jdbc.sql("select count(*) from contact_tie where source_ref like 'demo-%'").query(Integer.class).single()
        ).isGreaterThan(1000);
        analytics.runNow().orElseThrow();

        // The demo's streets of neighbourhood 1 are 1 to 10; the last of them is the thin one.
        var streets = figures
            .neighbourhood(demoBuilder, 1)
            .streets()
            .stream()
            .filter(s -> s.streetId() <= 10 && !s.now().suppressed())
            .toList();
        assertThat(streets).hasSizeGreaterThan(5);
        var thinnest = streets
            .stream()
            .min(java.util.Comparator.comparingDouble(s -> s.now().connectedShare()))
            .orElseThrow();
        assertThat(thinnest.streetId()).isEqualTo(10);
        assertThat(figures.neighbourhood(demoBuilder, 1).trend().getLast().connectedShare()).isGreaterThan(
            figures.neighbourhood(demoBuilder, 1).trend().getFirst().connectedShare()
        );
    }

    private int readsOf(long residentId) {
        return jdbc
            .sql("select count(*) from sensitive_read where subject_resident_id = ? and data_kind = 'network'")
            .param(residentId)
            .query(Integer.class)
            .single();
    }
}
