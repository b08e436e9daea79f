package io.crm.survey;

/** Why a dispatch did not invite a customer of its audience. */
public enum SkipReason {
    /** The customer has not consented to the survey's channel. */
    NO_CONSENT,
    /** The customer has no contact point for the channel (no email, phone or WeChat id). */
    NO_CONTACT,
    /** The customer was invited by some survey within the survey's fatigue days. */
    FATIGUE
}
