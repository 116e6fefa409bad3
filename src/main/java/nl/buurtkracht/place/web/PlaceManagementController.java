package nl.buurtkracht.place.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkracht.area.AreaViews.NeighbourhoodView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.place.ClosureForm;
import nl.buurtkracht.place.HelpDeskForm;
import nl.buurtkracht.place.MeetingPlaces;
import nl.buurtkracht.place.PlaceForm;
import nl.buurtkracht.place.PlaceTexts;
import nl.buurtkracht.place.PlaceView;
import nl.buurtkracht.place.RoomForm;
import nl.buurtkracht.place.SpecialOpeningForm;
import nl.buurtkracht.place.WeeklyPeriod;
import nl.buurtkracht.place.internal.PlaceRules;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages on which a community builder or administrator keeps a place: its details, and on one
 * page its weekly hours, closures, help-desk hours and rooms. Every form comes back with each
 * problem beside its field.
 */
@Controller
@RequestMapping("/places")
class PlaceManagementController {

    /** How many opening periods a day has on the form: morning, afternoon and evening. */
    static final int PERIODS_PER_DAY = 3;

    private static final List<String> PLACE_FIELDS = List.of(
        PlaceRules.NAME,
        PlaceRules.OPERATOR,
        PlaceRules.DESCRIPTION,
        "postcode",
        "houseNumber",
        PlaceRules.ADDRESS_LINE,
        PlaceRules.NEIGHBOURHOOD,
        PlaceRules.LAT,
        PlaceRules.LON,
        PlaceRules.CAPACITY
    );

    private static final List<String> DAY_FIELDS = List.of(DayOfWeek.values())
        .stream()
        .map(PlaceRules::hoursField)
        .toList();

    private static final Pattern POSTCODE = Pattern.compile("^([1-9][0-9]{3})\\s?([A-Za-z]{2})$");
    private static final Pattern HOUSE = Pattern.compile("^([0-9]{1,5})\\s?([A-Za-z]?)(?:[- ]([A-Za-z0-9]{1,4}))?$");

    /** The place form as typed; unticked boxes send nothing. */
    record PlacePageForm(
        @Nullable String name,
        @Nullable String operator,
        @Nullable String description,
        @Nullable String postcode,
        @Nullable String houseNumber,
        @Nullable String addressLine,
        @Nullable String neighbourhoodId,
        @Nullable String lat,
        @Nullable String lon,
        @Nullable String capacity,
        boolean stepFree,
        boolean accessibleToilet,
        boolean hearingLoop
    ) {
        static PlacePageForm of(PlaceView p) {
            return new PlacePageForm(
                p.name(),
                p.operator(),
                p.description(),
                "",
                "",
                p.addressLine(),
                String.valueOf(p.neighbourhoodId()),
                String.valueOf(p.lat()),
                String.valueOf(p.lon()),
                p.capacity() == null ? "" : String.valueOf(p.capacity()),
                p.stepFree(),
                p.accessibleToilet(),
                p.hearingLoop()
            );
        }

        public boolean neighbourhood(long id) {
            return String.valueOf(id).equals(neighbourhoodId);
        }
    }

    /** A day of the hours form with its periods as typed ("" for an empty one). */
    record DayForm(DayOfWeek day, String name, List<String[]> periods) {}

    private final MeetingPlaces places;
    private final Areas areas;
    private final PlaceTexts texts;
    private final FormErrors formErrors;

    PlaceManagementController(MeetingPlaces places, Areas areas, PlaceTexts texts, FormErrors formErrors) {
        this.places = places;
        this.areas = areas;
        this.texts = texts;
        this.formErrors = formErrors;
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute(
            "form",
            new PlacePageForm(null, null, null, null, null, null, null, null, null, null, false, false, false)
        );
        return formPage(user, null, model);
    }

    @PostMapping
    String create(
        @ModelAttribute("form") PlacePageForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            long id = places.create(user, placeForm(form));
            return "redirect:/places/" + id + "/manage?created";
        } catch (InvalidInput e) {
            formErrors.addTo(model, inOrder(e), locale);
        } catch (NotPermitted e) {
            formErrors.addTo(model, InvalidInput.of(PlaceRules.NEIGHBOURHOOD, e.messageKey()), locale);
        }
        return formPage(user, null, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlaceView place = places.changeable(user, id);
        model.addAttribute("form", PlacePageForm.of(place));
        return formPage(user, place, model);
    }

