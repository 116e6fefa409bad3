package nl.buurtkracht.help.web;

import java.util.List;
import java.util.Locale;
import nl.buurtkracht.help.ArrangementView;
import nl.buurtkracht.help.Arrangements;
import nl.buurtkracht.help.AskView;
import nl.buurtkracht.help.Asks;
import nl.buurtkracht.help.OfferView;
import nl.buurtkracht.help.Offers;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.people.Residents;
import nl.buurtkracht.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The help page: ask or offer in one tap, neighbours' offers to say yes to, one's own asks, offers
 * and regular arrangements, and neighbours nearby who would like a hand. A helper nobody has asked
 * yet sees other ways to matter instead of an empty page.
 */
@Controller
class HelpController {

    static final int SHOWN = 20;

    private final Asks asks;
    private final Offers offers;
    private final Arrangements arrangements;
    private final Initiatives initiatives;
    private final Residents residents;
    private final HelpWords words;

    HelpController(
        Asks asks,
        Offers offers,
        Arrangements arrangements,
        Initiatives initiatives,
        Residents residents,
        HelpWords words
    ) {
        this.asks = asks;
        this.offers = offers;
        this.arrangements = arrangements;
        this.initiatives = initiatives;
        this.residents = residents;
        this.words = words;
    }

    /** An ask as a line on the page: the ask and when, in words. */
    record AskLine(AskView ask, String when) {}

    @GetMapping("/help")
    String overview(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        List<OfferView> mine = offers.mine(user);
        List<AskView> helping = asks.helping(user);
        List<ArrangementView> regular = arrangements.of(user);
        List<AskView> openNear = asks.openNear(user, SHOWN);
        boolean idleHelper =
            mine.stream().anyMatch(OfferView::active) &&
            helping.isEmpty() &&
            regular.stream().noneMatch(ArrangementView::iAmHelper);
        model.addAttribute("offersForMe", offers.forMe(user, SHOWN));
        model.addAttribute("myAsks", lines(asks.mine(user), locale));
        model.addAttribute("helping", lines(helping, locale));
        model.addAttribute("arrangements", regular);
        model.addAttribute("openNear", lines(openNear, locale));
        model.addAttribute("myOffers", mine);
        model.addAttribute("idleHelper", idleHelper);
        model.addAttribute("companyWanted", idleHelper ? lines(asks.companyWanted(user, 5), locale) : List.of());
        model.addAttribute(
            "tasks",
            idleHelper && user.scope().homeNeighbourhoodId() != null
                ? initiatives.tasksNeedingHands(List.of(user.scope().homeNeighbourhoodId()), 5)
                : List.of()
        );
        model.addAttribute("represented", residents.representedBy(user.accountId()));
        model.addAttribute(
            "unanswered",
            user
                .scope()
                .builderNeighbourhoodIds()
                .stream()
                .sorted()
                .flatMap(n -> lines(asks.unanswered(user, n, SHOWN), locale).stream())
                .toList()
        );
        return "help/index";
    }

    List<AskLine> lines(List<AskView> list, Locale locale) {
        return list
            .stream()
            .map(a -> new AskLine(a, words.when(a, locale)))
            .toList();
    }
}
