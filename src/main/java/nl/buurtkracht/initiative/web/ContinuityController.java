package nl.buurtkracht.initiative.web;

import java.util.List;
import java.util.Locale;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.initiative.Continuity;
import nl.buurtkracht.initiative.ContinuityRow;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The community builder's continuity overview of the initiatives in one of her neighbourhoods. */
@Controller
class ContinuityController {

    /** A row of the overview with its warnings as sentences. */
    record Row(ContinuityRow initiative, List<InitiativeTexts.Warning> warnings) {}

    private final Continuity continuity;
    private final InitiativeTexts texts;
    private final Areas areas;

    ContinuityController(Continuity continuity, InitiativeTexts texts, Areas areas) {
        this.continuity = continuity;
        this.texts = texts;
        this.areas = areas;
    }

    @GetMapping("/neighbourhoods/{id}/continuity")
    String overview(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        var neighbourhood = areas.neighbourhood(id).orElseThrow(() -> new NotFound("neighbourhood " + id));
        model.addAttribute("neighbourhood", neighbourhood);
        model.addAttribute(
            "rows",
            continuity
                .overview(user, id)
                .stream()
                .map(row -> new Row(row, texts.warnings(row.warnings(), locale)))
                .toList()
        );
        return "initiative/continuity";
    }
}
