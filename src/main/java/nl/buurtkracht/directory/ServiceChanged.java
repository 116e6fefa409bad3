package nl.buurtkracht.directory;

/** A service was added, changed or deleted, so that readers such as the search index can catch up. */
public record ServiceChanged(long serviceId) {}
