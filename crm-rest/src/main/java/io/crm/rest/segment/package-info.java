/** Segments over REST: saved rule sets, their customers and their count. */
package io.crm.rest.segment;
