package nl.buurtkracht.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** A community builder keeps the sociale kaart: every bad field is named, and only her own neighbourhoods are hers. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ServiceDirectoryIntegrationTests {

    @Autowired
    ServiceDirectory directory;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    CurrentUser builder;
    CurrentUser admin;
    String suffix;

    @BeforeEach
    void people() {
        builder = accounts.findByLogin(DemoData.COMMUNITY_BUILDER).orElseThrow();
        admin = accounts.findByLogin(DemoData.ADMINISTRATOR).orElseThrow();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aBuilderCreatesChangesAndDeletesAServiceAndEachChangeIsAnnounced() {
        long id = directory.create(builder, form("Klusbus " + suffix, Set.of(1L)));

        ServiceView created = directory.find(id).orElseThrow();
        assertThat(created.name()).isEqualTo("Klusbus " + suffix);
        assertThat(created.purpose()).isEqualTo("Kleine klussen in huis.");
        assertThat(created.lat()).isNull();
        assertThat(created.neighbourhoods()).extracting(ServiceView.Neighbourhood::id).containsExactly(1L);
        assertThat(directory.inNeighbourhood(1)).extracting(ServiceView::id).contains(id);
        assertThat(directory.inNeighbourhood(2)).extracting(ServiceView::id).doesNotContain(id);

        directory.update(
            builder,
            id,
            new ServiceForm(
                "Klusbus " + suffix,
                "Ook tuinklussen.",
                "06-1",
                "ma",
                "Dorpsstraat 1",
                52.1,
                5.1,
                Set.of(2L, 3L)
            )
        );

        ServiceView changed = directory.find(id).orElseThrow();
        assertThat(changed.purpose()).isEqualTo("Ook tuinklussen.");
        assertThat(changed.lat()).isEqualTo(52.1);
        assertThat(changed.neighbourhoods())
            .extracting(ServiceView.Neighbourhood::id)
            .containsExactlyInAnyOrder(2L, 3L);
        assertThat(directory.inNeighbourhood(1)).extracting(ServiceView::id).doesNotContain(id);

        directory.delete(builder, id);

        assertThat(directory.find(id)).isEmpty();
        assertThat(events.stream(ServiceChanged.class)).containsExactly(
            new ServiceChanged(id),
            new ServiceChanged(id),
            new ServiceChanged(id)
        );
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        var bad = new ServiceForm(
            "  ",
            "x".repeat(1001),
            "x".repeat(301),
            "x".repeat(301),
            "x".repeat(201),
            99.0,
            null,
            Set.of(1L, 987_654L)
        );

        assertThatThrownBy(() -> directory.create(builder, bad)).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                    org.assertj.core.groups.Tuple.tuple("name", "services.name.required"),
                    org.assertj.core.groups.Tuple.tuple("purpose", "services.purpose.too-long"),
                    org.assertj.core.groups.Tuple.tuple("contact", "services.contact.too-long"),
                    org.assertj.core.groups.Tuple.tuple("openingHours", "services.opening-hours.too-long"),
                    org.assertj.core.groups.Tuple.tuple("address", "services.address.too-long"),
                    org.assertj.core.groups.Tuple.tuple("lon", "services.lon.missing"),
                    org.assertj.core.groups.Tuple.tuple("lat", "services.lat.outside"),
                    org.assertj.core.groups.Tuple.tuple("neighbourhoods", "services.neighbourhoods.unknown")
                )
        );
        assertThatThrownBy(() ->
            directory.create(builder, new ServiceForm("A " + suffix, "", "", "", "", null, 8.0, Set.of()))
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly(
                    "services.purpose.required",
                    "services.lat.missing",
                    "services.lon.outside",
                    "services.neighbourhoods.required"
                )
        );
        assertThat(directory.all()).extracting(ServiceView::name).doesNotContain("A " + suffix);
        assertThat(events.stream(ServiceChanged.class)).isEmpty();
    }

    @Test
    void aNameIsUsedOnceButAServiceKeepsItsOwnName() {
        long id = directory.create(builder, form("Kledingbank " + suffix, Set.of(1L)));

        assertThatThrownBy(() ->
            directory.create(admin, form("Kledingbank " + suffix, Set.of(2L)))
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "services.name.taken"))
        );
        directory.update(builder, id, form("Kledingbank " + suffix, Set.of(1L, 2L)));
        assertThat(directory.find(id).orElseThrow().neighbourhoods()).hasSize(2);
    }

    @Test
    void htmlIsStoredAsTextAndShownEscaped() throws Exception {
        String name = "<script>alert('" + suffix + "')</script>";
        long id = directory.create(
            admin,
            new ServiceForm(name, "<b onclick=\"x()\">vet</b>", "", "", "", null, null, Set.of(1L))
        );

        assertThat(directory.find(id).orElseThrow().name()).isEqualTo(name);
        String html = mvc
            .perform(get("/services").with(user(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
            .doesNotContain(name)
            .doesNotContain("<b onclick")
            .contains("&lt;script&gt;alert(&#39;" + suffix + "&#39;)&lt;/script&gt;")
            .contains("&lt;b onclick=&quot;x()&quot;&gt;vet&lt;/b&gt;");
    }

    @Test
    void aBuilderMayNotReachOutsideHerNeighbourhoods() {
        CurrentUser onlyFirst = new CurrentUser(
            builder.accountId(),
            null,
            "Bouwer",
            "bouwer@example.org",
            "",
            Set.of(Role.COMMUNITY_BUILDER),
            new Scope(null, null, Set.of(), Set.of(1L))
        );
        CurrentUser resident = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        long shared = directory.create(builder, form("Gedeeld " + suffix, Set.of(1L, 2L)));

        assertThatThrownBy(() ->
            directory.create(onlyFirst, form("Buiten " + suffix, Set.of(1L, 2L)))
        ).isInstanceOfSatisfying(NotPermitted.class, e ->
            assertThat(e.messageKey()).isEqualTo("services.neighbourhood.not-yours")
        );
        assertThatThrownBy(() ->
            directory.update(onlyFirst, shared, form("Gedeeld " + suffix, Set.of(1L)))
        ).isInstanceOfSatisfying(NotPermitted.class, e -> assertThat(e.messageKey()).isEqualTo("services.not-yours"));
        assertThatThrownBy(() -> directory.delete(onlyFirst, shared)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> directory.create(resident, form("Bewoner " + suffix, Set.of(1L)))).isInstanceOf(
            NotPermitted.class
        );
        assertThat(directory.find(shared).orElseThrow().neighbourhoods()).hasSize(2);
        assertThat(directory.all())
            .extracting(ServiceView::name)
            .doesNotContain("Buiten " + suffix, "Bewoner " + suffix);
    }

    private static ServiceForm form(String name, Set<Long> neighbourhoods) {
        return new ServiceForm(name, "Kleine klussen in huis.", "", "", "", null, null, neighbourhoods);
    }
}
