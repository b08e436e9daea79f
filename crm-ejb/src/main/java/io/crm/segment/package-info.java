/**
 * Segments: saved rule sets over customers (tier, stage, tags, region, RFM ranges, purchase, follow-up and creation
 * times), validated on save and evaluated on demand into the same permission-aware list and count as the customer
 * list, so a segment never shows a caller a customer the customer list would not.
 */
package io.crm.segment;
