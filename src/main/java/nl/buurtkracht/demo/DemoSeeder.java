package nl.buurtkracht.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo municipality on first start, so that a newcomer finds a living neighbourhood to
 * click through. {@code buurtkracht.demo.residents} scales it up for benchmarks. Runs after the
 * migrations and before the web server opens, so no page is ever served from a half-seeded town.
 */
@Component
@ConditionalOnProperty(name = "buurtkracht.demo.enabled", havingValue = "true")
class DemoSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoData demo;
    private final DemoInitiatives initiatives;
    private final DemoPlaces places;
    private final DemoActivities activities;
    private final DemoHelp help;
    private final DemoRounds rounds;
    private final DemoFabric fabric;
    private final int residents;

    DemoSeeder(
        DemoData demo,
        DemoInitiatives initiatives,
        DemoPlaces places,
        DemoActivities activities,
        DemoHelp help,
        DemoRounds rounds,
        DemoFabric fabric,
        @Value("${buurtkracht.demo.residents:600}") int residents
    ) {
        this.demo = demo;
        this.initiatives = initiatives;
        this.places = places;
        this.activities = activities;
        this.help = help;
        this.rounds = rounds;
        this.fabric = fabric;
        this.residents = residents;
    }

    @Override
    public void afterSingletonsInstantiated() {
        demo
            .generateIfEmpty(DemoData.Spec.ofResidents(residents))
            .ifPresent(s ->
                log.info(
                    "Seeded demo municipality: {} districts, {} neighbourhoods, {} streets, {} addresses, {} residents, {} accounts in {} ms",
                    s.districts(),
                    s.neighbourhoods(),
                    s.streets(),
                    s.addresses(),
                    s.residents(),
                    s.accounts(),
                    s.millis()
                )
            );
        // Later parts of the town seed themselves when their tables are empty, so that a demo
        // database from before they existed gets them too.
        initiatives.seedIfEmpty();
        places.seedIfEmpty();
        activities.seedIfEmpty();
        help.seedIfEmpty();
        rounds.seedIfEmpty();
        fabric.seedIfEmpty();
    }
}
