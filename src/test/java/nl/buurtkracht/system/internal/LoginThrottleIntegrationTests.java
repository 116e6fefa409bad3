package nl.buurtkracht.system.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.buurtkracht.people.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Password guessing on the login form is stopped after a few tries, even for the right password. */
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleIntegrationTests {

    private static final String PASSWORD = "the right password";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    String email;

    @BeforeEach
    void account() {
        email = "throttle-" + UUID.randomUUID() + "@example.org";
        accounts.createProfessional("Throttle Tester", email, PASSWORD, Set.of(), List.of());
    }

    @Test
    void theSixthAttemptIsLockedEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            wrongPassword();
        }

        mvc
            .perform(formLogin("/login").user(email).password(PASSWORD))
            .andExpect(redirectedUrl("/login?locked"))
            .andExpect(unauthenticated());
    }

    @Test
    void theRightPasswordBeforeTheLimitStartsTheCountAgain() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
            wrongPassword();
        }
        mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(authenticated());

        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
            wrongPassword();
        }
        mvc
            .perform(formLogin("/login").user(email).password(PASSWORD))
            .andExpect(authenticated())
            .andExpect(redirectedUrl("/my-street"));
    }

    private void wrongPassword() throws Exception {
        mvc
            .perform(formLogin("/login").user(email).password("not the password"))
            .andExpect(redirectedUrl("/login?error"))
            .andExpect(unauthenticated());
    }
}
