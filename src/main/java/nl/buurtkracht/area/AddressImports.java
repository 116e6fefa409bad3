package nl.buurtkracht.area;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.buurtkracht.area.ImportReport.RowProblem;
import nl.buurtkracht.area.internal.AddressFile;
import nl.buurtkracht.area.internal.AddressRow;
import nl.buurtkracht.area.internal.AddressStore;
import nl.buurtkracht.area.internal.AddressStore.KnownAreas;
import nl.buurtkracht.area.internal.Uploads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports addresses from a CSV file like a BAG extract: every row is checked first, then the file
 * is written in one transaction, or nothing is written at all unless the builder asked to import
 * only the good rows. Re-importing a file updates coordinates instead of adding addresses twice.
 */
@Service
public class AddressImports {

    /** The largest file an import accepts, in megabytes. */
    public static final int MAX_MEGABYTES = Uploads.MAX_MEGABYTES;

    /** The most address rows one file may have. */
    public static final int MAX_ROWS = AddressFile.MAX_ROWS;

    private final AddressStore store;
    private final TransactionTemplate transaction;

    AddressImports(AddressStore store, PlatformTransactionManager transactions) {
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ImportReport importAddresses(InputStream csv, ImportMode mode) {
        var bytes = Uploads.readAtMost(csv);
        if (bytes.isEmpty()) {
            return ImportReport.rejected(
                0,
                List.of(RowProblem.ofFile("imports.file.too-large", Uploads.MAX_MEGABYTES))
            );
        }
        AddressFile.Parsed parsed = AddressFile.read(bytes.get());
        if (!parsed.readable()) {
            return ImportReport.rejected(parsed.rowsRead(), parsed.problems());
        }
        return Objects.requireNonNull(transaction.execute(status -> apply(parsed, mode)));
    }

    private ImportReport apply(AddressFile.Parsed parsed, ImportMode mode) {
        store.lockImports();
        KnownAreas known = store.known(
            parsed.rows().stream().map(AddressRow::districtCode).distinct().toList(),
            parsed.rows().stream().map(AddressRow::neighbourhoodCode).distinct().toList()
        );
        if (known.municipalityIds().isEmpty()) {
            return ImportReport.rejected(parsed.rowsRead(), List.of(RowProblem.ofFile("imports.municipality.missing")));
        }
        List<RowProblem> problems = new ArrayList<>(parsed.problems());
        List<AddressRow> good = new ArrayList<>();
        for (AddressRow row : parsed.rows()) {
            int before = problems.size();
            checkAreas(row, known, problems);
            if (problems.size() == before) {
                good.add(row);
            }
        }
        // Stable: the problems of one line keep the order of its columns.
        problems.sort(Comparator.comparingInt(RowProblem::line));
        if (good.isEmpty() || (!problems.isEmpty() && mode == ImportMode.ALL_OR_NOTHING)) {
            return ImportReport.rejected(parsed.rowsRead(), problems);
        }
        var written = store.write(good, known.municipalityIds());
        return new ImportReport(parsed.rowsRead(), written.inserted(), written.updated(), problems, true);
    }

    /**
     * An address belongs to this municipality when its wijk does: the wijk as the database knows
     * it, or else by its CBS code. A buurt the database knows must stay in its own wijk.
     */
    private static void checkAreas(AddressRow row, KnownAreas known, List<RowProblem> problems) {
        String municipality = known.municipalityOfDistrict().getOrDefault(row.districtCode(), row.municipalityCode());
        if (!known.municipalityIds().containsKey(municipality)) {
            problems.add(
                new RowProblem(
                    row.line(),
                    "wijkcode",
                    "imports.address.outside-municipality",
                    municipality,
                    String.join(", ", known.municipalityNames().values())
                )
            );
        }
        String district = known.districtOfNeighbourhood().get(row.neighbourhoodCode());
        if (district != null && !district.equals(row.districtCode())) {
            problems.add(new RowProblem(row.line(), "buurtcode", "imports.buurtcode.known-in-other-wijk", district));
        }
    }
}
