package nl.buurtkracht.directory.web;

import java.util.List;
import java.util.Locale;
import nl.buurtkracht.directory.ServiceImportReport;
import nl.buurtkracht.directory.ServiceImportReport.RowProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Translates service-import problems, so that the page and the API give the same reasons in the same words. */
@Component
class ServiceTexts {

    /** One problem as people read it. */
    record Problem(int line, String field, String message) {}

    private final MessageSource messages;

    ServiceTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<Problem> problems(ServiceImportReport report, Locale locale) {
        return report
            .problems()
            .stream()
            .map(p -> problem(p, locale))
            .toList();
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Column names stay as the file has them; the words "file" and "row" are translated. */
    String fieldLabel(String field, Locale locale) {
        return messages.getMessage("services.import.field." + field, null, field, locale);
    }

    Problem problem(RowProblem problem, Locale locale) {
        return new Problem(problem.line(), problem.field(), text(problem.messageKey(), locale, problem.args()));
    }
}
