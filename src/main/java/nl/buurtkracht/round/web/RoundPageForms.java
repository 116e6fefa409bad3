package nl.buurtkracht.round.web;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.round.BakeForm;
import nl.buurtkracht.round.RecipientForm;
import nl.buurtkracht.round.RoundForm;
import nl.buurtkracht.round.RoutePoint;
import nl.buurtkracht.round.VolunteerForm;
import nl.buurtkracht.round.internal.RoundRules;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;

/**
 * The round forms as typed on the pages: every field a string until it is read. A field that cannot
 * be read (a time like "half drie") is named together with every rule the rest of the form breaks,
 * so one try shows everything to fix.
 */
final class RoundPageForms {

    /** How many times a new round comes back, suggested on the form: half a year, every other week. */
    static final int SUGGESTED_TIMES = 13;

    static final int MOST_TIMES = 104;

    private RoundPageForms() {}

    /** How often a round comes back, as the page offers it. */
    enum Rhythm {
        WEEKLY(1),
        FORTNIGHTLY(2),
        FOUR_WEEKLY(4);

        private final int interval;

        Rhythm(int interval) {
            this.interval = interval;
        }

        String rule(int times) {
            return "FREQ=WEEKLY;" + (interval == 1 ? "" : "INTERVAL=" + interval + ";") + "COUNT=" + times;
        }
    }

    /** A new round. The start point is an address: postcode and house number. */
    record RoundPage(
        @Nullable String initiativeId,
        @Nullable String name,
        @Nullable String cardText,
        @Nullable String firstDay,
        @Nullable String rhythm,
        @Nullable String times,
        @Nullable String startsAt,
        @Nullable String endsAt,
        @Nullable String startPostcode,
        @Nullable String startHouseNumber,
        @Nullable String startLabel
    ) {
        static RoundPage empty(@Nullable Long initiativeId) {
            return new RoundPage(
                initiativeId == null ? null : initiativeId.toString(),
                null,
                null,
                null,
                Rhythm.FORTNIGHTLY.name(),
                "" + SUGGESTED_TIMES,
                "13:00",
                "17:00",
                null,
                null,
                null
            );
        }

        RoundForm read() {
            List<FieldProblem> typed = new ArrayList<>();
            RoundForm form = new RoundForm(
                TypedInput.id(initiativeId, "initiativeId", typed),
                TypedInput.text(name),
                TypedInput.text(cardText),
                TypedInput.date(firstDay, "firstDay", typed),
                rule(typed),
                TypedInput.time(startsAt, "startsAt", typed),
                TypedInput.time(endsAt, "endsAt", typed),
                null,
                null,
                TypedInput.text(startLabel),
                TypedInput.text(startPostcode),
                TypedInput.text(startHouseNumber)
            );
            if (!form.startsAtAddress()) {
                // On the page the start is an address; without one, say so there and not as coordinates.
                typed.add(new FieldProblem("startPostcode", "rounds.start.address-required"));
            }
            return failOn(typed, form, f -> {
                List<FieldProblem> all = RoundRules.check(f);
                all.removeIf(p -> p.field().equals("startLat") || p.field().equals("startLon"));
                return all;
            });
        }

        private String rule(List<FieldProblem> typed) {
            Rhythm chosen = null;
            for (Rhythm r : Rhythm.values()) {
                if (r.name().equals(rhythm)) {
                    chosen = r;
                }
            }
            Integer count = TypedInput.whole(times, "times", typed);
            if (chosen == null) {
                typed.add(new FieldProblem("rrule", "rounds.choice.required"));
                return "";
            }
            if (count == null) {
                if (times == null || times.isBlank()) {
                    typed.add(new FieldProblem("times", "rounds.times.range", 1, MOST_TIMES));
                }
                return "";
            }
            if (count < 1 || count > MOST_TIMES) {
                typed.add(new FieldProblem("times", "rounds.times.range", 1, MOST_TIMES));
                return "";
            }
            return chosen.rule(count);
        }
    }

