package nl.buurtkracht.fabric.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.buurtkracht.fabric.FabricFigures.Figures;
import org.jspecify.annotations.Nullable;

/**
 * A neighbourhood's twelve months as the chart script reads them from data attributes: month labels
 * and two series in percent, with an empty value where a month had too few people to say.
 */
record TrendChart(String labels, String connected, String bridging, List<Row> rows) {
    /** One month as the table under the chart shows it. */
    record Row(String month, @Nullable Long connected, @Nullable Long bridging) {}

    static TrendChart of(List<Figures> trend, Locale locale) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        List<Row> rows = trend
            .stream()
            .map(f -> new Row(f.month().format(month), percent(f.connectedShare()), percent(f.bridgingShare())))
            .toList();
        return new TrendChart(
            rows.stream().map(Row::month).collect(Collectors.joining("|")),
            rows
                .stream()
                .map(r -> r.connected() == null ? "" : r.connected().toString())
                .collect(Collectors.joining("|")),
            rows
                .stream()
                .map(r -> r.bridging() == null ? "" : r.bridging().toString())
                .collect(Collectors.joining("|")),
            rows
        );
    }

    private static @Nullable Long percent(@Nullable Double share) {
        return share == null ? null : Math.round(share * 100);
    }
}
