package nl.buurtkracht.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.buurtkracht.area.AreaViews.NeighbourhoodView;
import nl.buurtkracht.area.AreaViews.StreetView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.fabric.BuilderLog;
import nl.buurtkracht.fabric.BuilderLogHours;
import nl.buurtkracht.fabric.PeriodContacts;
import nl.buurtkracht.fabric.PeriodContacts.Count;
import nl.buurtkracht.fabric.PeriodContacts.Tie;
import nl.buurtkracht.help.HelpFigures;
import nl.buurtkracht.initiative.InitiativeFigures;
import nl.buurtkracht.report.AreaReport.Area;
import nl.buurtkracht.report.AreaReport.Level;
import nl.buurtkracht.report.AreaReport.StreetFigures;
import nl.buurtkracht.report.internal.Suppression;
import nl.buurtkracht.round.RoundFigures;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of a neighbourhood or street for a period, for municipality analysts, administrators and
 * the neighbourhood's own community builders. Everything is counted first, then suppressed as a whole
 * table (neighbourhood and its streets together), so that neither a total nor the streets of the
 * neighbourhood give away a cell about fewer than ten people. A street report is the street's column
 * of that same table, so it can never be set against the neighbourhood report to work one out.
 *
 * <p>Volunteers' time is measured in two ways, shown apart and never added up: rounds (per volunteer
 * and day with at least one visit made, the hours they signed up for) and neighbourly help (every
 * confirmed "vaste prik" meeting and matched one-off ask, for the minutes the ask named, an hour when
 * it named none). Professionals' time is what the builders logged.
 */
@Service
public class Reports {

    private static final String NEIGHBOURHOOD = "n";

    /** The people figures of every column (neighbourhood and each street), in order. */
    private static final List<Measure> PEOPLE_TABLE = List.of(
        Measure.RESIDENTS,
        Measure.REACHED,
        Measure.REACHED_BY_CONTACT,
        Measure.REACHED_BY_TAKING_PART_ONLY,
        Measure.TIES,
        Measure.NEW_TIES,
        Measure.BRIDGING_TIES,
        Measure.INTERGENERATIONAL_TIES
    );

    /** Cells never shown, but a reader could work them out from a sum: suppression protects them too. */
    private static final String NOT_REACHED = "NOT_REACHED";
    private static final String OLD_TIES = "OLD_TIES";
    private static final String SAME_STREET_TIES = "SAME_STREET_TIES";
    private static final String NOT_INTERGENERATIONAL_TIES = "NOT_INTERGENERATIONAL_TIES";

    private final Areas areas;
    private final PeriodContacts contacts;
    private final BuilderLog builderLog;
    private final InitiativeFigures initiatives;
    private final HelpFigures help;
    private final RoundFigures rounds;
    private final Clock clock;

    Reports(
        Areas areas,
        PeriodContacts contacts,
        BuilderLog builderLog,
        InitiativeFigures initiatives,
        HelpFigures help,
        RoundFigures rounds,
        Clock clock
    ) {
        this.areas = areas;
        this.contacts = contacts;
        this.builderLog = builderLog;
        this.initiatives = initiatives;
        this.help = help;
        this.rounds = rounds;
        this.clock = clock;
    }

    /** Analysts and administrators read every neighbourhood's reports, builders those of their own. */
    public boolean mayRead(CurrentUser user, long neighbourhoodId) {
        return (
            user.has(Role.MUNICIPALITY_ANALYST) ||
            user.has(Role.ADMINISTRATOR) ||
            (user.has(Role.COMMUNITY_BUILDER) && user.scope().builderNeighbourhoodIds().contains(neighbourhoodId))
        );
    }

