package nl.buurtkracht.system;

/**
 * How many unread messages a signed-in person has, for the page header; implemented by the module
 * that keeps notifications, so that the layout needs to know nothing about them.
 */
public interface Inbox {
    long unread(long accountId);
}
