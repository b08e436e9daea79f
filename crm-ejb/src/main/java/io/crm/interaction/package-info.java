/**
 * Interactions: what customers did (page views, store visits, emails opened, ...) as host apps report them, one at a
 * time or in batches of up to a thousand. They feed the customer's last activity time, the lifecycle stage and
 * segment rules, and the customer's timeline.
 */
package io.crm.interaction;
