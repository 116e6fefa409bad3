package nl.buurtkracht.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts translated field errors into a page model as {@code errors} (field → message), so that the
 * form is shown again with each message beside its field and a summary at the top.
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    public void addTo(Model model, InvalidInput problems, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems
            .problems()
            .forEach(p ->
                errors.merge(
                    p.field(),
                    messages.getMessage(p.messageKey(), p.arguments(), locale),
                    (a, b) -> a + " " + b
                )
            );
        model.addAttribute("errors", errors);
    }
}
