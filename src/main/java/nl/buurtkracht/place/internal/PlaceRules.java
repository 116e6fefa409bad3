package nl.buurtkracht.place.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.buurtkracht.place.ClosureForm;
import nl.buurtkracht.place.HelpDeskForm;
import nl.buurtkracht.place.PlaceForm;
import nl.buurtkracht.place.RoomForm;
import nl.buurtkracht.place.SpecialOpeningForm;
import nl.buurtkracht.place.WeeklyPeriod;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The field rules of places, rooms, hours, closures and help-desk hours in one place, so that the
 * pages and the API refuse the same input with the same reasons. Field names are those of the forms.
 */
public final class PlaceRules {

    public static final String NAME = "name";
    public static final String OPERATOR = "operator";
    public static final String DESCRIPTION = "description";
    public static final String ADDRESS = "addressId";
    public static final String ADDRESS_LINE = "addressLine";
    public static final String NEIGHBOURHOOD = "neighbourhoodId";
    public static final String LAT = "lat";
    public static final String LON = "lon";
    public static final String CAPACITY = "capacity";
    public static final String HOURS = "hours";
    public static final String FROM = "from";
    public static final String UNTIL = "until";
    public static final String REASON = "reason";
    public static final String DAY = "day";
    public static final String STARTS = "starts";
    public static final String ENDS = "ends";
    public static final String TOPIC = "topic";
    public static final String SPECIAL_DAY = "specialDay";
    public static final String SPECIAL_OPENS = "specialOpens";
    public static final String SPECIAL_CLOSES = "specialCloses";
    public static final String SPECIAL_NOTE = "specialNote";

    public static final int MAX_NAME = 120;
    public static final int MAX_OPERATOR = 120;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_ADDRESS_LINE = 200;
    public static final int MAX_ROOM_NAME = 80;
    public static final int MAX_REASON = 200;
    public static final int MAX_TOPIC = 200;
    public static final int MAX_CAPACITY = 10_000;

    /** The box around the Netherlands; a point outside it is a typing error or swapped coordinates. */
    public static final double MIN_LAT = 50.7;

    public static final double MAX_LAT = 53.7;
    public static final double MIN_LON = 3.2;
    public static final double MAX_LON = 7.3;

    private PlaceRules() {}

    /** Every problem of the form's own fields; where it is comes from the address or the typed fields. */
    public static List<FieldProblem> check(PlaceForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        text(form.name(), NAME, MAX_NAME, true, "places.name", problems);
        text(form.operator(), OPERATOR, MAX_OPERATOR, false, "places.operator", problems);
        text(form.description(), DESCRIPTION, MAX_DESCRIPTION, false, "places.description", problems);
        if (form.addressLine().length() > MAX_ADDRESS_LINE) {
            problems.add(new FieldProblem(ADDRESS_LINE, "places.address-line.too-long", MAX_ADDRESS_LINE));
        }
        if (form.addressId() == null) {
            if (form.addressLine().isEmpty()) {
                problems.add(new FieldProblem(ADDRESS_LINE, "places.address-line.required"));
            }
            if (form.neighbourhoodId() == null) {
                problems.add(new FieldProblem(NEIGHBOURHOOD, "places.neighbourhood.required"));
            }
            if (form.lat() == null) {
                problems.add(new FieldProblem(LAT, "places.lat.required"));
            }
            if (form.lon() == null) {
                problems.add(new FieldProblem(LON, "places.lon.required"));
            }
        }
        if (form.lat() != null && !(form.lat() >= MIN_LAT && form.lat() <= MAX_LAT)) {
            problems.add(new FieldProblem(LAT, "places.lat.outside", MIN_LAT, MAX_LAT));
        }
        if (form.lon() != null && !(form.lon() >= MIN_LON && form.lon() <= MAX_LON)) {
            problems.add(new FieldProblem(LON, "places.lon.outside", MIN_LON, MAX_LON));
        }
        capacity(form.capacity(), CAPACITY, problems);
        return problems;
    }

