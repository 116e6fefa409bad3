package nl.buurtkracht.round;

import java.util.List;

/**
 * A visit note said "needs attention": the builder of the neighbourhood hears of it when the recipient
 * agreed to share visit notes with them, otherwise the street host(s) of the recipient's street. The
 * event carries no note text. {@code builderAccountIds} are the accounts of the neighbourhood's
 * builders (empty unless {@code toBuilder}), {@code streetHostResidentIds} the hosts of the street
 * (empty when {@code toBuilder}).
 */
public record RoundSignalRaised(
    long signalId,
    long recipientResidentId,
    boolean toBuilder,
    long neighbourhoodId,
    long streetId,
    List<Long> builderAccountIds,
    List<Long> streetHostResidentIds
) {
    public RoundSignalRaised {
        builderAccountIds = List.copyOf(builderAccountIds);
        streetHostResidentIds = List.copyOf(streetHostResidentIds);
    }
}
