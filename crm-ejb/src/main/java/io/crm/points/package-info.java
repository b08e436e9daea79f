/**
 * Loyalty points: an append-only ledger per customer (accruals from purchases by the rules in effect, redemptions,
 * adjustments by hand, reversals) whose sum is the balance, never below zero.
 */
package io.crm.points;
