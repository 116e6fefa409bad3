package nl.buurtkracht.report.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.report.AreaReport;
import nl.buurtkracht.report.Figure;
import nl.buurtkracht.report.Measure;
import nl.buurtkracht.report.internal.Suppression;
import nl.buurtkracht.system.PrintedPages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report as a file: CSV (one row per figure, the neighbourhood's and then each street's, suppressed
 * cells as "< 10") and PDF (the same tables as the page, for paper and for funders' files). Both are
 * made from the suppressed report only, so neither can hold more than the page shows.
 */
@Component
class ReportFiles {

    static final List<String> CSV_HEADER = List.of(
        "area_level",
        "area_id",
        "area_name",
        "from",
        "to",
        "section",
        "measure",
        "label",
        "value"
    );

    private final MessageSource messages;
    private final ITemplateEngine templates;

    ReportFiles(MessageSource messages, ITemplateEngine templates) {
        this.messages = messages;
        this.templates = templates;
    }

    String csv(AreaReport report, Locale locale) {
        var out = new StringWriter();
        var format = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get();
        try (var csv = new CSVPrinter(out, format)) {
            var area = report.area();
            for (Figure f : report.figures()) {
                row(csv, report, area.level().name(), area.id(), area.name(), f, locale);
            }
            for (AreaReport.StreetFigures street : report.streets()) {
                for (Figure f : street.figures()) {
                    row(csv, report, AreaReport.Level.STREET.name(), street.streetId(), street.streetName(), f, locale);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    byte[] pdf(AreaReport report, Locale locale) {
        var context = new Context(
            locale,
            Map.of(
                "report",
                report,
                "threshold",
                Suppression.THRESHOLD,
                "sections",
                Measure.Section.values(),
                "generated",
                DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale)
                    .withZone(ZoneId.of("Europe/Amsterdam"))
                    .format(report.generatedAt()),
                "dayFormat",
                DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
            )
        );
        return PrintedPages.toPdf(templates.process("report/print", context));
    }

    /** The name of a download: the area and period, in plain letters. */
    static String fileName(AreaReport report, String extension) {
        String area = report
            .area()
            .name()
            .replaceAll("[^A-Za-z0-9]+", "-")
            .replaceAll("(^-|-$)", "")
            .toLowerCase(Locale.ROOT);
        return "rapportage-" + area + "-" + report.period().from() + "-" + report.period().to() + "." + extension;
    }

    /** A name a spreadsheet would take for a formula ("=...") is written as text. */
    static String harmless(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private void row(CSVPrinter csv, AreaReport report, String level, long id, String name, Figure f, Locale locale)
        throws IOException {
        csv.printRecord(
            level,
            id,
            harmless(name),
            report.period().from(),
            report.period().to(),
            f.measure().section().name().toLowerCase(Locale.ROOT),
            f.measure().key(),
            messages.getMessage("reports.measure." + f.measure().name(), null, locale),
            f.shown()
        );
    }
}
