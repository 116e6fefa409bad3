package nl.buurtkracht.crisis;

/**
 * How a host found a neighbour during a crisis. The weight decides when two hosts tick the same
 * person at once: needing help weighs most, then OK (someone reached them), then not reached.
 */
public enum CheckStatus {
    NOT_REACHED(1),
    OK(2),
    NEEDS_HELP(3);

    private final int weight;

    CheckStatus(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
