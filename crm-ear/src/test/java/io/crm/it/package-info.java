/**
 * End-to-end tests: each deploys the EAR the build produced into a real Payara Server and tells one user's
 * whole story over HTTP, against H2 or (with the postgres profile) PostgreSQL.
 */
package io.crm.it;
