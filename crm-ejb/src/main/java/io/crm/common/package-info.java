/**
 * The shared kernel of the CRM domain: the errors a service raises when a request cannot be honoured,
 * validation violations, and keyset pages with their opaque cursors.
 */
package io.crm.common;
