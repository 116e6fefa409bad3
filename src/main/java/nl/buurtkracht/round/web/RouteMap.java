package nl.buurtkracht.round.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A small map of one route, drawn from our own coordinates on a plain background (no tiles, no
 * network): the start as a square, each stop as a numbered circle, joined in the order of the walk.
 * Returned as a PNG data URI for the printed route card.
 */
final class RouteMap {

    /** A point of the route in degrees. */
    record Point(double lat, double lon) {}

    static final int WIDTH = 600;
    static final int HEIGHT = 420;
    private static final int MARGIN = 30;
    private static final Color ROUTE = new Color(0x1d, 0x5c, 0x3a);

    private RouteMap() {}

    /** The route from {@code start} through {@code stops} in order and back to {@code start}. */
    static String image(Point start, List<Point> stops) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x99, 0x99, 0x99));
        g.drawRect(0, 0, WIDTH - 1, HEIGHT - 1);
        Projection p = Projection.fitting(start, stops);
        g.setColor(ROUTE);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Point previous = start;
        for (Point stop : stops) {
            g.drawLine(p.x(previous), p.y(previous), p.x(stop), p.y(stop));
            previous = stop;
        }
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] { 6f, 6f }, 0f));
        g.drawLine(p.x(previous), p.y(previous), p.x(start), p.y(start));
        g.fillRect(p.x(start) - 9, p.y(start) - 9, 18, 18);
        g.setStroke(new BasicStroke(2f));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        for (int i = 0; i < stops.size(); i++) {
            int x = p.x(stops.get(i));
            int y = p.y(stops.get(i));
            g.setColor(Color.WHITE);
            g.fillOval(x - 12, y - 12, 24, 24);
            g.setColor(ROUTE);
            g.drawOval(x - 12, y - 12, 24, 24);
            String label = Integer.toString(i + 1);
            int w = g.getFontMetrics().stringWidth(label);
            g.drawString(label, x - w / 2, y + 5);
        }
        g.dispose();
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /**
     * Degrees to pixels, keeping north up and the same scale both ways: a degree of longitude is
     * shorter than one of latitude by the cosine of the latitude.
     */
    private record Projection(double minLat, double minLon, double lonScale, double pixelsPerDegree) {
        static Projection fitting(Point start, List<Point> stops) {
            double minLat = start.lat();
            double maxLat = start.lat();
            double minLon = start.lon();
            double maxLon = start.lon();
            for (Point s : stops) {
                minLat = Math.min(minLat, s.lat());
                maxLat = Math.max(maxLat, s.lat());
                minLon = Math.min(minLon, s.lon());
                maxLon = Math.max(maxLon, s.lon());
            }
            double lonScale = Math.cos(Math.toRadians((minLat + maxLat) / 2));
            // A route of one address still gets a readable map of about 200 m across.
            double height = Math.max(maxLat - minLat, 0.002);
            double width = Math.max((maxLon - minLon) * lonScale, 0.002);
            double perDegree = Math.min((WIDTH - 2 * MARGIN) / width, (HEIGHT - 2 * MARGIN) / height);
            double centreLat = (minLat + maxLat) / 2 - (HEIGHT - 2 * MARGIN) / perDegree / 2;
            double centreLon = (minLon + maxLon) / 2 - (WIDTH - 2 * MARGIN) / perDegree / lonScale / 2;
            return new Projection(centreLat, centreLon, lonScale, perDegree);
        }

        int x(Point p) {
            return MARGIN + (int) Math.round((p.lon() - minLon) * lonScale * pixelsPerDegree);
        }

        int y(Point p) {
            return HEIGHT - MARGIN - (int) Math.round((p.lat() - minLat) * pixelsPerDegree);
        }
    }
}
