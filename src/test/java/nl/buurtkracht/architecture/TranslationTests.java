package nl.buurtkracht.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Dutch and English for everything a user sees: both bundles have the same keys, every key that a
 * template or a rule names exists, and no template carries text outside the bundles.
 */
class TranslationTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path SOURCES = Path.of("src/main/java");

    /** Message keys written literally in templates: #{key} or #{key(args)}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
    /** Message keys handed to the rule and error types in Java code. */
    private static final Pattern CODE_KEY = Pattern.compile(
        "(?:FieldProblem\\(\\s*\"[^\"]*\",\\s*|InvalidInput\\.of\\(\\s*\"[^\"]*\",\\s*|NotPermitted\\(\\s*|RowProblem\\([^\"]*\"[^\"]*\",\\s*)\"([a-z][\\w.-]+)\""
    );
    /** Attributes a screen reader or browser shows to a person. */
    private static final List<String> SHOWN_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label");

    @Test
    void dutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        for (Path dutch : bundles()) {
            Path english = Path.of(dutch.toString().replace(".properties", "_en.properties"));
            assertThat(english).as("English bundle beside %s", dutch).exists();
            Set<String> nl = load(dutch).stringPropertyNames();
            Set<String> en = load(english).stringPropertyNames();
            assertThat(en).as("keys of %s missing in English", dutch).containsAll(nl);
            assertThat(nl).as("keys of %s missing in Dutch", english).containsAll(en);
        }
    }

    @Test
    void everyKeyThatTemplatesAndRulesNameExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path bundle : bundles()) {
            known.addAll(load(bundle).stringPropertyNames());
        }
        Set<String> used = new TreeSet<>();
        collect(TEMPLATES, ".html", TEMPLATE_KEY, used);
        collect(SOURCES, ".java", CODE_KEY, used);
        for (ConsentPurpose p : ConsentPurpose.values()) {
            used.add("consent.purpose." + p.name());
        }
        for (ConsentMethod m : ConsentMethod.values()) {
            used.add("consent.method." + m.name());
        }
        assertThat(used).as("message keys in use but in no bundle").isSubsetOf(known);
    }

    @Test
    void templatesShowNoTextOutsideTheBundles() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var document = Jsoup.parse(Files.readString(file));
                for (Element element : document.getAllElements()) {
                    if (replacedOrTranslated(element) || element.closest("[lang]:not(html)") != null) {
                        continue;
                    }
                    if (!element.ownText().isBlank() && !element.ownText().strip().matches("[\\p{Punct}\\s·—›]*")) {
                        problems.add(
                            TEMPLATES.relativize(file) + ": <" + element.tagName() + "> \"" + element.ownText() + "\""
                        );
                    }
                    for (String attribute : SHOWN_ATTRIBUTES) {
                        if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute)) {
                            problems.add(
                                TEMPLATES.relativize(file) + ": " + attribute + "=\"" + element.attr(attribute) + "\""
                            );
                        }
                    }
                }
            }
        }
        assertThat(problems).as("text in templates that does not come from a bundle").isEmpty();
    }

    /** The element's text is replaced at render time (by th:text or a fragment), or sits inside such. */
    private static boolean replacedOrTranslated(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (
                e.hasAttr("th:text") ||
                e.hasAttr("th:utext") ||
                e.hasAttr("th:replace") ||
                e.hasAttr("th:insert") ||
                e.hasAttr("th:remove")
            ) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files
                .filter(
                    f ->
                        f.toString().endsWith(".properties") &&
                        !f.toString().endsWith("_en.properties") &&
                        !f.getFileName().toString().startsWith("application")
                )
                .toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }
}
