package nl.buurtkracht.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules of DESIGN.md that the module check does not cover. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.buurtkracht");

    @Test
    void controllersLiveInWebPackages() {
        classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .resideInAPackage("..web..")
            .check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        fields()
            .should()
            .notBeAnnotatedWith(Autowired.class)
            .because("constructor injection keeps dependencies visible")
            .check(CLASSES);
    }

    @Test
    void timeComesFromAnInjectedClock() {
        noClasses()
            .should()
            .callMethod(java.time.Instant.class, "now")
            .orShould()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now")
            .orShould()
            .callMethod(java.time.ZonedDateTime.class, "now")
            .because("DESIGN.md rule 10: inject a Clock")
            .check(CLASSES);
    }

    @Test
    void webPackagesAreNotUsedByTheDomain() {
        noClasses()
            .that()
            .resideOutsideOfPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.buurtkracht.*.web..")
            .check(CLASSES);
    }

    @Test
    void everyPackageHasPackageInfoWithNullMarked() throws IOException {
        try (
            Stream<Path> dirs = Stream.concat(
                Files.walk(Path.of("src/main/java/nl")),
                Files.walk(Path.of("src/test/java/nl"))
            )
        ) {
            List<Path> packages = dirs
                .filter(Files::isDirectory)
                .filter(d -> {
                    try (Stream<Path> files = Files.list(d)) {
                        return files.anyMatch(f -> f.toString().endsWith(".java"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .toList();
            for (Path dir : packages) {
                Path info = dir.resolve("package-info.java");
                assertThat(info).as("package-info.java in %s", dir).exists();
                String text = Files.readString(info);
                assertThat(text).as("%s", info).contains("@NullMarked").containsPattern("/\\*\\*\\s*\\S");
            }
        }
    }
}
