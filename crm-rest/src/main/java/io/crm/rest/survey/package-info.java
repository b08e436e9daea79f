/** Surveys over REST: definitions, dispatches, invitations for delivery, responses (public and imported), scores. */
package io.crm.rest.survey;
