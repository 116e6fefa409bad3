package nl.buurtkracht.shared;

import java.time.Year;

/** Broad age bands, enough to see intergenerational contact without storing exact ages. */
public enum AgeBand {
    UNDER_18,
    AGE_18_29,
    AGE_30_49,
    AGE_50_66,
    AGE_67_79,
    AGE_80_PLUS;

    public static AgeBand of(int birthYear, Year now) {
        int age = now.getValue() - birthYear;
        if (age < 18) {
            return UNDER_18;
        } else if (age < 30) {
            return AGE_18_29;
        } else if (age < 50) {
            return AGE_30_49;
        } else if (age < 67) {
            return AGE_50_66;
        } else if (age < 80) {
            return AGE_67_79;
        }
        return AGE_80_PLUS;
    }
}
