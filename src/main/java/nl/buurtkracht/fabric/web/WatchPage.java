package nl.buurtkracht.fabric.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.fabric.WatchForm;
import nl.buurtkracht.fabric.WatchView;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;

/** The watch form as typed on the page: every field a string until it is read. */
record WatchPage(
    @Nullable String quietDays,
    @Nullable List<String> circle,
    @Nullable Boolean tellBuilder,
    @Nullable String consentMethod
) {
    static WatchPage of(WatchView watch) {
        return new WatchPage(
            Integer.toString(watch.quietDays()),
            watch
                .circle()
                .stream()
                .map(m -> Long.toString(m.residentId()))
                .toList(),
            watch.tellBuilder(),
            null
        );
    }

    /** Whether a candidate is ticked, for the page. */
    public boolean ticks(long residentId) {
        return circle != null && circle.contains(Long.toString(residentId));
    }

    WatchForm read() {
        List<FieldProblem> problems = new ArrayList<>();
        Integer days = TypedInput.whole(quietDays, "quietDays", problems);
        List<Long> members = new ArrayList<>();
        for (String c : circle == null ? List.<String>of() : circle) {
            Long id = TypedInput.id(c, "circle", problems);
            if (id != null) {
                members.add(id);
            }
        }
        ConsentMethod method = method(consentMethod, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new WatchForm(days, members, Boolean.TRUE.equals(tellBuilder), method);
    }

    static @Nullable ConsentMethod method(@Nullable String value, List<FieldProblem> problems) {
        String m = TypedInput.text(value);
        if (m.isEmpty()) {
            return null;
        }
        ConsentMethod method = Arrays.stream(ConsentMethod.values())
            .filter(c -> c.name().equals(m))
            .findFirst()
            .orElse(null);
        if (method == null) {
            problems.add(new FieldProblem("consentMethod", "watch.consent.choice"));
        }
        return method;
    }
}