    /** The neighbourhoods this person may read reports of, by name. */
    public List<NeighbourhoodView> readable(CurrentUser user) {
        return areas
            .neighbourhoods()
            .stream()
            .filter(n -> mayRead(user, n.id()))
            .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Recurrence.AMSTERDAM));
    }

    @Transactional(readOnly = true)
    public AreaReport neighbourhood(CurrentUser user, long neighbourhoodId, ReportPeriod period) {
        NeighbourhoodView neighbourhood = areas
            .neighbourhood(neighbourhoodId)
            .orElseThrow(() -> new NotFound("neighbourhood " + neighbourhoodId));
        requireRead(user, neighbourhoodId);
        Table table = table(neighbourhood, period);
        List<Figure> figures = new ArrayList<>(table.column(null));
        figures.addAll(table.others());
        return new AreaReport(
            new Area(
                Level.NEIGHBOURHOOD,
                neighbourhood.id(),
                neighbourhood.name(),
                neighbourhood.id(),
                neighbourhood.name()
            ),
            period,
            clock.instant(),
            figures,
            table
                .streets()
                .entrySet()
                .stream()
                .map(s -> new StreetFigures(s.getKey(), s.getValue(), table.column(s.getKey())))
                .toList()
        );
    }

    /**
     * The report of one street: its column of the neighbourhood's table. A street with few residents is
     * not an error; its cells show as suppressed.
     */
    @Transactional(readOnly = true)
    public AreaReport street(CurrentUser user, long streetId, ReportPeriod period) {
        StreetView street = areas.street(streetId).orElseThrow(() -> new NotFound("street " + streetId));
        requireRead(user, street.neighbourhoodId());
        NeighbourhoodView neighbourhood = areas.neighbourhood(street.neighbourhoodId()).orElseThrow();
        Table table = table(neighbourhood, period);
        return new AreaReport(
            new Area(Level.STREET, street.id(), street.name(), neighbourhood.id(), neighbourhood.name()),
            period,
            clock.instant(),
            table.column(streetId),
            List.of()
        );
    }

    private void requireRead(CurrentUser user, long neighbourhoodId) {
        if (!mayRead(user, neighbourhoodId)) {
            throw new NotPermitted("reports.not-yours");
        }
    }

    /** The whole table of a neighbourhood and period, suppressed. */
    private record Table(
        Map<String, BigDecimal> values,
        Map<String, Suppression.Reason> suppressed,
        Map<Long, String> streets,
        List<Figure> others
    ) {
        List<Figure> column(@Nullable Long streetId) {
            String column = streetId == null ? NEIGHBOURHOOD : streetId.toString();
            return PEOPLE_TABLE.stream()
                .map(m -> {
                    String key = key(m.name(), column);
                    return figure(m, key, values, suppressed);
                })
                .toList();
        }
    }

    private Table table(NeighbourhoodView neighbourhood, ReportPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        PeriodContacts.Period ledger = contacts.of(neighbourhood.id(), from, to);
        List<Long> ids = ledger.residents().stream().map(PeriodContacts.Resident::id).toList();
        Set<Long> takingPart = new HashSet<>(help.takingPart(ids, from, to));
        takingPart.addAll(initiatives.takingPart(ids, from, to));
        takingPart.addAll(rounds.takingPart(ids, from, to));

        Map<Long, String> streets = new LinkedHashMap<>();
        areas.streetsIn(neighbourhood.id()).forEach(s -> streets.put(s.id(), s.name()));
        for (PeriodContacts.Resident r : ledger.residents()) {
            if (!streets.containsKey(r.streetId())) {
                streets.put(r.streetId(), areas.street(r.streetId()).map(StreetView::name).orElse(""));
            }
        }

        Suppression suppression = new Suppression();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        columns.add(NEIGHBOURHOOD);
        streets.keySet().forEach(s -> columns.add(s.toString()));
        for (String column : columns) {
            Long streetId = column.equals(NEIGHBOURHOOD) ? null : Long.valueOf(column);
            long residents = 0;
            long reached = 0;
            long byContact = 0;
            for (PeriodContacts.Resident r : ledger.residents()) {
                if (streetId != null && r.streetId() != streetId) {
                    continue;
                }
                residents++;
                if (r.hadContact()) {
                    byContact++;
                }
                if (r.hadContact() || takingPart.contains(r.id())) {
                    reached++;
                }
            }
            people(suppression, values, Measure.RESIDENTS, column, residents);
            people(suppression, values, Measure.REACHED, column, reached);
            people(suppression, values, Measure.REACHED_BY_CONTACT, column, byContact);
            people(suppression, values, Measure.REACHED_BY_TAKING_PART_ONLY, column, reached - byContact);
            suppression.hidden(key(NOT_REACHED, column), residents - reached, (int) (residents - reached));

            ties(suppression, values, Measure.TIES.name(), column, ledger.count(streetId, t -> true), true);
            ties(suppression, values, Measure.NEW_TIES.name(), column, ledger.count(streetId, Tie::isNew), true);
            ties(suppression, values, OLD_TIES, column, ledger.count(streetId, Predicate.not(Tie::isNew)), false);
            ties(
                suppression,
                values,
                Measure.BRIDGING_TIES.name(),
                column,
                ledger.count(streetId, Tie::bridging),
                true
            );
            ties(
                suppression,
                values,
                SAME_STREET_TIES,
                column,
                ledger.count(streetId, Predicate.not(Tie::bridging)),
                false
            );
            ties(
                suppression,
                values,
                Measure.INTERGENERATIONAL_TIES.name(),
                column,
                ledger.count(streetId, Tie::intergenerational),
                true
            );
            ties(
                suppression,
                values,
                NOT_INTERGENERATIONAL_TIES,
                column,
                ledger.count(streetId, Predicate.not(Tie::intergenerational)),
                false
            );

            suppression.sum(key(Measure.RESIDENTS.name(), column), keys(column, Measure.REACHED.name(), NOT_REACHED));
            suppression.sum(
                key(Measure.REACHED.name(), column),
                keys(column, Measure.REACHED_BY_CONTACT.name(), Measure.REACHED_BY_TAKING_PART_ONLY.name())
            );
            suppression.sum(key(Measure.TIES.name(), column), keys(column, Measure.NEW_TIES.name(), OLD_TIES));
            suppression.sum(
                key(Measure.TIES.name(), column),
                keys(column, Measure.BRIDGING_TIES.name(), SAME_STREET_TIES)
            );
            suppression.sum(
                key(Measure.TIES.name(), column),
                keys(column, Measure.INTERGENERATIONAL_TIES.name(), NOT_INTERGENERATIONAL_TIES)
            );
        }
        // Across the streets: a neighbourhood cell is the sum of its streets' cells (exactly so for
        // residents; ties between two streets count for both, which only makes this more careful).
        if (!streets.isEmpty()) {
            for (String measure : List.of(
                Measure.RESIDENTS.name(),
                Measure.REACHED.name(),
                Measure.REACHED_BY_CONTACT.name(),
                Measure.REACHED_BY_TAKING_PART_ONLY.name(),
                NOT_REACHED,
                Measure.TIES.name(),
                Measure.NEW_TIES.name(),
                OLD_TIES,
                Measure.BRIDGING_TIES.name(),
                SAME_STREET_TIES,
                Measure.INTERGENERATIONAL_TIES.name(),
                NOT_INTERGENERATIONAL_TIES
            )) {
                suppression.sum(
                    key(measure, NEIGHBOURHOOD),
                    streets
                        .keySet()
                        .stream()
                        .map(s -> key(measure, s.toString()))
                        .toList()
                );
            }
        }

        // Time volunteers gave: suppressed when fewer than ten volunteers gave it.
        RoundFigures.TimeGiven roundTime = rounds.timeGiven(neighbourhood.id(), from, to);
        HelpFigures.TimeGiven helpTime = help.timeGiven(neighbourhood.id(), from, to);
        int volunteers = roundTime.volunteers().size();
        int helpers = helpTime.helpers().size();
        people(suppression, values, Measure.ROUND_VOLUNTEERS, NEIGHBOURHOOD, volunteers);
        timeCell(suppression, values, Measure.ROUND_VOLUNTEER_HOURS, roundTime.hours(), volunteers, false);
        timeCell(suppression, values, Measure.ROUND_VISITS, BigDecimal.valueOf(roundTime.visits()), volunteers, true);
        people(suppression, values, Measure.HELPERS, NEIGHBOURHOOD, helpers);
        timeCell(suppression, values, Measure.HELP_HOURS, helpTime.hours(), helpers, false);
        timeCell(suppression, values, Measure.HELP_MEETINGS, BigDecimal.valueOf(helpTime.meetings()), helpers, true);

        Map<String, Suppression.Reason> suppressed = suppression.suppressed();

        InitiativeFigures.Tally tally = initiatives.tally(neighbourhood.id(), from, to);
        BuilderLogHours professional = builderLog.hours(neighbourhood.id(), from, to);
        List<Figure> others = new ArrayList<>();
        others.add(Figure.of(Measure.INITIATIVES_ALIVE, BigDecimal.valueOf(tally.alive())));
        others.add(Figure.of(Measure.INITIATIVES_WITH_WARNINGS, BigDecimal.valueOf(tally.withWarnings())));
        others.add(Figure.of(Measure.FUNDING_SOURCES_ENDING, BigDecimal.valueOf(tally.fundingSourcesEnding())));
        others.add(Figure.of(Measure.FUNDING_ENDING_EUROS, tally.fundingEndingAmount()));
        others.add(
            Figure.of(Measure.INITIATIVES_WITH_FUNDING_ENDING, BigDecimal.valueOf(tally.initiativesWithFundingEnding()))
        );
        others.add(Figure.of(Measure.PROFESSIONAL_HOURS, professional.hours()));
        for (Measure m : List.of(
            Measure.ROUND_VOLUNTEERS,
            Measure.ROUND_VOLUNTEER_HOURS,
            Measure.ROUND_VISITS,
            Measure.HELPERS,
            Measure.HELP_HOURS,
            Measure.HELP_MEETINGS
        )) {
            String key = key(m.name(), NEIGHBOURHOOD);
            others.add(figure(m, key, values, suppressed));
        }
        return new Table(values, suppressed, streets, others);
    }

    private static Figure figure(
        Measure measure,
        String key,
        Map<String, BigDecimal> values,
        Map<String, Suppression.Reason> suppressed
    ) {
        Suppression.Reason why = suppressed.get(key);
        if (why == null) {
            return Figure.of(measure, values.get(key));
        }
        return Figure.hidden(measure, why == Suppression.Reason.SMALL ? Figure.Hidden.SMALL : Figure.Hidden.COMPLEMENT);
    }

    private static void people(
        Suppression suppression,
        Map<String, BigDecimal> values,
        Measure measure,
        String column,
        long count
    ) {
        String key = key(measure.name(), column);
        suppression.people(key, count);
        values.put(key, BigDecimal.valueOf(count));
    }

    private static void ties(
        Suppression suppression,
        Map<String, BigDecimal> values,
        String measure,
        String column,
        Count count,
        boolean shown
    ) {
        String key = key(measure, column);
        if (shown) {
            suppression.shown(key, BigDecimal.valueOf(count.ties()), count.people(), true);
            values.put(key, BigDecimal.valueOf(count.ties()));
        } else {
            suppression.hidden(key, count.ties(), count.people());
        }
    }

    private static void timeCell(
        Suppression suppression,
        Map<String, BigDecimal> values,
        Measure measure,
        BigDecimal value,
        int people,
        boolean countsPeople
    ) {
        String key = key(measure.name(), NEIGHBOURHOOD);
        suppression.shown(key, value, people, countsPeople);
        values.put(key, value);
    }

    private static String key(String measure, String column) {
        return measure + "@" + column;
    }

    private static List<String> keys(String column, String... measures) {
        return java.util.Arrays.stream(measures)
            .map(m -> key(m, column))
            .toList();
    }
}
