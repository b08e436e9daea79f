/** Full-text search over notes and follow-ups, and the index's operations. */
package io.crm.rest.search;
