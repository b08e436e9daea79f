/**
 * What the CRM needs from its host platform: the datasource (H2 by default, PostgreSQL by configuration), the
 * schema migrations applied at deployment, and the health checks operators watch.
 */
package io.crm.platform;
