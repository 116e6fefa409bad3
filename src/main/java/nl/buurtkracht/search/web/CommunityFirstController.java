package nl.buurtkracht.search.web;

import nl.buurtkracht.search.CommunityFirst;
import nl.buurtkracht.search.CommunityFirst.Suggestions;
import nl.buurtkracht.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A host or builder notes what a neighbour needs and first sees what the neighbourhood has that
 * fits, as a page and as {@code GET /api/v1/community-first?for={residentId}&need=}. The need is not
 * stored: it is a question, not a file on the person.
 */
@Controller
class CommunityFirstController {

    private final CommunityFirst communityFirst;

    CommunityFirstController(CommunityFirst communityFirst) {
        this.communityFirst = communityFirst;
    }

    @GetMapping("/community-first")
    String page(
        @RequestParam("for") long residentId,
        @RequestParam(defaultValue = "") String need,
        @AuthenticationPrincipal CurrentUser user,
        Model model
    ) {
        model.addAttribute("suggestions", communityFirst.suggest(user, residentId, need));
        model.addAttribute("asked", !need.isBlank());
        return "search/community-first";
    }

    @GetMapping("/api/v1/community-first")
    @ResponseBody
    Suggestions api(
        @RequestParam("for") long residentId,
        @RequestParam(defaultValue = "") String need,
        @AuthenticationPrincipal CurrentUser user
    ) {
        return communityFirst.suggest(user, residentId, need);
    }
}
