/** The users and teams the CRM knows: who belongs to which team, who manages it, and the team hierarchy. */
package io.crm.directory;
