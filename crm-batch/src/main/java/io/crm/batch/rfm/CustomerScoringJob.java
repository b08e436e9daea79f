package io.crm.batch.rfm;

import io.crm.rfm.CustomerScoring;

/** The job's name and its parameters, as operators pass them. */
public final class CustomerScoringJob {

    public static final String NAME = CustomerScoring.JOB;
    /** Customers applied per chunk (one transaction and one checkpoint); default 5,000. */
    public static final String RANGE_SIZE = "rangeSize";

    private CustomerScoringJob() {
    }
}
