package nl.buurtkracht.people;

import static nl.buurtkracht.people.ProfileFixtures.item;
import static nl.buurtkracht.people.ProfileFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A resident fills in her strengths; each item reaches exactly the audience she chose for it. */
@SpringBootTest
@RecordApplicationEvents
class ProfileIntegrationTests {

    @Autowired
    Profiles profiles;

    @Autowired
    Registration registration;

    @Autowired
    ConsentLedger consent;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Areas areas;

    @Autowired
    ApplicationEvents events;

    HostAndBuilderFixtures area;
    ProfileFixtures people;
    Street street;
    CurrentUser owner;

    @BeforeEach
    void aResident() {
        area = new HostAndBuilderFixtures(jdbc, accounts, areas);
        people = new ProfileFixtures(jdbc, accounts);
        street = area.aStreetInANewNeighbourhood(4);
        owner = people.aResidentAt(street.addressIds().getFirst());
    }

    @Test
    void savingReplacesTheWholeProfileAndTellsOthers() {
        profiles.save(owner, owner.residentId(), update(item("TALENT", "koken", null, "STREET")));
        profiles.save(
            owner,
            owner.residentId(),
            new ProfileUpdate(
                List.of(
                    item("TALENT", "bakken", null, "STREET"),
                    item("TALENT", null, "  soep maken ", "BLOCK"),
                    item("TALENT", null, "Soep maken", "BLOCK"),
                    item("LANGUAGE", "turks", "whatever is sent", "NEIGHBOURHOOD")
                ),
                " Ik woon hier al veertig jaar. ",
                "ONLY_ME",
                "NEIGHBOURHOOD"
            )
        );

        ProfileView view = profiles.profileOf(owner.residentId());
        assertThat(view.items())
            .extracting(
                ProfileView.Item::kind,
                ProfileView.Item::tag,
                ProfileView.Item::label,
                ProfileView.Item::visibility
            )
            .containsExactly(
                tuple(ProfileItemKind.TALENT, "bakken", "Bakken", Visibility.STREET),
                tuple(ProfileItemKind.TALENT, null, "soep maken", Visibility.BLOCK),
                tuple(ProfileItemKind.LANGUAGE, "turks", "Turks", Visibility.NEIGHBOURHOOD)
            );
        assertThat(view.about()).isEqualTo("Ik woon hier al veertig jaar.");
        assertThat(view.aboutVisibility()).isEqualTo(Visibility.ONLY_ME);
        assertThat(view.ageBandVisibility()).isEqualTo(Visibility.NEIGHBOURHOOD);
        assertThat(view.ageBand()).isNotNull();
        assertThat(events.stream(ProfileUpdated.class)).contains(new ProfileUpdated(owner.residentId()));
    }

    @Test
    void oneBadItemSavesNothingAndEveryBadFieldIsNamed() {
        profiles.save(owner, owner.residentId(), update(item("TALENT", "koken", null, "STREET")));

        assertThatThrownBy(() ->
            profiles.save(
                owner,
                owner.residentId(),
                new ProfileUpdate(
                    List.of(
                        new ProfileUpdate.Item("items[0]", "TALENT", "bakken", null, "STREET"),
                        new ProfileUpdate.Item("items[1]", "TALENT", null, "x".repeat(81), "STREET"),
                        new ProfileUpdate.Item("items[2]", "OFFER", "vliegtuig-vliegen", null, "STREET"),
                        new ProfileUpdate.Item("items[3]", "LIKE", null, "lezen", "EVERYBODY"),
                        new ProfileUpdate.Item("items[4]", "HOBBY", null, "dansen", "STREET"),
                        new ProfileUpdate.Item("items[5]", "LIKE", null, "   ", "STREET")
                    ),
                    "y".repeat(501),
                    "WORLD",
                    null
                )
            )
        ).isInstanceOfSatisfying(InvalidInput.class, e ->
            assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                    tuple("items[1].label", "profile.text.too-long"),
                    tuple("items[2].tag", "profile.tag.unknown"),
                    tuple("items[3].visibility", "profile.visibility.unknown"),
                    tuple("items[4].kind", "profile.kind.unknown"),
                    tuple("items[5].label", "profile.text.required"),
                    tuple("about", "profile.text.too-long"),
                    tuple("aboutVisibility", "profile.visibility.unknown"),
                    tuple("ageBandVisibility", "profile.visibility.unknown")
                )
        );

