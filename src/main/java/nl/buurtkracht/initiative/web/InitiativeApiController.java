package nl.buurtkracht.initiative.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.buurtkracht.initiative.Continuity;
import nl.buurtkracht.initiative.ContinuityRow;
import nl.buurtkracht.initiative.Finances;
import nl.buurtkracht.initiative.HoursGivenBy;
import nl.buurtkracht.initiative.InitiativeCard;
import nl.buurtkracht.initiative.InitiativeForm;
import nl.buurtkracht.initiative.InitiativeManagement;
import nl.buurtkracht.initiative.InitiativeState;
import nl.buurtkracht.initiative.InitiativeView;
import nl.buurtkracht.initiative.InitiativeView.Person;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.initiative.Membership;
import nl.buurtkracht.initiative.MoneyAndTime;
import nl.buurtkracht.initiative.MoneyAndTimeForms.BudgetLineForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.FundingForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.HoursForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.OwnerForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.TaskForm;
import nl.buurtkracht.initiative.OwnerKind;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.IdempotencyKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Initiatives for scripts and apps: the same services, rules and reasons as the pages. */
@RestController
class InitiativeApiController {

    private static final String BASE = "/api/v1/initiatives";

    record InitiativeBody(
        @Nullable String title,
        @Nullable String what,
        @Nullable String forWhom,
        @Nullable String where,
        @Nullable Long neighbourhoodId
    ) {
        InitiativeForm form() {
            return new InitiativeForm(text(title), text(what), text(forWhom), text(where), neighbourhoodId);
        }
    }

    record StateBody(@Nullable InitiativeState state, @Nullable String note) {}

    record MembershipBody(@Nullable Membership kind) {}

    record OwnerBody(
        @Nullable OwnerKind kind,
        @Nullable Long residentId,
        @Nullable String organisation,
        @Nullable String role
    ) {}

    record TaskBody(@Nullable String title, @Nullable String details, @Nullable Integer needed) {}

    record FundingBody(
        @Nullable String fund,
        @Nullable BigDecimal amount,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable String conditions,
        @Nullable LocalDate reportDueOn
    ) {}

    record BudgetBody(@Nullable String description, @Nullable BigDecimal amount) {}

    record HoursBody(
        @Nullable HoursGivenBy givenBy,
        @Nullable String who,
        @Nullable LocalDate givenOn,
        @Nullable BigDecimal hours,
        @Nullable String note
    ) {}

    record Created(long id) {}

    record ContinuityEntry(ContinuityRow initiative, List<InitiativeTexts.Warning> warnings) {}

    private final Initiatives initiatives;
    private final InitiativeManagement management;
    private final Continuity continuity;
    private final InitiativeTexts texts;

    InitiativeApiController(
        Initiatives initiatives,
        InitiativeManagement management,
        Continuity continuity,
        InitiativeTexts texts
    ) {
        this.initiatives = initiatives;
        this.management = management;
        this.continuity = continuity;
        this.texts = texts;
    }

    @GetMapping(BASE)
    List<InitiativeCard> list(
        @RequestParam(required = false) @Nullable Long neighbourhood,
        @RequestParam(defaultValue = "false") boolean ended
    ) {
        return initiatives.list(neighbourhood == null ? Set.of() : Set.of(neighbourhood), ended);
    }

    @PostMapping(path = BASE, consumes = "application/json")
    ResponseEntity<InitiativeView> start(
        @RequestBody InitiativeBody body,
        @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String key,
        @AuthenticationPrincipal CurrentUser user
    ) {
        long id = management.start(user, body.form(), key);
        return ResponseEntity.created(URI.create(BASE + "/" + id)).body(initiatives.view(user, id));
    }

