package nl.buurtkracht.report;

import java.time.Instant;
import java.util.List;

/**
 * A report of a neighbourhood or a street for a period: its figures and, for a neighbourhood, the same
 * people figures per street. Suppression is already applied: what is here may be shown to anyone
 * allowed to read reports.
 */
public record AreaReport(
    Area area,
    ReportPeriod period,
    Instant generatedAt,
    List<Figure> figures,
    List<StreetFigures> streets
) {
    public enum Level {
        NEIGHBOURHOOD,
        STREET,
    }

    public record Area(Level level, long id, String name, long neighbourhoodId, String neighbourhoodName) {}

    public record StreetFigures(long streetId, String streetName, List<Figure> figures) {}

    /** The figures of one section, in the order of the measures. */
    public List<Figure> section(Measure.Section section) {
        return figures
            .stream()
            .filter(f -> f.measure().section() == section)
            .toList();
    }

    /** Measures the street table shows, in order. */
    public List<Measure> streetMeasures() {
        return streets.isEmpty() ? List.of() : streets.getFirst().figures().stream().map(Figure::measure).toList();
    }
}