        assertThat(profiles.profileOf(owner.residentId()).items())
            .extracting(ProfileView.Item::tag)
            .containsExactly("koken");
    }

    @Test
    void htmlInALabelIsStoredAsTheTextItIs() {
        String script = "<script>alert('hoi')</script>";
        profiles.save(owner, owner.residentId(), update(item("LIKE", null, script, "STREET")));

        assertThat(profiles.profileOf(owner.residentId()).items())
            .extracting(ProfileView.Item::label)
            .containsExactly(script);
    }

    @Test
    void eachItemReachesOnlyTheAudienceChosenForIt() {
        CurrentUser sameBlock = people.aResidentAt(street.addressIds().get(1));
        people.moveToNewBlock(street.id(), street.addressIds().get(2));
        CurrentUser sameStreet = people.aResidentAt(street.addressIds().get(2));
        Street nextStreet = area.aStreetIn(street.neighbourhoodId(), 1);
        CurrentUser sameNeighbourhood = people.aResidentAt(nextStreet.addressIds().getFirst());
        Street elsewhere = area.aStreetInANewNeighbourhood(1);
        CurrentUser otherNeighbourhood = people.aResidentAt(elsewhere.addressIds().getFirst());
        CurrentUser builder = area.aBuilderIn(List.of(street.neighbourhoodId()));
        CurrentUser otherBuilder = area.aBuilderIn(List.of(elsewhere.neighbourhoodId()));
        profiles.save(
            owner,
            owner.residentId(),
            new ProfileUpdate(
                List.of(
                    item("TALENT", null, "alleen-ik", "ONLY_ME"),
                    item("TALENT", null, "blok", "BLOCK"),
                    item("TALENT", null, "straat", "STREET"),
                    item("TALENT", null, "buurt", "NEIGHBOURHOOD"),
                    item("TALENT", null, "opbouwwerker", "BUILDER")
                ),
                "",
                "STREET",
                "STREET"
            )
        );

        assertThat(seenBy(owner)).containsExactly("alleen-ik", "blok", "straat", "buurt", "opbouwwerker");
        assertThat(seenBy(sameBlock)).containsExactly("blok", "straat", "buurt");
        assertThat(seenBy(sameStreet)).containsExactly("straat", "buurt");
        assertThat(seenBy(sameNeighbourhood)).containsExactly("buurt");
        assertThat(seenBy(otherNeighbourhood)).isEmpty();
        assertThat(seenBy(builder)).containsExactly("buurt", "opbouwwerker");
        assertThat(seenBy(otherBuilder)).isEmpty();
    }

    @Test
    void aRepresentativeFillsItInOnlyWhileTheNeighbourLetsThemAndEachReadIsLogged() {
        CurrentUser host = area.aHostOf(street);
        long truus = registration.registerAssisted(
            host,
            new AssistedRequest("Truus", street.postcode(), "3", null, 1938, true, true, ConsentMethod.VERBAL)
        );

        profiles.save(host, truus, update(item("OFFER", "gezelschap", null, "STREET")));
        profiles.readFor(host, truus, "/neighbours/" + truus + "/profile");
        assertThat(area.count("sensitive_read", "subject_resident_id = ? and data_kind = 'profile'", truus)).isEqualTo(
            1
        );

        consent.record(truus, ConsentPurpose.ACT_ON_BEHALF, false, host.accountId(), true, ConsentMethod.VERBAL);
        assertThatThrownBy(() ->
            profiles.save(host, truus, update(item("OFFER", "klusjes", null, "STREET")))
        ).isInstanceOfSatisfying(NotPermitted.class, e -> assertThat(e.messageKey()).isEqualTo("profile.not-yours"));
        assertThatThrownBy(() -> profiles.readFor(host, truus, "test")).isInstanceOf(NotPermitted.class);
        assertThat(profiles.profileOf(truus).items()).extracting(ProfileView.Item::tag).containsExactly("gezelschap");
        assertThat(area.count("sensitive_read", "subject_resident_id = ? and data_kind = 'profile'", truus)).isEqualTo(
            1
        );
    }

    @Test
    void aNeighbourCannotChangeSomeoneElsesProfile() {
        CurrentUser neighbour = people.aResidentAt(street.addressIds().get(1));

        assertThatThrownBy(() ->
            profiles.save(neighbour, owner.residentId(), update(item("TALENT", "koken", null, "STREET")))
        ).isInstanceOf(NotPermitted.class);
    }

    private List<String> seenBy(CurrentUser viewer) {
        return profiles.visibleTo(viewer, owner.residentId()).stream().map(Profiles.VisibleItem::label).toList();
    }

    @Test
    void aNeighboursPageShowsAboutMeAndAgeBandOnlyToTheirAudienceAndNothingToStrangers() {
        CurrentUser sameBlock = people.aResidentAt(street.addressIds().get(1));
        people.moveToNewBlock(street.id(), street.addressIds().get(2));
        CurrentUser sameStreet = people.aResidentAt(street.addressIds().get(2));
        CurrentUser otherNeighbourhood = people.aResidentAt(area.aStreetInANewNeighbourhood(1).addressIds().getFirst());
        profiles.save(
            owner,
            owner.residentId(),
            new ProfileUpdate(
                List.of(item("TALENT", "koken", null, "STREET")),
                "Ik woon hier al lang.",
                "BLOCK",
                "BLOCK"
            )
        );

        Profiles.NeighbourProfile byBlock = profiles.neighbourProfile(sameBlock, owner.residentId());
        assertThat(byBlock.about()).isEqualTo("Ik woon hier al lang.");
        assertThat(byBlock.ageBand()).isEqualTo(nl.buurtkracht.shared.AgeBand.of(1950, java.time.Year.now()));
        Profiles.NeighbourProfile byStreet = profiles.neighbourProfile(sameStreet, owner.residentId());
        assertThat(byStreet.about()).isNull();
        assertThat(byStreet.ageBand()).isNull();
        assertThat(byStreet.items()).extracting(Profiles.VisibleItem::label).containsExactly("Koken");
        assertThatThrownBy(() -> profiles.neighbourProfile(otherNeighbourhood, owner.residentId())).isInstanceOf(
            NotPermitted.class
        );

        profiles.save(owner, owner.residentId(), new ProfileUpdate(List.of(), "", "STREET", "STREET"));
        assertThatThrownBy(() -> profiles.neighbourProfile(sameStreet, owner.residentId()))
            .as("an age band shared with the street by default does not make a name findable")
            .isInstanceOf(NotPermitted.class);
    }
}
