package nl.buurtkracht.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.buurtkracht.directory.ServiceForm;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The field rules of a service, in one place, so that the pages, the API and the CSV import refuse
 * the same input with the same reasons. Field names are those of {@link ServiceForm}.
 */
public final class ServiceRules {

    public static final String NAME = "name";
    public static final String PURPOSE = "purpose";
    public static final String CONTACT = "contact";
    public static final String OPENING_HOURS = "openingHours";
    public static final String ADDRESS = "address";
    public static final String LAT = "lat";
    public static final String LON = "lon";
    public static final String NEIGHBOURHOODS = "neighbourhoods";

    public static final int MAX_NAME = 120;
    public static final int MAX_PURPOSE = 1000;
    public static final int MAX_CONTACT = 300;
    public static final int MAX_OPENING_HOURS = 300;
    public static final int MAX_ADDRESS = 200;

    /** The box around the Netherlands; a point outside it is a typing error or swapped coordinates. */
    public static final double MIN_LAT = 50.7;

    public static final double MAX_LAT = 53.7;
    public static final double MIN_LON = 3.2;
    public static final double MAX_LON = 7.3;

    private ServiceRules() {}

    /** Every field problem of the form; {@code known} are the neighbourhood ids that exist. */
    public static List<FieldProblem> check(ServiceForm form, Set<Long> known) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.name().isEmpty()) {
            problems.add(new FieldProblem(NAME, "services.name.required"));
        } else if (form.name().length() > MAX_NAME) {
            problems.add(new FieldProblem(NAME, "services.name.too-long", MAX_NAME));
        }
        if (form.purpose().isEmpty()) {
            problems.add(new FieldProblem(PURPOSE, "services.purpose.required"));
        } else if (form.purpose().length() > MAX_PURPOSE) {
            problems.add(new FieldProblem(PURPOSE, "services.purpose.too-long", MAX_PURPOSE));
        }
        if (form.contact().length() > MAX_CONTACT) {
            problems.add(new FieldProblem(CONTACT, "services.contact.too-long", MAX_CONTACT));
        }
        if (form.openingHours().length() > MAX_OPENING_HOURS) {
            problems.add(new FieldProblem(OPENING_HOURS, "services.opening-hours.too-long", MAX_OPENING_HOURS));
        }
        if (form.address().length() > MAX_ADDRESS) {
            problems.add(new FieldProblem(ADDRESS, "services.address.too-long", MAX_ADDRESS));
        }
        coordinates(form.lat(), form.lon(), problems);
        if (form.neighbourhoodIds().isEmpty()) {
            problems.add(new FieldProblem(NEIGHBOURHOODS, "services.neighbourhoods.required"));
        } else if (!known.containsAll(form.neighbourhoodIds())) {
            problems.add(new FieldProblem(NEIGHBOURHOODS, "services.neighbourhoods.unknown"));
        }
        return problems;
    }

    private static void coordinates(@Nullable Double lat, @Nullable Double lon, List<FieldProblem> problems) {
        if (lat == null && lon != null) {
            problems.add(new FieldProblem(LAT, "services.lat.missing"));
        }
        if (lon == null && lat != null) {
            problems.add(new FieldProblem(LON, "services.lon.missing"));
        }
        if (lat != null && !(lat >= MIN_LAT && lat <= MAX_LAT)) {
            problems.add(new FieldProblem(LAT, "services.lat.outside", MIN_LAT, MAX_LAT));
        }
        if (lon != null && !(lon >= MIN_LON && lon <= MAX_LON)) {
            problems.add(new FieldProblem(LON, "services.lon.outside", MIN_LON, MAX_LON));
        }
    }
}
