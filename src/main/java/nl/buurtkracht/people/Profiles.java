package nl.buurtkracht.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.buurtkracht.consent.AuditLog;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.shared.AgeBand;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strength-first profiles (R2): reads a profile, replaces it as a whole after checking every field,
 * and tells who may see which item. A resident fills in their own; a street host or builder fills
 * it in for a neighbour they represent, while that neighbour lets them act on their behalf.
 */
@Service
public class Profiles {

    /** One item as a viewer other than the owner may see it. */
    public record VisibleItem(ProfileItemKind kind, @Nullable String tag, String label) {}

    /** A neighbour's profile as one viewer may see it; what is not shared with them is null or absent. */
    public record NeighbourProfile(
        long residentId,
        String name,
        @Nullable String about,
        @Nullable AgeBand ageBand,
        List<VisibleItem> items
    ) {
        public NeighbourProfile {
            items = List.copyOf(items);
        }

        public List<VisibleItem> itemsOf(ProfileItemKind kind) {
            return items
                .stream()
                .filter(i -> i.kind() == kind)
                .toList();
        }
    }

    static final int MAX_LABEL = 80;
    static final int MAX_ABOUT = 500;
    static final int MAX_PER_KIND = 30;

    private static final String ITEMS = "select i.kind, i.tag, i.label, i.visibility from profile_item i";

    private final JdbcClient jdbc;
    private final Residents residents;
    private final ConsentLedger consent;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Profiles(
        JdbcClient jdbc,
        Residents residents,
        ConsentLedger consent,
        AuditLog audit,
        ApplicationEventPublisher events,
        Clock clock
    ) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.consent = consent;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Everything in the resident's profile, for the resident. Callers check who is asking. */
    @Transactional(readOnly = true)
    public ProfileView profileOf(long residentId) {
        Resident resident = residents.find(residentId).orElseThrow(() -> new NotFound("resident " + residentId));
        List<ProfileView.Item> items = jdbc
            .sql(ITEMS + " where i.resident_id = ? order by i.id")
            .param(residentId)
            .query((rs, n) ->
                new ProfileView.Item(
                    ProfileItemKind.valueOf(rs.getString("kind")),
                    rs.getString("tag"),
                    rs.getString("label"),
                    Visibility.valueOf(rs.getString("visibility"))
                )
            )
            .list()
            .stream()
            .sorted(Comparator.comparing(ProfileView.Item::kind))
            .toList();
        record Settings(String about, Visibility aboutVisibility, Visibility ageBandVisibility) {}
        Settings settings = jdbc
            .sql("select about, about_visibility, age_band_visibility from profile where resident_id = ?")
            .param(residentId)
            .query(Settings.class)
            .optional()
            .orElse(new Settings("", Visibility.STREET, Visibility.STREET));
        return new ProfileView(
            residentId,
            resident.displayName(),
            items,
            settings.about(),
            settings.aboutVisibility(),
            settings.ageBandVisibility(),
            resident.ageBand(Year.now(clock))
        );
    }

    /**
     * The profile for someone who may change it. A representative's read is written to the audit
     * log first, so that a read without an audit row cannot happen.
     */
    @Transactional
    public ProfileView readFor(CurrentUser actor, long residentId, String context) {
        requireMayEdit(actor, residentId);
        audit.sensitiveRead(actor, residentId, "profile", context);
        return profileOf(residentId);
    }

    /** Whether the actor may fill in this resident's profile: their own, or a neighbour they act for. */
    public boolean mayEdit(CurrentUser actor, long residentId) {
        return (
            actor.isResident(residentId) ||
            (residents.represents(actor.accountId(), residentId) &&
                consent.has(residentId, ConsentPurpose.ACT_ON_BEHALF))
        );
    }

