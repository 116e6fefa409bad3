package nl.buurtkracht.area.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkracht.area.ImportReport.RowProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads area outlines from GeoJSON and checks every feature: a code that says which area it is,
 * and a closed polygon in longitude and latitude that lies in the Netherlands.
 */
public final class OutlineFile {

    /** The properties that may carry the area code, in the order they are tried (CBS and PDOK files). */
    private static final List<String> CODE_PROPERTIES = List.of("code", "statcode", "buurtcode", "wijkcode");
    private static final Set<String> AREA_TYPES = Set.of("Polygon", "MultiPolygon");
    private static final String CODE = "code";
    private static final String GEOMETRY = "geometry";
    private static final String TYPE = "type";
    private static final String NOT_POLYGON = "imports.geometry.not-polygon";

    /** One outline to store: the feature's number in the file, the area code and the geometry as JSON. */
    public record Outline(int feature, String code, String geometry) {}

    /** The good outlines, the problems of the other features, and whether the file could be read at all. */
    public record Parsed(int featuresRead, List<Outline> outlines, List<RowProblem> problems, boolean readable) {}

    private OutlineFile() {}

    public static Parsed read(byte[] bytes, JsonMapper json) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return unreadable(RowProblem.ofFile("imports.geojson.unreadable", String.valueOf(Math.max(line, 1))));
        }
        List<JsonNode> features = new ArrayList<>();
        String rootType = root.path(TYPE).asString("");
        if (rootType.equals("FeatureCollection") && root.path("features").isArray()) {
            root.path("features").forEach(features::add);
        } else if (rootType.equals("Feature")) {
            features.add(root);
        } else {
            return unreadable(new RowProblem(0, TYPE, "imports.geojson.not-features"));
        }
        if (features.isEmpty()) {
            return unreadable(RowProblem.ofFile("imports.file.empty"));
        }
        List<Outline> outlines = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstFeatureOf = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            int number = i + 1;
            JsonNode feature = features.get(i);
            if (!feature.path(TYPE).asString("").equals("Feature")) {
                problems.add(new RowProblem(number, TYPE, "imports.geojson.not-feature"));
                continue;
            }
            int before = problems.size();
            String code = code(feature.path("properties"));
            if (code.isEmpty()) {
                problems.add(new RowProblem(number, CODE, "imports.outline.code-missing"));
            } else {
                Integer first = firstFeatureOf.putIfAbsent(code, number);
                if (first != null) {
                    problems.add(
                        new RowProblem(number, CODE, "imports.outline.duplicate", code, String.valueOf(first))
                    );
                }
            }
            String geometryProblem = geometryProblem(feature.path(GEOMETRY));
            if (geometryProblem != null) {
                Object[] args = geometryProblem.equals(NOT_POLYGON)
                    ? new Object[] { feature.path(GEOMETRY).path(TYPE).asString("?") }
                    : new Object[0];
                problems.add(new RowProblem(number, GEOMETRY, geometryProblem, args));
            }
            if (problems.size() == before) {
                outlines.add(new Outline(number, code, geometry(feature.path(GEOMETRY), json)));
            }
        }
        return new Parsed(features.size(), outlines, problems, true);
    }

    private static Parsed unreadable(RowProblem problem) {
        return new Parsed(0, List.of(), List.of(problem), false);
    }

    private static String code(JsonNode properties) {
        for (String name : CODE_PROPERTIES) {
            String code = properties.path(name).asString("").strip();
            if (!code.isEmpty()) {
                return code;
            }
        }
        return "";
    }

    /** The message key of what is wrong with the geometry, or null when it is a good area. */
    private static @Nullable String geometryProblem(JsonNode geometry) {
        if (!geometry.isObject()) {
            return "imports.geometry.missing";
        }
        String type = geometry.path(TYPE).asString("");
        if (!AREA_TYPES.contains(type)) {
            return NOT_POLYGON;
        }
        JsonNode coordinates = geometry.path("coordinates");
        if (type.equals("Polygon")) {
            return polygonProblem(coordinates);
        }
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            return "imports.geometry.no-coordinates";
        }
        for (JsonNode polygon : coordinates) {
            String problem = polygonProblem(polygon);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static @Nullable String polygonProblem(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            return "imports.geometry.no-coordinates";
        }
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                return "imports.geometry.ring-too-short";
            }
            for (JsonNode position : ring) {
                if (!isPosition(position)) {
                    return "imports.geometry.position-invalid";
                }
                if (!inNetherlands(position)) {
                    return "imports.geometry.outside-netherlands";
                }
            }
            JsonNode first = ring.get(0);
            JsonNode last = ring.get(ring.size() - 1);
            if (
                first.get(0).doubleValue() != last.get(0).doubleValue() ||
                first.get(1).doubleValue() != last.get(1).doubleValue()
            ) {
                return "imports.geometry.ring-not-closed";
            }
        }
        return null;
    }

    /** [longitude, latitude], perhaps with a height. */
    private static boolean isPosition(JsonNode position) {
        return (
            position.isArray() &&
            position.size() >= 2 &&
            position.size() <= 3 &&
            position.get(0).isNumber() &&
            position.get(1).isNumber()
        );
    }

    /** Catches outlines in the Dutch RD grid (metres), which maps cannot draw as degrees. */
    private static boolean inNetherlands(JsonNode position) {
        double lon = position.get(0).doubleValue();
        double lat = position.get(1).doubleValue();
        return (
            lon >= AddressFile.MIN_LON &&
            lon <= AddressFile.MAX_LON &&
            lat >= AddressFile.MIN_LAT &&
            lat <= AddressFile.MAX_LAT
        );
    }

    /** Only type and coordinates: a stray "crs" or "bbox" would mislead whoever draws the outline later. */
    private static String geometry(JsonNode geometry, JsonMapper json) {
        var clean = json.createObjectNode();
        clean.put(TYPE, geometry.path(TYPE).asString());
        clean.set("coordinates", geometry.path("coordinates"));
        return json.writeValueAsString(clean);
    }
}
