package nl.buurtkracht.directory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.buurtkracht.directory.ServiceImportReport.RowProblem;
import nl.buurtkracht.directory.internal.ServiceFile;
import nl.buurtkracht.directory.internal.ServiceRow;
import nl.buurtkracht.directory.internal.ServiceRules;
import nl.buurtkracht.directory.internal.ServiceStore;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports services from a CSV file: every row is checked first, then the file is written in one
 * transaction, or nothing at all unless the builder asked for only the good rows. A service whose
 * name is already known is updated, so a corrected file can simply be imported again.
 */
@Service
public class ServiceImports {

    /** The largest file an import accepts, in megabytes. */
    public static final int MAX_MEGABYTES = ServiceFile.MAX_MEGABYTES;

    /** The most service rows one file may have. */
    public static final int MAX_ROWS = ServiceFile.MAX_ROWS;

    private final ServiceStore store;
    private final ServiceDirectory directory;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ServiceImports(
        ServiceStore store,
        ServiceDirectory directory,
        ApplicationEventPublisher events,
        PlatformTransactionManager transactions
    ) {
        this.store = store;
        this.directory = directory;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ServiceImportReport importServices(CurrentUser user, InputStream csv, boolean onlyValidRows) {
        var bytes = ServiceFile.readAtMost(csv);
        if (bytes.isEmpty()) {
            return ServiceImportReport.rejected(
                0,
                List.of(RowProblem.ofFile("services.import.file.too-large", MAX_MEGABYTES))
            );
        }
        ServiceFile.Parsed parsed = ServiceFile.read(bytes.get());
        if (!parsed.readable()) {
            return ServiceImportReport.rejected(parsed.rowsRead(), parsed.problems());
        }
        return Objects.requireNonNull(transaction.execute(status -> apply(user, parsed, onlyValidRows)));
    }

    private ServiceImportReport apply(CurrentUser user, ServiceFile.Parsed parsed, boolean onlyValidRows) {
        store.lockImports();
        Map<String, Long> codes = store.neighbourhoodsByCode(
            parsed
                .rows()
                .stream()
                .flatMap(r -> r.neighbourhoodCodes().stream())
                .distinct()
                .toList()
        );
        Map<String, ServiceView> existing = store.byNames(parsed.rows().stream().map(ServiceRow::name).toList());
        List<RowProblem> problems = new ArrayList<>(parsed.problems());
        List<ServiceForm> good = new ArrayList<>();
        for (ServiceRow row : parsed.rows()) {
            int before = problems.size();
            ServiceForm form = check(user, row, codes, existing, problems);
            if (problems.size() == before) {
                good.add(form);
            }
        }
        // Stable: the problems of one line keep the order of its columns.
        problems.sort(Comparator.comparingInt(RowProblem::line));
        if (good.isEmpty() || (!problems.isEmpty() && !onlyValidRows)) {
            return ServiceImportReport.rejected(parsed.rowsRead(), problems);
        }
        int imported = 0;
        int updated = 0;
        for (ServiceForm form : good) {
            ServiceView known = existing.get(form.name());
            long id;
            if (known == null) {
                id = store.insert(form);
                imported++;
            } else {
                id = known.id();
                store.update(id, form);
                updated++;
            }
            events.publishEvent(new ServiceChanged(id));
        }
        return new ServiceImportReport(parsed.rowsRead(), imported, updated, problems, true);
    }

    /** The row as a form, after adding a problem for each thing wrong with it. */
    private ServiceForm check(
        CurrentUser user,
        ServiceRow row,
        Map<String, Long> codes,
        Map<String, ServiceView> existing,
        List<RowProblem> problems
    ) {
        Set<Long> ids = new HashSet<>();
        boolean codesOk = true;
        for (String code : row.neighbourhoodCodes()) {
            Long id = codes.get(code);
            if (id == null) {
                problems.add(
                    new RowProblem(row.line(), ServiceFile.BUURTCODES, "services.import.buurtcode.unknown", code)
                );
                codesOk = false;
            } else if (!directory.mayAttach(user, List.of(id))) {
                problems.add(
                    new RowProblem(row.line(), ServiceFile.BUURTCODES, "services.import.neighbourhood.not-yours", code)
                );
                codesOk = false;
            } else {
                ids.add(id);
            }
        }
        var form = new ServiceForm(
            row.name(),
            row.purpose(),
            row.contact(),
            row.openingHours(),
            row.address(),
            row.lat(),
            row.lon(),
            ids
        );
        for (FieldProblem p : ServiceRules.check(form, ids)) {
            if (codesOk || !p.field().equals(ServiceRules.NEIGHBOURHOODS)) {
                problems.add(
                    new RowProblem(
                        row.line(),
                        ServiceFile.COLUMN_OF_FIELD.get(p.field()),
                        p.messageKey(),
                        p.arguments()
                    )
                );
            }
        }
        ServiceView known = existing.get(form.name());
        if (known != null && !directory.mayChange(user, known)) {
            problems.add(new RowProblem(row.line(), ServiceFile.NAAM, "services.import.not-yours"));
        }
        return form;
    }
}
