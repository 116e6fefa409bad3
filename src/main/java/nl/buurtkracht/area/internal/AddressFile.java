package nl.buurtkracht.area.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkracht.area.ImportReport.RowProblem;
import nl.buurtkracht.system.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads an address file (CSV like a BAG extract) and checks every row on its own, so that one
 * pass reports every bad row; checks against the database come afterwards.
 */
public final class AddressFile {

    /** More rows than a large Dutch city has addresses is a mistake, not an extract. */
    public static final int MAX_ROWS = 200_000;

    /** Names, streets and places longer than this are a column mix-up, not a name. */
    static final int MAX_TEXT = 120;

    static final double MIN_LAT = 50.7;
    static final double MAX_LAT = 53.7;
    static final double MIN_LON = 3.2;
    static final double MAX_LON = 7.3;

    /** A problem with a whole row, such as the wrong number of columns. */
    static final String ROW = "row";

    private static final Pattern POSTCODE = Pattern.compile("^([1-9][0-9]{3})\\s?([A-Za-z]{2})$");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^[0-9]{1,5}$");
    private static final Pattern HOUSE_LETTER = Pattern.compile("^[A-Za-z]?$");
    private static final Pattern ADDITION = Pattern.compile("^[A-Za-z0-9]{0,4}$");
    private static final Pattern DECIMAL = Pattern.compile("^-?[0-9]{1,3}([.,][0-9]+)?$");
    private static final Pattern BUURTCODE = Pattern.compile("^BU([0-9]{8})$");
    private static final Pattern WIJKCODE = Pattern.compile("^WK([0-9]{6})$");

    /**
     * What the file holds: the rows that passed their own checks, the problems of the others, and
     * whether the file could be read at all (a missing column or broken quoting stops everything).
     */
    public record Parsed(int rowsRead, List<AddressRow> rows, List<RowProblem> problems, boolean readable) {
        static Parsed unreadable(int rowsRead, RowProblem problem) {
            return new Parsed(rowsRead, List.of(), List.of(problem), false);
        }
    }

    private AddressFile() {}

