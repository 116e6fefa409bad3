package nl.buurtkracht.help;

import java.util.List;

/**
 * A recurring arrangement seems to have stopped: two times missed in a row, or nothing confirmed
 * for three weeks. {@code streetHostResidentIds} are the hosts of the asker's block who may be told,
 * empty unless the asker consented to that.
 */
public record ArrangementLapsed(
    long arrangementId,
    long askerResidentId,
    long helperResidentId,
    Reason reason,
    List<Long> streetHostResidentIds
) {
    /** Why the arrangement counts as lapsed. */
    public enum Reason {
        TWO_MISSED_IN_A_ROW,
        NO_CONFIRMATION_FOR_THREE_WEEKS,
    }

    public ArrangementLapsed {
        streetHostResidentIds = List.copyOf(streetHostResidentIds);
    }
}
