package nl.buurtkracht.people.web;

import java.util.List;
import java.util.Set;
import nl.buurtkracht.area.AreaViews.NeighbourhoodView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.people.AreaAccess;
import nl.buurtkracht.people.NeighbourhoodOverview;
import nl.buurtkracht.people.NeighbourhoodOverview.StreetCounts;
import nl.buurtkracht.people.StreetDirectory;
import nl.buurtkracht.people.StreetDirectory.StreetPage;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API for the signed-in person, neighbourhoods and streets; same rules as the pages. */
@RestController
@RequestMapping("/api/v1")
class AreaApiController {

    /** The signed-in person. */
    record Me(
        long accountId,
        @Nullable Long residentId,
        String displayName,
        Set<Role> roles,
        @Nullable Long streetId,
        @Nullable Long neighbourhoodId
    ) {}

    private final Areas areas;
    private final AreaAccess access;
    private final StreetDirectory directory;
    private final NeighbourhoodOverview overview;

    AreaApiController(Areas areas, AreaAccess access, StreetDirectory directory, NeighbourhoodOverview overview) {
        this.areas = areas;
        this.access = access;
        this.directory = directory;
        this.overview = overview;
    }

    @GetMapping("/me")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(
            user.accountId(),
            user.residentId(),
            user.displayName(),
            user.roles(),
            user.scope().homeStreetId(),
            user.scope().homeNeighbourhoodId()
        );
    }

    @GetMapping("/neighbourhoods")
    List<NeighbourhoodView> neighbourhoods(@AuthenticationPrincipal CurrentUser user) {
        return areas
            .neighbourhoods()
            .stream()
            .filter(n -> access.maySeeNeighbourhood(user, n.id()))
            .toList();
    }

    @GetMapping("/neighbourhoods/{id}/streets")
    List<StreetCounts> streets(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        areas.neighbourhood(id).orElseThrow(() -> new NotFound("neighbourhood " + id));
        access.requireNeighbourhoodVisible(user, id);
        return overview.streets(id);
    }

    @GetMapping("/streets/{id}")
    StreetPage street(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return directory.street(user, id);
    }
}
