package nl.buurtkracht.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The iCalendar feeds: valid RFC 5545 that ical4j reads back, times that keep their local hour over
 * a clock change, times that are called off shown as cancelled, and nothing of whom to contact.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarFeedTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActivityManagement management;

    @Autowired
    Activities activities;

    @Autowired
    MessageSource messages;

    ActivityFixtures fixtures;
    ActivityFixtures.ANeighbourhood buurt;
    CurrentUser ria;
    CurrentUser analyst;

    @BeforeEach
    void setUp() {
        fixtures = new ActivityFixtures(jdbc);
        buurt = fixtures.aNeighbourhoodWithAPlace();
        ria = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        analyst = accounts.findByLogin(DemoData.ANALYST).orElseThrow();
    }

    @Test
    void aWeeklyActivityKeepsTwoOClockLocalTimeAcrossTheLastSundayOfMarch() throws Exception {
        LocalDate switchDay = nextClockChangeAtLeastTwoWeeksAway();
        LocalDate first = switchDay.minusDays(10);
        assertThat(first.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        String title = ActivityFixtures.unique("Bingo");
        long id = management.organise(
            ria,
            ActivityFixtures.form(title, buurt.id(), buurt.placeId(), "", first, "FREQ=WEEKLY;COUNT=4", 30),
            null
        );

        Map<String, VEvent> events = events(feed("neighbourhood", buurt.id()));

        assertThat(events).hasSize(4);
        assertThat(value(events.get(uid(id, first)), Property.DTSTART)).isEqualTo(utc(first, "130000"));
        assertThat(value(events.get(uid(id, first)), Property.DTEND)).isEqualTo(utc(first, "150000"));
        assertThat(value(events.get(uid(id, first.plusWeeks(1))), Property.DTSTART)).isEqualTo(
            utc(first.plusWeeks(1), "130000")
        );
        assertThat(value(events.get(uid(id, first.plusWeeks(2))), Property.DTSTART)).isEqualTo(
            utc(first.plusWeeks(2), "120000")
        );
        assertThat(value(events.get(uid(id, first.plusWeeks(3))), Property.DTEND)).isEqualTo(
            utc(first.plusWeeks(3), "140000")
        );
        VEvent one = events.get(uid(id, first));
        assertThat(value(one, Property.SUMMARY)).isEqualTo(title);
        assertThat(value(one, Property.LOCATION)).isEqualTo(buurt.placeName() + ", " + buurt.placeAddress());
        assertThat(value(one, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(one, Property.URL)).isEqualTo("http://localhost:8080/activities/" + id + "/times/" + first);
        assertThat(value(one, Property.DESCRIPTION)).isEqualTo("Samen koffie en een praatje.");
    }

    @Test
    void theFeedIsValidRfc5545WithFoldedLinesAndOneEventPerTime() throws Exception {
        LocalDate day = activities.today().plusDays(20);
        String longDescription = "Wandelen langs de Vecht, met koffie bij de molen en een stukje appeltaart. ".repeat(
            6
        );
        management.organise(
            ria,
            new ActivityForm(
                ActivityFixtures.unique("Wandeling"),
                longDescription.strip(),
                buurt.id(),
                null,
                "Bij de molen",
                "",
                null,
                "",
                day,
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                "FREQ=DAILY;COUNT=3",
                null,
                true
            ),
            null
        );
        management.organise(
            ria,
            new ActivityForm(
                ActivityFixtures.unique("Digicafé"),
                "",
                buurt.id(),
                null,
                "",
                "https://meet.example.org/digicafe",
                null,
                "",
                day,
                LocalTime.of(19, 30),
                LocalTime.of(21, 0),
                "",
                null,
                false
            ),
            null
        );
        management.organise(
            ria,
            ActivityFixtures.form(ActivityFixtures.unique("Soep"), buurt.id(), buurt.placeId(), "", day, "", null),
            null
        );

        String text = feed("neighbourhood", buurt.id());
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));

        var result = calendar.validate();
        assertThat(result.hasErrors()).as("%s", result.getEntries()).isFalse();
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
        assertThat(value(calendar, Property.PRODID)).isNotBlank();
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo(
            messages.getMessage("activities.feed.name.neighbourhood", new Object[] { buurt.name() }, DUTCH)
        );
        assertThat(calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT)).hasSize(5);
        assertThat(text.split("\r\n")).allSatisfy(line ->
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75)
        );
        assertThat(text).doesNotContain("\n\n").contains("\r\n ");
        List<VEvent> walks = events(text)
            .values()
            .stream()
            .filter(e -> value(e, Property.SUMMARY).startsWith("Wandeling"))
            .toList();
        assertThat(walks).hasSize(3);
        assertThat(walks).allSatisfy(e -> {
                assertThat(value(e, Property.DESCRIPTION)).isEqualTo(longDescription.strip());
                assertThat(value(e, Property.LOCATION)).isEqualTo("Bij de molen");
                assertThat(value(e, Property.CATEGORIES)).isEqualTo(
                    messages.getMessage("activities.feed.category.intergenerational", null, DUTCH)
                );
            });
        VEvent online = events(text)
            .values()
            .stream()
            .filter(e -> value(e, Property.SUMMARY).startsWith("Digicafé"))
            .findFirst()
            .orElseThrow();
        assertThat(value(online, Property.LOCATION)).isEqualTo(
            messages.getMessage("activities.feed.online", null, DUTCH)
        );
        assertThat(online.getProperty(Property.DESCRIPTION)).isEmpty();
    }

    @Test
    void aCalledOffTimeAndATimeAtAClosedPlaceAreCancelledAndTheOthersConfirmed() throws Exception {
        LocalDate first = activities.today().plusDays(7);
        String title = ActivityFixtures.unique("Breiclub");
        long id = management.organise(
            ria,
            ActivityFixtures.form(title, buurt.id(), buurt.placeId(), "", first, "FREQ=WEEKLY;COUNT=3", null),
            null
        );
        management.callOffTime(ria, id, first.plusWeeks(1), "De begeleider is ziek");
        fixtures.closed(buurt.placeId(), first.plusWeeks(2), first.plusWeeks(2).plusDays(1), "Kerstvakantie");

        String text = feed("place", buurt.placeId());
        Map<String, VEvent> events = events(text);

        assertThat(value(events.get(uid(id, first)), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(events.get(uid(id, first.plusWeeks(1))), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(events.get(uid(id, first.plusWeeks(1))), Property.SUMMARY)).isEqualTo(
            messages.getMessage("activities.feed.cancelled", new Object[] { title }, DUTCH)
        );
        assertThat(value(events.get(uid(id, first.plusWeeks(2))), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(text).as("a reason may name someone; the feed is public").doesNotContain("begeleider");

        management.callOff(ria, id);
        assertThat(events(feed("place", buurt.placeId())).values()).allSatisfy(e ->
            assertThat(value(e, Property.STATUS)).isEqualTo("CANCELLED")
        );
    }

    @Test
    void whomToContactAndWhoOrganisedNeverAppearInTheFeed() throws Exception {
        String secret = "Bel-" + UUID.randomUUID();
        long initiative = anInitiativeOf(buurt.id(), ria);
        LocalDate day = activities.today().plusDays(9);
        var form = ActivityFixtures.form(
            ActivityFixtures.unique("Repair café"),
            buurt.id(),
            buurt.placeId(),
            "",
            day,
            "",
            12
        );
        long id = management.organise(
            ria,
            new ActivityForm(
                form.title(),
                form.description(),
                form.neighbourhoodId(),
                form.placeId(),
                form.location(),
                form.onlineUrl(),
                initiative,
                secret + ", 06-12345678",
                form.day(),
                form.start(),
                form.end(),
                form.rrule(),
                form.capacity(),
                form.intergenerational()
            ),
            null
        );

        for (String feed : List.of(
            feed("neighbourhood", buurt.id()),
            feed("place", buurt.placeId()),
            feed("initiative", initiative)
        )) {
            assertThat(feed).contains("UID:" + uid(id, day)).doesNotContain(secret).doesNotContain("06-12345678");
            assertThat(feed).doesNotContain(ria.displayName()).doesNotContain(ria.email());
        }
    }

    @Test
    void bothAddressesServeTheFeedAsTextCalendarButOnlyThePublicOneWithoutSigningIn() throws Exception {
        management.organise(
            ria,
            ActivityFixtures.once(ActivityFixtures.unique("Kaartmiddag"), buurt.id(), activities.today().plusDays(3)),
            null
        );

        String publicFeed = mvc
            .perform(get("/calendar/activities.ics").param("neighbourhood", String.valueOf(buurt.id())))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
            .andExpect(
                header().string(
                    "Content-Disposition",
                    "inline; filename=\"buurtkracht-neighbourhood-" + buurt.id() + ".ics\""
                )
            )
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(publicFeed).startsWith("BEGIN:VCALENDAR\r\n").contains("Kaartmiddag");
        mvc
            .perform(get("/api/v1/activities.ics").param("neighbourhood", String.valueOf(buurt.id())).with(user(ria)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"));
        int anonymous = mvc
            .perform(get("/api/v1/activities.ics").param("neighbourhood", String.valueOf(buurt.id())))
            .andReturn()
            .getResponse()
            .getStatus();
        assertThat(anonymous).isIn(302, 401);
        mvc
            .perform(
                get("/api/v1/activities.ics").param("neighbourhood", String.valueOf(buurt.id())).with(user(analyst))
            )
            .andExpect(status().isForbidden());
    }

    @Test
    void aFeedOfNothingOfSeveralThingsOrOfSomethingUnknownSaysWhatIsWrong() throws Exception {
        mvc
            .perform(get("/calendar/activities.ics").header("Accept", "text/calendar"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("neighbourhood"))
            .andExpect(
                jsonPath("$.errors[0].message").value(messages.getMessage("activities.feed.choose-one", null, DUTCH))
            );
        mvc
            .perform(
                get("/calendar/activities.ics")
                    .param("neighbourhood", String.valueOf(buurt.id()))
                    .param("place", String.valueOf(buurt.placeId()))
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("neighbourhood", "place")));
        mvc
            .perform(get("/calendar/activities.ics").param("initiative", "twaalf"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("initiative"));
        for (String subject : List.of("neighbourhood", "place", "initiative")) {
            mvc
                .perform(get("/calendar/activities.ics").param(subject, "987654321"))
                .andExpect(status().isNotFound())
                .andExpect(
                    jsonPath("$.detail").value(
                        messages.getMessage("activities.feed.unknown." + subject, new Object[] { "987654321" }, DUTCH)
                    )
                );
        }
    }

    private String feed(String subject, long id) throws Exception {
        return mvc
            .perform(get("/calendar/activities.ics").param(subject, String.valueOf(id)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    }

    private static Map<String, VEvent> events(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        Map<String, VEvent> byUid = new LinkedHashMap<>();
        for (VEvent event : calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT)) {
            byUid.put(value(event, Property.UID), event);
        }
        return byUid;
    }

    private static String value(net.fortuna.ical4j.model.PropertyListAccessor thing, String name) {
        return thing
            .<Property>getProperty(name)
            .orElseThrow(() -> new AssertionError("no " + name))
            .getValue();
    }

    private static String uid(long id, LocalDate day) {
        return "activity-" + id + "-" + BASIC.format(day) + "@buurtkracht";
    }

    private static String utc(LocalDate day, String time) {
        return BASIC.format(day) + "T" + time + "Z";
    }

    /** The last Sunday of March, when the clocks go forward, at least two weeks after today. */
    private LocalDate nextClockChangeAtLeastTwoWeeksAway() {
        LocalDate today = activities.today();
        for (int year = today.getYear(); ; year++) {
            LocalDate change = LocalDate.of(year, 3, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
            if (change.minusDays(14).isAfter(today)) {
                return change;
            }
        }
    }

    /** An initiative in the neighbourhood that this resident leads, so that she may organise for it. */
    private long anInitiativeOf(long neighbourhoodId, CurrentUser owner) {
        long initiative = jdbc
            .sql(
                """
                insert into initiative (title, what, neighbourhood_id, state, last_active_at)
                values (?, 'Samen repareren', ?, 'ACTIVE', now()) returning id"""
            )
            .params(ActivityFixtures.unique("Repair café"), neighbourhoodId)
            .query(Long.class)
            .single();
        jdbc
            .sql(
                "insert into initiative_owner (initiative_id, kind, resident_id, role) values (?, 'RESIDENT', ?, 'trekker')"
            )
            .params(initiative, owner.residentId())
            .update();
        return initiative;
    }
}
