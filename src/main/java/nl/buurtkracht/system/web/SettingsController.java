package nl.buurtkracht.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The settings index, so that a person finds privacy and API tokens in one place. */
@Controller
class SettingsController {

    @GetMapping("/settings")
    String index() {
        // The signed-in name and email come from the layout's currentUser.
        return "settings/index";
    }
}
