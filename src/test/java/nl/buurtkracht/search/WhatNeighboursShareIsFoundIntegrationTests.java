package nl.buurtkracht.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.buurtkracht.activity.Activities;
import nl.buurtkracht.activity.ActivityForm;
import nl.buurtkracht.activity.ActivityManagement;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.initiative.InitiativeForm;
import nl.buurtkracht.initiative.InitiativeManagement;
import nl.buurtkracht.initiative.InitiativeState;
import nl.buurtkracht.place.MeetingPlaces;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Meeting places, activities and what neighbours do together are found in the Dutch search and shown on the asset map. */
@SpringBootTest
class WhatNeighboursShareIsFoundIntegrationTests {

    @Autowired
    NeighbourhoodSearch search;

    @Autowired
    AssetMap assetMap;

    @Autowired
    InitiativeManagement initiatives;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    MeetingPlaces places;

    @Test
    void aMeetingPlaceIsFoundByItsNameAndShownOnTheMapOfItsNeighbourhood() {
        CurrentUser ria = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        var linde = places
            .inNeighbourhoods(java.util.List.of(ria.scope().homeNeighbourhoodId()))
            .stream()
            .filter(p -> p.name().startsWith("Buurthuis"))
            .findFirst()
            .orElseThrow();

        assertThat(search.search(ria, "buurthuis", null).hits())
            .extracting(NeighbourhoodSearch.Hit::kind, NeighbourhoodSearch.Hit::path)
            .contains(org.assertj.core.groups.Tuple.tuple("PLACE", "/places/" + linde.id()));
        assertThat(assetMap.of(ria, AreaLevel.STREET, ria.scope().homeStreetId(), AssetFilter.NONE).places())
            .extracting(p -> p.id())
            .contains(linde.id());
    }

    @Autowired
    ActivityManagement activityManagement;

    @Autowired
    Activities activities;

    @Test
    void aComingActivityIsFoundByItsNameAndListedForItsAreaUntilItIsCalledOff() {
        CurrentUser samira = accounts.findByLogin(DemoData.COMMUNITY_BUILDER).orElseThrow();
        CurrentUser ria = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        String word = "sjoelen" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        long id = activityManagement.organise(
            samira,
            new ActivityForm(
                "Sjoelmiddag " + word,
                "",
                ria.scope().homeNeighbourhoodId(),
                null,
                "Speeltuin",
                "",
                null,
                "",
                activities.today().plusDays(5),
                java.time.LocalTime.of(14, 0),
                java.time.LocalTime.of(16, 0),
                "",
                null,
                false
            ),
            null
        );

        assertThat(search.search(ria, word, null).hits())
            .extracting(NeighbourhoodSearch.Hit::kind, NeighbourhoodSearch.Hit::path)
            .contains(org.assertj.core.groups.Tuple.tuple("ACTIVITY", "/activities/" + id));
        assertThat(
            assetMap.of(ria, AreaLevel.NEIGHBOURHOOD, ria.scope().homeNeighbourhoodId(), AssetFilter.NONE).activities()
        )
            .extracting(a -> a.id())
            .contains(id);

        activityManagement.callOff(samira, id);
        assertThat(search.search(ria, word, null).hits()).extracting(NeighbourhoodSearch.Hit::id).doesNotContain(id);
    }

    @Test
    void anInitiativeIsFoundByAWordOfWhatItDoesAndDisappearsWhenItEnds() {
        CurrentUser ria = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        String word = "klaverjas" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        long id = initiatives.start(
            ria,
            new InitiativeForm(
                "Kaartclub",
                "Elke week " + word + " in het buurthuis",
                "",
                "",
                ria.scope().homeNeighbourhoodId()
            ),
            null
        );

        var hits = search.search(ria, word, null).hits();
        assertThat(hits)
            .extracting(NeighbourhoodSearch.Hit::kind, NeighbourhoodSearch.Hit::id)
            .contains(org.assertj.core.groups.Tuple.tuple("INITIATIVE", id));
        assertThat(
            hits
                .stream()
                .filter(h -> h.id() == id)
                .findFirst()
                .orElseThrow()
                .path()
        ).isEqualTo("/initiatives/" + id);
        assertThat(
            assetMap.of(ria, AreaLevel.NEIGHBOURHOOD, ria.scope().homeNeighbourhoodId(), AssetFilter.NONE).initiatives()
        )
            .extracting(i -> i.id())
            .contains(id);

        initiatives.changeState(ria, id, InitiativeState.ENDED, "");
        assertThat(search.search(ria, word, null).hits()).extracting(NeighbourhoodSearch.Hit::id).doesNotContain(id);
        assertThat(
            assetMap.of(ria, AreaLevel.NEIGHBOURHOOD, ria.scope().homeNeighbourhoodId(), AssetFilter.NONE).initiatives()
        )
            .extracting(i -> i.id())
            .doesNotContain(id);
    }
}
