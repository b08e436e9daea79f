/** Webhooks over REST: subscriptions, their deliveries and replays; and how records look in an event's data. */
package io.crm.rest.webhook;