    @PostMapping("/{id}")
    String update(
        @PathVariable long id,
        @ModelAttribute("form") PlacePageForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        PlaceView place = places.changeable(user, id);
        try {
            places.update(user, id, placeForm(form));
            return "redirect:/places/" + id + "?updated";
        } catch (InvalidInput e) {
            formErrors.addTo(model, inOrder(e), locale);
        } catch (NotPermitted e) {
            formErrors.addTo(model, InvalidInput.of(PlaceRules.NEIGHBOURHOOD, e.messageKey()), locale);
        }
        return formPage(user, place, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        places.delete(user, id);
        return "redirect:/places?deleted";
    }

    @GetMapping("/{id}/manage")
    String manage(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        PlaceView place = places.changeable(user, id);
        return managePage(place, dayForms(places.hoursOf(id), locale), model, locale);
    }

    @PostMapping("/{id}/hours")
    String hours(
        @PathVariable long id,
        @RequestParam MultiValueMap<String, String> fields,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        PlaceView place = places.changeable(user, id);
        List<FieldProblem> problems = new ArrayList<>();
        List<WeeklyPeriod> periods = new ArrayList<>();
        List<DayForm> typed = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String[]> slots = new ArrayList<>();
            for (int i = 1; i <= PERIODS_PER_DAY; i++) {
                String opens = TypedInput.text(fields.getFirst(day.name() + "-" + i + "-opens"));
                String closes = TypedInput.text(fields.getFirst(day.name() + "-" + i + "-closes"));
                slots.add(new String[] { opens, closes });
                if (opens.isEmpty() && closes.isEmpty()) {
                    continue;
                }
                String field = PlaceRules.hoursField(day);
                LocalTime from = TypedInput.time(opens, field, problems);
                LocalTime until = TypedInput.time(closes, field, problems);
                if (opens.isEmpty() || closes.isEmpty()) {
                    problems.add(new FieldProblem(field, "places.hours.both"));
                } else if (from != null && until != null) {
                    periods.add(new WeeklyPeriod(day, from, until));
                }
            }
            typed.add(new DayForm(day, texts.weekday(day, locale), slots));
        }
        try {
            if (!problems.isEmpty()) {
                // Overlaps of the periods that could be read are named together with the unreadable ones.
                problems.addAll(PlaceRules.check(periods));
                problems.sort(Comparator.comparingInt(p -> DAY_FIELDS.indexOf(p.field())));
                throw new InvalidInput(problems);
            }
            places.setHours(user, id, periods);
            return "redirect:/places/" + id + "/manage?saved=hours";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
        }
        return managePage(place, typed, model, locale);
    }

    @PostMapping("/{id}/closures")
    String addClosure(
        @PathVariable long id,
        @RequestParam Map<String, String> fields,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        PlaceView place = places.changeable(user, id);
        try {
            List<FieldProblem> problems = new ArrayList<>();
            var form = new ClosureForm(
                TypedInput.date(fields.get("from"), PlaceRules.FROM, problems),
                TypedInput.date(fields.get("until"), PlaceRules.UNTIL, problems),
                TypedInput.text(fields.get("reason"))
            );
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            places.addClosure(user, id, form);
            return "redirect:/places/" + id + "/manage?saved=closure#closures";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
        }
        model.addAttribute("closureForm", fields);
        return managePage(place, dayForms(places.hoursOf(id), locale), model, locale);
    }

    @PostMapping("/{id}/closures/{closureId}/delete")
    String removeClosure(
        @PathVariable long id,
        @PathVariable long closureId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        places.removeClosure(user, id, closureId);
        return "redirect:/places/" + id + "/manage?removed=closure#closures";
    }

    @PostMapping("/{id}/special-openings")
    String addSpecial(
        @PathVariable long id,
        @RequestParam Map<String, String> fields,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        PlaceView place = places.changeable(user, id);
        try {
            List<FieldProblem> problems = new ArrayList<>();
            var form = new SpecialOpeningForm(
                TypedInput.date(fields.get(PlaceRules.SPECIAL_DAY), PlaceRules.SPECIAL_DAY, problems),
                TypedInput.time(fields.get(PlaceRules.SPECIAL_OPENS), PlaceRules.SPECIAL_OPENS, problems),
                TypedInput.time(fields.get(PlaceRules.SPECIAL_CLOSES), PlaceRules.SPECIAL_CLOSES, problems),
                TypedInput.text(fields.get(PlaceRules.SPECIAL_NOTE))
            );
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            places.addSpecial(user, id, form);
            return "redirect:/places/" + id + "/manage?saved=special#special";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
        }
        model.addAttribute("specialForm", fields);
        return managePage(place, dayForms(places.hoursOf(id), locale), model, locale);
    }

