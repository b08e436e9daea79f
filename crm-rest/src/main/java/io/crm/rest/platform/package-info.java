/** The deployment's own state over REST, for operators: the readiness checks with their figures. */
package io.crm.rest.platform;
