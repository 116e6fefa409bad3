package nl.buurtkracht.report;

import java.util.Locale;

/**
 * What a report counts, in sections. Measures about people (and the time they gave) are suppressed
 * below ten people; counts of initiatives and funding, and the hours of professionals, are not about
 * residents and always show.
 */
public enum Measure {
    /** Residents on the platform living in the area (at their current address). */
    RESIDENTS(Section.REACH, true),
    /** Residents with at least one contact in the ledger, or who took part (asked, helped, joined, visited). */
    REACHED(Section.REACH, true),
    REACHED_BY_CONTACT(Section.REACH, true),
    REACHED_BY_TAKING_PART_ONLY(Section.REACH, true),
    /** Pairs of residents with at least one contact in the period. */
    TIES(Section.CONTACTS, true),
    /** Pairs whose first contact ever was in the period. */
    NEW_TIES(Section.CONTACTS, true),
    /** Pairs living on different streets. */
    BRIDGING_TIES(Section.CONTACTS, true),
    /** Pairs born 25 or more years apart. */
    INTERGENERATIONAL_TIES(Section.CONTACTS, true),
    INITIATIVES_ALIVE(Section.INITIATIVES, false),
    INITIATIVES_WITH_WARNINGS(Section.INITIATIVES, false),
    FUNDING_SOURCES_ENDING(Section.MONEY, false),
    FUNDING_ENDING_EUROS(Section.MONEY, false),
    INITIATIVES_WITH_FUNDING_ENDING(Section.MONEY, false),
    /** Hours community builders logged. */
    PROFESSIONAL_HOURS(Section.TIME, false),
    ROUND_VOLUNTEERS(Section.TIME, true),
    ROUND_VOLUNTEER_HOURS(Section.TIME, true),
    ROUND_VISITS(Section.TIME, true),
    HELPERS(Section.TIME, true),
    HELP_HOURS(Section.TIME, true),
    HELP_MEETINGS(Section.TIME, true);

    public enum Section {
        REACH,
        CONTACTS,
        INITIATIVES,
        MONEY,
        TIME,
    }

    private final Section section;
    private final boolean aboutPeople;

    Measure(Section section, boolean aboutPeople) {
        this.section = section;
        this.aboutPeople = aboutPeople;
    }

    public Section section() {
        return section;
    }

    /** Whether the figure is about residents, so that it is suppressed for fewer than ten of them. */
    public boolean aboutPeople() {
        return aboutPeople;
    }

    /** The name in CSV and JSON: {@code new_ties}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