    public static List<FieldProblem> check(RoomForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        text(form.name(), NAME, MAX_ROOM_NAME, true, "places.room.name", problems);
        capacity(form.capacity(), CAPACITY, problems);
        return problems;
    }

    /** Periods must be in order within a day and must not overlap; the field is {@code hours-MONDAY} etc. */
    public static List<FieldProblem> check(List<WeeklyPeriod> periods) {
        List<FieldProblem> problems = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WeeklyPeriod> ofDay = periods
                .stream()
                .filter(p -> p.day() == day)
                .sorted(Comparator.comparing(WeeklyPeriod::opens))
                .toList();
            String field = hoursField(day);
            if (ofDay.stream().anyMatch(p -> !p.opens().isBefore(p.closes()))) {
                problems.add(new FieldProblem(field, "places.hours.closes-before-opens"));
            } else {
                for (int i = 1; i < ofDay.size(); i++) {
                    if (ofDay.get(i).opens().isBefore(ofDay.get(i - 1).closes())) {
                        problems.add(new FieldProblem(field, "places.hours.overlap"));
                        break;
                    }
                }
            }
        }
        return problems;
    }

    public static String hoursField(DayOfWeek day) {
        return HOURS + "-" + day.name();
    }

    public static List<FieldProblem> check(ClosureForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.from() == null) {
            problems.add(new FieldProblem(FROM, "places.closure.from.required"));
        }
        if (form.from() != null && form.until() != null && !form.until().isAfter(form.from())) {
            problems.add(new FieldProblem(UNTIL, "places.closure.until.before-from"));
        }
        if (form.reason().length() > MAX_REASON) {
            problems.add(new FieldProblem(REASON, "places.closure.reason.too-long", MAX_REASON));
        }
        return problems;
    }

    public static List<FieldProblem> check(HelpDeskForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.day() == null) {
            problems.add(new FieldProblem(DAY, "places.help-desk.day.required"));
        }
        if (form.starts() == null) {
            problems.add(new FieldProblem(STARTS, "places.help-desk.starts.required"));
        }
        if (form.ends() == null) {
            problems.add(new FieldProblem(ENDS, "places.help-desk.ends.required"));
        }
        if (form.starts() != null && form.ends() != null && !form.ends().isAfter(form.starts())) {
            problems.add(new FieldProblem(ENDS, "places.help-desk.ends.before-starts"));
        }
        text(form.topic(), TOPIC, MAX_TOPIC, true, "places.help-desk.topic", problems);
        return problems;
    }

    public static List<FieldProblem> check(SpecialOpeningForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.day() == null) {
            problems.add(new FieldProblem(SPECIAL_DAY, "places.special.day.required"));
        }
        if (form.opens() == null) {
            problems.add(new FieldProblem(SPECIAL_OPENS, "places.special.opens.required"));
        }
        if (form.closes() == null) {
            problems.add(new FieldProblem(SPECIAL_CLOSES, "places.special.closes.required"));
        }
        if (form.opens() != null && form.closes() != null && !form.closes().isAfter(form.opens())) {
            problems.add(new FieldProblem(SPECIAL_CLOSES, "places.special.closes.before-opens"));
        }
        if (form.note().length() > MAX_REASON) {
            problems.add(new FieldProblem(SPECIAL_NOTE, "places.special.note.too-long", MAX_REASON));
        }
        return problems;
    }

    private static void capacity(@Nullable Integer capacity, String field, List<FieldProblem> problems) {
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            problems.add(new FieldProblem(field, "places.capacity.range", MAX_CAPACITY));
        }
    }

    private static void text(
        String value,
        String field,
        int max,
        boolean required,
        String keyPrefix,
        List<FieldProblem> problems
    ) {
        if (required && value.isEmpty()) {
            problems.add(new FieldProblem(field, keyPrefix + ".required"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, keyPrefix + ".too-long", max));
        }
    }
}
