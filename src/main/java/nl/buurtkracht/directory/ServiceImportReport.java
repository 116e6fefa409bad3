package nl.buurtkracht.directory;

import java.util.List;

/**
 * The outcome of a service import, so that the builder who chose the file sees exactly what
 * happened.
 *
 * @param rowsRead rows read from the file, without the header
 * @param imported new services
 * @param updated existing services (same name) whose details the file replaced
 * @param problems every bad row; the web layer translates them
 * @param applied whether anything was written
 */
public record ServiceImportReport(int rowsRead, int imported, int updated, List<RowProblem> problems, boolean applied) {
    /** The field name of a problem with the whole file. */
    public static final String FILE = "file";

    /** The field name of a problem with a whole row, such as the wrong number of columns. */
    public static final String ROW = "row";

    public ServiceImportReport {
        problems = List.copyOf(problems);
    }

    /** Nothing written, with the reasons why. */
    public static ServiceImportReport rejected(int rowsRead, List<RowProblem> problems) {
        return new ServiceImportReport(rowsRead, 0, 0, problems, false);
    }

    /**
     * One thing wrong in a file. Line 0 means the file as a whole; {@code field} is a column name
     * such as {@code naam}, or {@code file} or {@code row}.
     */
    public record RowProblem(int line, String field, String messageKey, Object... args) {
        public static RowProblem ofFile(String messageKey, Object... args) {
            return new RowProblem(0, FILE, messageKey, args);
        }
    }
}
