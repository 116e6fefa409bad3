package nl.buurtkracht.round.planning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Solomon VRPTW instance in the standard text format, read by {@link #read(Path)}; a malformed
 * file fails with the line number and the name of the missing or broken column.
 */
public record SolomonInstance(String name, int vehicles, int capacity, Customer depot, List<Customer> customers) {
    public SolomonInstance {
        customers = List.copyOf(customers);
    }

    /** One row of the customer table; customer 0 is the depot. */
    public record Customer(int id, double x, double y, int demand, int ready, int due, int service) {}

    static final List<String> COLUMNS = List.of(
        "CUST NO.",
        "XCOORD.",
        "YCOORD.",
        "DEMAND",
        "READY TIME",
        "DUE DATE",
        "SERVICE TIME"
    );

    /** A Solomon file that does not follow the format. */
    public static final class FormatException extends PlanningInputException {

        public FormatException(String file, int line, String message) {
            super(file + " line " + line, message);
        }
    }

    public static SolomonInstance read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.ISO_8859_1));
    }

    public static SolomonInstance parse(String file, List<String> lines) {
        String name = null;
        int vehicles = -1;
        int capacity = -1;
        List<Customer> customers = new ArrayList<>();
        boolean inCustomers = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (name == null) {
                name = line;
                continue;
            }
            String upper = line.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("VEHICLE") || upper.startsWith("CUSTOMER")) {
                continue;
            }
            if (upper.startsWith("NUMBER")) {
                int next = nextNonBlank(lines, i + 1);
                if (next < 0) {
                    throw new FormatException(file, lineNo + 1, "missing the vehicle NUMBER and CAPACITY line");
                }
                String[] tokens = lines.get(next).strip().split("\\s+");
                List<String> columns = List.of("NUMBER", "CAPACITY");
                if (tokens.length < 2) {
                    throw new FormatException(
                        file,
                        next + 1,
                        "missing column " + columns.get(tokens.length) + " in the vehicle line"
                    );
                }
                vehicles = integer(file, next + 1, columns.get(0), tokens[0]);
                capacity = integer(file, next + 1, columns.get(1), tokens[1]);
                i = next;
                continue;
            }
            if (upper.startsWith("CUST")) {
                inCustomers = true;
                continue;
            }
            if (!inCustomers) {
                throw new FormatException(file, lineNo, "unexpected line before the customer table: " + line);
            }
            String[] tokens = line.split("\\s+");
            if (tokens.length < COLUMNS.size()) {
                throw new FormatException(
                    file,
                    lineNo,
                    "missing column " +
                    COLUMNS.get(tokens.length) +
                    " (found " +
                    tokens.length +
                    " of " +
                    COLUMNS.size() +
                    " columns: " +
                    String.join(", ", COLUMNS) +
                    ")"
                );
            }
            if (tokens.length > COLUMNS.size()) {
                throw new FormatException(
                    file,
                    lineNo,
                    "too many columns: " + tokens.length + " instead of " + COLUMNS.size()
                );
            }
            customers.add(
                new Customer(
                    integer(file, lineNo, COLUMNS.get(0), tokens[0]),
                    decimal(file, lineNo, COLUMNS.get(1), tokens[1]),
                    decimal(file, lineNo, COLUMNS.get(2), tokens[2]),
                    integer(file, lineNo, COLUMNS.get(3), tokens[3]),
                    integer(file, lineNo, COLUMNS.get(4), tokens[4]),
                    integer(file, lineNo, COLUMNS.get(5), tokens[5]),
                    integer(file, lineNo, COLUMNS.get(6), tokens[6])
                )
            );
        }
        if (name == null) {
            throw new FormatException(file, 1, "the file is empty");
        }
        if (vehicles < 0) {
            throw new FormatException(file, lines.size(), "no VEHICLE NUMBER and CAPACITY section");
        }
        if (customers.isEmpty()) {
            throw new FormatException(file, lines.size(), "no customer rows (the depot is customer 0)");
        }
        return new SolomonInstance(
            name,
            vehicles,
            capacity,
            customers.getFirst(),
            customers.subList(1, customers.size())
        );
    }

    /** As a planning problem: customers are stops, the fleet are volunteers at the depot. */
    public PlanningProblem toProblem() {
        List<Stop> stops = customers
            .stream()
            .map(c ->
                new Stop(
                    Integer.toString(c.id()),
                    new LatLon(c.y(), c.x()),
                    c.ready(),
                    c.due(),
                    c.service(),
                    c.demand(),
                    null
                )
            )
            .toList();
        LatLon home = new LatLon(depot.y(), depot.x());
        List<Volunteer> fleet = new ArrayList<>();
        for (int k = 1; k <= vehicles; k++) {
            fleet.add(
                new Volunteer(
                    "v" + k,
                    home,
                    home,
                    TravelMode.CAR,
                    customers.size(),
                    capacity,
                    depot.ready(),
                    depot.due()
                )
            );
        }
        return new PlanningProblem(stops, fleet);
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int integer(String file, int line, String column, String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new FormatException(file, line, "column " + column + " is not a whole number: '" + token + "'");
        }
    }

    private static double decimal(String file, int line, String column, String token) {
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new FormatException(file, line, "column " + column + " is not a number: '" + token + "'");
        }
    }
}
