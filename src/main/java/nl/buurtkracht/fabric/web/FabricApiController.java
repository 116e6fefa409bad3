package nl.buurtkracht.fabric.web;

import nl.buurtkracht.fabric.FabricFigures;
import nl.buurtkracht.fabric.FabricFigures.NeighbourhoodFabric;
import nl.buurtkracht.fabric.FabricFigures.StreetFabric;
import nl.buurtkracht.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fabric of a neighbourhood or street as counts and shares from the last analytics run, never
 * names; a too small group comes back as {@code suppressed}, not as an error.
 */
@RestController
@RequestMapping("/api/v1")
class FabricApiController {

    private final FabricFigures figures;

    FabricApiController(FabricFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/neighbourhoods/{id}/fabric")
    NeighbourhoodFabric neighbourhood(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return figures.neighbourhood(user, id);
    }

    @GetMapping("/streets/{id}/fabric")
    StreetFabric street(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return figures.street(user, id);
    }
}
