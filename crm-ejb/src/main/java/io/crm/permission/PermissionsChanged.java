package io.crm.permission;

/**
 * Fired in the transaction that changes what someone may do or see: a role, a user's grants, a team or a user's
 * team. Callers resolved before it commits are forgotten.
 */
public record PermissionsChanged() {}
