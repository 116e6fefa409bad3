package nl.buurtkracht.people.web;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.buurtkracht.area.AreaViews.NeighbourhoodView;
import nl.buurtkracht.area.AreaViews.StreetView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.people.AreaAccess;
import nl.buurtkracht.people.HouseholdCodes;
import nl.buurtkracht.people.HouseholdCodes.Letter;
import nl.buurtkracht.people.internal.LetterPdf;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A community builder prints the household letters of a street, so that every address gets its code. */
@Controller
@RequestMapping("/letters")
class LettersController {

    /** The street picked on the form; text, so that a tampered value is refused with a message. */
    record LetterForm(@Nullable String streetId) {}

    /** The streets of one neighbourhood: one {@code <optgroup>} of the street list. */
    record StreetGroup(NeighbourhoodView neighbourhood, List<StreetView> streets) {}

    private final HouseholdCodes codes;
    private final LetterPdf pdf;
    private final Areas areas;
    private final AreaAccess access;
    private final FormErrors formErrors;

    LettersController(HouseholdCodes codes, LetterPdf pdf, Areas areas, AreaAccess access, FormErrors formErrors) {
        this.codes = codes;
        this.pdf = pdf;
        this.areas = areas;
        this.access = access;
        this.formErrors = formErrors;
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new LetterForm(null));
        return page(user, model);
    }

    /**
     * The PDF download, or the form again with the reason when the street cannot be used. Declared
     * as {@code Object} because Spring MVC picks the handling by the returned value: a view name or
     * the PDF.
     */
    @PostMapping
    Object letters(
        @ModelAttribute("form") LetterForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        StreetView street;
        List<Letter> letters;
        try {
            street = chosenStreet(form);
            access.requireMayPrintLettersFor(user, street);
            letters = codes.issueForStreet(street.id());
            if (letters.isEmpty()) {
                throw InvalidInput.of("streetId", "letters.street.empty");
            }
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return page(user, model);
        }
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("brieven-" + slug(street.name()) + ".pdf").build().toString()
            )
            // The codes are keys to the street: no copies in caches.
            .cacheControl(CacheControl.noStore())
            .body(pdf.render(street, letters, locale));
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("groups", streetGroups(user));
        return "letters/form";
    }

    /** Builders see the neighbourhoods they work in, administrators every neighbourhood. */
    private List<StreetGroup> streetGroups(CurrentUser user) {
        List<NeighbourhoodView> neighbourhoods = user.has(Role.ADMINISTRATOR)
            ? areas.neighbourhoods()
            : user
                .scope()
                .builderNeighbourhoodIds()
                .stream()
                .map(areas::neighbourhood)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(NeighbourhoodView::name))
                .toList();
        return neighbourhoods
            .stream()
            .map(n -> new StreetGroup(n, areas.streetsIn(n.id())))
            .filter(g -> !g.streets().isEmpty())
            .toList();
    }

    private StreetView chosenStreet(LetterForm form) {
        String raw = form.streetId() == null ? "" : form.streetId().strip();
        if (raw.isEmpty()) {
            throw InvalidInput.of("streetId", "letters.street.required");
        }
        try {
            return areas
                .street(Long.parseLong(raw))
                .orElseThrow(() -> InvalidInput.of("streetId", "letters.street.unknown"));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("streetId", "letters.street.unknown");
        }
    }

    /** "Hoofdstraat Oost" → "hoofdstraat-oost": a file name without spaces or accents. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-)|(-$)", "");
        return plain.isEmpty() ? "straat" : plain;
    }
}
