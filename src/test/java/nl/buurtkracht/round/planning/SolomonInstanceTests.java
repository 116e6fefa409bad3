package nl.buurtkracht.round.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolomonInstanceTests {

    private static final List<String> SMALL = List.of(
        "SMALL1",
        "",
        "VEHICLE",
        "NUMBER     CAPACITY",
        "   3         50",
        "",
        "CUSTOMER",
        "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME",
        " ",
        "    0      40         50          0          0        400          0",
        "    1      45         68         10         10        100         10",
        "    2      45         70         30         50        150         10",
        "    3      42         66         10          0        300         10",
        "    4      30         50         10        100        200         10",
        "    5      20         40         20          0        300         10",
        "    6      60         30         20         20        120         10",
        "    7      55         35         10        150        250         10",
        "    8      38         52         20          0         60         10"
    );

    @Test
    void readsTheStandardFormat() {
        SolomonInstance instance = SolomonInstance.parse("small.txt", SMALL);

        assertThat(instance.name()).isEqualTo("SMALL1");
        assertThat(instance.vehicles()).isEqualTo(3);
        assertThat(instance.capacity()).isEqualTo(50);
        assertThat(instance.customers()).hasSize(8);
        assertThat(instance.customers().get(1)).isEqualTo(new SolomonInstance.Customer(2, 45, 70, 30, 50, 150, 10));
    }

    @Test
    void aMissingColumnIsNamedWithItsLine() {
        List<String> broken = new ArrayList<>(SMALL);
        broken.set(11, "    2      45         70         30         50        150");

        assertThatThrownBy(() -> SolomonInstance.parse("broken.txt", broken))
            .isInstanceOf(SolomonInstance.FormatException.class)
            .hasMessageContaining("broken.txt line 12")
            .hasMessageContaining("missing column SERVICE TIME");
    }

    @Test
    void aMissingCapacityIsNamed() {
        List<String> broken = new ArrayList<>(SMALL);
        broken.set(4, "   3");

        assertThatThrownBy(() -> SolomonInstance.parse("broken.txt", broken))
            .hasMessageContaining("line 5")
            .hasMessageContaining("missing column CAPACITY");
    }

    @Test
    void aSmallInstanceIsSolvedWithoutViolations() {
        PlanningProblem problem = SolomonInstance.parse("small.txt", SMALL).toProblem();
        TravelTimes euclid = new PlanarTravelTimes(false);

        Plan plan = new RoundPlanner(
            euclid,
            PlannerSettings.distanceOnly(Duration.ofSeconds(5), 7).withIterations(300)
        ).plan(problem);

        PlanCheck.Report report = PlanCheck.check(problem, plan, euclid);
        assertThat(report.violations()).isEmpty();
        assertThat(plan.unassigned()).isEmpty();
        assertThat(report.totalTravelMinutes()).isEqualTo(
            plan.totalTravelMinutes(),
            org.assertj.core.data.Offset.offset(1e-6)
        );
    }
}
