package nl.buurtkracht.people.web;

import nl.buurtkracht.area.Areas;
import nl.buurtkracht.people.AreaAccess;
import nl.buurtkracht.people.NeighbourhoodOverview;
import nl.buurtkracht.people.StreetDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The street page (who lives here, as far as they share it) and the neighbourhood pages. */
@Controller
class StreetController {

    private final StreetDirectory directory;
    private final NeighbourhoodOverview overview;
    private final Areas areas;
    private final AreaAccess access;

    StreetController(StreetDirectory directory, NeighbourhoodOverview overview, Areas areas, AreaAccess access) {
        this.directory = directory;
        this.overview = overview;
        this.areas = areas;
        this.access = access;
    }

    @GetMapping("/streets/{id}")
    String street(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", directory.street(user, id));
        return "street";
    }

    @GetMapping("/neighbourhoods")
    String neighbourhoods(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("municipality", areas.municipality().orElse(null));
        model.addAttribute(
            "neighbourhoods",
            areas
                .neighbourhoods()
                .stream()
                .filter(n -> access.maySeeNeighbourhood(user, n.id()))
                .toList()
        );
        return "neighbourhoods";
    }

    @GetMapping("/neighbourhoods/{id}")
    String neighbourhood(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var neighbourhood = areas.neighbourhood(id).orElseThrow(() -> new NotFound("neighbourhood " + id));
        access.requireNeighbourhoodVisible(user, id);
        model.addAttribute("neighbourhood", neighbourhood);
        model.addAttribute("streets", overview.streets(id));
        model.addAttribute("builders", overview.builders(id));
        // Street pages show names, so the analyst (aggregates only) gets the list without links.
        model.addAttribute("mayOpenStreets", !user.has(Role.MUNICIPALITY_ANALYST) || user.has(Role.ADMINISTRATOR));
        return "neighbourhood";
    }
}
