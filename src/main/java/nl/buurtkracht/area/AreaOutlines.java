package nl.buurtkracht.area;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.buurtkracht.area.ImportReport.RowProblem;
import nl.buurtkracht.area.internal.OutlineFile;
import nl.buurtkracht.area.internal.OutlineFile.Outline;
import nl.buurtkracht.area.internal.OutlineStore;
import nl.buurtkracht.area.internal.Uploads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the outlines of municipality, districts and neighbourhoods from GeoJSON, so that maps
 * can draw them; a file with any bad feature stores nothing.
 */
@Service
public class AreaOutlines {

    private final OutlineStore store;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    AreaOutlines(OutlineStore store, JsonMapper json, PlatformTransactionManager transactions) {
        this.store = store;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ImportReport importOutlines(InputStream geoJson) {
        var bytes = Uploads.readAtMost(geoJson);
        if (bytes.isEmpty()) {
            return ImportReport.rejected(
                0,
                List.of(RowProblem.ofFile("imports.file.too-large", Uploads.MAX_MEGABYTES))
            );
        }
        OutlineFile.Parsed parsed = OutlineFile.read(bytes.get(), json);
        if (!parsed.readable()) {
            return ImportReport.rejected(parsed.featuresRead(), parsed.problems());
        }
        return Objects.requireNonNull(transaction.execute(status -> apply(parsed)));
    }

    private ImportReport apply(OutlineFile.Parsed parsed) {
        Map<String, Boolean> existing = store.existing(parsed.outlines().stream().map(Outline::code).toList());
        List<RowProblem> problems = new ArrayList<>(parsed.problems());
        for (Outline outline : parsed.outlines()) {
            if (!existing.containsKey(outline.code())) {
                problems.add(new RowProblem(outline.feature(), "code", "imports.outline.unknown-code", outline.code()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RowProblem::line));
            return ImportReport.rejected(parsed.featuresRead(), problems);
        }
        store.store(parsed.outlines());
        int replaced = (int) parsed
            .outlines()
            .stream()
            .filter(o -> existing.get(o.code()))
            .count();
        return new ImportReport(parsed.featuresRead(), parsed.outlines().size() - replaced, replaced, problems, true);
    }
}
