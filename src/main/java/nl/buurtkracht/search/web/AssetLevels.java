package nl.buurtkracht.search.web;

import nl.buurtkracht.area.AreaLevel;

/** How an area level is written in a path: {@code /streets/12/assets}. */
final class AssetLevels {

    private AssetLevels() {}

    static String toPath(AreaLevel level) {
        return switch (level) {
            case BLOCK -> "blocks";
            case STREET -> "streets";
            case NEIGHBOURHOOD -> "neighbourhoods";
            case DISTRICT -> "districts";
        };
    }
}