    /**
     * A recipient: chosen from the neighbours waiting for a round or from the residents at a looked-up
     * address ({@code lookupPostcode}, {@code lookupHouseNumber} keep that search on the page).
     */
    record RecipientPage(
        @Nullable String residentId,
        @Nullable String windowFrom,
        @Nullable String windowUntil,
        @Nullable String notes,
        @Nullable String consentMethod,
        @Nullable String lookupPostcode,
        @Nullable String lookupHouseNumber
    ) {
        static RecipientPage empty(LocalTime from, LocalTime until, @Nullable String postcode, @Nullable String house) {
            return new RecipientPage(null, time(from), time(until), null, null, postcode, house);
        }

        RecipientForm read() {
            List<FieldProblem> typed = new ArrayList<>();
            RecipientForm form = new RecipientForm(
                TypedInput.id(residentId, "residentId", typed),
                TypedInput.time(windowFrom, "windowFrom", typed),
                TypedInput.time(windowUntil, "windowUntil", typed),
                TypedInput.text(notes),
                method(consentMethod, typed)
            );
            return failOn(typed, form, RoundRules::check);
        }
    }

    /** A volunteer, found by address like a recipient, with how they travel and where they start and end. */
    record VolunteerPage(
        @Nullable String residentId,
        @Nullable String mode,
        @Nullable String maxStops,
        @Nullable String startPoint,
        @Nullable String startPostcode,
        @Nullable String startHouseNumber,
        @Nullable String endPoint,
        @Nullable String endPostcode,
        @Nullable String endHouseNumber,
        @Nullable String lookupPostcode,
        @Nullable String lookupHouseNumber
    ) {
        /** Fifteen addresses: about two hours on foot. */
        static final String SUGGESTED_STOPS = "15";

        static VolunteerPage empty(@Nullable String postcode, @Nullable String house) {
            String home = RoutePoint.Kind.HOME.name();
            return new VolunteerPage(
                null,
                "WALKING",
                SUGGESTED_STOPS,
                home,
                null,
                null,
                home,
                null,
                null,
                postcode,
                house
            );
        }

        VolunteerForm read() {
            List<FieldProblem> typed = new ArrayList<>();
            VolunteerForm form = new VolunteerForm(
                TypedInput.id(residentId, "residentId", typed),
                TypedInput.text(mode),
                TypedInput.signedWhole(maxStops, "maxStops", typed),
                new RoutePoint(
                    TypedInput.text(startPoint),
                    TypedInput.text(startPostcode),
                    TypedInput.text(startHouseNumber)
                ),
                new RoutePoint(TypedInput.text(endPoint), TypedInput.text(endPostcode), TypedInput.text(endHouseNumber))
            );
            return failOn(typed, form, RoundRules::check);
        }
    }

    /** "Ik bak mee": how many pieces, and what. */
    record BakePage(@Nullable String pieces, @Nullable String what) {
        BakeForm read() {
            List<FieldProblem> typed = new ArrayList<>();
            BakeForm form = new BakeForm(TypedInput.signedWhole(pieces, "pieces", typed), TypedInput.text(what));
            return failOn(typed, form, RoundRules::check);
        }
    }

    /** Moving a stop by hand: to which volunteer, as which stop. */
    record MovePage(@Nullable String recipient, @Nullable String volunteer, @Nullable String position) {}

    /**
     * The form when everything could be read; otherwise the unreadable fields and every rule the
     * rest breaks, each field named once.
     */
    private static <F> F failOn(List<FieldProblem> typed, F form, Function<F, List<FieldProblem>> rules) {
        if (typed.isEmpty()) {
            return form;
        }
        Set<String> named = typed.stream().map(FieldProblem::field).collect(Collectors.toSet());
        List<FieldProblem> all = new ArrayList<>(typed);
        rules
            .apply(form)
            .stream()
            .filter(p -> !named.contains(p.field()))
            .forEach(all::add);
        throw new InvalidInput(all);
    }

    private static @Nullable ConsentMethod method(@Nullable String value, List<FieldProblem> problems) {
        String text = TypedInput.text(value);
        if (text.isEmpty()) {
            return null;
        }
        for (ConsentMethod m : ConsentMethod.values()) {
            if (m.name().equals(text)) {
                return m;
            }
        }
        problems.add(new FieldProblem("consentMethod", "rounds.choice.unknown"));
        return null;
    }

    private static String time(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
