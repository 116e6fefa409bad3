package nl.buurtkracht.activity.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.activity.internal.CalendarFeed;
import nl.buurtkracht.activity.internal.CalendarFeed.Subject;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The activities of a neighbourhood, a meeting place or an initiative as an iCalendar feed, for
 * calendar apps to subscribe to. Served twice: under the API for those signed in, and under
 * {@code /calendar} without signing in, because calendar apps cannot sign in; the feed holds only
 * what the printed programme on the notice board holds. Exactly one of {@code ?neighbourhood=},
 * {@code ?place=} or {@code ?initiative=}.
 */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    /** A feed of something that does not exist. */
    static final class UnknownFeed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final Subject subject;
        private final long id;

        UnknownFeed(Subject subject, long id) {
            super(subject + " " + id);
            this.subject = subject;
            this.id = id;
        }
    }

    private final CalendarFeed feeds;
    private final MessageSource messages;

    CalendarController(CalendarFeed feeds, MessageSource messages) {
        this.feeds = feeds;
        this.messages = messages;
    }

    @GetMapping({ "/api/v1/activities.ics", "/calendar/activities.ics" })
    ResponseEntity<byte[]> feed(
        @RequestParam(required = false) @Nullable String neighbourhood,
        @RequestParam(required = false) @Nullable String place,
        @RequestParam(required = false) @Nullable String initiative,
        Locale locale
    ) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Subject, Long> chosen = new LinkedHashMap<>();
        choose(chosen, Subject.NEIGHBOURHOOD, TypedInput.id(neighbourhood, "neighbourhood", problems));
        choose(chosen, Subject.PLACE, TypedInput.id(place, "place", problems));
        choose(chosen, Subject.INITIATIVE, TypedInput.id(initiative, "initiative", problems));
        if (problems.isEmpty() && chosen.isEmpty()) {
            problems.add(new FieldProblem("neighbourhood", "activities.feed.choose-one"));
        }
        if (problems.isEmpty() && chosen.size() > 1) {
            chosen.keySet().forEach(s -> problems.add(new FieldProblem(param(s), "activities.feed.only-one")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var only = chosen.entrySet().iterator().next();
        CalendarFeed.Feed feed = feeds
            .feed(only.getKey(), only.getValue(), locale)
            .orElseThrow(() -> new UnknownFeed(only.getKey(), only.getValue()));
        String filename = "buurtkracht-" + param(only.getKey()) + "-" + only.getValue() + ".ics";
        return ResponseEntity.ok()
            .contentType(TEXT_CALENDAR)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
            .body(feed.text().getBytes(StandardCharsets.UTF_8));
    }

    /** 404, saying what was not found: "Buurt 12 bestaat niet." rather than a bare "not found". */
    @ExceptionHandler
    ProblemDetail unknown(UnknownFeed e, Locale locale) {
        return ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND,
            messages.getMessage(
                "activities.feed.unknown." + param(e.subject),
                new Object[] { Long.toString(e.id) },
                locale
            )
        );
    }

    private static void choose(Map<Subject, Long> chosen, Subject subject, @Nullable Long id) {
        if (id != null) {
            chosen.put(subject, id);
        }
    }

    private static String param(Subject subject) {
        return subject.name().toLowerCase(Locale.ROOT);
    }
}
