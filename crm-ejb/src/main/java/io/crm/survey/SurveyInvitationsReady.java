package io.crm.survey;

/**
 * Fired when a chunk of a dispatch has created invitations; observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to deliver them (list the survey's PENDING invitations).
 */
public record SurveyInvitationsReady(long surveyId, long dispatchId, int invitations) {}
