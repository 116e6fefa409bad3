package nl.buurtkracht.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.area.AreaViews.StreetView;
import nl.buurtkracht.people.HouseholdCodes.Letter;
import nl.buurtkracht.people.NeighbourhoodOverview;
import nl.buurtkracht.system.PrintedPages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns household letters into one printable PDF, an A4 page per address, so that a community
 * builder can post every household its code. Public because the letters page in {@code web} calls
 * {@link #render}; everything else stays inside the module.
 */
@Component
public class LetterPdf {

    /** One letter as the template shows it: the address, the code, its expiry and a QR code. */
    record Page(String houseLabel, String postcode, String printedCode, String expires, String qrImage) {}

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final ITemplateEngine templates;
    private final NeighbourhoodOverview overview;
    private final Clock clock;
    private final String publicUrl;

    LetterPdf(
        ITemplateEngine templates,
        NeighbourhoodOverview overview,
        Clock clock,
        @Value("${buurtkracht.public-url}") String publicUrl
    ) {
        this.templates = templates;
        this.overview = overview;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The letters of one street as a PDF, in the language of {@code locale}. */
    public byte[] render(StreetView street, List<Letter> letters, Locale locale) {
        var context = new Context(
            locale,
            Map.of(
                "street",
                street,
                "pages",
                letters.stream().map(this::page).toList(),
                "joinAddress",
                publicUrl.replaceFirst("^https?://", "") + "/join",
                "today",
                LocalDate.now(clock).format(DATE),
                "builders",
                String.join(", ", overview.builders(street.neighbourhoodId()))
            )
        );
        return PrintedPages.toPdf(templates.process("letters/letter", context));
    }

    Page page(Letter letter) {
        var address = letter.address();
        return new Page(
            address.houseLabel(),
            address.postcode().substring(0, 4) + " " + address.postcode().substring(4),
            letter.printedCode(),
            letter.expiresAt().atZone(clock.getZone()).format(DATE),
            PrintedPages.qrImage(publicUrl + "/join?code=" + letter.code())
        );
    }
}
