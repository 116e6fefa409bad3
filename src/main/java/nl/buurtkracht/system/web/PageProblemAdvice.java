package nl.buurtkracht.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Pages answer "not found" and "not allowed" with a friendly page that says why, inside the
 * usual layout (exception handlers do not get the layout's model, so it is added here).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageProblemAdvice {

    private final LayoutAdvice layout;

    PageProblemAdvice(LayoutAdvice layout) {
        this.layout = layout;
    }

    @ExceptionHandler({ NotFound.class, MethodArgumentTypeMismatchException.class })
    String notFound(
        HttpServletRequest request,
        HttpServletResponse response,
        @AuthenticationPrincipal @Nullable CurrentUser user,
        Model model
    ) {
        return problem(HttpStatus.NOT_FOUND, "problem.not-found", request, response, user, model);
    }

    @ExceptionHandler
    String notPermitted(
        NotPermitted e,
        HttpServletRequest request,
        HttpServletResponse response,
        @AuthenticationPrincipal @Nullable CurrentUser user,
        Model model
    ) {
        return problem(HttpStatus.FORBIDDEN, e.messageKey(), request, response, user, model);
    }

    private String problem(
        HttpStatus status,
        String reasonKey,
        HttpServletRequest request,
        HttpServletResponse response,
        @Nullable CurrentUser user,
        Model model
    ) {
        Locale locale = org.springframework.web.servlet.support.RequestContextUtils.getLocale(request);
        response.setStatus(status.value());
        model.addAttribute("reasonKey", reasonKey);
        model.addAttribute("currentUser", user);
        model.addAttribute("navigation", layout.navigation(user));
        model.addAttribute("moduleLinks", layout.moduleLinks(user, locale));
        model.addAttribute("pageNotices", layout.pageNotices(user, locale));
        model.addAttribute("dutchUrl", layout.dutchUrl(request));
        model.addAttribute("englishUrl", layout.englishUrl(request));
        return "problem";
    }
}
