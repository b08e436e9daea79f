package io.crm.changelog;

import java.time.OffsetDateTime;

/** A change as a consumer that tells others about it reads it: the change, what happened, who did it, when, and its facts. */
public record ChangeDetail(
        LoggedChange change, ChangeKind kind, String actor, OffsetDateTime occurredAt, ChangeFacts facts) {}
