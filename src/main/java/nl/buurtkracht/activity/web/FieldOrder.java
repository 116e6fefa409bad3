package nl.buurtkracht.activity.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;

/** The fields of an activity in the order of the form and the JSON body, so that problems read top to bottom. */
final class FieldOrder {

    private static final List<String> FIELDS = List.of(
        "title",
        "description",
        "neighbourhoodId",
        "placeId",
        "location",
        "onlineUrl",
        "initiativeId",
        "contact",
        "day",
        "start",
        "end",
        "until",
        "rrule",
        "capacity"
    );

    private FieldOrder() {}

    static InvalidInput inOrder(InvalidInput e) {
        List<FieldProblem> sorted = new ArrayList<>(e.problems());
        sorted.sort(Comparator.comparingInt(p -> position(p.field())));
        return new InvalidInput(sorted);
    }

    private static int position(String field) {
        int at = FIELDS.indexOf(field);
        return at < 0 ? FIELDS.size() : at;
    }
}
