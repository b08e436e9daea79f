/** The points-expiry job: lapses, account by account, the points kept longer than the rules allow. */
package io.crm.batch.points;
