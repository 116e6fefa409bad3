package nl.buurtkracht.area;

import static nl.buurtkracht.area.ImportFixtures.HEADER;
import static nl.buurtkracht.area.ImportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.buurtkracht.area.ImportReport.RowProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A community builder imports addresses and outlines: all of a file, or only its good rows when she asks. */
@SpringBootTest
class AddressImportsIntegrationTests {

    @Autowired
    AddressImports imports;

    @Autowired
    AreaOutlines outlines;

    @Autowired
    JdbcClient jdbc;

    ImportFixtures fixtures;
    String postcode;

    @BeforeEach
    void area() {
        fixtures = new ImportFixtures(jdbc);
        postcode = fixtures.freePostcode();
    }

    @Test
    void aCleanFileImportsEveryAddressWithItsStreetAndAreas() {
        String pc = postcode.substring(0, 4) + " " + postcode.substring(4).toLowerCase();
        String csv = """
            %1$s
            %2$s,1,,,Kerkstraat,%3$s,52.1001,5.1001,%4$s,%6$s,Dorpskern,Noord
            %2$s,1,a,2,Kerkstraat,%3$s,52.1002,5.1002,%4$s,%6$s,Dorpskern,Noord
            %2$s,3,,,Molenweg,%3$s,52.1003,5.1003,%5$s,%6$s,,Noord
            """.formatted(HEADER, pc, fixtures.place, fixtures.buurt(1, 1), fixtures.buurt(1, 2), fixtures.wijk(1));

        ImportReport report = imports.importAddresses(utf8(csv), ImportMode.ALL_OR_NOTHING);

        assertThat(report.problems()).isEmpty();
        assertThat(report).extracting("rowsRead", "imported", "updated", "applied").containsExactly(3, 3, 0, true);
        assertThat(
            jdbc
                .sql(
                    """
                    select s.name || ' ' || a.house_number || a.house_letter || '-' || a.addition || ' ' || n.code
                    from address a join street s on s.id = a.street_id join neighbourhood n on n.id = a.neighbourhood_id
                    where a.postcode = ? order by a.house_number, a.house_letter"""
                )
                .param(postcode)
                .query(String.class)
                .list()
        ).containsExactly(
            "Kerkstraat 1- " + fixtures.buurt(1, 1),
            "Kerkstraat 1A-2 " + fixtures.buurt(1, 1),
            "Molenweg 3- " + fixtures.buurt(1, 2)
        );
        assertThat(
            names("select code || '=' || name from neighbourhood where code like ? order by code")
        ).containsExactly(fixtures.buurt(1, 1) + "=Dorpskern", fixtures.buurt(1, 2) + "=" + fixtures.buurt(1, 2));
        assertThat(
            jdbc
                .sql("select m.code from district d join municipality m on m.id = d.municipality_id where d.code = ?")
                .param(fixtures.wijk(1))
                .query(String.class)
                .single()
        ).isEqualTo("GM" + fixtures.digits);
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesLineAndFieldOfEveryBadRow() {
        ImportReport report = imports.importAddresses(utf8(fileWithBadRows()), ImportMode.ALL_OR_NOTHING);

        assertThat(report.applied()).isFalse();
        assertThat(report.rowsRead()).isEqualTo(7);
        assertThat(report.imported()).isZero();
        assertThat(report.problems())
            .extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
            .containsExactly(
                tuple(3, "postcode", "imports.postcode.invalid"),
                tuple(5, "huisletter", "imports.house-letter.invalid"),
                tuple(5, "lat", "imports.coordinate.outside"),
                tuple(6, "row", "imports.row.columns"),
                tuple(7, "huisnummer", "imports.address.duplicate"),
                tuple(8, "buurtcode", "imports.buurtcode.other-wijk")
            );
        assertThat(fixtures.addressCount(postcode)).isZero();
        assertThat(fixtures.districtExists(fixtures.wijk(2))).isFalse();
        assertThat(names("select name from street where place_name = ?", fixtures.place)).isEmpty();
    }

    @Test
    void onlyValidRowsImportsTheGoodRowsAndStillReportsTheBadOnes() {
        ImportReport report = imports.importAddresses(utf8(fileWithBadRows()), ImportMode.ONLY_VALID_ROWS);

        assertThat(report.applied()).isTrue();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.problems()).extracting(RowProblem::line).containsExactly(3, 5, 5, 6, 7, 8);
        assertThat(
            jdbc
                .sql("select house_number from address where postcode = ? order by house_number")
                .param(postcode)
                .query(Integer.class)
                .list()
        ).containsExactly(1, 3);
    }

