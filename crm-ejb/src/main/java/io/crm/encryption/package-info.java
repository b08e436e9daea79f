/**
 * Personal data at rest: values sealed with AES-256-GCM under a key ring from configuration (each value names its
 * key, so keys rotate while the CRM runs), keyed blind indexes for the exact lookups that need equality, and the
 * JPA converters that keep entities and services unaware of either.
 */
package io.crm.encryption;
