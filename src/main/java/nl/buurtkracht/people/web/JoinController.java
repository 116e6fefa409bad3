package nl.buurtkracht.people.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.buurtkracht.people.Registration;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A newcomer joins her street with the code from the letter. */
@Controller
class JoinController {

    /** The join form as typed; the birth year stays text so that "19x5" can be shown back. */
    record JoinForm(
        @Nullable String code,
        @Nullable String displayName,
        @Nullable String email,
        @Nullable String password,
        @Nullable String birthYear,
        @Nullable Boolean showNameToStreet
    ) {}

    private final Registration registration;
    private final FormErrors formErrors;

    JoinController(Registration registration, FormErrors formErrors) {
        this.registration = registration;
        this.formErrors = formErrors;
    }

    @GetMapping("/join")
    String form(@RequestParam(required = false) @Nullable String code, Model model) {
        model.addAttribute("form", new JoinForm(code, null, null, null, null, true));
        return "join";
    }

    @PostMapping("/join")
    String join(@ModelAttribute("form") JoinForm form, Model model, Locale locale, HttpServletRequest request)
        throws ServletException {
        try {
            registration.join(
                new Registration.JoinRequest(
                    text(form.code()),
                    text(form.displayName()),
                    text(form.email()),
                    text(form.password()),
                    BirthYear.parse(form.birthYear()),
                    Boolean.TRUE.equals(form.showNameToStreet())
                )
            );
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return "join";
        } catch (BirthYear.Unreadable e) {
            formErrors.addTo(model, InvalidInput.of("birthYear", "field.birth-year.number"), locale);
            return "join";
        }
        // Sign the newcomer in straight away: one step fewer for someone who is not very digital.
        request.login(text(form.email()).strip(), text(form.password()));
        return "redirect:/my-street?welcome";
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
