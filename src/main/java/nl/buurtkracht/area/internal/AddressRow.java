package nl.buurtkracht.area.internal;

/**
 * One address line of an import file after its checks, in the form the database keeps: postcode
 * without space, letter and addition in capitals.
 */
public record AddressRow(
    int line,
    String postcode,
    int houseNumber,
    String houseLetter,
    String addition,
    String street,
    String place,
    double lat,
    double lon,
    String neighbourhoodCode,
    String districtCode,
    String neighbourhoodName,
    String districtName
) {
    /** CBS codes nest: wijk WK036301 lies in gemeente GM0363. */
    public String municipalityCode() {
        return "GM" + districtCode.substring(2, 6);
    }

    /** What makes an address unique: postcode, number, letter and addition. */
    String key() {
        return postcode + " " + houseNumber + " " + houseLetter + " " + addition;
    }
}
