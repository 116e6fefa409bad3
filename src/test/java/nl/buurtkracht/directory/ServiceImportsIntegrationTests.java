package nl.buurtkracht.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.directory.ServiceImportReport.RowProblem;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A community builder imports the sociale kaart from a spreadsheet: all of it, or only its good rows when she asks. */
@SpringBootTest
class ServiceImportsIntegrationTests {

    static final String HEADER = "naam;waarvoor;contact;openingstijden;adres;lat;lon;buurtcodes";

    @Autowired
    ServiceImports imports;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    CurrentUser builder;
    String suffix;

    @BeforeEach
    void people() {
        builder = accounts.findByLogin(DemoData.COMMUNITY_BUILDER).orElseThrow();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCleanFileImportsEveryServiceWithItsNeighbourhoods() {
        String csv = """
            %1$s
            Soepcafé %2$s;Samen eten;06-1;ma 17 uur;Dorpsstraat 1;52,09;5,11;BU99990000|BU99990001
            "Klusjes; en meer %2$s";"Kleine klussen, \"\"gratis\"\"\";;;;;;bu99990002
            """.formatted(HEADER, suffix);

        ServiceImportReport report = imports.importServices(builder, utf8(csv), false);

        assertThat(report.problems()).isEmpty();
        assertThat(report).extracting("rowsRead", "imported", "updated", "applied").containsExactly(2, 2, 0, true);
        ServiceView soup = byName("Soepcafé " + suffix);
        assertThat(soup.lat()).isEqualTo(52.09);
        assertThat(soup.lon()).isEqualTo(5.11);
        assertThat(soup.neighbourhoods())
            .extracting(ServiceView.Neighbourhood::code)
            .containsExactly("BU99990000", "BU99990001");
        ServiceView jobs = byName("Klusjes; en meer " + suffix);
        assertThat(jobs.purpose()).isEqualTo("Kleine klussen, \"gratis\"");
        assertThat(jobs.lat()).isNull();
        assertThat(jobs.neighbourhoods()).extracting(ServiceView.Neighbourhood::id).containsExactly(3L);
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesLineAndFieldOfEveryBadRow() {
        ServiceImportReport report = imports.importServices(builder, utf8(fileWithBadRows()), false);

        assertThat(report.applied()).isFalse();
        assertThat(report.rowsRead()).isEqualTo(7);
        assertThat(report.problems())
            .extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
            .containsExactly(
                tuple(3, "naam", "services.name.required"),
                tuple(4, "lon", "services.lon.invalid"),
                tuple(5, "buurtcodes", "services.import.buurtcode.unknown"),
                tuple(5, "lat", "services.lat.outside"),
                tuple(6, "row", "services.import.row.columns"),
                tuple(7, "naam", "services.import.duplicate"),
                tuple(8, "buurtcodes", "services.import.buurtcode.invalid")
            );
        assertThat(count()).isZero();
    }

    @Test
    void onlyValidRowsImportsTheGoodRowsAndStillReportsTheBadOnes() {
        ServiceImportReport report = imports.importServices(builder, utf8(fileWithBadRows()), true);

        assertThat(report).extracting("rowsRead", "imported", "updated", "applied").containsExactly(7, 1, 0, true);
        assertThat(report.problems()).extracting(RowProblem::line).containsExactly(3, 4, 5, 5, 6, 7, 8);
        assertThat(count()).isEqualTo(1);
        assertThat(byName("Goed " + suffix).purpose()).isEqualTo("Goede regel");
    }

    @Test
    void reimportingUpdatesServicesWithTheSameName() {
        String first = """
            naam,waarvoor,buurtcodes
            Eetpunt %1$s,Warme maaltijd,BU99990000
            Wandelclub %1$s,Wandelen,BU99990000 BU99990001
            """.formatted(suffix);
        imports.importServices(builder, utf8(first), false);

        ServiceImportReport again = imports.importServices(
            builder,
            utf8(first.replace("Warme maaltijd", "Warme maaltijd op vrijdag").replace(" BU99990001", "")),
            false
        );

        assertThat(again).extracting("imported", "updated", "applied").containsExactly(0, 2, true);
        assertThat(count()).isEqualTo(2);
        assertThat(byName("Eetpunt " + suffix).purpose()).isEqualTo("Warme maaltijd op vrijdag");
        assertThat(byName("Wandelclub " + suffix).neighbourhoods()).hasSize(1);
    }

    @Test
    void aBuilderImportsOnlyForHerOwnNeighbourhoods() {
        CurrentUser onlyFirst = new CurrentUser(
            builder.accountId(),
            null,
            "Bouwer",
            "bouwer@example.org",
            "",
            Set.of(Role.COMMUNITY_BUILDER),
            new Scope(null, null, Set.of(), Set.of(1L))
        );
        String csv = """
            naam,waarvoor,buurtcodes
            Eigen %1$s,Hier,BU99990000
            Ander %1$s,Daar,BU99990000|BU99990001
            """.formatted(suffix);

        ServiceImportReport report = imports.importServices(onlyFirst, utf8(csv), false);

        assertThat(report.applied()).isFalse();
        assertThat(report.problems())
            .extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
            .containsExactly(tuple(3, "buurtcodes", "services.import.neighbourhood.not-yours"));
        assertThat(count()).isZero();
    }

    @Test
    void aFileOverTheLimitsOrWithoutItsColumnsIsRefusedAsAWhole() {
        byte[] tooLarge = new byte[ServiceImports.MAX_MEGABYTES * 1024 * 1024 + 1];
        String tooManyRows = "naam,waarvoor,buurtcodes\n" + "x,y,BU99990000\n".repeat(ServiceImports.MAX_ROWS + 1);

        assertThat(imports.importServices(builder, new ByteArrayInputStream(tooLarge), true).problems())
            .extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
            .containsExactly(tuple(0, "file", "services.import.file.too-large"));
        assertThat(imports.importServices(builder, utf8(tooManyRows), true).problems())
            .extracting(RowProblem::field, RowProblem::messageKey)
            .containsExactly(tuple("file", "services.import.file.too-many-rows"));
        assertThat(imports.importServices(builder, utf8("naam;adres\nX;Y\n"), true).problems())
            .extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
            .containsExactly(
                tuple(1, "waarvoor", "services.import.header.missing"),
                tuple(1, "buurtcodes", "services.import.header.missing")
            );
        assertThat(imports.importServices(builder, utf8(""), true).problems())
            .extracting(RowProblem::messageKey)
            .containsExactly("services.import.file.empty");
    }

    /** Line 2 is good; lines 3 to 8 are bad. */
    private String fileWithBadRows() {
        return """
        %1$s
        Goed %2$s;Goede regel;;;;;;BU99990000
        ;Geen naam;;;;;;BU99990000
        Lon %2$s;Lon is tekst;;;;52,1;vijf;BU99990000
        Ver %2$s;Ver weg;;;;99;5,1;BU12345678
        Kort %2$s;Te weinig kolommen
        Goed %2$s;Nog eens;;;;;;BU99990001
        Code %2$s;Rare code;;;;;;BU99990000|XX1
        """.formatted(HEADER, suffix);
    }

    private ServiceView byName(String name) {
        return directory
            .all()
            .stream()
            .filter(s -> s.name().equals(name))
            .findFirst()
            .orElseThrow();
    }

    private int count() {
        return jdbc
            .sql("select count(*) from service where name like ?")
            .param("%" + suffix + "%")
            .query(Integer.class)
            .single();
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
