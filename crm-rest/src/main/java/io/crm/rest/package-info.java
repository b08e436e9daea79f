/**
 * The REST boundary of the CRM ({@code /api/v1}): thin resources that translate HTTP and JSON to the services of
 * crm-ejb, problem+json answers for every error, and the OpenAPI description.
 */
package io.crm.rest;
