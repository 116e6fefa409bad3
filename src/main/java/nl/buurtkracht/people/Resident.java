package nl.buurtkracht.people;

import java.time.Year;
import nl.buurtkracht.shared.AgeBand;
import org.jspecify.annotations.Nullable;

/** A person living at an address; never a "client". Assisted residents have no account. */
public record Resident(
    long id,
    @Nullable Long addressId,
    String displayName,
    @Nullable Integer birthYear,
    @Nullable String phone,
    boolean assisted
) {
    public @Nullable AgeBand ageBand(Year now) {
        return birthYear == null ? null : AgeBand.of(birthYear, now);
    }
}
