package nl.buurtkracht.system.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns rule violations in the API into RFC 9457 problem details with translated messages. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemAdvice {

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidInput e, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            messages.getMessage("problem.invalid", null, locale)
        );
        List<Map<String, String>> errors = e
            .problems()
            .stream()
            .map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.messageKey(), p.arguments(), locale)))
            .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidBody(MethodArgumentNotValidException e, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            messages.getMessage("problem.invalid", null, locale)
        );
        problem.setProperty(
            "errors",
            e
                .getBindingResult()
                .getFieldErrors()
                .stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
                .toList()
        );
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        return ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            messages.getMessage("problem.unreadable", null, locale)
        );
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            messages.getMessage("problem.invalid", null, locale)
        );
        problem.setProperty(
            "errors",
            List.of(Map.of("field", e.getName(), "message", messages.getMessage("field.malformed", null, locale)))
        );
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFound e, Locale locale) {
        return ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND,
            messages.getMessage("problem.not-found", null, locale)
        );
    }

    @ExceptionHandler
    ProblemDetail notPermitted(NotPermitted e, Locale locale) {
        return ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN,
            messages.getMessage(e.messageKey(), null, locale)
        );
    }
}
