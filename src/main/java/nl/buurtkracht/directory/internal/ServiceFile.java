package nl.buurtkracht.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.buurtkracht.directory.ServiceImportReport;
import nl.buurtkracht.directory.ServiceImportReport.RowProblem;
import nl.buurtkracht.system.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a service file ({@code naam;waarvoor;contact;openingstijden;adres;lat;lon;buurtcodes}) and
 * checks what a row can tell on its own, so that one pass reports every bad row; the field rules
 * and the checks against the database come afterwards.
 */
public final class ServiceFile {

    /** A whole municipality's sociale kaart fits many times over; more is a mistake. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);
    public static final int MAX_ROWS = 10_000;

    public static final String NAAM = "naam";
    public static final String WAARVOOR = "waarvoor";
    public static final String CONTACT = "contact";
    public static final String OPENINGSTIJDEN = "openingstijden";
    public static final String ADRES = "adres";
    public static final String LAT = "lat";
    public static final String LON = "lon";
    public static final String BUURTCODES = "buurtcodes";

    /** The columns in the order of the example header; the first two and the last are required. */
    private static final List<String> COLUMNS = List.of(
        NAAM,
        WAARVOOR,
        CONTACT,
        OPENINGSTIJDEN,
        ADRES,
        LAT,
        LON,
        BUURTCODES
    );

    private static final List<String> REQUIRED = List.of(NAAM, WAARVOOR, BUURTCODES);

    /** The file's column for each field of {@link nl.buurtkracht.directory.ServiceForm}. */
    public static final Map<String, String> COLUMN_OF_FIELD = Map.of(
        ServiceRules.NAME,
        NAAM,
        ServiceRules.PURPOSE,
        WAARVOOR,
        ServiceRules.CONTACT,
        CONTACT,
        ServiceRules.OPENING_HOURS,
        OPENINGSTIJDEN,
        ServiceRules.ADDRESS,
        ADRES,
        ServiceRules.LAT,
        LAT,
        ServiceRules.LON,
        LON,
        ServiceRules.NEIGHBOURHOODS,
        BUURTCODES
    );

    private static final Pattern DECIMAL = Pattern.compile("^-?[0-9]{1,3}([.,][0-9]+)?$");
    private static final Pattern BUURTCODE = Pattern.compile("^BU[0-9]{8}$");
    private static final Pattern CODE_SEPARATOR = Pattern.compile("[|\\s]+");

    /** What the file holds: the rows that passed their own checks, the problems of the others. */
    public record Parsed(int rowsRead, List<ServiceRow> rows, List<RowProblem> problems, boolean readable) {
        static Parsed unreadable(int rowsRead, RowProblem problem) {
            return new Parsed(rowsRead, List.of(), List.of(problem), false);
        }
    }

    private ServiceFile() {}

    /** The whole upload, or empty when it is larger than {@link #MAX_BYTES}. */
    public static Optional<byte[]> readAtMost(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
    }

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
        Map<String, Integer> columns = new LinkedHashMap<>();
        int headerSize = 0;
        int rowsRead = 0;
        List<ServiceRow> rows = new ArrayList<>();
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
                return Parsed.unreadable(
                    rowsRead,
                    new RowProblem(line, ServiceImportReport.ROW, "services.import.row.malformed")
                );
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
                return Parsed.unreadable(rowsRead, RowProblem.ofFile("services.import.file.too-many-rows", MAX_ROWS));
            }
            ServiceRow row = new RowCheck(line, record, columns, problems).row(headerSize);
            if (row != null) {
                Integer first = firstLineOf.putIfAbsent(row.name(), line);
                if (first != null) {
                    problems.add(new RowProblem(line, NAAM, "services.import.duplicate", String.valueOf(first)));
                } else {
                    rows.add(row);
                }
            }
        }
        if (headerSize == 0 || rowsRead == 0) {
            return Parsed.unreadable(0, RowProblem.ofFile("services.import.file.empty"));
        }
        return new Parsed(rowsRead, rows, problems, true);
    }

    private static List<RowProblem> header(CSVRecord header, int line, Map<String, Integer> columns) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(name)) {
                columns.putIfAbsent(name, i);
            }
        }
        List<RowProblem> missing = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!columns.containsKey(column)) {
                missing.add(new RowProblem(line, column, "services.import.header.missing", column));
            }
        }
        return missing;
    }

    /** The checks of one row that need nothing but the row; each bad cell adds a problem. */
    private static final class RowCheck {

        private final int line;
        private final CSVRecord record;
        private final Map<String, Integer> columns;
        private final List<RowProblem> problems;
        private final int problemsBefore;

        RowCheck(int line, CSVRecord record, Map<String, Integer> columns, List<RowProblem> problems) {
            this.line = line;
            this.record = record;
            this.columns = columns;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        @Nullable
        ServiceRow row(int headerSize) {
            if (record.size() < headerSize || (record.size() > headerSize && !extraCellsEmpty(headerSize))) {
                problems.add(
                    new RowProblem(
                        line,
                        ServiceImportReport.ROW,
                        "services.import.row.columns",
                        record.size(),
                        headerSize
                    )
                );
                return null;
            }
            Double lat = coordinate(LAT, "services.lat.invalid");
            Double lon = coordinate(LON, "services.lon.invalid");
            List<String> codes = codes();
            if (problems.size() > problemsBefore) {
                return null;
            }
            return new ServiceRow(
                line,
                cell(NAAM),
                cell(WAARVOOR),
                cell(CONTACT),
                cell(OPENINGSTIJDEN),
                cell(ADRES),
                lat,
                lon,
                codes
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

        /** A decimal degree, or nothing; a decimal comma, as Dutch spreadsheets write it, is fine too. */
        private @Nullable Double coordinate(String column, String messageKey) {
            String value = cell(column);
            if (value.isEmpty()) {
                return null;
            }
            if (!DECIMAL.matcher(value).matches()) {
                problems.add(new RowProblem(line, column, messageKey));
                return null;
            }
            return Double.parseDouble(value.replace(',', '.'));
        }

        /** Codes separated by {@code |} or spaces; each must look like a CBS buurtcode. */
        private List<String> codes() {
            List<String> codes = new ArrayList<>();
            for (String code : CODE_SEPARATOR.split(cell(BUURTCODES))) {
                if (code.isEmpty()) {
                    continue;
                }
                String upper = code.toUpperCase(Locale.ROOT);
                if (!BUURTCODE.matcher(upper).matches()) {
                    problems.add(new RowProblem(line, BUURTCODES, "services.import.buurtcode.invalid", code));
                } else if (!codes.contains(upper)) {
                    codes.add(upper);
                }
            }
            return codes;
        }

        private String cell(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : record.get(index);
        }
    }
}
