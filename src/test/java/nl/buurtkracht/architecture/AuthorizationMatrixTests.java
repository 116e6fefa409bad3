package nl.buurtkracht.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route × role, generated from the matrix files in {@code src/test/resources/authorization}.
 * A route without an entry fails the build; each entry is requested as each role and must be let
 * through ("allow") or refused ("deny": 403, or 401 / a redirect to the login page).
 * Object-level rules (someone else's id) are tested beside each feature.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

    /** The roles of the matrix columns, in order, with the demo login that plays each. */
    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("anonymous", "");
        ROLES.put("resident", DemoData.RESIDENT);
        ROLES.put("host", DemoData.STREET_HOST);
        ROLES.put("builder", DemoData.COMMUNITY_BUILDER);
        ROLES.put("analyst", DemoData.ANALYST);
        ROLES.put("admin", DemoData.ADMINISTRATOR);
    }

    /** Framework routes that are not ours to authorize. */
    private static final Set<String> FRAMEWORK = Set.of("/error");

    record Entry(String file, String method, String pattern, String example, List<String> expected) {
        String route() {
            return method + " " + pattern;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyRouteHasAnEntryAndEveryEntryARoute() throws IOException {
        Set<String> routes = new TreeSet<>();
        handlerMapping
            .getHandlerMethods()
            .keySet()
            .forEach(info -> {
                Set<String> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of("GET", "POST", "PUT", "DELETE")
                    : new TreeSet<>(info.getMethodsCondition().getMethods().stream().map(Enum::name).toList());
                for (String pattern : info.getPatternValues()) {
                    if (!FRAMEWORK.contains(pattern)) {
                        methods.forEach(m -> routes.add(m + " " + pattern));
                    }
                }
            });
        Set<String> entries = new TreeSet<>(entries().stream().map(Entry::route).toList());

        assertThat(routes).as("routes without an entry in src/test/resources/authorization/*.csv").isSubsetOf(entries);
        assertThat(entries.stream().filter(e -> !routes.contains(e) && !e.contains(" /actuator/")))
            .as("matrix entries for routes that do not exist")
            .isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @MethodSource("cases")
    void routeIsAllowedOrDeniedAsTheMatrixSays(String method, String example, String role, String expected, String file)
        throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), example);
        if (!method.equals("GET")) {
            request.with(csrf());
        }
        if (!role.equals("anonymous")) {
            CurrentUser who = accounts.findByLogin(ROLES.get(role)).orElseThrow();
            request.with(user(who));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean denied =
            status == 401 || status == 403 || (status == 302 && location != null && location.endsWith("/login"));
        assertThat(denied ? "deny" : "allow")
            .as("%s %s as %s (status %d, %s) per %s", method, example, role, status, location, file)
            .isEqualTo(expected);
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (Entry e : entries()) {
            int column = 0;
            for (String role : ROLES.keySet()) {
                cases.add(Arguments.of(e.method(), e.example(), role, e.expected().get(column++), e.file()));
            }
        }
        return cases.stream();
    }

    static List<Entry> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:authorization/*.csv")) {
            String text = resource.getContentAsString(StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = trimmed.split("\\s+");
                assertThat(cells).as("%s: %s", resource.getFilename(), line).hasSize(3 + ROLES.size());
                List<String> expected = List.of(cells).subList(3, cells.length);
                assertThat(expected)
                    .as("%s: %s", resource.getFilename(), line)
                    .allMatch(c -> c.equals("allow") || c.equals("deny"));
                entries.add(new Entry(resource.getFilename(), cells[0], cells[1], cells[2], expected));
            }
        }
        return entries;
    }
}
