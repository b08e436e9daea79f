/**
 * The privacy-retention job: erases the customers the retention rule finds inactive for the given years (see
 * {@link io.crm.privacy.Retention}), or with dryRun lists them without changing anything.
 */
package io.crm.batch.retention;