    @PostMapping("/{id}/special-openings/{specialId}/delete")
    String removeSpecial(
        @PathVariable long id,
        @PathVariable long specialId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        places.removeSpecial(user, id, specialId);
        return "redirect:/places/" + id + "/manage?removed=special#special";
    }

    @PostMapping("/{id}/help-desk")
    String addHelpDesk(
        @PathVariable long id,
        @RequestParam Map<String, String> fields,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        PlaceView place = places.changeable(user, id);
        try {
            List<FieldProblem> problems = new ArrayList<>();
            var form = new HelpDeskForm(
                TypedInput.day(fields.get("day"), PlaceRules.DAY, problems),
                TypedInput.time(fields.get("starts"), PlaceRules.STARTS, problems),
                TypedInput.time(fields.get("ends"), PlaceRules.ENDS, problems),
                TypedInput.text(fields.get("topic"))
            );
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            places.addHelpDesk(user, id, form);
            return "redirect:/places/" + id + "/manage?saved=help-desk#help-desk";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
        }
        model.addAttribute("helpDeskForm", fields);
        return managePage(place, dayForms(places.hoursOf(id), locale), model, locale);
    }

    @PostMapping("/{id}/help-desk/{entryId}/delete")
    String removeHelpDesk(
        @PathVariable long id,
        @PathVariable long entryId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        places.removeHelpDesk(user, id, entryId);
        return "redirect:/places/" + id + "/manage?removed=help-desk#help-desk";
    }

    @PostMapping("/{id}/rooms")
    String addRoom(
        @PathVariable long id,
        @RequestParam Map<String, String> fields,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        return saveRoom(id, null, fields, user, model, locale);
    }

    @PostMapping("/{id}/rooms/{roomId}")
    String updateRoom(
        @PathVariable long id,
        @PathVariable long roomId,
        @RequestParam Map<String, String> fields,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        return saveRoom(id, roomId, fields, user, model, locale);
    }

    @PostMapping("/{id}/rooms/{roomId}/delete")
    String deleteRoom(
        @PathVariable long id,
        @PathVariable long roomId,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        PlaceView place = places.changeable(user, id);
        try {
            places.deleteRoom(user, id, roomId);
            return "redirect:/places/" + id + "/manage?removed=room#rooms";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
        }
        return managePage(place, dayForms(places.hoursOf(id), locale), model, locale);
    }

    private String saveRoom(
        long id,
        @Nullable Long roomId,
        Map<String, String> fields,
        CurrentUser user,
        Model model,
        Locale locale
    ) {
        PlaceView place = places.changeable(user, id);
        String prefix = roomId == null ? "room-" : "room-" + roomId + "-";
        try {
            List<FieldProblem> problems = new ArrayList<>();
            var form = new RoomForm(
                TypedInput.text(fields.get(prefix + "name")),
                TypedInput.whole(fields.get(prefix + "capacity"), PlaceRules.CAPACITY, problems)
            );
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            if (roomId == null) {
                places.addRoom(user, id, form);
            } else {
                places.updateRoom(user, id, roomId, form);
            }
            return "redirect:/places/" + id + "/manage?saved=room#rooms";
        } catch (InvalidInput e) {
            formErrors.addTo(
                model,
                new InvalidInput(
                    e
                        .problems()
                        .stream()
                        .map(p -> new FieldProblem(prefix + p.field(), p.messageKey(), p.arguments()))
                        .toList()
                ),
                locale
            );
        }
        if (roomId == null) {
            model.addAttribute("roomForm", fields);
        }
        return managePage(place, dayForms(places.hoursOf(id), locale), model, locale);
    }

