package nl.buurtkracht.people;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkracht.area.AreaViews.AddressView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Finds an address from a postcode and a house number as people write them ("1234 ab", "12a-2"). */
@Component
class AddressLookup {

    private static final Pattern POSTCODE = Pattern.compile("^([1-9][0-9]{3})\\s?([A-Za-z]{2})$");
    private static final Pattern HOUSE = Pattern.compile(
        "^(\\d{1,5})\\s*([A-Za-z])?(?:\\s*[-\\s]\\s*([A-Za-z0-9]{1,4}))?$"
    );

    private final Areas areas;

    AddressLookup(Areas areas) {
        this.areas = areas;
    }

    /**
     * The address, or a problem on the field at fault. Returns a placeholder only when a problem
     * was added, so callers must check {@code problems} before using the result.
     */
    AddressView resolve(@Nullable String postcode, @Nullable String houseNumber, List<FieldProblem> problems) {
        Matcher pc = POSTCODE.matcher(postcode == null ? "" : postcode.strip());
        Matcher house = HOUSE.matcher(houseNumber == null ? "" : houseNumber.strip());
        boolean valid = true;
        if (!pc.matches()) {
            problems.add(new FieldProblem("postcode", "field.postcode.invalid"));
            valid = false;
        }
        if (!house.matches()) {
            problems.add(new FieldProblem("houseNumber", "field.house-number.invalid"));
            valid = false;
        }
        if (valid) {
            String normalised = pc.group(1) + pc.group(2).toUpperCase(Locale.ROOT);
            String letter = house.group(2) == null ? "" : house.group(2).toUpperCase(Locale.ROOT);
            String addition = house.group(3) == null ? "" : house.group(3).toUpperCase(Locale.ROOT);
            var found = areas.findAddress(normalised, Integer.parseInt(house.group(1)), letter, addition);
            if (found.isPresent()) {
                return found.get();
            }
            problems.add(new FieldProblem("postcode", "address.not-in-municipality"));
        }
        return new AddressView(0, 0, "", 0, "", 0, "", "", 0, 0);
    }
}
