package nl.buurtkracht.help;

/** An ask is open until one helper has it; the asker may also take it back. */
public enum AskStatus {
    OPEN,
    MATCHED,
    WITHDRAWN,
}
