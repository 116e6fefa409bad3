package nl.buurtkracht.round.planning;

/** Input the planner refuses, naming the field so that a coordinator can correct it. */
public class PlanningInputException extends IllegalArgumentException {

    private final String field;

    public PlanningInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
