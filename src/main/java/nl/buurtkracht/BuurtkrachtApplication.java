package nl.buurtkracht;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts Buurtkracht. */
@SpringBootApplication
@EnableScheduling
public class BuurtkrachtApplication {

    public static void main(String[] args) {
        SpringApplication.run(BuurtkrachtApplication.class, args);
    }
}
