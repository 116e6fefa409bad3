package nl.buurtkracht.round.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkracht.round.BakeForm;
import nl.buurtkracht.round.RecipientForm;
import nl.buurtkracht.round.RoundForm;
import nl.buurtkracht.round.RoutePoint;
import nl.buurtkracht.round.Seemed;
import nl.buurtkracht.round.SignupForm;
import nl.buurtkracht.round.TravelMode;
import nl.buurtkracht.round.VisitForm;
import nl.buurtkracht.round.VolunteerForm;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Every field rule of rounds, recipients, volunteers, sign-ups and visits; each problem names its field. */
public final class RoundRules {

    public static final int LONGEST_NAME = 120;
    public static final int LONGEST_CARD = 1000;
    public static final int LONGEST_LABEL = 200;
    public static final int LONGEST_NOTES = 300;
    public static final int LONGEST_WISH = 500;
    public static final int MOST_STOPS = 60;
    public static final int MOST_PIECES = 500;
    public static final int LONGEST_BAKE = 100;

    /** A Dutch postcode as people write it: "1234 ab", "1234AB". */
    private static final Pattern POSTCODE = Pattern.compile("^([1-9][0-9]{3})\\s?([A-Za-z]{2})$");

    /** A house number with an optional letter and addition: "12", "12a", "12 a-2", "12-bis". */
    private static final Pattern HOUSE = Pattern.compile(
        "^(\\d{1,5})\\s*([A-Za-z])?(?:\\s*[-\\s]\\s*([A-Za-z0-9]{1,4}))?$"
    );

    /** An address as typed, in the form the address table keeps it. */
    public record AddressKey(String postcode, int houseNumber, String letter, String addition) {}

    private RoundRules() {}