    /**
     * Replaces the resident's items, "about me" and its audiences. Every field is checked first and
     * every fault reported at once; nothing is written unless all is well.
     */
    @Transactional
    public void save(CurrentUser actor, long residentId, ProfileUpdate update) {
        requireMayEdit(actor, residentId);
        List<ProfileView.Item> items = check(update);
        String about = update.about() == null ? "" : update.about().strip();
        jdbc
            .sql(
                """
                insert into profile (resident_id, about, about_visibility, age_band_visibility, updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (resident_id) do update set about = excluded.about,
                  about_visibility = excluded.about_visibility, age_band_visibility = excluded.age_band_visibility,
                  updated_at = excluded.updated_at"""
            )
            .params(
                residentId,
                about,
                update.aboutVisibility(),
                update.ageBandVisibility(),
                Timestamp.from(clock.instant())
            )
            .update();
        jdbc.sql("delete from profile_item where resident_id = ?").param(residentId).update();
        for (ProfileView.Item item : items) {
            jdbc
                .sql("insert into profile_item (resident_id, kind, tag, label, visibility) values (?, ?, ?, ?, ?)")
                .params(residentId, item.kind().name(), item.tag(), item.label(), item.visibility().name())
                .update();
        }
        events.publishEvent(new ProfileUpdated(residentId));
    }

    /**
     * A neighbour's profile as the viewer may see it: the items, "about me" and age band each as far
     * as the neighbour shares them with the viewer. Only someone who shares at least one item or a
     * few words about themselves with the viewer can be looked up; an age band alone (shared with
     * the street by default) does not make a name findable.
     */
    @Transactional(readOnly = true)
    public NeighbourProfile neighbourProfile(CurrentUser viewer, long residentId) {
        Map<String, Object> params = new LinkedHashMap<>(ProfileVisibility.parameters(viewer));
        params.put("residentId", residentId);
        record Shared(String name, @Nullable Integer birthYear, @Nullable String about, boolean ageBandShared) {}
        Shared shared = jdbc
            .sql(
                """
                select r.display_name as name, r.birth_year,
                  case when pr.about <> '' and %s then pr.about end as about, %s as age_band_shared
                from resident r left join address a on a.id = r.address_id
                  cross join lateral (select coalesce(p.about, '') as about,
                    coalesce(p.about_visibility, 'STREET') as about_visibility,
                    coalesce(p.age_band_visibility, 'STREET') as age_band_visibility
                    from (select 1) one left join profile p on p.resident_id = r.id) pr
                where r.id = :residentId""".formatted(
                        ProfileVisibility.visibleSql("pr.about_visibility", "r.id", "a"),
                        ProfileVisibility.visibleSql("pr.age_band_visibility", "r.id", "a")
                    )
            )
            .params(params)
            .query(Shared.class)
            .optional()
            .orElseThrow(() -> new NotFound("resident " + residentId));
        List<VisibleItem> items = visibleTo(viewer, residentId);
        if (items.isEmpty() && shared.about() == null && !viewer.isResident(residentId)) {
            throw new NotPermitted("profile.neighbour.shares-nothing");
        }
        AgeBand ageBand = shared.ageBandShared() && shared.birthYear() != null
            ? AgeBand.of(shared.birthYear(), Year.now(clock))
            : null;
        return new NeighbourProfile(residentId, shared.name(), shared.about(), ageBand, items);
    }

    /** The items of a resident's profile that the viewer may see, by {@link ProfileVisibility}. */
    @Transactional(readOnly = true)
    public List<VisibleItem> visibleTo(CurrentUser viewer, long residentId) {
        Map<String, Object> params = new LinkedHashMap<>(ProfileVisibility.parameters(viewer));
        params.put("residentId", residentId);
        return jdbc
            .sql(
                ITEMS +
                " join resident r on r.id = i.resident_id left join address a on a.id = r.address_id" +
                " where i.resident_id = :residentId and " +
                ProfileVisibility.visibleSql("i.visibility", "r.id", "a") +
                " order by i.id"
            )
            .params(params)
            .query((rs, n) ->
                new VisibleItem(
                    ProfileItemKind.valueOf(rs.getString("kind")),
                    rs.getString("tag"),
                    rs.getString("label")
                )
            )
            .list()
            .stream()
            .sorted(Comparator.comparing(VisibleItem::kind))
            .toList();
    }

