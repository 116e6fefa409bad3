package nl.buurtkracht.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.place.internal.PlaceStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The line every page shows beside a place, read from the database at a fixed moment, in Dutch
 * and English: open now, when it opens, and "Gesloten tot 1 juli: verbouwing".
 */
@SpringBootTest
class PlaceStatusIntegrationTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlaceStore store;

    @Autowired
    MessageSource messages;

    PlaceFixtures fixtures;
    PlaceFixtures.APlace place;

    @BeforeEach
    void aPlace() {
        fixtures = new PlaceFixtures(jdbc);
        place = fixtures.aPlaceOpenEveryDayInANewNeighbourhood();
    }

    /** The read API as it answers at this local moment in Amsterdam. */
    private Places at(String localDateTime) {
        Clock clock = Clock.fixed(
            LocalDateTime.parse(localDateTime).atZone(OpeningHours.ZONE).toInstant(),
            OpeningHours.ZONE
        );
        return new Places(jdbc, store, new PlaceTexts(messages, clock), clock);
    }

    @Test
    void openNowClosedNowAndWhenItOpensInDutchAndEnglish() {
        assertThat(at("2026-11-23T10:00").statusLine(place.id(), DUTCH).text()).isEqualTo("Nu open, tot 22:00");
        assertThat(at("2026-11-23T10:00").statusLine(place.id(), Locale.ENGLISH).text()).isEqualTo(
            "Open now, until 22:00"
        );
        assertThat(at("2026-11-23T07:00").statusLine(place.id(), DUTCH).text()).isEqualTo(
            "Nu gesloten, opent vandaag om 8:00"
        );
        assertThat(at("2026-11-23T23:00").statusLine(place.id(), DUTCH).text()).isEqualTo(
            "Nu gesloten, opent morgen om 8:00"
        );
    }

    @Test
    void closedUntilTheFirstOfJulyForBuildingWork() {
        fixtures.closed(place.id(), LocalDate.parse("2026-11-20"), LocalDate.parse("2027-07-01"), "verbouwing");
        Places inNovember = at("2026-11-23T10:00");

        PlaceStatusLine dutch = inNovember.statusLine(place.id(), DUTCH);
        assertThat(dutch.text()).isEqualTo("Gesloten tot 1 juli 2027: verbouwing");
        assertThat(dutch.closedForAWhile()).isTrue();
        assertThat(inNovember.statusLine(place.id(), Locale.ENGLISH).text()).isEqualTo(
            "Closed until 1 July 2027: verbouwing"
        );
        assertThat(at("2027-03-01T10:00").statusLine(place.id(), DUTCH).text()).isEqualTo(
            "Gesloten tot 1 juli: verbouwing"
        );
        assertThat(inNovember.closureOn(place.id(), LocalDate.parse("2027-06-30"))).contains(
            new PlaceClosure(LocalDate.parse("2026-11-20"), LocalDate.parse("2027-07-01"), "verbouwing")
        );
        assertThat(inNovember.closureOn(place.id(), LocalDate.parse("2027-07-01"))).isEmpty();
        // The day it opens again: open as usual.
        assertThat(at("2027-07-01T10:00").statusLine(place.id(), DUTCH).open()).isTrue();
    }

    @Test
    void aHolidayAndClosedUntilFurtherNotice() {
        fixtures.closed(place.id(), LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"), "Kerst");
        fixtures.closed(place.id(), LocalDate.parse("2027-02-01"), null, "");

        assertThat(at("2026-12-25T10:00").statusLine(place.id(), DUTCH).text()).isEqualTo("Vandaag gesloten: Kerst");
        assertThat(at("2026-12-24T23:00").statusLine(place.id(), DUTCH).text()).isEqualTo(
            "Nu gesloten, opent zaterdag om 8:00"
        );
        assertThat(at("2027-03-01T10:00").statusLine(place.id(), DUTCH).text()).isEqualTo("Gesloten tot nader bericht");
    }

    @Test
    void aListAsksOnceForManyPlaces() {
        var other = fixtures.aPlaceOpenEveryDayInANewNeighbourhood();
        fixtures.closed(other.id(), LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-01"), "");

        var lines = at("2026-11-23T10:00").statusLines(List.of(place.id(), other.id()), DUTCH);

        assertThat(lines.get(place.id()).open()).isTrue();
        assertThat(lines.get(other.id()).text()).isEqualTo("Gesloten tot 1 december");
    }

    @Test
    void theSummaryOtherModulesShow() {
        assertThat(at("2026-11-23T10:00").summary(place.id())).contains(
            new PlaceSummary(place.id(), place.name(), "Teststraat 1", place.neighbourhoodId(), 52.1, 5.1)
        );
    }
}
