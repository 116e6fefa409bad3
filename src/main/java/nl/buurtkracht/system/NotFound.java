package nl.buurtkracht.system;

/** The thing asked for does not exist (or the reader may not know that it does). */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what) {
        super(what);
    }
}
