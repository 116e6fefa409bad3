package nl.buurtkracht.initiative;

/** The kinds of lines on an initiative's money-and-time page. */
public enum MoneyAndTime {
    BUDGET,
    FUNDING,
    HOURS,
}
