package nl.buurtkracht.people.web;

import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.people.ProfileUpdate;
import nl.buurtkracht.people.ProfileView;
import nl.buurtkracht.people.Profiles;
import nl.buurtkracht.shared.AgeBand;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in resident's own profile as JSON; the same checks as the page, faults named per field. */
@RestController
@RequestMapping("/api/v1/me/profile")
class ProfileApiController {

    /**
     * One item. Kind and visibility are read as text so that a wrong value is reported by field
     * ({@code items[2].visibility}) with a translated message, like every other fault.
     */
    record ItemJson(@Nullable String kind, @Nullable String tag, @Nullable String label, @Nullable String visibility) {}

    /** The whole profile; a PUT replaces it. */
    record ProfileJson(
        @Nullable List<@Nullable ItemJson> items,
        @Nullable String about,
        @Nullable String aboutVisibility,
        @Nullable String ageBandVisibility,
        @Nullable AgeBand ageBand
    ) {}

    private final Profiles profiles;

    ProfileApiController(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    ProfileJson get(@AuthenticationPrincipal CurrentUser user) {
        return json(profiles.readFor(user, ownId(user), "/api/v1/me/profile"));
    }

    @PutMapping
    ProfileJson put(@AuthenticationPrincipal CurrentUser user, @RequestBody ProfileJson body) {
        long id = ownId(user);
        List<ProfileUpdate.Item> items = new ArrayList<>();
        List<@Nullable ItemJson> sent = body.items() == null ? List.of() : body.items();
        for (int i = 0; i < sent.size(); i++) {
            ItemJson item = sent.get(i);
            items.add(
                item == null
                    ? new ProfileUpdate.Item("items[" + i + "]", null, null, null, null)
                    : new ProfileUpdate.Item(
                        "items[" + i + "]",
                        item.kind(),
                        item.tag(),
                        item.label(),
                        item.visibility()
                    )
            );
        }
        profiles.save(
            user,
            id,
            new ProfileUpdate(items, body.about(), body.aboutVisibility(), body.ageBandVisibility())
        );
        return json(profiles.profileOf(id));
    }

    private static ProfileJson json(ProfileView view) {
        return new ProfileJson(
            view
                .items()
                .stream()
                .map(i -> new ItemJson(i.kind().name(), i.tag(), i.label(), i.visibility().name()))
                .toList(),
            view.about(),
            view.aboutVisibility().name(),
            view.ageBandVisibility().name(),
            view.ageBand()
        );
    }

    private static long ownId(CurrentUser user) {
        if (user.residentId() == null) {
            throw new NotFound("profile of account " + user.accountId());
        }
        return user.residentId();
    }
}
