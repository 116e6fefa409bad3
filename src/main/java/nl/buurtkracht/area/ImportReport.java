package nl.buurtkracht.area;

import java.util.List;

/**
 * The outcome of an import, so that the person who chose the file sees exactly what happened. For
 * outlines a "row" is a feature and {@code line} its number, counted from 1.
 *
 * @param rowsRead rows (or features) read from the file
 * @param imported new addresses, or outlines for areas that had none
 * @param updated existing addresses, or outlines that replaced an earlier one
 * @param problems every bad row or feature; the web layer translates them
 * @param applied whether anything was written
 */
public record ImportReport(int rowsRead, int imported, int updated, List<RowProblem> problems, boolean applied) {
    /** The field name of a problem with the whole file. */
    public static final String FILE = "file";

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** Nothing written, with the reasons why. */
    public static ImportReport rejected(int rowsRead, List<RowProblem> problems) {
        return new ImportReport(rowsRead, 0, 0, problems, false);
    }

    /**
     * One thing wrong in a file. Line 0 means the file as a whole; {@code field} is a column name
     * such as {@code postcode}, or {@code file} or {@code row}.
     */
    public record RowProblem(int line, String field, String messageKey, Object... args) {
        public static RowProblem ofFile(String messageKey, Object... args) {
            return new RowProblem(0, FILE, messageKey, args);
        }
    }
}
