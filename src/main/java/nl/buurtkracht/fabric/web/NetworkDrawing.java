package nl.buurtkracht.fabric.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.fabric.FabricFigures.Edge;
import nl.buurtkracht.fabric.FabricFigures.NetworkPicture;
import nl.buurtkracht.fabric.FabricFigures.Node;

/**
 * Places a network picture on an SVG canvas without a physics simulation: each group (community) gets
 * its own circle of people, and the groups sit on one big circle, so ties inside a group stay short
 * and ties between groups (the bridging, light contacts) cross the middle where they catch the eye.
 */
final class NetworkDrawing {

    static final int SIZE = 560;
    private static final double CENTRE = SIZE / 2.0;

    /** A person placed on the canvas. */
    record Dot(Node node, double x, double y) {}

    /** A tie drawn between two dots; {@code bridging} when they are in different groups. */
    record Line(double x1, double y1, double x2, double y2, boolean recent, boolean bridging, double width) {}

    record Drawing(List<Dot> dots, List<Line> lines) {}

    private NetworkDrawing() {}

    static Drawing draw(NetworkPicture picture) {
        Map<Integer, List<Node>> groups = new LinkedHashMap<>();
        for (Node node : picture.nodes()) {
            groups.computeIfAbsent(node.group(), g -> new ArrayList<>()).add(node);
        }
        int groupCount = groups.size();
        double ring = groupCount <= 1 ? 0 : SIZE * 0.30;
        Map<Integer, Dot> byNumber = new HashMap<>();
        List<Dot> dots = new ArrayList<>();
        int g = 0;
        for (List<Node> members : groups.values()) {
            double groupAngle = (2 * Math.PI * g) / Math.max(1, groupCount) - Math.PI / 2;
            double cx = CENTRE + ring * Math.cos(groupAngle);
            double cy = CENTRE + ring * Math.sin(groupAngle);
            // One group fills the picture; several share it, each as large as its people need.
            double radius = members.size() == 1
                ? 0
                : groupCount <= 1 ? SIZE * 0.38 : Math.min(SIZE * 0.15, 10 + 7.0 * members.size());
            for (int i = 0; i < members.size(); i++) {
                double angle = (2 * Math.PI * i) / members.size() - Math.PI / 2;
                Dot dot = new Dot(members.get(i), cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
                dots.add(dot);
                byNumber.put(dot.node().number(), dot);
            }
            g++;
        }
        List<Line> lines = new ArrayList<>();
        for (Edge edge : picture.edges()) {
            Dot a = byNumber.get(edge.from());
            Dot b = byNumber.get(edge.to());
            if (a != null && b != null) {
                lines.add(
                    new Line(
                        a.x(),
                        a.y(),
                        b.x(),
                        b.y(),
                        edge.recent(),
                        a.node().group() != b.node().group(),
                        Math.min(6, 1 + edge.weight() / 2)
                    )
                );
            }
        }
        return new Drawing(dots, lines);
    }
}
