package nl.buurtkracht.system;

import java.util.List;

/**
 * Input that breaks a rule, with every field at fault. Message keys are looked up in the
 * translation bundles, so a page and the API show the same readable reason.
 */
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One field at fault: its name, a message key and the arguments of that message. */
    public record FieldProblem(String field, String messageKey, Object... arguments) {}

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super("invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String messageKey, Object... arguments) {
        return new InvalidInput(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
