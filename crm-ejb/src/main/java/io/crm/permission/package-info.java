/**
 * Who may do what, decided in one place: roles map to permissions and a record scope; the {@link
 * io.crm.permission.Guard} checks functions, the {@link io.crm.permission.VisibilityRule} decides which records a
 * caller may see (as a predicate for queries and as a check for one record), and {@link
 * io.crm.permission.PiiMasker} hides personal data from those without {@code customer:pii:read}.
 */
package io.crm.permission;
