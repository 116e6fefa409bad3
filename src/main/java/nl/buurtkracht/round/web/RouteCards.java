package nl.buurtkracht.round.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.system.PrintedPages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Printable route cards: one A4 per volunteer with the stops in order, the address and practical
 * notes of each, a small map drawn from our own coordinates, the text of the card that goes with
 * the cake, and a QR code to the same list on the phone where stops are ticked.
 */
@Component
class RouteCards {

    /** One volunteer's card. {@code tickPath} is the page where the volunteer ticks the stops. */
    record Card(
        String volunteerName,
        String roundName,
        String day,
        String mode,
        String startLabel,
        double startLat,
        double startLon,
        String cardText,
        String tickPath,
        List<Stop> stops
    ) {}

    /** A stop on the card, in the order of the walk. */
    record Stop(
        int position,
        String arrival,
        String name,
        String address,
        String window,
        String notes,
        double lat,
        double lon
    ) {}

    /** A card as the template shows it: the card, its map and its QR code. */
    record Printed(Card card, String map, String qr, String tickUrl) {}

    private final ITemplateEngine templates;
    private final String publicUrl;

    RouteCards(ITemplateEngine templates, @Value("${buurtkracht.public-url}") String publicUrl) {
        this.templates = templates;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** One PDF with a page per card, for the coordinator to print them all at once. */
    byte[] pdf(List<Card> cards, Locale locale) {
        List<Printed> printed = cards
            .stream()
            .map(c -> {
                String url = publicUrl + c.tickPath();
                return new Printed(
                    c,
                    RouteMap.image(
                        new RouteMap.Point(c.startLat(), c.startLon()),
                        c
                            .stops()
                            .stream()
                            .map(s -> new RouteMap.Point(s.lat(), s.lon()))
                            .toList()
                    ),
                    PrintedPages.qrImage(url),
                    url.replaceFirst("^https?://", "")
                );
            })
            .toList();
        return PrintedPages.toPdf(
            templates.process("round/route-cards", new Context(locale, Map.of("cards", printed)))
        );
    }
}