    public static Parsed read(byte[] bytes) {
        String text = SpreadsheetText.decode(bytes);
        var format = CSVFormat.Builder.create()
            .setDelimiter(SpreadsheetText.delimiter(text))
            .setQuote('"')
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            return read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string cannot fail", e);
        }
    }

    private static Parsed read(CSVParser parser) {
        Iterator<CSVRecord> records = parser.iterator();
        Map<AddressColumn, Integer> columns = new EnumMap<>(AddressColumn.class);
        int headerSize = 0;
        int rowsRead = 0;
        List<AddressRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        while (true) {
            // The parser counts line breaks, so a record starts on the line after the last one read.
            int line = Math.toIntExact(parser.getCurrentLineNumber() + 1);
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                return Parsed.unreadable(rowsRead, new RowProblem(line, ROW, "imports.row.malformed"));
            }
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            if (headerSize == 0) {
                headerSize = record.size();
                List<RowProblem> missing = header(record, line, columns);
                if (!missing.isEmpty()) {
                    return new Parsed(0, List.of(), missing, false);
                }
                continue;
            }
            if (++rowsRead > MAX_ROWS) {
                return Parsed.unreadable(rowsRead, RowProblem.ofFile("imports.file.too-many-rows", MAX_ROWS));
            }
            var row = new RowCheck(line, record, columns, problems).row(headerSize);
            if (row != null) {
                Integer first = firstLineOf.putIfAbsent(row.key(), line);
                if (first != null) {
                    problems.add(
                        new RowProblem(
                            line,
                            AddressColumn.HUISNUMMER.label(),
                            "imports.address.duplicate",
                            String.valueOf(first)
                        )
                    );
                } else {
                    rows.add(row);
                }
            }
        }
        if (headerSize == 0 || rowsRead == 0) {
            return Parsed.unreadable(0, RowProblem.ofFile("imports.file.empty"));
        }
        return new Parsed(rowsRead, rows, problems, true);
    }

    /** Maps the header's cells to columns; returns a problem for each required column it lacks. */
    private static List<RowProblem> header(CSVRecord header, int line, Map<AddressColumn, Integer> columns) {
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            AddressColumn.named(header.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        List<RowProblem> missing = new ArrayList<>();
        for (AddressColumn column : AddressColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                missing.add(new RowProblem(line, column.label(), "imports.header.missing", column.label()));
            }
        }
        return missing;
    }

    /** The checks of one row; each bad field adds a problem, and only a row without any becomes an address. */
    private static final class RowCheck {

        private final int line;
        private final CSVRecord record;
        private final Map<AddressColumn, Integer> columns;
        private final List<RowProblem> problems;
        private final int problemsBefore;

        RowCheck(int line, CSVRecord record, Map<AddressColumn, Integer> columns, List<RowProblem> problems) {
            this.line = line;
            this.record = record;
            this.columns = columns;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        @Nullable
        AddressRow row(int headerSize) {
            if (record.size() < headerSize || (record.size() > headerSize && !extraCellsEmpty(headerSize))) {
                problems.add(new RowProblem(line, ROW, "imports.row.columns", record.size(), headerSize));
                return null;
            }
            String postcode = postcode();
            int houseNumber = houseNumber();
            String letter = matching(AddressColumn.HUISLETTER, HOUSE_LETTER, "imports.house-letter.invalid");
            String addition = matching(AddressColumn.TOEVOEGING, ADDITION, "imports.addition.invalid");
            String street = text(AddressColumn.STRAAT);
            String place = text(AddressColumn.WOONPLAATS);
            double lat = coordinate(AddressColumn.LAT, MIN_LAT, MAX_LAT);
            double lon = coordinate(AddressColumn.LON, MIN_LON, MAX_LON);
            String neighbourhoodCode = code(AddressColumn.BUURTCODE, BUURTCODE, "imports.buurtcode.invalid");
            String districtCode = code(AddressColumn.WIJKCODE, WIJKCODE, "imports.wijkcode.invalid");
            String neighbourhoodName = text(AddressColumn.BUURTNAAM);
            String districtName = text(AddressColumn.WIJKNAAM);
            if (!neighbourhoodCode.isEmpty() && !districtCode.isEmpty()) {
                if (!neighbourhoodCode.substring(2, 8).equals(districtCode.substring(2))) {
                    problem(AddressColumn.BUURTCODE, "imports.buurtcode.other-wijk", districtCode);
                }
            }
            if (problems.size() > problemsBefore) {
                return null;
            }
            return new AddressRow(
                line,
                postcode,
                houseNumber,
                letter.toUpperCase(Locale.ROOT),
                addition.toUpperCase(Locale.ROOT),
                street,
                place,
                lat,
                lon,
                neighbourhoodCode,
                districtCode,
                neighbourhoodName.isEmpty() ? neighbourhoodCode : neighbourhoodName,
                districtName.isEmpty() ? districtCode : districtName
            );
        }

        private boolean extraCellsEmpty(int headerSize) {
            for (int i = headerSize; i < record.size(); i++) {
                if (!record.get(i).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private String postcode() {
            String value = required(AddressColumn.POSTCODE);
            if (value.isEmpty()) {
                return "";
            }
            Matcher m = POSTCODE.matcher(value);
            if (!m.matches()) {
                problem(AddressColumn.POSTCODE, "imports.postcode.invalid");
                return "";
            }
            return m.group(1) + m.group(2).toUpperCase(Locale.ROOT);
        }

        private int houseNumber() {
            String value = required(AddressColumn.HUISNUMMER);
            if (value.isEmpty()) {
                return 0;
            }
            if (!HOUSE_NUMBER.matcher(value).matches() || Integer.parseInt(value) < 1) {
                problem(AddressColumn.HUISNUMMER, "imports.house-number.invalid");
                return 0;
            }
            return Integer.parseInt(value);
        }

        private String matching(AddressColumn column, Pattern pattern, String messageKey) {
            String value = cell(column);
            if (!pattern.matcher(value).matches()) {
                problem(column, messageKey);
                return "";
            }
            return value;
        }

        /** Optional columns may stay empty; required ones may not; neither may be absurdly long. */
        private String text(AddressColumn column) {
            String value = column.required() ? required(column) : cell(column);
            if (value.length() > MAX_TEXT) {
                problem(column, "imports.text.too-long", MAX_TEXT);
                return "";
            }
            return value;
        }

        /** A decimal degree; a decimal comma, as Dutch spreadsheets write it, is fine too. */
        private double coordinate(AddressColumn column, double min, double max) {
            String value = required(column);
            if (value.isEmpty()) {
                return 0;
            }
            if (!DECIMAL.matcher(value).matches()) {
                problem(column, "imports.coordinate.invalid");
                return 0;
            }
            double degrees = Double.parseDouble(value.replace(',', '.'));
            if (degrees < min || degrees > max) {
                problem(column, "imports.coordinate.outside", min, max);
                return 0;
            }
            return degrees;
        }

        private String code(AddressColumn column, Pattern pattern, String messageKey) {
            String value = required(column).toUpperCase(Locale.ROOT);
            if (value.isEmpty()) {
                return "";
            }
            if (!pattern.matcher(value).matches()) {
                problem(column, messageKey);
                return "";
            }
            return value;
        }

        private String required(AddressColumn column) {
            String value = cell(column);
            if (value.isEmpty()) {
                problem(column, "imports.value.required");
            }
            return value;
        }

        private String cell(AddressColumn column) {
            Integer index = columns.get(column);
            return index == null ? "" : record.get(index);
        }

        private void problem(AddressColumn column, String messageKey, Object... args) {
            problems.add(new RowProblem(line, column.label(), messageKey, args));
        }
    }
}
