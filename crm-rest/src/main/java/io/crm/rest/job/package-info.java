/** Job operations and schedules over REST, for batch administrators (job:operate). */
package io.crm.rest.job;
