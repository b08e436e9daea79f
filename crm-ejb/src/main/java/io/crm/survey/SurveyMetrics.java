package io.crm.survey;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Invitations sent out and responses taken, counted once their transaction committed. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SurveyMetrics {

    @Inject
    MetricRegistry registry;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private Counter invitations;
    private final Map<SurveyResponses.Source, Counter> responses = new EnumMap<>(SurveyResponses.Source.class);

    @PostConstruct
    void register() {
        invitations = registry.counter(Metadata.builder()
                .withName("crm_survey_invitations")
                .withDescription("Survey invitations created by dispatches")
                .build());
        Metadata answered = Metadata.builder()
                .withName("crm_survey_responses")
                .withDescription("Survey responses stored, by source: link (the public link) or import")
                .build();
        for (SurveyResponses.Source source : SurveyResponses.Source.values()) {
            responses.put(
                    source,
                    registry.counter(answered, new Tag("source", source.name().toLowerCase())));
        }
    }

    public void invited(@Observes(during = TransactionPhase.AFTER_SUCCESS) SurveyInvitationsReady ready) {
        invitations.inc(ready.invitations());
    }

    /** A response stored in the current transaction: counted if it commits. */
    public void responded(SurveyResponses.Source source) {
        Counter counter = responses.get(source);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.inc();
                }
            }
        });
    }
}
