/**
 * What happened in the CRM, as CDI events for code on the same platform: small immutable records fired in the
 * transaction of the change. Observe them with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}: such an
 * observer runs once the change has committed, and never for a change that rolled back. Observers in any module of
 * the CRM's EAR receive them (an extra EJB module included); see docs/events.md for other applications.
 */
package io.crm.events;
