package nl.buurtkracht.search.web;

import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.search.AssetMap;
import nl.buurtkracht.search.AssetMap.Assets;
import nl.buurtkracht.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assets of a block, street, neighbourhood or district as JSON: counts always, names as far as
 * shared; {@code strength}, {@code age} (an age band such as {@code AGE_67_79}) and {@code language}
 * narrow it down.
 */
@RestController
@RequestMapping("/api/v1")
class AssetApiController {

    private final AssetMap assets;

    AssetApiController(AssetMap assets) {
        this.assets = assets;
    }

    @GetMapping("/blocks/{id}/assets")
    Assets block(@PathVariable long id, Narrowing by, @AuthenticationPrincipal CurrentUser user) {
        return assets.of(user, AreaLevel.BLOCK, id, by.filter());
    }

    @GetMapping("/streets/{id}/assets")
    Assets street(@PathVariable long id, Narrowing by, @AuthenticationPrincipal CurrentUser user) {
        return assets.of(user, AreaLevel.STREET, id, by.filter());
    }

    @GetMapping("/neighbourhoods/{id}/assets")
    Assets neighbourhood(@PathVariable long id, Narrowing by, @AuthenticationPrincipal CurrentUser user) {
        return assets.of(user, AreaLevel.NEIGHBOURHOOD, id, by.filter());
    }

    @GetMapping("/districts/{id}/assets")
    Assets district(@PathVariable long id, Narrowing by, @AuthenticationPrincipal CurrentUser user) {
        return assets.of(user, AreaLevel.DISTRICT, id, by.filter());
    }
}
