package nl.buurtkracht.directory.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.buurtkracht.area.AreaViews.NeighbourhoodView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.directory.ServiceDirectory;
import nl.buurtkracht.directory.ServiceForm;
import nl.buurtkracht.directory.ServiceView;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The sociale kaart as pages: everybody sees the services of their own neighbourhood(s); community
 * builders and administrators add, change and delete them.
 */
@Controller
@RequestMapping("/services")
class DirectoryController {

    /** The order of the fields on the form, so that the error summary follows it too. */
    private static final List<String> FIELDS = List.of(
        "name",
        "purpose",
        "contact",
        "openingHours",
        "address",
        "lat",
        "lon",
        "neighbourhoods"
    );

    private static final Pattern DECIMAL = Pattern.compile("^-?[0-9]{1,3}([.,][0-9]+)?$");

    /** The form as typed, so that anything can be shown back; unticked boxes send nothing. */
    record ServicePageForm(
        @Nullable String name,
        @Nullable String purpose,
        @Nullable String contact,
        @Nullable String openingHours,
        @Nullable String address,
        @Nullable String lat,
        @Nullable String lon,
        @Nullable List<Long> neighbourhoods
    ) {
        static ServicePageForm of(ServiceView s) {
            return new ServicePageForm(
                s.name(),
                s.purpose(),
                s.contact(),
                s.openingHours(),
                s.address(),
                s.lat() == null ? "" : String.valueOf(s.lat()),
                s.lon() == null ? "" : String.valueOf(s.lon()),
                s.neighbourhoods().stream().map(ServiceView.Neighbourhood::id).toList()
            );
        }

        public boolean selected(long neighbourhoodId) {
            return neighbourhoods != null && neighbourhoods.contains(neighbourhoodId);
        }
    }

    /** A service on the list, with whether this person may change it. */
    record Listed(ServiceView service, boolean mayChange) {}

    private final ServiceDirectory directory;
    private final Areas areas;
    private final FormErrors formErrors;

    DirectoryController(ServiceDirectory directory, Areas areas, FormErrors formErrors) {
        this.directory = directory;
        this.areas = areas;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        Optional<Set<Long>> visible = directory.visibleNeighbourhoods(user);
        List<ServiceView> services = visible.map(directory::inNeighbourhoods).orElseGet(directory::all);
        model.addAttribute(
            "services",
            services
                .stream()
                .map(s -> new Listed(s, directory.mayChange(user, s)))
                .toList()
        );
        model.addAttribute("everywhere", visible.isEmpty());
        model.addAttribute(
            "neighbourhoods",
            visible
                .map(ids ->
                    areas
                        .neighbourhoods()
                        .stream()
                        .filter(n -> ids.contains(n.id()))
                        .toList()
                )
                .orElse(List.of())
        );
        model.addAttribute("mayEdit", user.has(Role.COMMUNITY_BUILDER) || user.has(Role.ADMINISTRATOR));
        return "directory/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new ServicePageForm(null, null, null, null, null, null, null, null));
        return formPage(user, null, model);
    }

    @PostMapping
    String create(
        @ModelAttribute("form") ServicePageForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            long id = directory.create(user, checked(form, null));
            return "redirect:/services?created=" + id;
        } catch (InvalidInput e) {
            formErrors.addTo(model, inFormOrder(e), locale);
        } catch (NotPermitted e) {
            formErrors.addTo(model, InvalidInput.of("neighbourhoods", e.messageKey()), locale);
        }
        return formPage(user, null, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ServiceView service = changeable(user, id);
        model.addAttribute("form", ServicePageForm.of(service));
        return formPage(user, service, model);
    }

    @PostMapping("/{id}")
    String update(
        @PathVariable long id,
        @ModelAttribute("form") ServicePageForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        ServiceView service = changeable(user, id);
        try {
            directory.update(user, id, checked(form, id));
            return "redirect:/services?updated=" + id;
        } catch (InvalidInput e) {
            formErrors.addTo(model, inFormOrder(e), locale);
        } catch (NotPermitted e) {
            formErrors.addTo(model, InvalidInput.of("neighbourhoods", e.messageKey()), locale);
        }
        return formPage(user, service, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        changeable(user, id);
        directory.delete(user, id);
        return "redirect:/services?deleted";
    }

    private ServiceView changeable(CurrentUser user, long id) {
        ServiceView service = directory.find(id).orElseThrow(() -> new NotFound("service " + id));
        if (!directory.mayChange(user, service)) {
            throw new NotPermitted("services.not-yours");
        }
        return service;
    }

    private String formPage(CurrentUser user, @Nullable ServiceView service, Model model) {
        List<NeighbourhoodView> options = areas
            .neighbourhoods()
            .stream()
            .filter(n -> directory.mayAttach(user, List.of(n.id())))
            .toList();
        model.addAttribute("options", options);
        model.addAttribute("service", service);
        return "directory/form";
    }

    /**
     * The form as the directory takes it; a coordinate that is not a number is reported together
     * with every other field problem, and then nothing is written.
     */
    private ServiceForm checked(ServicePageForm page, @Nullable Long id) {
        List<FieldProblem> problems = new ArrayList<>();
        Double lat = coordinate(page.lat(), "lat", "services.lat.invalid", problems);
        Double lon = coordinate(page.lon(), "lon", "services.lon.invalid", problems);
        var form = new ServiceForm(
            text(page.name()),
            text(page.purpose()),
            text(page.contact()),
            text(page.openingHours()),
            text(page.address()),
            lat,
            lon,
            page.neighbourhoods() == null ? Set.of() : new HashSet<>(page.neighbourhoods())
        );
        if (!problems.isEmpty()) {
            // Both coordinates blank for the others' sake: one bad number is reported once.
            var others = new ServiceForm(
                form.name(),
                form.purpose(),
                form.contact(),
                form.openingHours(),
                form.address(),
                null,
                null,
                form.neighbourhoodIds()
            );
            problems.addAll(directory.problems(others, id));
            throw new InvalidInput(problems);
        }
        return form;
    }

    private static @Nullable Double coordinate(
        @Nullable String value,
        String field,
        String messageKey,
        List<FieldProblem> problems
    ) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            problems.add(new FieldProblem(field, messageKey));
            return null;
        }
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static InvalidInput inFormOrder(InvalidInput e) {
        List<FieldProblem> sorted = new ArrayList<>(e.problems());
        sorted.sort(Comparator.comparingInt(p -> FIELDS.indexOf(p.field())));
        return new InvalidInput(sorted);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
