package nl.buurtkracht.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.buurtkracht.directory.internal.ServiceRules;
import nl.buurtkracht.directory.internal.ServiceStore;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service directory (sociale kaart): community builders keep the organisations and services of
 * their neighbourhoods, everybody reads them. Every change is announced as {@link ServiceChanged}.
 */
@Service
public class ServiceDirectory {

    private final ServiceStore store;
    private final ApplicationEventPublisher events;

    ServiceDirectory(ServiceStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    public List<ServiceView> inNeighbourhood(long neighbourhoodId) {
        return store.inNeighbourhoods(List.of(neighbourhoodId));
    }

    /** The services for any of these neighbourhoods, each once. */
    public List<ServiceView> inNeighbourhoods(Collection<Long> neighbourhoodIds) {
        return neighbourhoodIds.isEmpty() ? List.of() : store.inNeighbourhoods(neighbourhoodIds);
    }

    public List<ServiceView> all() {
        return store.all();
    }

    public Optional<ServiceView> find(long id) {
        return store.find(id);
    }

    /** Every field problem of the form, including a name another service already has. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(ServiceForm form, @Nullable Long serviceId) {
        List<FieldProblem> problems = new ArrayList<>(
            ServiceRules.check(form, store.existingNeighbourhoods(form.neighbourhoodIds()))
        );
        if (!form.name().isEmpty()) {
            store
                .idByName(form.name())
                .filter(id -> !id.equals(serviceId))
                .ifPresent(id -> problems.add(0, new FieldProblem(ServiceRules.NAME, "services.name.taken")));
        }
        return problems;
    }

    @Transactional
    public long create(CurrentUser user, ServiceForm form) {
        check(user, form, null);
        long id;
        try {
            id = store.insert(form);
        } catch (DuplicateKeyException e) {
            // The unique name is the only key a caller can collide with: another builder saved it first.
            throw InvalidInput.of(ServiceRules.NAME, "services.name.taken");
        }
        events.publishEvent(new ServiceChanged(id));
        return id;
    }

    @Transactional
    public void update(CurrentUser user, long id, ServiceForm form) {
        ServiceView existing = store.find(id).orElseThrow(() -> new NotFound("service " + id));
        if (!mayChange(user, existing)) {
            throw new NotPermitted("services.not-yours");
        }
        check(user, form, id);
        try {
            store.update(id, form);
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of(ServiceRules.NAME, "services.name.taken");
        }
        events.publishEvent(new ServiceChanged(id));
    }

    @Transactional
    public void delete(CurrentUser user, long id) {
        ServiceView existing = store.find(id).orElseThrow(() -> new NotFound("service " + id));
        if (!mayChange(user, existing)) {
            throw new NotPermitted("services.not-yours");
        }
        store.delete(id);
        events.publishEvent(new ServiceChanged(id));
    }

    /** An administrator changes any service; a builder those that serve only neighbourhoods she works in. */
    public boolean mayChange(CurrentUser user, ServiceView service) {
        return mayAttach(user, service.neighbourhoods().stream().map(ServiceView.Neighbourhood::id).toList());
    }

    /** An administrator attaches any neighbourhood; a builder only those she works in. */
    public boolean mayAttach(CurrentUser user, Collection<Long> neighbourhoodIds) {
        if (user.has(Role.ADMINISTRATOR)) {
            return true;
        }
        return user.has(Role.COMMUNITY_BUILDER) && user.scope().builderNeighbourhoodIds().containsAll(neighbourhoodIds);
    }

    /** The neighbourhoods whose services this person sees on the directory page; empty for "all". */
    public Optional<Set<Long>> visibleNeighbourhoods(CurrentUser user) {
        if (user.has(Role.ADMINISTRATOR) || user.has(Role.MUNICIPALITY_ANALYST)) {
            return Optional.empty();
        }
        Set<Long> ids = new HashSet<>(user.scope().builderNeighbourhoodIds());
        Long home = user.scope().homeNeighbourhoodId();
        if (home != null) {
            ids.add(home);
        }
        return Optional.of(ids);
    }

    private void check(CurrentUser user, ServiceForm form, @Nullable Long id) {
        List<FieldProblem> problems = problems(form, id);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!mayAttach(user, form.neighbourhoodIds())) {
            throw new NotPermitted("services.neighbourhood.not-yours");
        }
    }
}
