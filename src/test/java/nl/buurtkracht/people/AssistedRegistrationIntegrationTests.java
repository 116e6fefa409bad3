package nl.buurtkracht.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.people.HostAndBuilderFixtures.Street;
import nl.buurtkracht.people.Registration.AssistedRequest;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A street host registers a neighbour without email, who is then theirs to help, with consent on record. */
@SpringBootTest
@AutoConfigureMockMvc
class AssistedRegistrationIntegrationTests {

    @Autowired
    Registration registration;

    @Autowired
    Residents residents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Areas areas;

    HostAndBuilderFixtures fixtures;
    Street street;
    CurrentUser host;

    @BeforeEach
    void area() {
        fixtures = new HostAndBuilderFixtures(jdbc, accounts, areas);
        street = fixtures.aStreetInANewNeighbourhood(3);
        host = fixtures.aHostOf(street);
    }

    @Test
    void aHostRegistersANeighbourInTheirStreetAndActsForThem() {
        long id = registration.registerAssisted(host, request("Truus", street.postcode(), "2", true));

        Resident truus = residents.find(id).orElseThrow();
        assertThat(truus.assisted()).isTrue();
        assertThat(truus.addressId()).isEqualTo(street.addressIds().get(1));
        assertThat(truus.phone()).isEqualTo("030 123 4567");
        assertThat(truus.birthYear()).isEqualTo(1938);
        assertThat(residents.represents(host.accountId(), id)).isTrue();
        assertThat(residents.representedBy(host.accountId())).extracting(Resident::id).containsExactly(id);
        List<Map<String, Object>> consents = jdbc
            .sql(
                """
                select purpose, granted, method, on_behalf, recorded_by_account_id from consent_record
                where subject_resident_id = ? order by purpose"""
            )
            .param(id)
            .query()
            .listOfRows();
        assertThat(consents).containsExactly(
            Map.of(
                "purpose",
                "ACT_ON_BEHALF",
                "granted",
                true,
                "method",
                "VERBAL",
                "on_behalf",
                true,
                "recorded_by_account_id",
                host.accountId()
            ),
            Map.of(
                "purpose",
                "NAME_VISIBLE_TO_STREET",
                "granted",
                true,
                "method",
                "VERBAL",
                "on_behalf",
                true,
                "recorded_by_account_id",
                host.accountId()
            )
        );
    }

    @Test
    void withoutTheNeighboursAgreementNothingIsWritten() {
        String name = HostAndBuilderFixtures.named("Zonder Akkoord");

        assertThatThrownBy(() ->
            registration.registerAssisted(host, request(name, street.postcode(), "2", false))
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("agreedToRepresentation", "assisted.consent.required"))
        );

        assertThat(fixtures.count("resident", "display_name = ?", name)).isZero();
        assertThat(residents.representedBy(host.accountId())).isEmpty();
    }

    @Test
    void anAddressInAnotherStreetIsRefusedAndNothingIsWritten() {
        Street other = fixtures.aStreetIn(street.neighbourhoodId(), 2);
        String name = HostAndBuilderFixtures.named("Ergens Anders");

        assertThatThrownBy(() ->
            registration.registerAssisted(host, request(name, other.postcode(), "1", true))
        ).isInstanceOfSatisfying(NotPermitted.class, e ->
            assertThat(e.messageKey()).isEqualTo("access.address.outside-your-area")
        );

        assertThat(fixtures.count("resident", "display_name = ?", name)).isZero();
        assertThat(residents.representedBy(host.accountId())).isEmpty();
    }

    @Test
    void aBuilderMayRegisterAnywhereInHerNeighbourhood() {
        Street other = fixtures.aStreetIn(street.neighbourhoodId(), 2);
        CurrentUser builder = fixtures.aBuilderIn(List.of(street.neighbourhoodId()));

        long id = registration.registerAssisted(builder, request("Bep", other.postcode(), "1", true));

        assertThat(residents.represents(builder.accountId(), id)).isTrue();
        assertThat(residents.represents(host.accountId(), id)).isFalse();
    }

    private static AssistedRequest request(String name, String postcode, String houseNumber, boolean agreed) {
        return new AssistedRequest(
            name,
            postcode,
            houseNumber,
            "030 123 4567",
            1938,
            agreed,
            true,
            ConsentMethod.VERBAL
        );
    }
}