    public static List<FieldProblem> check(RoundForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.initiativeId() == null) {
            problems.add(new FieldProblem("initiativeId", "rounds.initiative.required"));
        }
        if (form.name().isBlank()) {
            problems.add(new FieldProblem("name", "rounds.name.required"));
        }
        text(problems, "name", form.name(), LONGEST_NAME);
        text(problems, "cardText", form.cardText(), LONGEST_CARD);
        text(problems, "startLabel", form.startLabel(), LONGEST_LABEL);
        window(problems, "startsAt", "endsAt", form.startsAt(), form.endsAt());
        if (form.startsAtAddress()) {
            address("start", form.startPostcode(), form.startHouseNumber(), problems);
        } else {
            if (form.startLat() == null || form.startLat() < -90 || form.startLat() > 90) {
                problems.add(new FieldProblem("startLat", "rounds.start.lat"));
            }
            if (form.startLon() == null || form.startLon() < -180 || form.startLon() > 180) {
                problems.add(new FieldProblem("startLon", "rounds.start.lon"));
            }
        }
        if (form.firstDay() == null) {
            problems.add(new FieldProblem("firstDay", "rounds.first-day.required"));
        }
        if (form.rrule().isBlank()) {
            problems.add(new FieldProblem("rrule", "rounds.rrule.required"));
        } else if (form.firstDay() != null) {
            days(form.firstDay(), form.startsAt() == null ? LocalTime.NOON : form.startsAt(), form.rrule(), problems);
        }
        return problems;
    }

    public static List<FieldProblem> check(RecipientForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.residentId() == null) {
            problems.add(new FieldProblem("residentId", "rounds.recipient.required"));
        }
        window(problems, "windowFrom", "windowUntil", form.windowFrom(), form.windowUntil());
        text(problems, "notes", form.notes(), LONGEST_NOTES);
        return problems;
    }

    public static List<FieldProblem> check(VolunteerForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.residentId() == null) {
            problems.add(new FieldProblem("residentId", "rounds.volunteer.required"));
        }
        named(problems, "mode", form.mode(), TravelMode.class);
        if (form.maxStops() == null || form.maxStops() < 1 || form.maxStops() > MOST_STOPS) {
            problems.add(new FieldProblem("maxStops", "rounds.max-stops.range", 1, MOST_STOPS));
        }
        point(problems, "start", form.start());
        point(problems, "end", form.end());
        return problems;
    }

    public static List<FieldProblem> check(BakeForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.pieces() == null || form.pieces() < 1 || form.pieces() > MOST_PIECES) {
            problems.add(new FieldProblem("pieces", "rounds.pieces.range", 1, MOST_PIECES));
        }
        text(problems, "what", form.what(), LONGEST_BAKE);
        return problems;
    }

    /**
     * Reads an address typed as postcode and house number; a problem names the field
     * ({@code prefix + "Postcode"}, {@code prefix + "HouseNumber"}) and the result is then empty.
     */
    public static Optional<AddressKey> address(
        String prefix,
        String postcode,
        String houseNumber,
        List<FieldProblem> problems
    ) {
        Matcher pc = POSTCODE.matcher(postcode.strip());
        Matcher house = HOUSE.matcher(houseNumber.strip());
        boolean valid = true;
        if (!pc.matches()) {
            problems.add(new FieldProblem(prefix + "Postcode", "rounds.postcode.invalid"));
            valid = false;
        }
        if (!house.matches()) {
            problems.add(new FieldProblem(prefix + "HouseNumber", "rounds.house-number.invalid"));
            valid = false;
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(
            new AddressKey(
                pc.group(1) + pc.group(2).toUpperCase(Locale.ROOT),
                Integer.parseInt(house.group(1)),
                house.group(2) == null ? "" : house.group(2).toUpperCase(Locale.ROOT),
                house.group(3) == null ? "" : house.group(3).toUpperCase(Locale.ROOT)
            )
        );
    }

    /** A volunteer's start or end: one of the kinds, and for an address a readable postcode and number. */
    private static void point(List<FieldProblem> problems, String prefix, RoutePoint point) {
        Optional<RoutePoint.Kind> kind = named(problems, prefix + "Point", point.point(), RoutePoint.Kind.class);
        if (kind.isPresent() && kind.get() == RoutePoint.Kind.ADDRESS) {
            address(prefix, point.postcode(), point.houseNumber(), problems);
        }
    }

    public static List<FieldProblem> check(SignupForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        window(problems, "availableFrom", "availableUntil", form.availableFrom(), form.availableUntil());
        return problems;
    }

    public static List<FieldProblem> check(VisitForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.recipientResidentId() == null) {
            problems.add(new FieldProblem("recipientResidentId", "rounds.recipient.required"));
        }
        if (!form.outcome().equals("VISITED") && !form.outcome().equals("MISSED")) {
            problems.add(new FieldProblem("outcome", "rounds.visit.outcome"));
        } else if (form.outcome().equals("VISITED")) {
            named(problems, "seemed", form.seemed(), Seemed.class);
        }
        text(problems, "wish", form.wish(), LONGEST_WISH);
        return problems;
    }

    /** Every day of a round, from its first day; a rule that does not end or does not fit is a problem of "rrule". */
    public static List<LocalDate> days(LocalDate first, LocalTime start, String rrule, List<FieldProblem> problems) {
        try {
            return Recurrence.of(rrule)
                .starts(LocalDateTime.of(first, start))
                .stream()
                .map(LocalDateTime::toLocalDate)
                .toList();
        } catch (Recurrence.Refused e) {
            // One message per reason: rounds.rrule.unbounded, rounds.rrule.too-often, ...
            String reason = "rounds.rrule." + e.problem().name().toLowerCase(Locale.ROOT).replace('_', '-');
            problems.add(new FieldProblem("rrule", reason, Recurrence.HORIZON_YEARS, Recurrence.MOST));
            return List.of();
        }
    }

    private static void window(
        List<FieldProblem> problems,
        String fromField,
        String untilField,
        @Nullable LocalTime from,
        @Nullable LocalTime until
    ) {
        if (from == null) {
            problems.add(new FieldProblem(fromField, "rounds.time.required"));
        }
        if (until == null) {
            problems.add(new FieldProblem(untilField, "rounds.time.required"));
        }
        if (from != null && until != null && !until.isAfter(from)) {
            problems.add(new FieldProblem(untilField, "rounds.window.ends-before-start"));
        }
    }

    private static <E extends Enum<E>> Optional<E> named(
        List<FieldProblem> problems,
        String field,
        String value,
        Class<E> type
    ) {
        Optional<E> found = Arrays.stream(type.getEnumConstants())
            .filter(e -> e.name().equals(value))
            .findFirst();
        if (found.isEmpty()) {
            problems.add(new FieldProblem(field, value.isBlank() ? "rounds.choice.required" : "rounds.choice.unknown"));
        }
        return found;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int longest) {
        if (value.length() > longest) {
            problems.add(new FieldProblem(field, "rounds.too-long", longest));
        }
    }
}
