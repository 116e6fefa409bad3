package nl.buurtkracht.fabric;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts the {@link WatchClock} in place of the system clock, for tests that let days pass. */
@TestConfiguration
public class WatchClockConfiguration {

    @Bean
    @Primary
    WatchClock watchClock() {
        return new WatchClock();
    }
}
