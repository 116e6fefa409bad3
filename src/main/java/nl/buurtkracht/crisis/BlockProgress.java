package nl.buurtkracht.crisis;

/**
 * How far the check-ins of one block are, for the builder: counts only. A block without a host has
 * nobody to tick its list, which the builder should see.
 */
public record BlockProgress(
    long blockId,
    String blockName,
    String streetName,
    int hosts,
    int listed,
    int ok,
    int needingHelp,
    int notReached
) {
    public int open() {
        return listed - ok - needingHelp - notReached;
    }
}
