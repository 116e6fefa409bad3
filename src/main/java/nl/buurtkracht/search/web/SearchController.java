package nl.buurtkracht.search.web;

import nl.buurtkracht.search.NeighbourhoodSearch;
import nl.buurtkracht.search.NeighbourhoodSearch.Results;
import nl.buurtkracht.system.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The one search box, as a page and as {@code GET /api/v1/search?q=&area=}. */
@Controller
class SearchController {

    private final NeighbourhoodSearch search;

    SearchController(NeighbourhoodSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String page(
        @RequestParam(defaultValue = "") String q,
        @RequestParam(required = false) @Nullable Long area,
        @AuthenticationPrincipal CurrentUser user,
        Model model
    ) {
        model.addAttribute("q", q);
        model.addAttribute("results", q.isBlank() ? null : search.search(user, q, area));
        return "search/results";
    }

    /** {@code area} is a neighbourhood id; without it the viewer's own neighbourhoods are searched. */
    @GetMapping("/api/v1/search")
    @ResponseBody
    Results api(
        @RequestParam(defaultValue = "") String q,
        @RequestParam(required = false) @Nullable Long area,
        @AuthenticationPrincipal CurrentUser user
    ) {
        return search.search(user, q, area);
    }
}
