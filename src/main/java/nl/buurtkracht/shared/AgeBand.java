package nl.buurtkracht.shared;

import java.time.Year;

/** Broad age bands, enough to see intergenerational contact without storing exact ages. */
public enum AgeBand {
    UNDER_18(0, 17),
    AGE_18_29(18, 29),
    AGE_30_49(30, 49),
    AGE_50_66(50, 66),
    AGE_67_79(67, 79),
    AGE_80_PLUS(80, 130);

    private final int youngest;
    private final int oldest;

    AgeBand(int youngest, int oldest) {
        this.youngest = youngest;
        this.oldest = oldest;
    }

    public static AgeBand of(int birthYear, Year now) {
        int age = now.getValue() - birthYear;
        for (AgeBand band : values()) {
            if (age <= band.oldest) {
                return band;
            }
        }
        return AGE_80_PLUS;
    }

    /** The earliest birth year in this band, in the given year (ages counted as the year's difference). */
    public int earliestBirthYear(Year now) {
        return now.getValue() - oldest;
    }

    /** The latest birth year in this band, in the given year. */
    public int latestBirthYear(Year now) {
        return now.getValue() - youngest;
    }
}
