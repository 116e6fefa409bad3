package nl.buurtkracht.system.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.system.ApiTokens;
import nl.buurtkracht.system.ApiTokens.IssuedToken;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Lets a person create and revoke personal API tokens for scripts. A new secret is rendered on the
 * response to the create request itself, never put in a URL, and cannot be shown again.
 */
@Controller
class TokensController {

    /** The create form as typed. */
    record TokenForm(@Nullable String name) {}

    /** A token as one row of the table, with its times written out for Amsterdam. */
    record TokenRow(long id, String name, Instant createdAt, String created, @Nullable String lastUsed) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(
        ZoneId.of("Europe/Amsterdam")
    );

    private final ApiTokens tokens;
    private final FormErrors formErrors;
    private final String publicUrl;

    TokensController(ApiTokens tokens, FormErrors formErrors, @Value("${buurtkracht.public-url}") String publicUrl) {
        this.tokens = tokens;
        this.formErrors = formErrors;
        this.publicUrl = publicUrl.replaceFirst("/+$", "");
    }

    @GetMapping("/settings/tokens")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, new TokenForm(null), model);
    }

    @PostMapping("/settings/tokens")
    String create(
        @AuthenticationPrincipal CurrentUser user,
        @ModelAttribute("form") TokenForm form,
        Model model,
        Locale locale
    ) {
        try {
            IssuedToken issued = tokens.create(user.accountId(), form.name() == null ? "" : form.name());
            model.addAttribute("issued", issued);
            model.addAttribute("meUrl", publicUrl + "/api/v1/me");
            return page(user, new TokenForm(null), model);
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return page(user, form, model);
        }
    }

    /** Another account's token id is unknown here: {@code ApiTokens} throws NotFound, shown as 404. */
    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        tokens.revoke(user.accountId(), id);
        return "redirect:/settings/tokens?revoked";
    }

    private String page(CurrentUser user, TokenForm form, Model model) {
        List<TokenRow> rows = tokens
            .list(user.accountId())
            .stream()
            .map(t ->
                new TokenRow(
                    t.id(),
                    t.name(),
                    t.createdAt(),
                    WHEN.format(t.createdAt()),
                    t.lastUsedAt() == null ? null : WHEN.format(t.lastUsedAt())
                )
            )
            .toList();
        model.addAttribute("tokens", rows);
        model.addAttribute("form", form);
        return "settings/tokens";
    }
}
