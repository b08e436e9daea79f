/**
 * Customer exports: a user asks for the customers of a list filter or a segment as CSV or NDJSON; the customer-export
 * job writes exactly what that user may read, masked as they see it, to a sealed file that only they may download,
 * until it expires and is deleted.
 */
package io.crm.export;
