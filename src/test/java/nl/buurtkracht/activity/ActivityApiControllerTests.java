package nl.buurtkracht.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The activity API: organising once per Idempotency-Key, every bad field named and nothing
 * half-written, signing up with a waiting list that moves up, and who may see and do what.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityApiControllerTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Activities activities;

    @Autowired
    ActivityManagement management;

    @Autowired
    MessageSource messages;

    ActivityFixtures fixtures;
    CurrentUser ria;
    CurrentUser henk;
    CurrentUser kees;
    CurrentUser analyst;
    long home;
    LocalDate day;

    @BeforeEach
    void people() {
        fixtures = new ActivityFixtures(jdbc);
        ria = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        henk = accounts.findByLogin(DemoData.STREET_HOST).orElseThrow();
        kees = accounts.findByLogin(DemoData.OTHER_NEIGHBOURHOOD_RESIDENT).orElseThrow();
        analyst = accounts.findByLogin(DemoData.ANALYST).orElseThrow();
        home = ria.scope().homeNeighbourhoodId();
        day = activities.today().plusDays(14);
    }

    @Test
    void organisingTwiceWithTheSameIdempotencyKeyMakesOneActivity() throws Exception {
        String title = ActivityFixtures.unique("Koffieochtend");
        String body = json(body(title));
        String key = UUID.randomUUID().toString();

        ResultActions first = mvc
            .perform(
                post("/api/v1/activities")
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .with(user(ria))
            )
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.activity.title").value(title))
            .andExpect(jsonPath("$.activity.rrule").value("FREQ=WEEKLY;COUNT=3"))
            .andExpect(jsonPath("$.times.length()").value(3))
            .andExpect(jsonPath("$.times[0].day").value(day.toString()))
            .andExpect(jsonPath("$.times[0].seatsTaken").value(0))
            .andExpect(jsonPath("$.mayManage").value(true));
        String location = first.andReturn().getResponse().getHeader("Location");
        mvc
            .perform(
                post("/api/v1/activities")
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .with(user(ria))
            )
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", location));

        assertThat(location).matches("/api/v1/activities/\\d+");
        assertThat(stored(title)).isEqualTo(1);
        assertThat(
            fixtures.count(
                "select count(*) from activity_occurrence o join activity a on a.id = o.activity_id where a.title = ?",
                title
            )
        ).isEqualTo(3);
        mvc
            .perform(get(location).with(user(henk)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.activity.title").value(title))
            .andExpect(jsonPath("$.mayManage").value(false));
    }

    @Test
    void eachBadFieldIsNamedWithAReadableReasonAndNothingIsStored() throws Exception {
        String title = ActivityFixtures.unique("Fout");
        LocalDate yesterday = activities.today().minusDays(1);
        refused(body(title, "day", yesterday.toString()), "day", "activities.day.past");
        refused(body(title, "end", "13:00"), "end", "activities.end.before-start");
        refused(body(title, "rrule", "FREQ=WEEKLY"), "rrule", "activities.rrule.unbounded");
        refused(body(title, "rrule", "FREQ=SOMETIMES;COUNT=x"), "rrule", "activities.rrule.malformed");
        refused(body(title, "capacity", 0), "capacity", "activities.capacity.range", 1, 10_000);
        refused(body(title, "capacity", -1), "capacity", "activities.capacity.range", 1, 10_000);
        refused(body(title, "neighbourhoodId", 987_654_321L), "neighbourhoodId", "activities.neighbourhoodId.unknown");
        refused(body(title, "day", "morgen"), "day", "input.date");

        var everything = body(title, "day", yesterday.toString());
        everything.put("end", "13:00");
        everything.put("capacity", -1);
        everything.put("neighbourhoodId", 987_654_321L);
        mvc
            .perform(
                post("/api/v1/activities")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json(everything))
                    .with(user(ria))
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(contains("neighbourhoodId", "day", "end", "capacity")));

        assertThat(stored(title)).isZero();
    }

    @Test
    void signingUpGivesASeatThenTheWaitingListWhichMovesUpWhenSomeoneCancels() throws Exception {
        long id = management.organise(
            ria,
            ActivityFixtures.form(ActivityFixtures.unique("Kookclub"), home, null, "Buurtkeuken", day, "", 1),
            null
        );
        String key = UUID.randomUUID().toString();

        String seat = signUp(id, ria, key)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.time.myStatus").value("SEAT"))
            .andExpect(jsonPath("$.time.myPosition").value(0))
            .andExpect(jsonPath("$.time.seatsTaken").value(1))
            .andReturn()
            .getResponse()
            .getContentAsString();
        long riasSignup = ((Number) JsonPath.read(seat, "$.signupId")).longValue();
        signUp(id, ria, key).andExpect(status().isCreated()).andExpect(jsonPath("$.signupId").value(riasSignup));
        signUp(id, ria, null)
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail").value(messages.getMessage("activities.signup.already", null, DUTCH)));
        signUp(id, henk, null)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.time.myStatus").value("WAITING"))
            .andExpect(jsonPath("$.time.myPosition").value(1))
            .andExpect(jsonPath("$.time.waiting").value(1));
        signUp(id, kees, null)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.time.myStatus").value("WAITING"))
            .andExpect(jsonPath("$.time.myPosition").value(2));
        mvc
            .perform(get("/api/v1/activities/{id}/signups", id).param("day", day.toString()).with(user(ria)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].status").value(contains("SEAT", "WAITING", "WAITING")))
            .andExpect(jsonPath("$[*].position").value(contains(0, 1, 2)));

        mvc
            .perform(delete("/api/v1/activities/{id}/signups/{s}", id, riasSignup).with(user(henk)))
            .andExpect(status().isNotFound());
        mvc
            .perform(delete("/api/v1/activities/{id}/signups/{s}", id + 1, riasSignup).with(user(ria)))
            .andExpect(status().isNotFound());
        mvc
            .perform(delete("/api/v1/activities/{id}/signups/{s}", id, riasSignup).with(user(ria)))
            .andExpect(status().isNoContent());

        mvc
            .perform(get("/api/v1/activities/{id}", id).with(user(henk)))
            .andExpect(jsonPath("$.times[0].myStatus").value("SEAT"))
            .andExpect(jsonPath("$.times[0].seatsTaken").value(1))
            .andExpect(jsonPath("$.times[0].waiting").value(1));
        mvc
            .perform(get("/api/v1/activities/{id}", id).with(user(kees)))
            .andExpect(jsonPath("$.times[0].myPosition").value(1));
        mvc
            .perform(get("/api/v1/activities/{id}/signups", id).param("day", day.toString()).with(user(ria)))
            .andExpect(
                jsonPath("$[*].residentId").value(contains(henk.residentId().intValue(), kees.residentId().intValue()))
            );
        mvc
            .perform(delete("/api/v1/activities/{id}/signups/{s}", id, riasSignup).with(user(ria)))
            .andExpect(status().isNotFound());
    }

    @Test
    void signingUpNeedsADayAndATimeThatExists() throws Exception {
        long id = management.organise(ria, ActivityFixtures.once(ActivityFixtures.unique("Quiz"), home, day), null);

        mvc
            .perform(
                post("/api/v1/activities/{id}/signups", id)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}")
                    .with(user(henk))
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("day"))
            .andExpect(
                jsonPath("$.errors[0].message").value(messages.getMessage("activities.api.day.required", null, DUTCH))
            );
        signUp(id, henk, null, day.plusDays(1)).andExpect(status().isNotFound());
        mvc
            .perform(get("/api/v1/activities/{id}/signups", id).with(user(ria)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("day"));
    }

    @Test
    void onlyWhoKeepsTheActivitySeesWhoComesAndChangesOrCallsItOff() throws Exception {
        String title = ActivityFixtures.unique("Spelletjesavond");
        long id = management.organise(ria, ActivityFixtures.once(title, home, day), null);
        String changed = json(body(title + " (verplaatst)", "rrule", ""));

        mvc
            .perform(get("/api/v1/activities/{id}/signups", id).param("day", day.toString()).with(user(henk)))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail").value(messages.getMessage("activities.not-yours", null, DUTCH)));
        mvc
            .perform(
                put("/api/v1/activities/{id}", id)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(changed)
                    .with(user(henk))
            )
            .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/activities/{id}", id).with(user(henk))).andExpect(status().isForbidden());

        mvc
            .perform(
                put("/api/v1/activities/{id}", id)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(changed)
                    .with(user(ria))
            )
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.activity.title").value(title + " (verplaatst)"))
            .andExpect(jsonPath("$.activity.start").value("14:00:00"));
        mvc
            .perform(
                put("/api/v1/activities/{id}", id)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json(body(title, "capacity", 0)))
                    .with(user(ria))
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("capacity"));
        mvc.perform(delete("/api/v1/activities/{id}", id).with(user(ria))).andExpect(status().isNoContent());
        mvc
            .perform(get("/api/v1/activities/{id}", id).with(user(henk)))
            .andExpect(jsonPath("$.activity.cancelled").value(true))
            .andExpect(jsonPath("$.times[0].cancelled").value(true));
        signUp(id, henk, null)
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail").value(messages.getMessage("activities.time.called-off", null, DUTCH)));
        mvc.perform(get("/api/v1/activities/{id}", 987_654_321L).with(user(henk))).andExpect(status().isNotFound());
    }

    @Test
    void theProgrammeReadsAWindowOfAtMostAYearAndNamesABadBound() throws Exception {
        String title = ActivityFixtures.unique("Buurtlunch");
        management.organise(ria, ActivityFixtures.once(title, home, day), null);

        mvc
            .perform(get("/api/v1/activities").with(user(ria)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.title == '" + title + "')].day").value(contains(day.toString())));
        mvc
            .perform(
                get("/api/v1/activities")
                    .param("neighbourhood", String.valueOf(home))
                    .param("from", day.toString())
                    .param("to", day.toString())
                    .with(user(kees))
            )
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.title == '" + title + "')].myStatus").value(contains((Object) null)));
        mvc
            .perform(get("/api/v1/activities").param("from", day.plusDays(1).toString()).with(user(ria)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.title == '" + title + "')]").isEmpty());

        badWindow(
            Map.of("from", day.toString(), "to", day.minusDays(1).toString()),
            "to",
            "activities.api.to.before-from"
        );
        badWindow(
            Map.of("from", day.toString(), "to", day.plusYears(1).plusDays(1).toString()),
            "to",
            "activities.api.to.too-far",
            1
        );
        badWindow(Map.of("from", "0207-01-01"), "from", "activities.api.from.out-of-reach", 5);
        badWindow(Map.of("from", "9999-12-31", "to", "9999-12-31"), "from", "activities.api.from.out-of-reach", 5);
        badWindow(Map.of("to", "gisteren"), "to", "input.date");
        badWindow(Map.of("neighbourhood", "987654321"), "neighbourhood", "activities.api.neighbourhood.unknown");
    }

    @Test
    void anAnalystReadsReportsNotWhoComesToWhat() throws Exception {
        long id = management.organise(ria, ActivityFixtures.once(ActivityFixtures.unique("Yoga"), home, day), null);

        mvc.perform(get("/api/v1/activities").with(user(analyst))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/activities/{id}", id).with(user(analyst))).andExpect(status().isForbidden());
        mvc
            .perform(
                post("/api/v1/activities")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json(body(ActivityFixtures.unique("Analist"))))
                    .with(user(analyst))
            )
            .andExpect(status().isForbidden());
        signUp(id, analyst, null).andExpect(status().isForbidden());
        mvc
            .perform(get("/api/v1/activities/{id}", id))
            .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
    }

    private void badWindow(Map<String, String> params, String field, String key, Object... arguments) throws Exception {
        var request = get("/api/v1/activities").with(user(ria));
        params.forEach(request::param);
        mvc
            .perform(request)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(contains(field)))
            .andExpect(jsonPath("$.errors[0].message").value(messages.getMessage(key, arguments, DUTCH)));
    }

    private void refused(Map<String, Object> body, String field, String key, Object... arguments) throws Exception {
        mvc
            .perform(
                post("/api/v1/activities")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json(body))
                    .with(user(ria))
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(contains(field)))
            .andExpect(jsonPath("$.errors[0].message").value(messages.getMessage(key, arguments, DUTCH)));
    }

    private ResultActions signUp(long id, CurrentUser who, String key) throws Exception {
        return signUp(id, who, key, day);
    }

    private ResultActions signUp(long id, CurrentUser who, String key, LocalDate on) throws Exception {
        var request = post("/api/v1/activities/{id}/signups", id)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"day\":\"" + on + "\"}")
            .with(user(who));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    /** A weekly activity three times, 14:00–16:00, at a place in words in Ria's neighbourhood. */
    private Map<String, Object> body(String title, Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Koffie, thee en een praatje.");
        body.put("neighbourhoodId", home);
        body.put("location", "Buurtkamer Tulpenhof");
        body.put("contact", "Ria, 06-12345678");
        body.put("day", day.toString());
        body.put("start", "14:00");
        body.put("end", "16:00");
        body.put("rrule", "FREQ=WEEKLY;COUNT=3");
        body.put("capacity", 20);
        body.put("intergenerational", true);
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    private static String json(Map<String, Object> body) {
        StringBuilder json = new StringBuilder("{");
        body.forEach((k, v) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(k).append("\":");
            json.append(v instanceof String s ? "\"" + s.replace("\"", "\\\"") + "\"" : String.valueOf(v));
        });
        return json.append('}').toString();
    }

    private long stored(String title) {
        return fixtures.count("select count(*) from activity where title like ?", title + "%");
    }
}
