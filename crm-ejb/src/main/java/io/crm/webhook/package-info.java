/**
 * Webhooks: host applications subscribe to the CRM's events with a URL; the change log's group consumer turns each
 * change into events, one delivery per subscription whose user may read the record (shown as that user reads it),
 * and delivery signs each per the Standard Webhooks specification, retries with back-off, keeps every attempt and
 * pauses a subscription that keeps failing. See docs/events.md.
 */
package io.crm.webhook;
