/**
 * Checks that kill the server on purpose (kill -9) in the middle of work and start it again, then verify that
 * nothing a user was told was stored is lost. They drive the Payara domain with asadmin, without Arquillian:
 * {@code ./mvnw verify -pl crm-ear -Pcrash} (H2) or {@code -Pcrash,postgres}.
 */
package io.crm.crash;
