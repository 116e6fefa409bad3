package nl.buurtkracht.directory.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One row of a service file that could be read, before its names and codes are checked against the database. */
public record ServiceRow(
    int line,
    String name,
    String purpose,
    String contact,
    String openingHours,
    String address,
    @Nullable Double lat,
    @Nullable Double lon,
    List<String> neighbourhoodCodes
) {
    public ServiceRow {
        neighbourhoodCodes = List.copyOf(neighbourhoodCodes);
    }
}
