package nl.buurtkracht.search.web;

import nl.buurtkracht.search.AssetMap;
import nl.buurtkracht.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "What does our street already have?" as a page: first look at the neighbourhood's own strength. */
@Controller
class AssetController {

    private final AssetMap assets;

    AssetController(AssetMap assets) {
        this.assets = assets;
    }

    @GetMapping("/streets/{id}/assets")
    String street(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("assets", assets.ofStreet(user, id));
        return "search/assets";
    }

    @GetMapping("/neighbourhoods/{id}/assets")
    String neighbourhood(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("assets", assets.ofNeighbourhood(user, id));
        return "search/assets";
    }
}
