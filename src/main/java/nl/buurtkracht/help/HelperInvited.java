package nl.buurtkracht.help;

/** The asker (or the person acting for them) invited a helper to an ask; the helper may accept or decline. */
public record HelperInvited(long askId, long askerResidentId, long helperResidentId, HelpKind kind, boolean urgent) {}
