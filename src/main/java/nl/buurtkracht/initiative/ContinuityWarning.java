package nl.buurtkracht.initiative;

import java.util.List;

/**
 * Something that threatens an initiative's future (R8), with a message key and its arguments so
 * the owners and the community builder read the same sentence.
 */
public record ContinuityWarning(Kind kind, String messageKey, List<Object> arguments) {
    public enum Kind {
        FUNDING_ENDS,
        REPORT_DUE,
        SINGLE_OWNER,
        QUIET,
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
