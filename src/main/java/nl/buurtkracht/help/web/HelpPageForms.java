package nl.buurtkracht.help.web;

import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.help.AcceptForm;
import nl.buurtkracht.help.AskForm;
import nl.buurtkracht.help.OfferForm;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;

/** The help forms as typed on the pages: every field a string until it is read. */
final class HelpPageForms {

    private HelpPageForms() {}

    /** The ask form. {@code forResidentId} is set when a host or builder asks for a neighbour. */
    record AskPage(
        @Nullable String kind,
        @Nullable String description,
        @Nullable String day,
        @Nullable String start,
        @Nullable String rhythm,
        @Nullable String times,
        @Nullable String location,
        @Nullable String urgency,
        @Nullable String reach,
        @Nullable Boolean ageBridging,
        @Nullable String forResidentId,
        @Nullable String channel,
        @Nullable String consentMethod
    ) {
        static AskPage empty(@Nullable String kind, @Nullable Long forResidentId) {
            return new AskPage(
                kind,
                null,
                null,
                null,
                Rhythm.ONCE.name(),
                "" + Rhythm.SUGGESTED_TIMES,
                null,
                "WHENEVER",
                "STREET",
                false,
                forResidentId == null ? null : forResidentId.toString(),
                "ONLINE",
                null
            );
        }

        AskForm read() {
            List<FieldProblem> problems = new ArrayList<>();
            AskForm form = new AskForm(
                TypedInput.text(kind),
                TypedInput.text(description),
                TypedInput.date(day, "day", problems),
                TypedInput.time(start, "start", problems),
                null,
                Rhythm.rule(rhythm, times, problems),
                TypedInput.text(location),
                TypedInput.text(urgency),
                TypedInput.text(reach),
                Boolean.TRUE.equals(ageBridging),
                TypedInput.id(forResidentId, "forResidentId", problems),
                channel == null || channel.isBlank() ? "ONLINE" : channel,
                method(consentMethod, problems)
            );
            failOn(problems);
            return form;
        }
    }

    /** The offer form; {@code availability} holds day parts such as "TUESDAY-MORNING". */
    record OfferPage(
        @Nullable String kind,
        @Nullable String description,
        @Nullable List<String> availability,
        @Nullable String reach
    ) {
        static OfferPage empty() {
            return new OfferPage(null, null, List.of(), "STREET");
        }

        OfferForm read() {
            return new OfferForm(
                TypedInput.text(kind),
                TypedInput.text(description),
                availability == null ? List.of() : availability,
                TypedInput.text(reach)
            );
        }
    }

    /** "Ik wil graag…" on an offer. */
    record AcceptPage(
        @Nullable String day,
        @Nullable String start,
        @Nullable String rhythm,
        @Nullable String times,
        @Nullable String message,
        @Nullable String forResidentId,
        @Nullable String consentMethod
    ) {
        static AcceptPage empty(@Nullable Long forResidentId) {
            return new AcceptPage(
                null,
                "10:00",
                Rhythm.ONCE.name(),
                "" + Rhythm.SUGGESTED_TIMES,
                null,
                forResidentId == null ? null : forResidentId.toString(),
                null
            );
        }

        AcceptForm read() {
            List<FieldProblem> problems = new ArrayList<>();
            AcceptForm form = new AcceptForm(
                TypedInput.date(day, "day", problems),
                TypedInput.time(start, "start", problems),
                Rhythm.rule(rhythm, times, problems),
                TypedInput.text(message),
                TypedInput.id(forResidentId, "forResidentId", problems),
                method(consentMethod, problems)
            );
            failOn(problems);
            return form;
        }
    }

    private static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static @Nullable ConsentMethod method(@Nullable String value, List<FieldProblem> problems) {
        return HelpApiController.method(value, problems);
    }
}
