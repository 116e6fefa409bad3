package nl.buurtkracht.fabric.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.buurtkracht.fabric.web.StreetMapDrawing.Point;
import nl.buurtkracht.fabric.web.StreetMapDrawing.Street;
import org.junit.jupiter.api.Test;

class StreetMapDrawingTests {

    @Test
    void housesGivenInAnyOrderAreDrawnAsOneLineAlongTheStreetInsideTheCanvas() {
        // A street running east-west, its houses listed out of order.
        var street = new Street(
            1,
            List.of(new Point(52.0, 4.003), new Point(52.0, 4.001), new Point(52.0, 4.004), new Point(52.0, 4.002))
        );
        var crossing = new Street(2, List.of(new Point(52.001, 4.0025), new Point(51.999, 4.0025)));

        var drawn = StreetMapDrawing.draw(List.of(street, crossing));

        assertThat(drawn).hasSize(2);
        double[] xs = xs(drawn.getFirst().points());
        assertThat(xs).hasSize(4);
        // Monotone along the street, whichever direction the axis points.
        boolean increasing = xs[0] < xs[3];
        for (int i = 1; i < xs.length; i++) {
            assertThat(xs[i] > xs[i - 1]).isEqualTo(increasing);
        }
        for (var d : drawn) {
            for (String pair : d.points().split(" ")) {
                double x = Double.parseDouble(pair.split(",")[0]);
                double y = Double.parseDouble(pair.split(",")[1]);
                assertThat(x).isBetween(0.0, (double) StreetMapDrawing.WIDTH);
                assertThat(y).isBetween(0.0, (double) StreetMapDrawing.HEIGHT);
            }
        }
    }

    @Test
    void northIsUpAndFlatsAtOneAddressAreOnePoint() {
        var street = new Street(
            1,
            List.of(new Point(52.000, 4.0), new Point(52.002, 4.0), new Point(52.002, 4.0), new Point(52.001, 4.0))
        );
        var drawn = StreetMapDrawing.draw(List.of(street)).getFirst();
        String[] pairs = drawn.points().split(" ");
        assertThat(pairs).hasSize(3);
        double firstY = Double.parseDouble(pairs[0].split(",")[1]);
        double lastY = Double.parseDouble(pairs[2].split(",")[1]);
        assertThat(Math.abs(firstY - lastY)).isGreaterThan(100);
    }

    @Test
    void nothingToDrawGivesNoStreets() {
        assertThat(StreetMapDrawing.draw(List.of())).isEmpty();
        assertThat(StreetMapDrawing.draw(List.of(new Street(3, List.of())))).isEmpty();
    }

    private static double[] xs(String points) {
        String[] pairs = points.split(" ");
        double[] xs = new double[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            xs[i] = Double.parseDouble(pairs[i].split(",")[0]);
        }
        return xs;
    }
}
