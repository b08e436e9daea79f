/** Follow-ups over REST: under a customer to create and list, by id to read, change and delete, and the cross-customer list. */
package io.crm.rest.followup;
