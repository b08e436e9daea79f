package io.crm.survey;

/** The scores of one group (a tier, a stage, an owner, a region, a segment id or a month). */
public record GroupScore(String group, NpsCalculator.Summary summary) {}
