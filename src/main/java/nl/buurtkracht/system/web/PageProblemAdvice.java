package nl.buurtkracht.system.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Pages answer "not found" and "not allowed" with a friendly page that says why. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageProblemAdvice {

    @ExceptionHandler({ NotFound.class, MethodArgumentTypeMismatchException.class })
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("reasonKey", "problem.not-found");
        return "problem";
    }

    @ExceptionHandler
    String notPermitted(NotPermitted e, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("reasonKey", e.messageKey());
        return "problem";
    }
}