    @GetMapping(BASE + "/{id}")
    InitiativeView show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return initiatives.view(user, id);
    }

    @PutMapping(path = BASE + "/{id}", consumes = "application/json")
    InitiativeView update(
        @PathVariable long id,
        @RequestBody InitiativeBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.update(user, id, body.form());
        return initiatives.view(user, id);
    }

    @DeleteMapping(BASE + "/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        management.delete(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = BASE + "/{id}/state", consumes = "application/json")
    InitiativeView changeState(
        @PathVariable long id,
        @RequestBody StateBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.changeState(user, id, body.state(), text(body.note()));
        return initiatives.view(user, id);
    }

    /** Joins ({@code MEMBER}, the default) or follows ({@code FOLLOWER}). */
    @PostMapping(BASE + "/{id}/members")
    InitiativeView takePart(
        @PathVariable long id,
        @RequestBody(required = false) @Nullable MembershipBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        Membership kind = body == null || body.kind() == null ? Membership.MEMBER : body.kind();
        management.takePart(user, id, kind);
        return initiatives.view(user, id);
    }

    @DeleteMapping(BASE + "/{id}/members/me")
    ResponseEntity<Void> leave(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        management.leave(user, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(BASE + "/{id}/members")
    List<Person> members(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return initiatives.people(user, id);
    }

    @PostMapping(path = BASE + "/{id}/owners", consumes = "application/json")
    ResponseEntity<Created> addOwner(
        @PathVariable long id,
        @RequestBody OwnerBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        long ownerId = management.addOwner(
            user,
            id,
            new OwnerForm(body.kind(), body.residentId(), text(body.organisation()), text(body.role()))
        );
        return ResponseEntity.status(201).body(new Created(ownerId));
    }

    @DeleteMapping(BASE + "/{id}/owners/{ownerId}")
    ResponseEntity<Void> stepBack(
        @PathVariable long id,
        @PathVariable long ownerId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.stepBack(user, id, ownerId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = BASE + "/{id}/tasks", consumes = "application/json")
    ResponseEntity<Created> addTask(
        @PathVariable long id,
        @RequestBody TaskBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        long taskId = management.addTask(
            user,
            id,
            new TaskForm(text(body.title()), text(body.details()), body.needed())
        );
        return ResponseEntity.status(201).body(new Created(taskId));
    }

    @PostMapping(BASE + "/{id}/tasks/{taskId}/takers")
    InitiativeView takeTask(
        @PathVariable long id,
        @PathVariable long taskId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.takeTask(user, id, taskId);
        return initiatives.view(user, id);
    }

    @DeleteMapping(BASE + "/{id}/tasks/{taskId}/takers/me")
    ResponseEntity<Void> releaseTask(
        @PathVariable long id,
        @PathVariable long taskId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.releaseTask(user, id, taskId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(BASE + "/{id}/money")
    Finances money(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return initiatives.finances(user, id);
    }

    @PostMapping(path = BASE + "/{id}/funding", consumes = "application/json")
    ResponseEntity<Created> addFunding(
        @PathVariable long id,
        @RequestBody FundingBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        var form = new FundingForm(
            text(body.fund()),
            body.amount(),
            body.startsOn(),
            body.endsOn(),
            text(body.conditions()),
            body.reportDueOn()
        );
        return ResponseEntity.status(201).body(new Created(management.addFunding(user, id, form)));
    }

    @PostMapping(path = BASE + "/{id}/budget", consumes = "application/json")
    ResponseEntity<Created> addBudgetLine(
        @PathVariable long id,
        @RequestBody BudgetBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        var form = new BudgetLineForm(text(body.description()), body.amount());
        return ResponseEntity.status(201).body(new Created(management.addBudgetLine(user, id, form)));
    }

    @PostMapping(path = BASE + "/{id}/hours", consumes = "application/json")
    ResponseEntity<Created> recordHours(
        @PathVariable long id,
        @RequestBody HoursBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        var form = new HoursForm(body.givenBy(), text(body.who()), body.givenOn(), body.hours(), text(body.note()));
        return ResponseEntity.status(201).body(new Created(management.recordHours(user, id, form)));
    }

    @DeleteMapping(BASE + "/{id}/{line:budget|funding|hours}/{lineId}")
    ResponseEntity<Void> removeLine(
        @PathVariable long id,
        @PathVariable String line,
        @PathVariable long lineId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.removeLine(user, id, MoneyAndTime.valueOf(line.toUpperCase(Locale.ROOT)), lineId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(BASE + "/{id}/warnings")
    List<InitiativeTexts.Warning> warnings(
        @PathVariable long id,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        return texts.warnings(continuity.warnings(user, id), locale);
    }

    @GetMapping("/api/v1/neighbourhoods/{id}/continuity")
    List<ContinuityEntry> continuity(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return continuity
            .overview(user, id)
            .stream()
            .map(row -> new ContinuityEntry(row, texts.warnings(row.warnings(), locale)))
            .toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
