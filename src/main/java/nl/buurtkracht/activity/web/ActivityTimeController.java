package nl.buurtkracht.activity.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.activity.Activities;
import nl.buurtkracht.activity.ActivityManagement;
import nl.buurtkracht.activity.ActivitySignups;
import nl.buurtkracht.activity.ActivityView;
import nl.buurtkracht.activity.OccurrenceView;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One time of an activity: signing up (or onto the waiting list) and cancelling in one press; for
 * the organisers, who comes, who came, and calling this one time off.
 */
@Controller
@RequestMapping("/activities/{id}/times/{day}")
class ActivityTimeController {

    private final Activities activities;
    private final ActivitySignups signups;
    private final ActivityManagement management;
    private final ActivityWords words;
    private final FormErrors formErrors;

    ActivityTimeController(
        Activities activities,
        ActivitySignups signups,
        ActivityManagement management,
        ActivityWords words,
        FormErrors formErrors
    ) {
        this.activities = activities;
        this.signups = signups;
        this.management = management;
        this.words = words;
        this.formErrors = formErrors;
    }

    @GetMapping
    String show(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        ActivityView activity = activities.get(id);
        OccurrenceView time = activities.occurrence(user, id, day, locale);
        boolean mayManage = activities.mayManage(user, activity);
        model.addAttribute("activity", activity);
        model.addAttribute("line", words.line(time, locale));
        model.addAttribute("where", words.where(activity, locale));
        model.addAttribute("mayManage", mayManage);
        boolean begun = activities.begun(time);
        model.addAttribute("maySignUp", user.residentId() != null && time.goesAhead() && !begun);
        model.addAttribute("begun", begun);
        if (mayManage) {
            model.addAttribute("people", activities.signups(user, id, day));
        }
        return "activity/time";
    }

    @PostMapping("/signup")
    String signUp(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @RequestParam(name = "formToken", required = false) @Nullable String formToken,
        @AuthenticationPrincipal CurrentUser user,
        RedirectAttributes redirect
    ) {
        try {
            signups.signUp(user, id, day, formToken);
        } catch (NotPermitted e) {
            return refused(id, day, e, redirect);
        }
        return "redirect:/activities/" + id + "/times/" + day + "?signedUp";
    }

    @PostMapping("/cancel-signup")
    String cancelSignup(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @AuthenticationPrincipal CurrentUser user,
        RedirectAttributes redirect
    ) {
        try {
            signups.cancel(user, id, day);
        } catch (NotPermitted e) {
            return refused(id, day, e, redirect);
        }
        return "redirect:/activities/" + id + "/times/" + day + "?cancelled";
    }

    @PostMapping("/attendance")
    String attendance(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @RequestParam(name = "present", required = false) @Nullable List<Long> present,
        @AuthenticationPrincipal CurrentUser user,
        RedirectAttributes redirect
    ) {
        try {
            signups.recordAttendance(user, id, day, present == null ? List.of() : present);
        } catch (NotPermitted e) {
            return refused(id, day, e, redirect);
        }
        return "redirect:/activities/" + id + "/times/" + day + "?attendance";
    }

    @PostMapping("/call-off")
    String callOff(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @RequestParam(defaultValue = "") String reason,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            management.callOffTime(user, id, day, reason);
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return show(id, day, user, model, locale);
        }
        return "redirect:/activities/" + id + "/times/" + day + "?calledOff";
    }

    @PostMapping("/reinstate")
    String reinstate(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.reinstateTime(user, id, day);
        return "redirect:/activities/" + id + "/times/" + day + "?reinstated";
    }

    /** A rule said no (the seat was taken, signing up twice): back to the time, with the reason on top. */
    private String refused(long id, LocalDate day, NotPermitted e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refusal", e.messageKey());
        return "redirect:/activities/" + id + "/times/" + day;
    }
}
