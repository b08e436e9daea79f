/** Reports over REST: tier and stage distributions and monthly stage transitions. */
package io.crm.rest.report;
