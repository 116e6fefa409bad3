package nl.buurtkracht.fabric;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkracht.area.AreaViews.StreetView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.consent.AuditLog;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.fabric.internal.FabricCalendar;
import nl.buurtkracht.fabric.internal.FabricReads;
import nl.buurtkracht.fabric.internal.FabricReads.Pair;
import nl.buurtkracht.fabric.internal.FabricReads.Person;
import nl.buurtkracht.fabric.internal.FabricReads.Run;
import nl.buurtkracht.fabric.internal.FabricReads.Summary;
import nl.buurtkracht.initiative.InitiativeSummary;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.people.Resident;
import nl.buurtkracht.people.Residents;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social fabric as the community builder, the municipality's analyst and a street host see it,
 * from what the last analytics run stored (R13, R14, R16). Figures are counts and shares, never
 * who: an area with fewer than {@value #SMALLEST_CELL} residents in the picture shows nothing, and a
 * count of people under {@value #SMALLEST_CELL} (other than none) is left out. A network picture of
 * a street or initiative is for the builder of its neighbourhood: residents who left the picture are
 * not in it, the others are numbered dots, named only when they share their name with the builder,
 * and every name shown is written to the audit log.
 */
@Service
public class FabricFigures {

    public static final int SMALLEST_CELL = 10;

    /** One area in one month; everything null and {@code suppressed} when the cell is too small. */
    public record Figures(
        YearMonth month,
        boolean suppressed,
        @Nullable Integer residents,
        @Nullable Double connectedShare,
        @Nullable Integer isolated,
        @Nullable Integer ties,
        @Nullable Double bridgingShare,
        @Nullable Double intergenerationalShare,
        @Nullable Integer connectors
    ) {}

    /** A street of the neighbourhood with its figures as of the run's day and three months before. */
    public record StreetSummary(long streetId, String name, Figures now, Figures threeMonthsAgo) {}

    /** A neighbourhood: its own figures now and over twelve months, and each of its streets now. */
    public record NeighbourhoodFabric(
        long neighbourhoodId,
        String name,
        @Nullable Instant computedAt,
        @Nullable LocalDate asOf,
        Figures now,
        List<Figures> trend,
        List<StreetSummary> streets
    ) {}

    /** A street: its figures now and over twelve months. */
    public record StreetFabric(
        long streetId,
        String name,
        long neighbourhoodId,
        @Nullable Instant computedAt,
        @Nullable LocalDate asOf,
        Figures now,
        List<Figures> trend
    ) {}

    /** What a network picture is of. */
    public enum NetworkOf {
        STREET,
        INITIATIVE,
    }

    /**
     * One resident in a network picture: a number, a name only with consent, the community (group)
     * the last run found, and how many of her ties go to people outside the picture.
     */
    public record Node(
        int number,
        @Nullable String name,
        int group,
        boolean isolated,
        boolean connector,
        int tiesElsewhere
    ) {}

    /** A tie of the last year between two nodes; {@code recent} when within the last 12 weeks. */
    public record Edge(int from, int to, double weight, boolean recent) {}

    public record NetworkPicture(
        NetworkOf of,
        long id,
        @Nullable Instant computedAt,
        List<Node> nodes,
        List<Edge> edges
    ) {}

    private static final String STREET = "STREET";
    private static final String NEIGHBOURHOOD = "NEIGHBOURHOOD";

    private final FabricReads reads;
    private final Areas areas;
    private final Initiatives initiatives;
    private final Residents residents;
    private final ConsentLedger consents;
    private final AuditLog audit;
    private final Clock clock;

    FabricFigures(
        FabricReads reads,
        Areas areas,
        Initiatives initiatives,
        Residents residents,
        ConsentLedger consents,
        AuditLog audit,
        Clock clock
    ) {
        this.clock = clock;
        this.reads = reads;
        this.areas = areas;
        this.initiatives = initiatives;
        this.residents = residents;
        this.consents = consents;
        this.audit = audit;
    }

    /**
     * A neighbourhood's fabric, for its builder, the municipality's analyst and an administrator:
     * the twelve months' trend and each street as of the last run.
     */
    @Transactional(readOnly = true)
    public NeighbourhoodFabric neighbourhood(CurrentUser viewer, long neighbourhoodId) {
        var neighbourhood = areas
            .neighbourhood(neighbourhoodId)
            .orElseThrow(() -> new NotFound("neighbourhood " + neighbourhoodId));
        if (!seesAllOf(viewer, neighbourhoodId)) {
            throw new NotPermitted("fabric.not-your-neighbourhood");
        }
        List<StreetView> streets = areas.streetsIn(neighbourhoodId);
        Run run = reads.latestRun().orElse(null);
        List<YearMonth> months = months(run);
        YearMonth earlier = months.getLast().minusMonths(3);
        if (run == null) {
            return new NeighbourhoodFabric(
                neighbourhoodId,
                neighbourhood.name(),
                null,
                null,
                suppressed(months.getLast()),
                months.stream().map(FabricFigures::suppressed).toList(),
                streets
                    .stream()
                    .map(s -> new StreetSummary(s.id(), s.name(), suppressed(months.getLast()), suppressed(earlier)))
                    .toList()
            );
        }
        List<Figures> trend = trend(months, reads.summaries(run.id(), NEIGHBOURHOOD, List.of(neighbourhoodId)));
        Map<Long, Summary> streetsNow = new HashMap<>();
        Map<Long, Summary> streetsBefore = new HashMap<>();
        LocalDate thisMonth = months.getLast().atDay(1);
        LocalDate thatMonth = earlier.atDay(1);
        for (Summary s : reads.summaries(run.id(), STREET, streets.stream().map(StreetView::id).toList())) {
            if (s.month().equals(thisMonth)) {
                streetsNow.put(s.areaId(), s);
            } else if (s.month().equals(thatMonth)) {
                streetsBefore.put(s.areaId(), s);
            }
        }
        return new NeighbourhoodFabric(
            neighbourhoodId,
            neighbourhood.name(),
            run.computedAt(),
            run.asOf(),
            trend.getLast(),
            trend,
            streets
                .stream()
                .map(s ->
                    new StreetSummary(
                        s.id(),
                        s.name(),
                        figures(months.getLast(), streetsNow.get(s.id())),
                        figures(earlier, streetsBefore.get(s.id()))
                    )
                )
                .toList()
        );
    }

    /** A street's fabric: also for the street host of that street. */
    @Transactional(readOnly = true)
    public StreetFabric street(CurrentUser viewer, long streetId) {
        StreetView street = areas.street(streetId).orElseThrow(() -> new NotFound("street " + streetId));
        if (!seesAllOf(viewer, street.neighbourhoodId()) && !viewer.scope().hostedStreetIds().contains(streetId)) {
            throw new NotPermitted("fabric.not-your-street");
        }
        Run run = reads.latestRun().orElse(null);
        List<YearMonth> months = months(run);
        List<Figures> trend = run == null
            ? months.stream().map(FabricFigures::suppressed).toList()
            : trend(months, reads.summaries(run.id(), STREET, List.of(streetId)));
        return new StreetFabric(
            streetId,
            street.name(),
            street.neighbourhoodId(),
            run == null ? null : run.computedAt(),
            run == null ? null : run.asOf(),
            trend.getLast(),
            trend
        );
    }

    /**
     * Who knows whom on a street or in an initiative, for the builder of its neighbourhood and an
     * administrator. Residents who left the neighbourhood picture are not in it, at once.
     */
    @Transactional
    public NetworkPicture network(CurrentUser viewer, NetworkOf of, long id) {
        long neighbourhoodId;
        List<Long> people;
        if (of == NetworkOf.STREET) {
            StreetView street = areas.street(id).orElseThrow(() -> new NotFound("street " + id));
            neighbourhoodId = street.neighbourhoodId();
            people = reads.residentsOn(id);
        } else {
            InitiativeSummary initiative = initiatives.summary(id).orElseThrow(() -> new NotFound("initiative " + id));
            neighbourhoodId = initiative.neighbourhoodId();
            people = initiatives.peopleWorkingOn(id, 500);
        }
        if (!viewer.has(Role.ADMINISTRATOR) && !buildsIn(viewer, neighbourhoodId)) {
            throw new NotPermitted("fabric.network.not-yours");
        }
        Run run = reads.latestRun().orElse(null);
        Set<Long> inPicture = consents.grantedAmong(people, ConsentPurpose.CONTACTS_IN_NEIGHBOURHOOD_PICTURE);
        List<Long> members = people
            .stream()
            .filter(inPicture::contains)
            .distinct()
            .sorted(Comparator.comparingInt(FabricFigures::scrambled).thenComparing(Long::longValue))
            .toList();
        Map<Long, Integer> number = new HashMap<>();
        for (Long member : members) {
            number.put(member, number.size() + 1);
        }
        Set<Long> named = consents.grantedAmong(members, ConsentPurpose.SHARE_WITH_COMMUNITY_BUILDER);
        Map<Long, Person> persons = new HashMap<>();
        reads.persons(members).forEach(p -> persons.put(p.residentId(), p));

        LocalDate asOf = run == null ? today() : run.asOf();
        List<Pair> pairs = members.isEmpty()
            ? List.of()
            : reads.pairsTouching(members, asOf.minusDays(FabricCalendar.NETWORK_DAYS));
        Set<Long> outsiders = new HashSet<>();
        for (Pair p : pairs) {
            if (!number.containsKey(p.residentA())) {
                outsiders.add(p.residentA());
            }
            if (!number.containsKey(p.residentB())) {
                outsiders.add(p.residentB());
            }
        }
        Set<Long> outsidersInPicture = consents.grantedAmong(
            outsiders,
            ConsentPurpose.CONTACTS_IN_NEIGHBOURHOOD_PICTURE
        );
        Map<Long, Integer> elsewhere = new HashMap<>();
        List<Edge> edges = new ArrayList<>();
        LocalDate recentAfter = asOf.minusWeeks(FabricCalendar.RECENT_WEEKS);
        for (Pair p : pairs) {
            Integer a = number.get(p.residentA());
            Integer b = number.get(p.residentB());
            if (a != null && b != null) {
                edges.add(new Edge(Math.min(a, b), Math.max(a, b), p.weight(), p.lastDay().isAfter(recentAfter)));
            } else if (a != null && outsidersInPicture.contains(p.residentB())) {
                elsewhere.merge(p.residentA(), 1, Integer::sum);
            } else if (b != null && outsidersInPicture.contains(p.residentA())) {
                elsewhere.merge(p.residentB(), 1, Integer::sum);
            }
        }
        edges.sort(Comparator.comparingInt(Edge::from).thenComparingInt(Edge::to));

        Map<Integer, Integer> groups = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        String context = (of == NetworkOf.STREET ? "street " : "initiative ") + id;
        for (Long member : members) {
            Person person = persons.get(member);
            int group = person == null ? 0 : groups.computeIfAbsent(person.community(), c -> groups.size() + 1);
            String name = null;
            if (named.contains(member)) {
                name = residents.find(member).map(Resident::displayName).orElse(null);
                if (name != null) {
                    audit.sensitiveRead(viewer, member, "network", context);
                }
            }
            nodes.add(
                new Node(
                    number.get(member),
                    name,
                    group,
                    person != null && person.isolatedSince() != null,
                    person != null && person.connector(),
                    elsewhere.getOrDefault(member, 0)
                )
            );
        }
        return new NetworkPicture(of, id, run == null ? null : run.computedAt(), nodes, edges);
    }

    /** An order that tells nothing about who registered first. */
    private static int scrambled(long residentId) {
        return Long.hashCode(residentId * 0x9E37_79B9_7F4A_7C15L);
    }

    private static boolean seesAllOf(CurrentUser viewer, long neighbourhoodId) {
        return (
            viewer.has(Role.ADMINISTRATOR) || viewer.has(Role.MUNICIPALITY_ANALYST) || buildsIn(viewer, neighbourhoodId)
        );
    }

    private static boolean buildsIn(CurrentUser viewer, long neighbourhoodId) {
        return (
            viewer.has(Role.COMMUNITY_BUILDER) && viewer.scope().builderNeighbourhoodIds().contains(neighbourhoodId)
        );
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Recurrence.AMSTERDAM));
    }

    private List<YearMonth> months(@Nullable Run run) {
        YearMonth last = YearMonth.from(run == null ? today() : run.asOf());
        List<YearMonth> months = new ArrayList<>();
        for (int k = FabricCalendar.MONTHS - 1; k >= 0; k--) {
            months.add(last.minusMonths(k));
        }
        return months;
    }

    private static List<Figures> trend(List<YearMonth> months, List<Summary> rows) {
        Map<LocalDate, Summary> byMonth = new HashMap<>();
        rows.forEach(r -> byMonth.put(r.month(), r));
        return months
            .stream()
            .map(m -> figures(m, byMonth.get(m.atDay(1))))
            .toList();
    }

    static Figures figures(YearMonth month, @Nullable Summary s) {
        if (s == null || s.residents() < SMALLEST_CELL) {
            return suppressed(month);
        }
        boolean enoughTies = s.ties() >= SMALLEST_CELL;
        return new Figures(
            month,
            false,
            s.residents(),
            share(s.connected(), s.residents()),
            people(s.isolated()),
            s.ties(),
            enoughTies ? share(s.bridgingTies(), s.ties()) : null,
            enoughTies ? share(s.intergenerationalTies(), s.ties()) : null,
            s.connectors() == null ? null : people(s.connectors())
        );
    }

    private static Figures suppressed(YearMonth month) {
        return new Figures(month, true, null, null, null, null, null, null, null);
    }

    /** A count of people, left out when it is a small group that could point at someone. */
    private static @Nullable Integer people(int count) {
        return count == 0 || count >= SMALLEST_CELL ? count : null;
    }

    private static double share(int part, int whole) {
        return Math.round((1000.0 * part) / whole) / 1000.0;
    }
}
