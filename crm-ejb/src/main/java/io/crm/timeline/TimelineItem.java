package io.crm.timeline;

import java.time.Instant;

/**
 * One item of a customer's timeline: its kind, id and time, a one-line summary, and for notes, follow-ups, purchases
 * and interactions the view their own routes give the caller (masked as there), otherwise null.
 */
public record TimelineItem(TimelineKind kind, long id, Instant occurredAt, String summary, Object view) {}
