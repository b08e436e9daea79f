/**
 * Custom fields: fields of the customer that an admin defines at run time (key, label, type, required, personal,
 * unique), the rules their values follow on every write, how they are stored (a typed row per value, personal ones
 * sealed and blind-indexed), masked and filtered on lists, counts and segments.
 */
package io.crm.customfield;
