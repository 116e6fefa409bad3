package nl.buurtkracht.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.buurtkracht.BuurtkrachtApplication;
import nl.buurtkracht.system.ApiTokens;
import nl.buurtkracht.system.IdempotencyKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fifty neighbours press "I will help" on the same ask at the same moment, half of them on one app
 * instance and half on another, both on one PostgreSQL: exactly one gets the ask, the other 49 hear
 * kindly that a neighbour was just ahead of them and see other asks nearby, and the database holds
 * one match, one accepted answer and one event of it.
 *
 * <p>Both instances are real applications on random ports, spoken to over HTTP. They share the
 * database the way production instances would: with the embedded default both take the JVM's one
 * throw-away server; on CI both follow {@code spring.datasource.url}. They start one after the other,
 * and only the first may seed the demo town, so migrations and seeding never run twice at once.
 */
class ClaimRaceOnTwoInstancesIntegrationTests {

    private static final int HELPERS = 50;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** One helper pressing the button: whom, where, and what they were answered. */
    private record Claim(long residentId, int instance, int status, JsonNode body) {}

    /** A demo resident of the Bloemenbuurt with an API token of their own. */
    private record Neighbour(long accountId, long residentId, long tokenId, String token) {}

    @Test
    void fiftyHelpersOnTwoInstancesAndExactlyOneGetsTheAsk() throws Exception {
        try (
            ConfigurableApplicationContext one = instance(true);
            ConfigurableApplicationContext two = instance(false)
        ) {
            JdbcClient jdbc = one.getBean(JdbcClient.class);
            ApiTokens tokens = one.getBean(ApiTokens.class);
            JsonMapper json = one.getBean(JsonMapper.class);
            List<URI> instances = List.of(base(one), base(two));
            assertThat(instances.get(0)).isNotEqualTo(instances.get(1));

            List<Neighbour> people = neighbours(jdbc, tokens, HELPERS + 1);
            Neighbour asker = people.getFirst();
            List<Neighbour> helpers = people.subList(1, people.size());
            HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(PATIENCE)
                .build();
            try {
                LocalDate tomorrow = LocalDate.now(one.getBean(Clock.class)).plusDays(1);
                long raced = ask(http, json, instances.get(0), asker, tomorrow, "THIS_WEEK");
                // Another open ask nearby, for those who lose the race to be shown.
                long other = ask(http, json, instances.get(1), asker, tomorrow, "URGENT");
                // Both instances answer once before the race, so that it is not a race of warm-ups.
                for (URI instance : instances) {
                    assertThat(
                        send(http, get(instance, "/api/v1/asks/" + raced, helpers.getFirst())).statusCode()
                    ).isEqualTo(200);
                }

                List<Claim> claims = race(http, json, instances, helpers, raced);

                String kind = one
                    .getBean(MessageSource.class)
                    .getMessage("help.claim.taken", null, Locale.forLanguageTag("nl"));
                assertThat(kind).startsWith("Een andere buur was u net voor");
                Map<Integer, Long> statuses = claims
                    .stream()
                    .collect(Collectors.groupingBy(Claim::status, Collectors.counting()));
                System.out.printf(
                    "claim race: %d helpers on 2 instances, answers %s; 201 from instance %s; 409s per instance %s%n",
                    HELPERS,
                    statuses,
                    claims
                        .stream()
                        .filter(c -> c.status() == 201)
                        .map(c -> String.valueOf(c.instance() + 1))
                        .toList(),
                    claims
                        .stream()
                        .filter(c -> c.status() == 409)
                        .collect(Collectors.groupingBy(c -> c.instance() + 1, Collectors.counting()))
                );
                assertThat(statuses).containsOnlyKeys(201, 409).containsEntry(201, 1L).containsEntry(409, 49L);
                Claim winner = claims
                    .stream()
                    .filter(c -> c.status() == 201)
                    .findFirst()
                    .orElseThrow();
                assertThat(winner.body().get("won").asBoolean()).isTrue();
                assertThat(winner.body().get("askId").asLong()).isEqualTo(raced);
                for (Claim lost : claims
                    .stream()
                    .filter(c -> c.status() == 409)
                    .toList()) {
                    assertThat(lost.body().get("won").asBoolean()).isFalse();
                    assertThat(lost.body().get("message").asString()).isEqualTo(kind);
                    List<Long> elsewhere = new ArrayList<>();
                    lost
                        .body()
                        .get("otherAsks")
                        .forEach(a -> elsewhere.add(a.get("id").asLong()));
                    assertThat(elsewhere).isNotEmpty().doesNotContain(raced);
                }
                // Both instances took part in the race.
                assertThat(claims.stream().map(Claim::instance).distinct()).containsExactlyInAnyOrder(0, 1);

                record Matched(String status, Long helperResidentId) {}
                assertThat(
                    jdbc
                        .sql("select status, helper_resident_id from help_ask where id = ?")
                        .param(raced)
                        .query(Matched.class)
                        .single()
                ).isEqualTo(new Matched("MATCHED", winner.residentId()));
                record Answer(long helperResidentId, String answer) {}
                assertThat(
                    jdbc
                        .sql("select helper_resident_id, answer from help_invitation where ask_id = ?")
                        .param(raced)
                        .query(Answer.class)
                        .list()
                ).containsExactly(new Answer(winner.residentId(), "ACCEPTED"));
                assertOneAskMatchedPublication(jdbc, raced);

                send(http, post(instances.get(1), "/api/v1/asks/" + other + "/withdraw", asker));
            } finally {
                for (Neighbour n : people) {
                    tokens.revoke(n.accountId(), n.tokenId());
                }
            }
        }
    }

