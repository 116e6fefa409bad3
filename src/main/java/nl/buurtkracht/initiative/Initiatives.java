package nl.buurtkracht.initiative;

import java.util.Optional;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of an initiative: what it is, who may act for it, and that it is alive. */
@Service
public class Initiatives {

    private final JdbcClient jdbc;

    Initiatives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InitiativeSummary> summary(long id) {
        return jdbc
            .sql("select id, title, neighbourhood_id, state from initiative where id = ?")
            .param(id)
            .query(InitiativeSummary.class)
            .optional();
    }

    /**
     * Whether this person may act in the initiative's name (organise its activities, book a room for
     * it): an active resident owner, the builder of its neighbourhood, or an administrator.
     */
    public boolean mayActFor(CurrentUser user, long initiativeId) {
        if (user.has(Role.ADMINISTRATOR)) {
            return true;
        }
        Optional<InitiativeSummary> initiative = summary(initiativeId);
        if (initiative.isEmpty()) {
            return false;
        }
        if (
            user.has(Role.COMMUNITY_BUILDER) &&
            user.scope().builderNeighbourhoodIds().contains(initiative.get().neighbourhoodId())
        ) {
            return true;
        }
        return (
            user.residentId() != null &&
            jdbc
                .sql(
                    "select exists (select 1 from initiative_owner where initiative_id = ? and resident_id = ? and active)"
                )
                .params(initiativeId, user.residentId())
                .query(Boolean.class)
                .single()
        );
    }

    /** A sign of life from elsewhere (an activity held, a room booked) keeps the "no activity" warning away. */
    @Transactional
    public void recordLife(long initiativeId) {
        jdbc.sql("update initiative set last_active_at = now() where id = ?").param(initiativeId).update();
    }
}
