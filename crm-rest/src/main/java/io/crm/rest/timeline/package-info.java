/** The route of a customer's timeline: everything that happened to the customer, newest first. */
package io.crm.rest.timeline;