    /**
     * A real instance on a random port. Properties are given as arguments so that they win over the
     * test configuration; the database is whatever the test JVM uses, so both instances share it.
     */
    private static ConfigurableApplicationContext instance(boolean first) {
        return new SpringApplicationBuilder(BuurtkrachtApplication.class).run(
                "--server.port=0",
                // Two more pools beside the test contexts already cached in this JVM.
                "--buurtkracht.embedded-db.pool-size=10",
                "--spring.datasource.hikari.maximum-pool-size=10",
                // Only the first instance may seed (and only into an empty database); the second must
                // not hand out again what the first still has in flight.
                "--buurtkracht.demo.enabled=" + first,
                "--spring.modulith.events.republish-outstanding-events-on-restart=" + first
            );
    }

    private static URI base(ConfigurableApplicationContext context) {
        return URI.create("http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Demo residents of the Bloemenbuurt who can sign in, each with a fresh token; the first asks. */
    private static List<Neighbour> neighbours(JdbcClient jdbc, ApiTokens tokens, int count) {
        record Person(long accountId, long residentId) {}
        List<Person> people = jdbc
            .sql(
                """
                select a.id as account_id, r.id as resident_id from account a join resident r on r.id = a.resident_id
                join address ad on ad.id = r.address_id
                where ad.neighbourhood_id = 1 and a.email like 'bewoner%' order by r.id limit ?"""
            )
            .param(count)
            .query(Person.class)
            .list();
        assertThat(people).hasSize(count);
        return people
            .stream()
            .map(p -> {
                var issued = tokens.create(p.accountId(), "claim race");
                return new Neighbour(p.accountId(), p.residentId(), issued.id(), issued.secret());
            })
            .toList();
    }

    private static long ask(
        HttpClient http,
        JsonMapper json,
        URI instance,
        Neighbour asker,
        LocalDate day,
        String urgency
    ) throws Exception {
        String body = """
            {"kind": "SHOPPING", "description": "Boodschappen van de markt", "day": "%s",
             "reach": "NEIGHBOURHOOD", "urgency": "%s"}""".formatted(day, urgency);
        HttpResponse<String> response = send(
            http,
            HttpRequest.newBuilder(instance.resolve("/api/v1/asks"))
                .timeout(PATIENCE)
                .header("Authorization", "Bearer " + asker.token())
                .header("Content-Type", "application/json")
                .header(IdempotencyKeys.HEADER, UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build()
        );
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asLong();
    }

    /** Every helper waits at the gate; then all claim at once, alternating between the two instances. */
    private static List<Claim> race(
        HttpClient http,
        JsonMapper json,
        List<URI> instances,
        List<Neighbour> helpers,
        long askId
    ) throws Exception {
        CountDownLatch ready = new CountDownLatch(helpers.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(helpers.size());
        try {
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < helpers.size(); i++) {
                Neighbour helper = helpers.get(i);
                int instance = i % 2;
                HttpRequest request = post(instances.get(instance), "/api/v1/asks/" + askId + "/claims", helper);
                claims.add(
                    threads.submit(() -> {
                        ready.countDown();
                        go.await();
                        HttpResponse<String> response = send(http, request);
                        return new Claim(
                            helper.residentId(),
                            instance,
                            response.statusCode(),
                            json.readTree(response.body())
                        );
                    })
                );
            }
            assertThat(ready.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            go.countDown();
            List<Claim> done = new ArrayList<>();
            for (Future<Claim> claim : claims) {
                done.add(claim.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            }
            System.out.printf(
                "claim race: all %d answers in %d ms%n",
                done.size(),
                (System.nanoTime() - started) / 1_000_000
            );
            return done;
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * The match is published once: the event publication registry stores one publication of it per
     * listener. Without a listener of {@link AskMatched} nothing is stored, and there is nothing to
     * count.
     */
    private static void assertOneAskMatchedPublication(JdbcClient jdbc, long askId) {
        record Publication(String listenerId, long count) {}
        List<Publication> publications = jdbc
            .sql(
                """
                select listener_id, count(*) from event_publication
                where event_type = ? and serialized_event ~ ?
                group by listener_id"""
            )
            .params(AskMatched.class.getName(), "\"askId\":\\s*" + askId + "\\D")
            .query(Publication.class)
            .list();
        long listeners = jdbc
            .sql("select count(distinct listener_id) from event_publication where event_type = ?")
            .param(AskMatched.class.getName())
            .query(Long.class)
            .single();
        System.out.printf(
            "claim race: AskMatched publications of the ask per listener %s (%d listeners seen)%n",
            publications,
            listeners
        );
        assertThat(publications).allSatisfy(p -> assertThat(p.count()).isEqualTo(1));
        assertThat((long) publications.size()).isEqualTo(listeners);
    }

    private static HttpRequest get(URI instance, String path, Neighbour who) {
        return HttpRequest.newBuilder(instance.resolve(path))
            .timeout(PATIENCE)
            .header("Authorization", "Bearer " + who.token())
            .GET()
            .build();
    }

    private static HttpRequest post(URI instance, String path, Neighbour who) {
        return HttpRequest.newBuilder(instance.resolve(path))
            .timeout(PATIENCE)
            .header("Authorization", "Bearer " + who.token())
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
