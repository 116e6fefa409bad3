package nl.buurtkracht.system;

/** What a signed-in person may do; street host and resident follow from data, the rest are granted. */
public enum Role {
    RESIDENT,
    STREET_HOST,
    COMMUNITY_BUILDER,
    MUNICIPALITY_ANALYST,
    ADMINISTRATOR;

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
