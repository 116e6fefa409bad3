package nl.buurtkracht.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import nl.buurtkracht.demo.DemoData;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.CurrentUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The meeting-place pages and API: what each person sees, reasons beside each field, problem JSON for scripts. */
@SpringBootTest
@AutoConfigureMockMvc
class PlaceControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoomBookings bookings;

    PlaceFixtures fixtures;
    PlaceFixtures.APlace place;
    CurrentUser ria;
    CurrentUser henk;
    CurrentUser samira;
    CurrentUser builder;
    LocalDate day;

    @BeforeEach
    void people() {
        fixtures = new PlaceFixtures(jdbc);
        place = fixtures.aPlaceOpenEveryDayInANewNeighbourhood();
        ria = accounts.findByLogin(DemoData.RESIDENT).orElseThrow();
        henk = accounts.findByLogin(DemoData.STREET_HOST).orElseThrow();
        samira = accounts.findByLogin(DemoData.COMMUNITY_BUILDER).orElseThrow();
        builder = fixtures.aBuilderOf(place.neighbourhoodId());
        day = bookings.today().plusDays(12);
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theListShowsTheDemoPlacesOfHerNeighbourhoodEachWithWhetherItIsOpen() throws Exception {
        Document ria = page(mvc.perform(get("/places").with(user(this.ria))).andExpect(status().isOk()));
        Document all = page(
            mvc.perform(get("/places").param("neighbourhood", "all").with(user(this.ria))).andExpect(status().isOk())
        );
        Document english = page(
            mvc.perform(get("/places").param("lang", "en").with(user(this.ria))).andExpect(status().isOk())
        );

        assertThat(ria.select("h1").text()).isEqualTo("Ontmoetingsplekken");
        assertThat(ria.select("article h2").eachText())
            .contains("Buurthuis De Linde")
            .doesNotContain("Kerkzaal De Ark");
        assertThat(ria.select("article").first().select(".place-status").text()).matches(
            "Nu open, tot .*|Nu gesloten, opent .*|Vandaag gesloten.*|Gesloten .*"
        );
        assertThat(ria.select("article dd").text()).contains("Formulierenhulp en koffie");
        assertThat(ria.select("nav a[href=/places]").text()).isEqualTo("Ontmoetingsplekken");
        assertThat(all.select("#place-" + arkId() + " .place-status").text()).startsWith("Gesloten tot 1 juli");
        assertThat(english.select("h1").text()).isEqualTo("Meeting places");
        assertThat(ria.select("a[href=/places/new]")).isEmpty();
    }

    @Test
    void aPlacePageShowsItsClosureHoursHelpDeskWeekAndBookingForm() throws Exception {
        fixtures.closed(place.id(), bookings.today(), day.plusDays(1), "studiedag");
        jdbc
            .sql(
                "insert into place_help_desk (place_id, weekday, starts, ends, topic) values (?, ?, '10:00', '12:00', 'Formulierenhulp')"
            )
            .params(place.id(), day.getDayOfWeek().getValue())
            .update();

        Document doc = page(
            mvc
                .perform(get("/places/{id}", place.id()).param("week", day.toString()).with(user(ria)))
                .andExpect(status().isOk())
        );

        assertThat(doc.select("h1").text()).isEqualTo(place.name());
        assertThat(doc.select(".closure-banner li").text()).startsWith("Gesloten van ").endsWith(": studiedag");
        assertThat(doc.select(".place-status").text()).startsWith("Gesloten tot ").endsWith(": studiedag");
        assertThat(doc.select("table.hours tr")).hasSize(7);
        assertThat(doc.select("table.hours td").first().text()).isEqualTo("8:00–22:00");
        assertThat(doc.select(".help-desk li").text()).contains("Formulierenhulp").contains("Gaat niet door op");
        assertThat(doc.select(".week-day")).hasSize(7);
        assertThat(doc.select(".week-day.closed .week-hours").text()).endsWith(": studiedag");
        assertThat(doc.select("form[action=/places/" + place.id() + "/bookings#book] input[name=_csrf]")).hasSize(1);
        assertThat(doc.select("label[for=end]").text()).isEqualTo("Tot hoe laat?");
        assertThat(doc.select("#roomId option").eachText()).contains("Grote zaal", "Keuken");
        assertThat(doc.select("a[href=/places/" + place.id() + "/manage]")).isEmpty();
    }

    @Test
    void aBookingThatEndsBeforeItStartsComesBackWithTheReasonBesideTheEnd() throws Exception {
        Document doc = page(
            mvc
                .perform(
                    post("/places/{id}/bookings", place.id())
                        .param("roomId", String.valueOf(place.hallId()))
                        .param("day", day.toString())
                        .param("start", "14:00")
                        .param("end", "12:00")
                        .param("requestKey", UUID.randomUUID().toString())
                        .with(csrf())
                        .with(user(ria))
                )
                .andExpect(status().isOk())
        );

        assertThat(doc.select("#error-summary a").eachText()).containsExactly(
            "De eindtijd ligt vóór het begin. Kies een eindtijd na 14:00."
        );
        assertThat(doc.select("#error-summary a").attr("href")).isEqualTo("#end");
        assertThat(doc.select("#end").attr("aria-invalid")).isEqualTo("true");
        assertThat(doc.select("#start").val()).isEqualTo("14:00");
        assertThat(fixtures.count("select count(*) from place_booking where place_id = ?", place.id())).isZero();
    }

    @Test
    void aResidentBooksSeesHerBookingAndCancelsItButNotAnothers() throws Exception {
        String key = UUID.randomUUID().toString();
        var booking = post("/places/{id}/bookings", place.id())
            .param("roomId", String.valueOf(place.kitchenId()))
            .param("day", day.toString())
            .param("start", "10:00")
            .param("end", "11:30")
            .param("purpose", "Taart bakken")
            .param("requestKey", key)
            .with(csrf())
            .with(user(ria));
        mvc.perform(booking).andExpect(redirectedUrlPattern("/places/" + place.id() + "/bookings?booked=*"));
        // A double click sends the same form again: still one booking.
        mvc.perform(booking).andExpect(redirectedUrlPattern("/places/" + place.id() + "/bookings?booked=*"));
        long id = jdbc
            .sql("select id from place_booking where place_id = ?")
            .param(place.id())
            .query(Long.class)
            .single();

        Document mine = page(
            mvc.perform(get("/places/{id}/bookings", place.id()).with(user(ria))).andExpect(status().isOk())
        );
        assertThat(mine.select("#booking-" + id + " p").first().text()).isEqualTo("Keuken — Taart bakken");
        Document henks = page(
            mvc.perform(get("/places/{id}/bookings", place.id()).with(user(henk))).andExpect(status().isOk())
        );
        assertThat(henks.select("#booking-" + id)).isEmpty();
        Document week = page(
            mvc
                .perform(get("/places/{id}", place.id()).param("week", day.toString()).with(user(henk)))
                .andExpect(status().isOk())
        );
        assertThat(week.select(".week").text()).contains("10:00–11:30 bezet").doesNotContain("Taart");

        mvc
            .perform(post("/places/{id}/bookings/{b}/cancel", place.id(), id).with(csrf()).with(user(henk)))
            .andExpect(status().isNotFound());
        mvc
            .perform(post("/places/{id}/bookings/{b}/cancel", place.id(), id).with(csrf()).with(user(ria)))
            .andExpect(redirectedUrl("/places/" + place.id() + "/bookings?cancelled"));
        assertThat(
            fixtures.count("select count(*) from place_booking where id = ? and cancelled_at is not null", id)
        ).isEqualTo(1);
    }

    @Test
    void theBuilderOfTheNeighbourhoodRecordsAClosureAndAnotherBuilderMayNot() throws Exception {
        mvc
            .perform(
                post("/places/{id}/closures", place.id())
                    .param("from", day.toString())
                    .param("until", "")
                    .param("reason", "lekkage")
                    .with(csrf())
                    .with(user(builder))
            )
            .andExpect(redirectedUrl("/places/" + place.id() + "/manage?saved=closure#closures"));
        mvc.perform(get("/places/{id}/manage", place.id()).with(user(samira))).andExpect(status().isForbidden());
        mvc
            .perform(
                post("/places/{id}/closures", place.id()).param("from", day.toString()).with(csrf()).with(user(samira))
            )
            .andExpect(status().isForbidden());

        Document manage = page(
            mvc.perform(get("/places/{id}/manage", place.id()).with(user(builder))).andExpect(status().isOk())
        );
        assertThat(manage.select("#closures + p + ul li span").text())
            .startsWith("Gesloten vanaf ")
            .endsWith("tot nader bericht: lekkage");
        assertThat(fixtures.count("select count(*) from place_closure where place_id = ?", place.id())).isEqualTo(1);
    }

    @Test
    void aClosureThatReopensBeforeItStartsIsRefusedNamingTheField() throws Exception {
        Document doc = page(
            mvc
                .perform(
                    post("/places/{id}/closures", place.id())
                        .param("from", "1-7-2027")
                        .param("until", "1-3-2027")
                        .with(csrf())
                        .with(user(builder))
                )
                .andExpect(status().isOk())
        );
        assertThat(doc.select("#error-summary a").attr("href")).isEqualTo("#until");
        assertThat(doc.select("#until-error").text()).isEqualTo(
            "De dag dat de plek weer opengaat moet na de eerste dichte dag liggen."
        );
        assertThat(doc.select("#from").val()).isEqualTo("1-7-2027");
    }

    @Test
    void anExtraOpeningDuringAClosureShowsOnThePlaceAndMayBeBooked() throws Exception {
        fixtures.closed(place.id(), bookings.today(), day.plusDays(30), "verbouwing");
        mvc
            .perform(
                post("/places/{id}/special-openings", place.id())
                    .param("specialDay", day.toString())
                    .param("specialOpens", "10:00")
                    .param("specialCloses", "14:00")
                    .param("specialNote", "kerstmarkt")
                    .with(csrf())
                    .with(user(builder))
            )
            .andExpect(redirectedUrl("/places/" + place.id() + "/manage?saved=special#special"));

        Document doc = page(mvc.perform(get("/places/{id}", place.id()).with(user(ria))).andExpect(status().isOk()));
        assertThat(doc.select(".notice li").text())
            .startsWith("Extra open op ")
            .endsWith(" van 10:00–14:00: kerstmarkt");
        assertThat(
            bookings
                .book(
                    ria,
                    place.id(),
                    new BookingRequest(
                        place.hallId(),
                        day,
                        java.time.LocalTime.of(11, 0),
                        java.time.LocalTime.of(13, 0),
                        null,
                        ""
                    ),
                    null
                )
                .start()
        ).isEqualTo(day.atTime(11, 0));

        Document refused = page(
            mvc
                .perform(
                    post("/places/{id}/special-openings", place.id())
                        .param("specialDay", day.toString())
                        .param("specialOpens", "14:00")
                        .param("specialCloses", "10:00")
                        .with(csrf())
                        .with(user(builder))
                )
                .andExpect(status().isOk())
        );
        assertThat(refused.select("#error-summary a").attr("href")).isEqualTo("#specialCloses");
        assertThat(
            fixtures.count("select count(*) from place_special_opening where place_id = ?", place.id())
        ).isEqualTo(1);
    }

    @Test
    void theBuilderSetsHoursWithTwoPeriodsAndOverlapsAreRefused() throws Exception {
        mvc
            .perform(
                post("/places/{id}/hours", place.id())
                    .param("MONDAY-1-opens", "9:00")
                    .param("MONDAY-1-closes", "12:00")
                    .param("MONDAY-2-opens", "13:00")
                    .param("MONDAY-2-closes", "17:00")
                    .with(csrf())
                    .with(user(builder))
            )
            .andExpect(redirectedUrl("/places/" + place.id() + "/manage?saved=hours"));
        assertThat(fixtures.count("select count(*) from place_hours where place_id = ?", place.id())).isEqualTo(2);

        Document doc = page(
            mvc
                .perform(
                    post("/places/{id}/hours", place.id())
                        .param("TUESDAY-1-opens", "9:00")
                        .param("TUESDAY-1-closes", "12:00")
                        .param("TUESDAY-2-opens", "11:00")
                        .param("TUESDAY-2-closes", "17:00")
                        .param("FRIDAY-1-opens", "9:00")
                        .with(csrf())
                        .with(user(builder))
                )
                .andExpect(status().isOk())
        );
        assertThat(doc.select("#error-summary a").eachAttr("href")).containsExactly("#hours-TUESDAY", "#hours-FRIDAY");
        assertThat(doc.select("#TUESDAY-2-opens").val()).isEqualTo("11:00");
        assertThat(fixtures.count("select count(*) from place_hours where place_id = ?", place.id())).isEqualTo(2);
    }

    @Test
    void theApiBooksOncePerIdempotencyKeyAndNamesEveryBadField() throws Exception {
        String body =
            "{\"roomId\":" +
            place.hallId() +
            ",\"day\":\"" +
            day +
            "\",\"start\":\"10:00\",\"end\":\"12:00\",\"purpose\":\"Bingo\"}";
        String key = UUID.randomUUID().toString();
        String first = mvc
            .perform(
                post("/api/v1/places/{id}/bookings", place.id())
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .with(user(ria))
            )
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.roomName").value("Grote zaal"))
            .andReturn()
            .getResponse()
            .getContentAsString();
        String retry = mvc
            .perform(
                post("/api/v1/places/{id}/bookings", place.id())
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .with(user(ria))
            )
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(retry).isEqualTo(first);
        assertThat(fixtures.count("select count(*) from place_booking where place_id = ?", place.id())).isEqualTo(1);

        mvc
            .perform(
                post("/api/v1/places/{id}/bookings", place.id())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .with(user(henk))
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("start"))
            .andExpect(
                jsonPath("$.errors[0].message").value(
                    "Grote zaal is op dat moment al bezet. Kies een andere tijd of zaal."
                )
            );
        mvc
            .perform(
                post("/api/v1/places/{id}/bookings", place.id())
                    .param("lang", "en")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"roomId\":" +
                        place.hallId() +
                        ",\"day\":\"" +
                        day +
                        "\",\"start\":\"15:00\",\"end\":\"14:00\"}"
                    )
                    .with(user(henk))
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("end"))
            .andExpect(
                jsonPath("$.errors[0].message").value("The end is before the start. Choose an end after 15:00.")
            );
        mvc
            .perform(
                post("/api/v1/places/{id}/bookings", place.id())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"day\":\"morgen\",\"start\":\"25:00\"}")
                    .with(user(henk))
            )
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("day", "start")));
    }

    @Test
    void theApiShowsOthersOnlyBusyAndAnothersBookingIsNotFound() throws Exception {
        BookingView booked = bookings.book(
            ria,
            place.id(),
            new BookingRequest(
                place.hallId(),
                day,
                java.time.LocalTime.of(10, 0),
                java.time.LocalTime.of(12, 0),
                null,
                "Verjaardag"
            ),
            null
        );

        mvc
            .perform(get("/api/v1/places/{id}/bookings", place.id()).param("week", day.toString()).with(user(henk)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.coming").isEmpty())
            .andExpect(
                jsonPath("$.week.days[*].rooms[*].taken[*].bookingId").value(
                    org.hamcrest.Matchers.contains((Object) null)
                )
            )
            .andExpect(
                jsonPath("$.week.days[*].rooms[*].taken[*].label").value(org.hamcrest.Matchers.contains((Object) null))
            );
        mvc
            .perform(delete("/api/v1/places/{id}/bookings/{b}", place.id(), booked.id()).with(user(henk)))
            .andExpect(status().isNotFound());
        mvc
            .perform(delete("/api/v1/places/{id}/bookings/{b}", place.id(), booked.id()).with(user(ria)))
            .andExpect(status().isNoContent());
    }

    @Test
    void theApiKeepsPlacesForTheBuilderOfTheNeighbourhoodOnly() throws Exception {
        String created = mvc
            .perform(
                post("/api/v1/places")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"name\":\"Buurtkamer\",\"addressLine\":\"Hoek 2\",\"neighbourhoodId\":" +
                        place.neighbourhoodId() +
                        ",\"lat\":52.1,\"lon\":5.1,\"stepFree\":true}"
                    )
                    .with(user(builder))
            )
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.place.stepFree").value(true))
            .andExpect(jsonPath("$.status.kind").value("NO_HOURS"))
            .andReturn()
            .getResponse()
            .getHeader("Location");
        assertThat(created).startsWith("/api/v1/places/");

        mvc
            .perform(
                put(created + "/hours")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"hours\":[{\"day\":\"MONDAY\",\"opens\":\"09:00\",\"closes\":\"12:00\"}]}")
                    .with(user(builder))
            )
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.hours[0].day").value("MONDAY"));
        mvc
            .perform(
                post(created + "/closures")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"from\":\"2027-03-01\",\"until\":\"2027-07-01\",\"reason\":\"verbouwing\"}")
                    .with(user(builder))
            )
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.closure.until").value("2027-07-01"));
        mvc
            .perform(
                put(created)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"name\":\"Overgenomen\",\"addressLine\":\"Hoek 2\",\"neighbourhoodId\":1,\"lat\":52.1,\"lon\":5.1}"
                    )
                    .with(user(samira))
            )
            .andExpect(status().isForbidden());
        mvc
            .perform(
                post("/api/v1/places")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"\",\"lat\":99,\"capacity\":-1}")
                    .with(user(builder))
            )
            .andExpect(status().isBadRequest())
            .andExpect(
                jsonPath("$.errors[*].field").value(
                    org.hamcrest.Matchers.contains("name", "addressLine", "neighbourhoodId", "lon", "lat", "capacity")
                )
            );
    }

    private long arkId() {
        return jdbc.sql("select id from place where name = 'Kerkzaal De Ark'").query(Long.class).single();
    }
}