    @Test
    void reimportingUpdatesCoordinatesInsteadOfAddingAddressesTwice() {
        String first = """
            %s
            %s,1,,,Kerkstraat,%s,52.1,5.1,%s,%s,,
            %2$s,2,,,Kerkstraat,%3$s,52.1,5.1,%4$s,%5$s,,
            """.formatted(HEADER, postcode, fixtures.place, fixtures.buurt(1, 1), fixtures.wijk(1));
        imports.importAddresses(utf8(first), ImportMode.ALL_OR_NOTHING);

        ImportReport again = imports.importAddresses(
            utf8(first.replace("52.1,5.1", "52.2,5.2")),
            ImportMode.ALL_OR_NOTHING
        );

        assertThat(again).extracting("imported", "updated", "applied").containsExactly(0, 2, true);
        assertThat(fixtures.addressCount(postcode)).isEqualTo(2);
        assertThat(
            jdbc.sql("select distinct lat from address where postcode = ?").param(postcode).query(Double.class).list()
        ).containsExactly(52.2);
    }

    @Test
    void anAddressOutsideTheMunicipalityIsRefused() {
        String elsewhere = fixtures.freeMunicipalityDigits();
        String csv = """
            %s
            %s,1,,,Kerkstraat,%s,52.1,5.1,BU%s0101,WK%4$s01,,
            """.formatted(HEADER, postcode, fixtures.place, elsewhere);

        ImportReport report = imports.importAddresses(utf8(csv), ImportMode.ONLY_VALID_ROWS);

        assertThat(report.applied()).isFalse();
        assertThat(report.problems())
            .extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
            .containsExactly(tuple(2, "wijkcode", "imports.address.outside-municipality"));
        assertThat(report.problems().getFirst().args()[0]).isEqualTo("GM" + elsewhere);
        assertThat(fixtures.addressCount(postcode)).isZero();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAsAWhole() {
        InputStream tooLarge = new InputStream() {
            long left = AddressImports.MAX_MEGABYTES * 1024L * 1024L + 1;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };

        ImportReport report = imports.importAddresses(tooLarge, ImportMode.ONLY_VALID_ROWS);

        assertThat(report.applied()).isFalse();
        assertThat(report.problems())
            .extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
            .containsExactly(tuple(0, "file", "imports.file.too-large"));
    }

    @Test
    void aFileWithTooManyRowsIsRefusedAsAWhole() {
        String csv = HEADER + "\n" + ",,,,,,,,,,,\n".repeat(AddressImports.MAX_ROWS + 1);

        ImportReport report = imports.importAddresses(utf8(csv), ImportMode.ONLY_VALID_ROWS);

        assertThat(report.problems())
            .extracting(RowProblem::field, RowProblem::messageKey)
            .containsExactly(tuple("file", "imports.file.too-many-rows"));
    }

    @Test
    void aSpreadsheetWithSemicolonsDecimalCommasAndOtherColumnNamesImports() {
        String csv = """
            \uFEFFPostcode;Huisnummer;Huisnummertoevoeging;Straatnaam;Woonplaats;Latitude;Longitude;BUURTCODE;WijkCode;Gebruiksdoel
            %s;12;"3";Lange Nieuwstraat;%s;52,0907;5,1214;%s;%s;woonfunctie
            """.formatted(postcode, fixtures.place, fixtures.buurt(3, 1), fixtures.wijk(3));

        ImportReport report = imports.importAddresses(utf8(csv), ImportMode.ALL_OR_NOTHING);

        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(1);
        assertThat(
            jdbc
                .sql("select addition || ' ' || lat || ' ' || lon from address where postcode = ?")
                .param(postcode)
                .query(String.class)
                .single()
        ).isEqualTo("3 52.0907 5.1214");
    }

    @Test
    void brokenQuotingAndMissingColumnsStopTheWholeFile() {
        String brokenQuote = """
            %s
            %s,1,,,"Kerk"straat,%s,52.1,5.1,%s,%s,,
            """.formatted(HEADER, postcode, fixtures.place, fixtures.buurt(1, 1), fixtures.wijk(1));
        String noCoordinates =
            "postcode,huisnummer,straat,woonplaats,buurtcode,wijkcode\n%s,1,Kerkstraat,%s,%s,%s\n".formatted(
                postcode,
                fixtures.place,
                fixtures.buurt(1, 1),
                fixtures.wijk(1)
            );

        assertThat(imports.importAddresses(utf8(brokenQuote), ImportMode.ONLY_VALID_ROWS).problems())
            .extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
            .containsExactly(tuple(2, "row", "imports.row.malformed"));
        assertThat(imports.importAddresses(utf8(noCoordinates), ImportMode.ONLY_VALID_ROWS).problems())
            .extracting(RowProblem::line, RowProblem::field)
            .containsExactly(tuple(1, "lat"), tuple(1, "lon"));
        assertThat(fixtures.addressCount(postcode)).isZero();
    }

    @Test
    void tenThousandRowsImportInOneGo() {
        String csv = IntStream.rangeClosed(1, 10_000)
            .mapToObj(i ->
                "%s,%d,,,Straat %d,%s,52.1,5.1,%s,%s,,".formatted(
                    postcode,
                    i,
                    i % 50,
                    fixtures.place,
                    fixtures.buurt(4, i % 7),
                    fixtures.wijk(4)
                )
            )
            .collect(Collectors.joining("\n", HEADER + "\n", "\n"));

        ImportReport report = imports.importAddresses(utf8(csv), ImportMode.ALL_OR_NOTHING);

        assertThat(report).extracting("rowsRead", "imported", "applied").containsExactly(10_000, 10_000, true);
        assertThat(fixtures.addressCount(postcode)).isEqualTo(10_000);
        assertThat(names("select name from street where place_name = ?", fixtures.place)).hasSize(50);
    }

    @Test
    void aPolygonOutlineIsStoredOnItsNeighbourhoodAndAMultiPolygonOnItsDistrict() {
        importOneAddress();
        String geoJson = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"buurtcode": "%s", "buurtnaam": "Dorpskern"},
               "geometry": {"type": "Polygon", "coordinates": [[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.1]]]}},
              {"type": "Feature", "properties": {"statcode": "%s"},
               "geometry": {"type": "MultiPolygon", "crs": "EPSG:4326",
                 "coordinates": [[[[5.0, 52.0], [5.3, 52.0], [5.3, 52.3], [5.0, 52.0]]]]}}
            ]}""".formatted(fixtures.buurt(1, 1), fixtures.wijk(1));

        ImportReport report = outlines.importOutlines(utf8(geoJson));
        ImportReport again = outlines.importOutlines(utf8(geoJson));

        assertThat(report.problems()).isEmpty();
        assertThat(report).extracting("rowsRead", "imported", "updated", "applied").containsExactly(2, 2, 0, true);
        assertThat(again).extracting("imported", "updated").containsExactly(0, 2);
        assertThat(
            jdbc
                .sql("select outline::text from neighbourhood where code = ?")
                .param(fixtures.buurt(1, 1))
                .query(String.class)
                .single()
        ).isEqualTo("{\"type\": \"Polygon\", \"coordinates\": [[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.1]]]}");
        assertThat(
            jdbc
                .sql("select outline->>'type' from district where code = ?")
                .param(fixtures.wijk(1))
                .query(String.class)
                .single()
        ).isEqualTo("MultiPolygon");
    }

    @Test
    void aPointIsNotAnOutlineAndNothingOfItsFileIsStored() {
        importOneAddress();
        String geoJson = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"code": "%s"},
               "geometry": {"type": "Polygon", "coordinates": [[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.1]]]}},
              {"type": "Feature", "properties": {"code": "%s"},
               "geometry": {"type": "Point", "coordinates": [5.1, 52.1]}},
              {"type": "Feature", "properties": {"code": "BU99999999"},
               "geometry": {"type": "Polygon", "coordinates": [[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.1]]]}},
              {"type": "Feature", "properties": {},
               "geometry": {"type": "Polygon", "coordinates": [[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.2]]]}},
              {"type": "Feature", "properties": {"code": "%2$s"},
               "geometry": {"type": "Polygon", "coordinates": [[[5.1, 52.1], [5.2, 52.1], [5.1, 52.1]]]}},
              {"type": "Feature", "properties": {"code": "%2$s"},
               "geometry": {"type": "Polygon", "coordinates": [[[120000, 480000], [121000, 480000], [121000, 481000], [120000, 480000]]]}}
            ]}""".formatted(fixtures.buurt(1, 1), fixtures.wijk(1));

        ImportReport report = outlines.importOutlines(utf8(geoJson));

        assertThat(report.applied()).isFalse();
        assertThat(report.problems())
            .extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
            .containsExactly(
                tuple(2, "geometry", "imports.geometry.not-polygon"),
                tuple(3, "code", "imports.outline.unknown-code"),
                tuple(4, "code", "imports.outline.code-missing"),
                tuple(4, "geometry", "imports.geometry.ring-not-closed"),
                tuple(5, "code", "imports.outline.duplicate"),
                tuple(5, "geometry", "imports.geometry.ring-too-short"),
                tuple(6, "code", "imports.outline.duplicate"),
                tuple(6, "geometry", "imports.geometry.outside-netherlands")
            );
        assertThat(report.problems().getFirst().args()).containsExactly("Point");
        assertThat(
            jdbc
                .sql("select outline is null from neighbourhood where code = ?")
                .param(fixtures.buurt(1, 1))
                .query(Boolean.class)
                .single()
        ).isTrue();
    }

    @Test
    void aFileThatIsNotGeoJsonIsRefused() {
        assertThat(outlines.importOutlines(utf8("{\"type\": \"FeatureCollection\",\n \"features\": [")).problems())
            .extracting(RowProblem::field, RowProblem::messageKey)
            .containsExactly(tuple("file", "imports.geojson.unreadable"));
        assertThat(outlines.importOutlines(utf8("{\"type\": \"Point\", \"coordinates\": [5.1, 52.1]}")).problems())
            .extracting(RowProblem::field, RowProblem::messageKey)
            .containsExactly(tuple("type", "imports.geojson.not-features"));
    }

    /** Lines 3, 5, 6, 7 and 8 are bad; lines 2 and 4 are good. */
    private String fileWithBadRows() {
        return """
        %1$s
        %2$s,1,,,Kerkstraat,%3$s,52.1,5.1,%4$s,%5$s,,
        12AB34,2,,,Kerkstraat,%3$s,52.1,5.1,%4$s,%5$s,,
        %2$s,3,,,Kerkstraat,%3$s,52.1,5.1,%4$s,%5$s,,
        %2$s,4,AB,,Kerkstraat,%3$s,99.5,5.1,%4$s,%5$s,,
        %2$s,5,,,Kerkstraat,%3$s,52.1
        %2$s,1,,,Kerkstraat,%3$s,52.1,5.1,%4$s,%5$s,,
        %2$s,6,,,Kerkstraat,%3$s,52.1,5.1,%6$s,%5$s,,
        """.formatted(HEADER, postcode, fixtures.place, fixtures.buurt(2, 1), fixtures.wijk(2), fixtures.buurt(3, 1));
    }

    private void importOneAddress() {
        String csv = """
            %s
            %s,1,,,Kerkstraat,%s,52.1,5.1,%s,%s,,
            """.formatted(HEADER, postcode, fixtures.place, fixtures.buurt(1, 1), fixtures.wijk(1));
        assertThat(imports.importAddresses(utf8(csv), ImportMode.ALL_OR_NOTHING).applied()).isTrue();
    }

    private java.util.List<String> names(String sql) {
        return names(sql, "BU" + fixtures.digits + "%");
    }

    private java.util.List<String> names(String sql, String param) {
        return jdbc.sql(sql).param(param).query(String.class).list();
    }
}
