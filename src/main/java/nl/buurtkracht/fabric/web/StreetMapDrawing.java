package nl.buurtkracht.fabric.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Draws the streets of a neighbourhood from our own address coordinates, without map tiles: each
 * street is a line through its addresses in the order they lie along the street's main direction,
 * projected onto a fixed-size SVG canvas that keeps distances true (east-west scaled by latitude).
 */
final class StreetMapDrawing {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final int MARGIN = 24;

    /** A point on the earth. */
    record Point(double lat, double lon) {}

    /** A street to draw, with the addresses it has. */
    record Street(long id, List<Point> addresses) {}

    /** A street drawn: SVG polyline points, and where its label sits. */
    record Drawn(long id, String points, double labelX, double labelY) {}

    private StreetMapDrawing() {}

    static List<Drawn> draw(List<Street> streets) {
        List<Point> all = streets
            .stream()
            .flatMap(s -> s.addresses().stream())
            .toList();
        if (all.isEmpty()) {
            return List.of();
        }
        double meanLat = all.stream().mapToDouble(Point::lat).average().orElseThrow();
        double lonScale = Math.cos(Math.toRadians(meanLat));
        double minX = all
            .stream()
            .mapToDouble(p -> p.lon() * lonScale)
            .min()
            .orElseThrow();
        double maxX = all
            .stream()
            .mapToDouble(p -> p.lon() * lonScale)
            .max()
            .orElseThrow();
        double minY = all.stream().mapToDouble(Point::lat).min().orElseThrow();
        double maxY = all.stream().mapToDouble(Point::lat).max().orElseThrow();
        double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-6);
        double scale = Math.min(WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN) / span;
        double offsetX = (WIDTH - (maxX - minX) * scale) / 2;
        double offsetY = (HEIGHT - (maxY - minY) * scale) / 2;

        List<Drawn> drawn = new ArrayList<>();
        for (Street street : streets) {
            if (street.addresses().isEmpty()) {
                continue;
            }
            List<double[]> xy = alongMainDirection(
                street
                    .addresses()
                    .stream()
                    .map(p ->
                        new double[] {
                            offsetX + (p.lon() * lonScale - minX) * scale,
                            HEIGHT - (offsetY + (p.lat() - minY) * scale),
                        }
                    )
                    .toList()
            );
            if (xy.size() == 1) {
                // A street with one address is drawn as a short stroke so it can still be seen and hovered.
                double[] p = xy.getFirst();
                xy = List.of(new double[] { p[0] - 4, p[1] }, new double[] { p[0] + 4, p[1] });
            }
            double[] middle = xy.get(xy.size() / 2);
            drawn.add(
                new Drawn(
                    street.id(),
                    xy
                        .stream()
                        .map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]))
                        .collect(Collectors.joining(" ")),
                    middle[0],
                    middle[1]
                )
            );
        }
        return drawn;
    }

    /**
     * Orders points along their principal axis (the direction in which they spread most), which for
     * the houses of one street is the street itself; duplicates (flats at one address) are dropped.
     */
    static List<double[]> alongMainDirection(List<double[]> points) {
        double mx = points
            .stream()
            .mapToDouble(p -> p[0])
            .average()
            .orElse(0);
        double my = points
            .stream()
            .mapToDouble(p -> p[1])
            .average()
            .orElse(0);
        double sxx = 0,
            syy = 0,
            sxy = 0;
        for (double[] p : points) {
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
            sxy += (p[0] - mx) * (p[1] - my);
        }
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        double dx = Math.cos(angle),
            dy = Math.sin(angle);
        List<double[]> ordered = new ArrayList<>(points);
        ordered.sort(Comparator.comparingDouble(p -> (p[0] - mx) * dx + (p[1] - my) * dy));
        List<double[]> distinct = new ArrayList<>();
        for (double[] p : ordered) {
            double[] last = distinct.isEmpty() ? null : distinct.getLast();
            if (last == null || Math.hypot(last[0] - p[0], last[1] - p[1]) > 0.5) {
                distinct.add(p);
            }
        }
        return distinct;
    }
}
