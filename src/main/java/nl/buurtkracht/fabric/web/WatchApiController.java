package nl.buurtkracht.fabric.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.buurtkracht.fabric.WatchForm;
import nl.buurtkracht.fabric.WatchSignals;
import nl.buurtkracht.fabric.WatchView;
import nl.buurtkracht.fabric.Watches;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own watch and the open signals, for scripts and apps, with the same services, rules
 * and reasons as the pages. POST makes the watch exactly as given (so a retry changes nothing): the
 * quiet period in days (7, 10, 14 or 21), the circle as resident ids, whether the builder may be
 * told, and a pause as an ISO date (absent: running). DELETE stops it.
 */
@RestController
class WatchApiController {

    record WatchBody(
        @Nullable Integer quietDays,
        @Nullable List<Long> circle,
        @Nullable Boolean tellBuilder,
        @Nullable String pausedUntil
    ) {}

    private final Watches watches;
    private final WatchSignals signals;

    WatchApiController(Watches watches, WatchSignals signals) {
        this.watches = watches;
        this.signals = signals;
    }

    @GetMapping("/api/v1/me/watch")
    WatchView mine(@AuthenticationPrincipal CurrentUser user) {
        return watches.view(user, null);
    }

    @PostMapping(path = "/api/v1/me/watch", consumes = "application/json")
    ResponseEntity<WatchView> set(@RequestBody WatchBody body, @AuthenticationPrincipal CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate pausedUntil = TypedInput.date(body.pausedUntil(), "pausedUntil", problems);
        List<Long> circle = body.circle() == null ? List.of() : body.circle();
        if (circle.stream().anyMatch(Objects::isNull)) {
            problems.add(new FieldProblem("circle", "watch.circle.blank"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        boolean created = watches.replace(
            user,
            new WatchForm(body.quietDays(), circle, Boolean.TRUE.equals(body.tellBuilder()), null),
            pausedUntil,
            pausedUntil != null
        );
        return ResponseEntity.status(created ? 201 : 200).body(watches.view(user, null));
    }

    @DeleteMapping("/api/v1/me/watch")
    ResponseEntity<Void> stop(@AuthenticationPrincipal CurrentUser user) {
        watches.stop(user, null);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/signals")
    List<WatchSignals.Signal> open(@AuthenticationPrincipal CurrentUser user) {
        return signals.open(user);
    }
}
