/**
 * A customer's timeline: one stream, newest first, of everything that happened to the customer, merged from the
 * sources that record it (notes, follow-ups, purchases, interactions, survey invitations and answers, points entries,
 * tier and stage changes), each shown as its own route shows it.
 */
package io.crm.timeline;
