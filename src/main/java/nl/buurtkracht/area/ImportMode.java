package nl.buurtkracht.area;

/** What an import does with a file that has bad rows: by default nothing, never half of it unasked. */
public enum ImportMode {
    /** A file with any bad row imports nothing. */
    ALL_OR_NOTHING,
    /** The good rows are imported and the bad ones are reported and skipped. */
    ONLY_VALID_ROWS,
}
