package nl.buurtkracht.fabric.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.fabric.BuilderDashboard;
import nl.buurtkracht.fabric.FabricFigures;
import nl.buurtkracht.fabric.FabricFigures.Figures;
import nl.buurtkracht.fabric.FabricFigures.NetworkOf;
import nl.buurtkracht.fabric.FabricFigures.StreetSummary;
import nl.buurtkracht.fabric.WeekAdvice;
import nl.buurtkracht.fabric.internal.StreetPoints;
import nl.buurtkracht.initiative.ContinuityWarning;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The community builder's pages: the view of a neighbourhood and network pictures. */
@Controller
class BuilderController {

    /** A street on the map: its line, its figures and the shade class they give it. */
    record MapStreet(StreetMapDrawing.Drawn line, StreetSummary street, String shade) {}

    /** One suggestion of the week in words. */
    record Advice(@Nullable String subject, String text, String link) {}

    /** An initiative with its warnings in words. */
    record InitiativeRow(long id, String title, List<String> warnings) {}

    private final BuilderDashboard dashboard;
    private final FabricFigures figures;
    private final StreetPoints points;
    private final Areas areas;
    private final MessageSource messages;

    BuilderController(
        BuilderDashboard dashboard,
        FabricFigures figures,
        StreetPoints points,
        Areas areas,
        MessageSource messages
    ) {
        this.dashboard = dashboard;
        this.figures = figures;
        this.points = points;
        this.areas = areas;
        this.messages = messages;
    }

    @GetMapping("/builder")
    String neighbourhoods(@AuthenticationPrincipal CurrentUser user, Model model) {
        var mine = areas
            .neighbourhoods()
            .stream()
            .filter(n -> user.has(Role.ADMINISTRATOR) || user.scope().builderNeighbourhoodIds().contains(n.id()))
            .toList();
        if (mine.size() == 1) {
            return "redirect:/builder/neighbourhoods/" + mine.getFirst().id();
        }
        model.addAttribute("neighbourhoods", mine);
        return "fabric/builder";
    }

    @GetMapping("/builder/neighbourhoods/{id}")
    String neighbourhood(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        BuilderDashboard.View view = dashboard.of(user, id);
        Map<Long, List<StreetPoints.LatLon>> streetPoints = points.of(id);
        List<StreetMapDrawing.Street> toDraw = new ArrayList<>();
        streetPoints.forEach((streetId, places) ->
            toDraw.add(
                new StreetMapDrawing.Street(
                    streetId,
                    places
                        .stream()
                        .map(p -> new StreetMapDrawing.Point(p.lat(), p.lon()))
                        .toList()
                )
            )
        );
        Map<Long, StreetSummary> byId = new java.util.HashMap<>();
        view
            .fabric()
            .streets()
            .forEach(s -> byId.put(s.streetId(), s));
        List<MapStreet> map = StreetMapDrawing.draw(toDraw)
            .stream()
            .filter(line -> byId.containsKey(line.id()))
            .map(line -> new MapStreet(line, byId.get(line.id()), shade(byId.get(line.id()).now())))
            .toList();
        model.addAttribute("view", view);
        model.addAttribute("map", map);
        model.addAttribute("mapWidth", StreetMapDrawing.WIDTH);
        model.addAttribute("mapHeight", StreetMapDrawing.HEIGHT);
        model.addAttribute(
            "advice",
            view
                .advice()
                .stream()
                .map(item -> advice(item, locale))
                .toList()
        );
        model.addAttribute(
            "initiatives",
            view
                .initiatives()
                .stream()
                .filter(r -> !r.warnings().isEmpty())
                .map(r ->
                    new InitiativeRow(
                        r.initiative().id(),
                        r.initiative().title(),
                        r
                            .warnings()
                            .stream()
                            .map(w -> text(w, locale))
                            .toList()
                    )
                )
                .toList()
        );
        model.addAttribute("chart", TrendChart.of(view.fabric().trend(), locale));
        return "fabric/dashboard";
    }

    @GetMapping("/builder/streets/{id}/network")
    String streetNetwork(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var street = areas.street(id).orElseThrow(() -> new NotFound("street " + id));
        return network(figures.network(user, NetworkOf.STREET, id), street.name(), street.neighbourhoodId(), model);
    }

    @GetMapping("/builder/initiatives/{id}/network")
    String initiativeNetwork(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var picture = figures.network(user, NetworkOf.INITIATIVE, id);
        return network(picture, null, null, model);
    }

    private String network(
        FabricFigures.NetworkPicture picture,
        @Nullable String streetName,
        @Nullable Long neighbourhoodId,
        Model model
    ) {
        model.addAttribute("picture", picture);
        model.addAttribute("streetName", streetName);
        model.addAttribute("neighbourhoodId", neighbourhoodId);
        model.addAttribute("drawing", NetworkDrawing.draw(picture));
        model.addAttribute("size", NetworkDrawing.SIZE);
        return "fabric/network";
    }

    /** Five steps from thin to strong (share with two or more recent contacts), and one for too few to say. */
    static String shade(Figures now) {
        Double share = now.connectedShare();
        if (now.suppressed() || share == null) {
            return "unknown";
        }
        return String.valueOf(Math.min(4, (int) Math.floor(share * 5)));
    }

    private Advice advice(WeekAdvice.Item item, Locale locale) {
        return new Advice(
            item.subject(),
            messages.getMessage(item.messageKey(), item.argumentArray(), locale),
            item.link()
        );
    }

    private String text(ContinuityWarning warning, Locale locale) {
        return messages.getMessage(warning.messageKey(), warning.argumentArray(), locale);
    }
}