    private void requireMayEdit(CurrentUser actor, long residentId) {
        if (residents.find(residentId).isEmpty()) {
            throw new NotFound("resident " + residentId);
        }
        if (!mayEdit(actor, residentId)) {
            throw new NotPermitted("profile.not-yours");
        }
    }

    /** Checks the whole update; returns its items without duplicates, or throws with every fault. */
    static List<ProfileView.Item> check(ProfileUpdate update) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        List<ProfileView.Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<ProfileItemKind, Integer> perKind = new EnumMap<>(ProfileItemKind.class);
        for (ProfileUpdate.Item raw : update.items()) {
            Optional<ProfileItemKind> kind = parse(ProfileItemKind.class, raw.kind());
            var name = kind
                .map(k -> (Object) resolvable("profile.kind." + k.name()))
                .orElse(resolvable("profile.item"));
            if (kind.isEmpty()) {
                add(problems, raw.field() + ".kind", "profile.kind.unknown");
            }
            Optional<Visibility> visibility = parse(Visibility.class, raw.visibility());
            if (visibility.isEmpty()) {
                add(problems, raw.field() + ".visibility", "profile.visibility.unknown", name);
            }
            String tag = raw.tag() == null || raw.tag().isBlank() ? null : raw.tag().strip();
            String label;
            if (tag != null) {
                if (!TagCatalogue.CODE.matcher(tag).matches() || !TagCatalogue.knows(tag)) {
                    add(problems, raw.field() + ".tag", "profile.tag.unknown", name);
                    continue;
                }
                label = TagCatalogue.dutchLabel(tag);
            } else {
                label = raw.label() == null ? "" : raw.label().strip();
                if (!checkText(label, MAX_LABEL, false, raw.field() + ".label", name, problems)) {
                    continue;
                }
            }
            if (kind.isEmpty() || visibility.isEmpty()) {
                continue;
            }
            if (!seen.add(kind.get() + "\n" + label.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (perKind.merge(kind.get(), 1, Integer::sum) > MAX_PER_KIND) {
                add(problems, raw.field(), "profile.items.too-many", name, MAX_PER_KIND);
                continue;
            }
            items.add(new ProfileView.Item(kind.get(), tag, label, visibility.get()));
        }
        String about = update.about() == null ? "" : update.about().strip();
        if (!about.isEmpty()) {
            checkText(about, MAX_ABOUT, true, "about", resolvable("profile.about"), problems);
        }
        if (parse(Visibility.class, update.aboutVisibility()).isEmpty()) {
            add(problems, "aboutVisibility", "profile.visibility.unknown", resolvable("profile.about"));
        }
        if (parse(Visibility.class, update.ageBandVisibility()).isEmpty()) {
            add(problems, "ageBandVisibility", "profile.visibility.unknown", resolvable("profile.age-band"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(List.copyOf(problems.values()));
        }
        return items;
    }

    /** Length in characters as PostgreSQL counts them; control characters only as line breaks in long text. */
    private static boolean checkText(
        String text,
        int max,
        boolean multiline,
        String field,
        Object name,
        Map<String, FieldProblem> problems
    ) {
        if (text.isEmpty()) {
            add(problems, field, "profile.text.required", name);
            return false;
        }
        if (text.codePointCount(0, text.length()) > max) {
            add(problems, field, "profile.text.too-long", name, max);
            return false;
        }
        boolean control = text
            .codePoints()
            .anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
        if (control) {
            add(problems, field, "profile.text.invalid-characters", name);
            return false;
        }
        return true;
    }

    /** One message per field and reason: a kind's items share one audience, so it is said once. */
    private static void add(Map<String, FieldProblem> problems, String field, String key, Object... arguments) {
        problems.putIfAbsent(field + "\n" + key, new FieldProblem(field, key, arguments));
    }

    private static DefaultMessageSourceResolvable resolvable(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String raw) {
        return Arrays.stream(type.getEnumConstants())
            .filter(e -> e.name().equals(raw))
            .findFirst();
    }
}
