package nl.buurtkracht.system;

/** A rule says no; the message key explains why in words a resident can read. */
public class NotPermitted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public NotPermitted(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
