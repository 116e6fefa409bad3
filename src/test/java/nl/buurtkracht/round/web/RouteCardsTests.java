package nl.buurtkracht.round.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Route cards print a page per volunteer with the stops in order, their notes, the card text and the map. */
@SpringBootTest
class RouteCardsTests {

    @Autowired
    RouteCards cards;

    @Test
    void eachVolunteerGetsAPageWithTheStopsInOrderAndWhatIsGoodToKnow() throws IOException {
        var ans = new RouteCards.Card(
            "Ans",
            "TaartExpress",
            "donderdag 10 december",
            "WALKING",
            "Bakkerij De Linde",
            52.0,
            5.0,
            "Een plak taart van uw buren. Hoe gaat het met u?",
            "/rounds/1/days/2026-12-10/mine",
            List.of(
                new RouteCards.Stop(
                    1,
                    "14:05",
                    "Mevrouw Jansen",
                    "Rozenstraat 12",
                    "14:00 en 16:00",
                    "Bel twee keer aan",
                    52.001,
                    5.001
                ),
                new RouteCards.Stop(
                    2,
                    "14:20",
                    "Meneer De Vries",
                    "Rozenstraat 30",
                    "14:00 en 17:00",
                    "Liever niet voor 14:00",
                    52.002,
                    5.003
                )
            )
        );
        var piet = new RouteCards.Card(
            "Piet",
            "TaartExpress",
            "donderdag 10 december",
            "CYCLING",
            "Bakkerij De Linde",
            52.0,
            5.0,
            "",
            "/rounds/1/days/2026-12-10/mine",
            List.of()
        );
        byte[] pdf = cards.pdf(List.of(ans, piet), Locale.forLanguageTag("nl"));
        // Kept beside the journeys' screenshots, to be looked at.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "route-cards.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            var stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertThat(first).contains(
                "Route van Ans: TaartExpress",
                "lopend, vanaf Bakkerij De Linde",
                "Bel twee keer aan",
                "Hoe gaat het met u?"
            );
            assertThat(first.indexOf("Mevrouw Jansen")).isLessThan(first.indexOf("Meneer De Vries"));
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("Route van Piet", "op de fiets", "Deze keer geen adressen");
            assertThat(document.getPage(0).getResources().getXObjectNames())
                .as("the map and the QR code")
                .hasSizeGreaterThanOrEqualTo(2);
        }
    }
}
