/** Notes over REST: under a customer to create and list, by id to read, change and delete. */
package io.crm.rest.note;
