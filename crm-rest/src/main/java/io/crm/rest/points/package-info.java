/** The routes of a customer's loyalty points and of the accrual rules. */
package io.crm.rest.points;
