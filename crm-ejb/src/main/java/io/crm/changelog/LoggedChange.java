package io.crm.changelog;

/**
 * A change as consumers see it: which record to reload. {@code entry} is the log entry that announced it (0 for a
 * retry), {@code position} its place in the log (0 while it has none: a change announced right after its commit).
 */
public record LoggedChange(long entry, long position, EntityType entity, long entityId) {}
