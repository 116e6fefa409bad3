package nl.buurtkracht.search.web;

import nl.buurtkracht.search.AssetMap;
import nl.buurtkracht.search.AssetMap.Assets;
import nl.buurtkracht.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The assets of a street or neighbourhood as JSON: counts always, names as far as shared. */
@RestController
@RequestMapping("/api/v1")
class AssetApiController {

    private final AssetMap assets;

    AssetApiController(AssetMap assets) {
        this.assets = assets;
    }

    @GetMapping("/streets/{id}/assets")
    Assets street(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return assets.ofStreet(user, id);
    }

    @GetMapping("/neighbourhoods/{id}/assets")
    Assets neighbourhood(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return assets.ofNeighbourhood(user, id);
    }
}
