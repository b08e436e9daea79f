/** Routes for host apps that report what customers did: one interaction, or a batch with a status per item. */
package io.crm.rest.interaction;
