/**
 * Reports on the customer base: tier and lifecycle-stage distributions and the monthly stage transitions with
 * conversion, churn and retention rates (defined in docs/operations.md), over the customers the caller may see.
 */
package io.crm.report;
