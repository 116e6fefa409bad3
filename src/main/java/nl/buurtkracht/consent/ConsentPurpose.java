package nl.buurtkracht.consent;

/**
 * What a resident can agree to. Each purpose has a plain-language label and explanation in the
 * translation bundles under {@code consent.purpose.<NAME>}. Almost every purpose needs a yes first;
 * the few that hold until the resident says no say so in {@link #heldUntilWithdrawn()}.
 */
public enum ConsentPurpose {
    /** My name is shown to the people of my street. */
    NAME_VISIBLE_TO_STREET,
    /** My talents and offers are shown to the people of my street. */
    TALENTS_VISIBLE_TO_STREET,
    /** The community builder may see my name and what I share. */
    SHARE_WITH_COMMUNITY_BUILDER,
    /** Notes of visits to me may be shared with the community builder. */
    VISIT_NOTES_SHARED_WITH_BUILDER,
    /** A street host or builder may register me and act on my behalf. */
    ACT_ON_BEHALF,
    /** Someone I trust may ask for help for me, and sees who answers. */
    HELP_ASKED_FOR_ME,
    /** If a regular arrangement of mine stops, the street host may be told, to look in on me. */
    LAPSE_TOLD_TO_STREET_HOST,
    /** I would like to be visited by a round; its volunteers see my address and practical notes. */
    VISITED_BY_ROUND,
    /**
     * My contacts through the platform count in the neighbourhood's picture of who knows whom: in
     * counts for the community builder, and as an unnamed dot in a street's network (named only with
     * {@link #SHARE_WITH_COMMUNITY_BUILDER}). Held until withdrawn: the picture exists to notice who
     * risks falling out of the boat, and those are the people least likely to tick a box first.
     * Withdrawing takes the resident out of the picture at once.
     */
    CONTACTS_IN_NEIGHBOURHOOD_PICTURE;

    /** True for a purpose that holds until the resident withdraws it; false where a yes is needed first. */
    public boolean heldUntilWithdrawn() {
        return this == CONTACTS_IN_NEIGHBOURHOOD_PICTURE;
    }
}
