package nl.buurtkracht.fabric;

/** Where a contact between two residents was learned, with the weight one such contact adds to their tie. */
public enum ContactSource {
    /** One helped the other with an ask. */
    HELP_MATCHED(1.0),
    /** Two neighbours met as arranged (a "vaste prik"). */
    ARRANGEMENT_MET(1.0),
    /** A round's volunteer visited a recipient. */
    VISIT_MADE(1.0),
    /** Both came to the same small activity. */
    ACTIVITY_TOGETHER(0.5),
    /** Both work on the same initiative. */
    INITIATIVE_TOGETHER(0.5),
    /** Someone of a resident's watch circle said they saw them. */
    WATCH_SEEN(1.0);

    private final double weight;

    ContactSource(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
