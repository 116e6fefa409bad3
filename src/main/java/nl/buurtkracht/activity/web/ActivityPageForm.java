package nl.buurtkracht.activity.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.buurtkracht.activity.ActivityForm;
import nl.buurtkracht.activity.ActivityView;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;

/** The activity form as typed on the page: every field a string until it is read. */
record ActivityPageForm(
    @Nullable String title,
    @Nullable String description,
    @Nullable String neighbourhoodId,
    @Nullable String placeId,
    @Nullable String location,
    @Nullable String onlineUrl,
    @Nullable String initiativeId,
    @Nullable String contact,
    @Nullable String day,
    @Nullable String start,
    @Nullable String end,
    @Nullable Repeat repeat,
    @Nullable String until,
    @Nullable String rrule,
    @Nullable String capacity,
    @Nullable Boolean intergenerational
) {
    static ActivityPageForm empty(@Nullable Long neighbourhoodId, @Nullable Long placeId, @Nullable Long initiativeId) {
        return new ActivityPageForm(
            null,
            null,
            neighbourhoodId == null ? null : neighbourhoodId.toString(),
            placeId == null ? null : placeId.toString(),
            null,
            null,
            initiativeId == null ? null : initiativeId.toString(),
            null,
            null,
            null,
            null,
            Repeat.NONE,
            null,
            null,
            null,
            false
        );
    }

    static ActivityPageForm of(ActivityView a) {
        Repeat.Read read = Repeat.read(a.rrule());
        return new ActivityPageForm(
            a.title(),
            a.description(),
            Long.toString(a.neighbourhoodId()),
            a.placeId() == null ? null : a.placeId().toString(),
            a.location(),
            a.onlineUrl(),
            a.initiativeId() == null ? null : a.initiativeId().toString(),
            a.contact(),
            a.firstDay().toString(),
            a.start().toString(),
            a.end().toString(),
            read.repeat(),
            read.until() == null ? null : read.until().toString(),
            read.repeat() == Repeat.CUSTOM ? a.rrule() : null,
            a.capacity() == null ? null : a.capacity().toString(),
            a.intergenerational()
        );
    }

    /**
     * The form read. A value that cannot be read (or a rhythm without its last day) names its field,
     * together with what {@code rules} find wrong with the rest, so that every field is named at once.
     */
    ActivityForm read(Function<ActivityForm, List<FieldProblem>> rules) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate first = TypedInput.date(day, "day", problems);
        LocalDate last = TypedInput.date(until, "until", problems);
        Repeat rhythm = repeat == null ? Repeat.NONE : repeat;
        String rule = "";
        if (rhythm == Repeat.CUSTOM) {
            rule = TypedInput.text(rrule);
            if (rule.isEmpty()) {
                problems.add(new FieldProblem("rrule", "activities.rrule.required"));
            }
        } else if (rhythm != Repeat.NONE) {
            if (last == null) {
                problems.add(new FieldProblem("until", "activities.until.required"));
            } else if (first != null && last.isBefore(first)) {
                problems.add(new FieldProblem("until", "activities.until.before-start"));
            } else if (first != null) {
                rule = rhythm.rule(first, last);
            }
        }
        var form = new ActivityForm(
            TypedInput.text(title),
            TypedInput.text(description),
            TypedInput.id(neighbourhoodId, "neighbourhoodId", problems),
            TypedInput.id(placeId, "placeId", problems),
            TypedInput.text(location),
            TypedInput.text(onlineUrl),
            TypedInput.id(initiativeId, "initiativeId", problems),
            TypedInput.text(contact),
            first,
            TypedInput.time(start, "start", problems),
            TypedInput.time(end, "end", problems),
            rule,
            TypedInput.signedWhole(capacity, "capacity", problems),
            Boolean.TRUE.equals(intergenerational)
        );
        if (!problems.isEmpty()) {
            Set<String> unread = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
            rules
                .apply(form)
                .stream()
                .filter(p -> !unread.contains(p.field()) && !(p.field().equals("rrule") && unread.contains("until")))
                .forEach(problems::add);
            throw new InvalidInput(problems);
        }
        return form;
    }
}
