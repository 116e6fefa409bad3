package nl.buurtkracht.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.place.PlaceTexts;
import nl.buurtkracht.place.PlaceView;
import nl.buurtkracht.place.Places;
import nl.buurtkracht.search.AssetFilter;
import nl.buurtkracht.search.AssetMap;
import nl.buurtkracht.search.AssetMap.Assets;
import nl.buurtkracht.search.AssetMap.Spot;
import nl.buurtkracht.shared.AgeBand;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * "What does our street already have?" as a page, for a block, street, neighbourhood or district:
 * first look at the neighbourhood's own strength, as a list and on a map.
 */
@Controller
class AssetController {

    private final AssetMap assets;
    private final FormErrors formErrors;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Places placeStatus;
    private final PlaceTexts placeTexts;
    private final String tileUrl;
    private final String tileAttribution;

    AssetController(
        AssetMap assets,
        FormErrors formErrors,
        JsonMapper json,
        MessageSource messages,
        Places placeStatus,
        PlaceTexts placeTexts,
        @Value("${buurtkracht.map.tile-url:}") String tileUrl,
        @Value("${buurtkracht.map.tile-attribution:}") String tileAttribution
    ) {
        this.assets = assets;
        this.formErrors = formErrors;
        this.json = json;
        this.messages = messages;
        this.placeStatus = placeStatus;
        this.placeTexts = placeTexts;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    @GetMapping("/blocks/{id}/assets")
    String block(
        @PathVariable long id,
        Narrowing by,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        return page(AreaLevel.BLOCK, id, by, user, model, locale);
    }

    @GetMapping("/streets/{id}/assets")
    String street(
        @PathVariable long id,
        Narrowing by,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        return page(AreaLevel.STREET, id, by, user, model, locale);
    }

    @GetMapping("/neighbourhoods/{id}/assets")
    String neighbourhood(
        @PathVariable long id,
        Narrowing by,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        return page(AreaLevel.NEIGHBOURHOOD, id, by, user, model, locale);
    }

    @GetMapping("/districts/{id}/assets")
    String district(
        @PathVariable long id,
        Narrowing by,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        return page(AreaLevel.DISTRICT, id, by, user, model, locale);
    }

    private String page(AreaLevel level, long id, Narrowing by, CurrentUser user, Model model, Locale locale) {
        AssetFilter filter;
        try {
            filter = by.filter();
        } catch (InvalidInput invalid) {
            formErrors.addTo(model, invalid, locale);
            filter = AssetFilter.NONE;
        }
        Assets found = assets.of(user, level, id, filter);
        model.addAttribute("assets", found);
        model.addAttribute("path", "/" + AssetLevels.toPath(level) + "/" + id + "/assets");
        model.addAttribute(
            "parentPath",
            found.area().parentId() == null
                ? null
                : "/" + AssetLevels.toPath(found.area().parentLevel()) + "/" + found.area().parentId() + "/assets"
        );
        model.addAttribute("partPath", "/" + AssetLevels.toPath(found.area().level().parts()) + "/");
        model.addAttribute("partsLinked", found.area().level() != AreaLevel.BLOCK);
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("mapData", json.writeValueAsString(mapData(found, locale)));
        model.addAttribute(
            "activityWhen",
            found
                .activities()
                .stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        a -> a.id(),
                        a ->
                            placeTexts.weekdayAndDate(a.next().toLocalDate(), locale) +
                            ", " +
                            placeTexts.time(a.next().toLocalTime())
                    )
                )
        );
        model.addAttribute(
            "placeStatus",
            placeStatus.statusLines(found.places().stream().map(PlaceView::id).toList(), locale)
        );
        return "search/assets";
    }

    /** What the map script draws; the list on the page says the same in words. */
    record MapData(
        @Nullable String outline,
        List<MapPoint> points,
        String tileUrl,
        String tileAttribution,
        String zoomIn,
        String zoomOut
    ) {}

    /**
     * A marker: a part of the area (its size follows how many people there share something), a
     * meeting place or a service; {@code href} opens the part's own assets or the place's page.
     */
    record MapPoint(
        String kind,
        double lat,
        double lon,
        String label,
        int people,
        @Nullable String href,
        @Nullable String outline
    ) {}

    private MapData mapData(Assets found, Locale locale) {
        List<MapPoint> points = new ArrayList<>();
        String partPath = "/" + AssetLevels.toPath(found.area().level().parts()) + "/";
        for (Spot spot : found.spots()) {
            String count = spot.people() == null
                ? messages.getMessage("assets.people.few", null, locale)
                : messages.getMessage("assets.people", new Object[] { spot.people() }, locale);
            points.add(
                new MapPoint(
                    "part",
                    spot.lat(),
                    spot.lon(),
                    spot.name() + ": " + count,
                    spot.people() == null ? 0 : spot.people(),
                    found.area().level() == AreaLevel.BLOCK ? null : partPath + spot.id() + "/assets",
                    spot.outline()
                )
            );
        }
        for (PlaceView place : found.places()) {
            points.add(new MapPoint("place", place.lat(), place.lon(), place.name(), 0, "/places/" + place.id(), null));
        }
        for (AssetMap.Service service : found.services()) {
            if (service.lat() != null && service.lon() != null) {
                points.add(new MapPoint("service", service.lat(), service.lon(), service.name(), 0, null, null));
            }
        }
        return new MapData(
            found.outline(),
            points,
            tileUrl,
            tileAttribution,
            messages.getMessage("map.zoom-in", null, locale),
            messages.getMessage("map.zoom-out", null, locale)
        );
    }
}