    private String managePage(PlaceView place, List<DayForm> days, Model model, Locale locale) {
        model.addAttribute("place", place);
        model.addAttribute("days", days);
        model.addAttribute("periodsPerDay", PERIODS_PER_DAY);
        model.addAttribute(
            "closures",
            places
                .closures(place.id())
                .stream()
                .map(c -> Map.entry(c.id(), texts.closure(c.closure(), locale)))
                .toList()
        );
        model.addAttribute(
            "specials",
            places
                .specials(place.id())
                .stream()
                .map(s -> Map.entry(s.id(), texts.special(s.opening(), locale)))
                .toList()
        );
        model.addAttribute(
            "helpDesk",
            places
                .helpDesk(place.id())
                .stream()
                .map(h ->
                    Map.entry(
                        h.id(),
                        texts.weekday(h.day(), locale) + " " + texts.span(h.starts(), h.ends()) + ": " + h.topic()
                    )
                )
                .toList()
        );
        model.addAttribute(
            "weekdays",
            List.of(DayOfWeek.values())
                .stream()
                .map(d -> Map.entry(d.name(), texts.weekday(d, locale)))
                .toList()
        );
        if (!model.containsAttribute("closureForm")) {
            model.addAttribute("closureForm", Map.of());
        }
        if (!model.containsAttribute("specialForm")) {
            model.addAttribute("specialForm", Map.of());
        }
        if (!model.containsAttribute("helpDeskForm")) {
            model.addAttribute("helpDeskForm", Map.of());
        }
        if (!model.containsAttribute("roomForm")) {
            model.addAttribute("roomForm", Map.of());
        }
        return "places/manage";
    }

    private List<DayForm> dayForms(List<WeeklyPeriod> periods, Locale locale) {
        List<DayForm> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String[]> slots = new ArrayList<>();
            periods
                .stream()
                .filter(p -> p.day() == day)
                .limit(PERIODS_PER_DAY)
                .forEach(p -> slots.add(new String[] { texts.time(p.opens()), texts.time(p.closes()) }));
            while (slots.size() < PERIODS_PER_DAY) {
                slots.add(new String[] { "", "" });
            }
            days.add(new DayForm(day, texts.weekday(day, locale), slots));
        }
        return days;
    }

    private String formPage(CurrentUser user, @Nullable PlaceView place, Model model) {
        List<NeighbourhoodView> options = areas
            .neighbourhoods()
            .stream()
            .filter(n -> places.mayKeepIn(user, n.id()))
            .toList();
        model.addAttribute("options", options);
        model.addAttribute("place", place);
        return "places/form";
    }

    /** The typed form as the service takes it; a postcode and house number are looked up in the register. */
    private PlaceForm placeForm(PlacePageForm page) {
        List<FieldProblem> problems = new ArrayList<>();
        Long addressId = null;
        String postcode = TypedInput.text(page.postcode());
        String house = TypedInput.text(page.houseNumber());
        if (!postcode.isEmpty() || !house.isEmpty()) {
            Matcher p = POSTCODE.matcher(postcode);
            Matcher h = HOUSE.matcher(house);
            if (!p.matches()) {
                problems.add(new FieldProblem("postcode", "field.postcode.invalid"));
            }
            if (!h.matches()) {
                problems.add(new FieldProblem("houseNumber", "field.house-number.invalid"));
            }
            if (p.matches() && h.matches()) {
                addressId = areas
                    .findAddress(
                        p.group(1) + p.group(2).toUpperCase(Locale.ROOT),
                        Integer.parseInt(h.group(1)),
                        h.group(2).toUpperCase(Locale.ROOT),
                        h.group(3) == null ? "" : h.group(3)
                    )
                    .map(a -> a.id())
                    .orElse(null);
                if (addressId == null) {
                    problems.add(new FieldProblem("postcode", "address.not-in-municipality"));
                }
            }
        }
        var form = new PlaceForm(
            TypedInput.text(page.name()),
            TypedInput.text(page.operator()),
            TypedInput.text(page.description()),
            addressId,
            TypedInput.text(page.addressLine()),
            TypedInput.id(page.neighbourhoodId(), PlaceRules.NEIGHBOURHOOD, problems),
            TypedInput.decimal(page.lat(), PlaceRules.LAT, problems),
            TypedInput.decimal(page.lon(), PlaceRules.LON, problems),
            page.stepFree(),
            page.accessibleToilet(),
            page.hearingLoop(),
            TypedInput.whole(page.capacity(), PlaceRules.CAPACITY, problems)
        );
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return form;
    }

    private static InvalidInput inOrder(InvalidInput e) {
        List<FieldProblem> sorted = new ArrayList<>(e.problems());
        sorted.sort(Comparator.comparingInt(p -> PLACE_FIELDS.indexOf(p.field())));
        return new InvalidInput(sorted);
    }
}
