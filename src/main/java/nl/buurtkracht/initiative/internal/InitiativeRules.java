package nl.buurtkracht.initiative.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkracht.initiative.InitiativeForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.BudgetLineForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.FundingForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.HoursForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.OwnerForm;
import nl.buurtkracht.initiative.MoneyAndTimeForms.TaskForm;
import nl.buurtkracht.initiative.OwnerKind;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Every field rule of the initiative forms; each problem names its field. */
public final class InitiativeRules {

    /** The largest amount a form takes: a million euros is more than any neighbourhood fund. */
    private static final BigDecimal MOST_EUROS = new BigDecimal("1000000");

    private InitiativeRules() {}

    public static List<FieldProblem> check(InitiativeForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", form.title(), 120, true);
        text(problems, "what", form.what(), 2000, true);
        text(problems, "forWhom", form.forWhom(), 300, false);
        text(problems, "where", form.where(), 200, false);
        if (form.neighbourhoodId() == null) {
            problems.add(new FieldProblem("neighbourhoodId", "initiatives.neighbourhoodId.required"));
        }
        return problems;
    }

    public static List<FieldProblem> check(TaskForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", form.title(), 120, true);
        text(problems, "details", form.details(), 1000, false);
        if (form.needed() == null || form.needed() < 1 || form.needed() > 100) {
            problems.add(new FieldProblem("needed", "initiatives.needed.range", 1, 100));
        }
        return problems;
    }

    public static List<FieldProblem> check(OwnerForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.kind() == null) {
            problems.add(new FieldProblem("kind", "initiatives.kind.required"));
        } else if (form.kind() == OwnerKind.RESIDENT) {
            if (form.residentId() == null) {
                problems.add(new FieldProblem("residentId", "initiatives.residentId.required"));
            }
        } else {
            text(problems, "organisation", form.organisation(), 120, true);
        }
        text(problems, "role", form.role(), 80, false);
        return problems;
    }

    public static List<FieldProblem> check(FundingForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "fund", form.fund(), 120, true);
        amount(problems, "amount", form.amount());
        if (form.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "initiatives.startsOn.required"));
        }
        if (form.endsOn() == null) {
            problems.add(new FieldProblem("endsOn", "initiatives.endsOn.required"));
        } else if (form.startsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            problems.add(new FieldProblem("endsOn", "initiatives.endsOn.before-start"));
        }
        text(problems, "conditions", form.conditions(), 1000, false);
        return problems;
    }

    public static List<FieldProblem> check(BudgetLineForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "description", form.description(), 200, true);
        amount(problems, "amount", form.amount());
        return problems;
    }

    public static List<FieldProblem> check(HoursForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.givenBy() == null) {
            problems.add(new FieldProblem("givenBy", "initiatives.givenBy.required"));
        }
        text(problems, "who", form.who(), 120, false);
        if (form.givenOn() == null) {
            problems.add(new FieldProblem("givenOn", "initiatives.givenOn.required"));
        }
        if (
            form.hours() == null ||
            form.hours().signum() <= 0 ||
            form.hours().compareTo(BigDecimal.valueOf(1000)) > 0 ||
            form.hours().stripTrailingZeros().scale() > 2
        ) {
            problems.add(new FieldProblem("hours", "initiatives.hours.range"));
        }
        text(problems, "note", form.note(), 300, false);
        return problems;
    }

    /** Euros to whole cents; the rules above already refused more than two decimals. */
    public static long cents(BigDecimal euros) {
        return euros.movePointRight(2).longValueExact();
    }

    public static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static void amount(List<FieldProblem> problems, String field, @Nullable BigDecimal amount) {
        if (
            amount == null ||
            amount.signum() <= 0 ||
            amount.compareTo(MOST_EUROS) > 0 ||
            amount.stripTrailingZeros().scale() > 2
        ) {
            problems.add(new FieldProblem(field, "initiatives.amount.invalid"));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int longest, boolean required) {
        if (required && value.isBlank()) {
            problems.add(new FieldProblem(field, "initiatives." + field + ".required"));
        } else if (value.length() > longest) {
            problems.add(new FieldProblem(field, "initiatives.too-long", longest));
        }
    }
}
