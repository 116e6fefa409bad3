package nl.buurtkracht.crisis;

import java.util.List;

/** A host's check-in list during a crisis: the crisis and, per block they host, the neighbours to check. */
public record CheckInList(CrisisView crisis, List<Block> blocks) {
    public record Block(long id, String name, String streetName, List<CheckIn> neighbours) {
        public long done() {
            return neighbours
                .stream()
                .filter(n -> n.status() != null)
                .count();
        }
    }
}
