package io.crm.rfm;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.changelog.ChangeFacts;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.events.CustomerChanged;
import io.crm.events.DomainEvents;
import io.crm.events.LifecycleStageChanged;
import io.crm.events.TierChanged;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customer-scoring job's work, each step in the caller's transaction (a chunk's, in the job), as the system
 * identity of the job. A run is one job instance: restarts of it apply the scores it prepared, as of the moment it
 * prepared them. Preparing a run discards the staged scores of every other run.
 */
@Stateless
@Unguarded("the steps of the customer-scoring job, which runs as the system")
public class CustomerScoring {

    public static final String JOB = "customer-scoring";
    static final String AUDITED = "customer-scoring";

    @Inject
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    @Inject
    ChangeLog changeLog;

    @Inject
    DomainEvents events;

    @Inject
    @ConfigProperty(name = "crm.scoring.vip-min-score", defaultValue = "13")
    int vipMinScore;

    @Inject
    @ConfigProperty(name = "crm.scoring.important-min-score", defaultValue = "10")
    int importantMinScore;

    @Inject
    @ConfigProperty(name = "crm.lifecycle.loyal-min-purchases", defaultValue = "5")
    int loyalMinPurchases;

    @Inject
    @ConfigProperty(name = "crm.lifecycle.retention-risk-after-days", defaultValue = "120")
    int retentionRiskAfterDays;

    @Inject
    @ConfigProperty(name = "crm.lifecycle.churned-after-days", defaultValue = "365")
    int churnedAfterDays;

    /** The rules in force; an exception naming the bad settings if the configuration makes no sense. */
    public ScoringRules rules() {
        return new ScoringRules(
                vipMinScore, importantMinScore, loyalMinPurchases, retentionRiskAfterDays, churnedAfterDays);
    }

    /** Scores every customer as of now into the run's staging rows; answers the number of customers staged. */
    public long prepare(long runId) {
        ScoringRules rules = rules();
        return sql(db -> {
            try (var s = db.prepareStatement("DELETE FROM customer_score WHERE run_id <> ?")) {
                s.setLong(1, runId);
                s.executeUpdate();
            }
            try (var s = db.prepareStatement("DELETE FROM scoring_run WHERE run_id <> ?")) {
                s.setLong(1, runId);
                s.executeUpdate();
            }
            return RfmScorer.prepare(db, runId, Instant.now(), rules);
        });
    }

    public Optional<RfmScorer.Run> run(long runId) {
        return sql(db -> RfmScorer.run(db, runId));
    }

    public long remaining(long runId, long afterId) {
        return sql(db -> RfmScorer.remaining(db, runId, afterId));
    }

    public Optional<Long> rangeEnd(long runId, long afterId, int size) {
        return sql(db -> RfmScorer.rangeEnd(db, runId, afterId, size));
    }

    /**
     * Applies the scores of one range; each customer whose tier or lifecycle stage changed is written to the change
     * log (so the search index and webhooks learn of it) and announced ({@link CustomerChanged}, {@link TierChanged},
     * {@link LifecycleStageChanged}), all in the caller's transaction: a chunk that rolls back announces nothing, and
     * one applied again changes, and announces, nothing twice.
     */
    public RfmScorer.Applied apply(long runId, long afterId, long upToId, long executionId) {
        String actor = AuditTrail.systemActor(JOB);
        Instant at = Instant.now();
        RfmScorer.Applied applied = sql(db -> RfmScorer.apply(db, runId, afterId, upToId, actor, executionId, at));
        for (RfmScorer.ScoredChange change : applied.changes()) {
            List<String> facts = facts(change);
            changeLog.record(
                    EntityType.CUSTOMER,
                    change.customerId(),
                    ChangeKind.UPDATED,
                    actor,
                    ChangeFacts.ofCustomer(change.customerId(), change.ownerId(), change.teamId(), facts));
            events.fire(new CustomerChanged(
                    change.customerId(),
                    facts.stream().filter(f -> !ChangeFacts.isFact(f)).toList(),
                    actor,
                    at));
            if (change.tierChanged()) {
                events.fire(new TierChanged(change.customerId(), change.fromTier(), change.toTier(), actor, at));
            }
            if (change.stageChanged()) {
                events.fire(new LifecycleStageChanged(
                        change.customerId(), change.fromStage(), change.toStage(), actor, at));
            }
        }
        return applied;
    }

    /** The changed fields as the API names them, and the stages before and after when the stage moved. */
    static List<String> facts(RfmScorer.ScoredChange change) {
        List<String> fields = new ArrayList<>();
        if (change.tierChanged()) {
            fields.add("tier");
        }
        if (change.stageChanged()) {
            fields.add("lifecycleStage");
            fields.add(ChangeFacts.STAGE + change.fromStage() + ">" + change.toStage());
        }
        return fields;
    }

    /** Records the run in the audit trail and removes its staging rows; answers what it changed. */
    public RfmScorer.Run finish(long runId) {
        RfmScorer.Run run = sql(db -> RfmScorer.run(db, runId))
                .orElseThrow(() -> new IllegalStateException("Scoring run " + runId
                        + " has no staged scores: a newer run discarded them. Start a new execution."));
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("asOf", new Change(null, run.asOf().toString()));
        changes.put("customers", new Change(null, Long.toString(run.customers())));
        changes.put("scored", new Change(null, Long.toString(run.scored())));
        changes.put("tierChanges", new Change(null, Long.toString(run.tierChanges())));
        changes.put("stageChanges", new Change(null, Long.toString(run.stageChanges())));
        changes.put("levelChanges", new Change(null, Long.toString(run.levelChanges())));
        audit.recordWrite(AuditTrail.systemActor(JOB), AuditAction.UPDATE, AUDITED, Long.toString(runId), changes);
        sql(db -> {
            RfmScorer.discard(db, runId);
            return null;
        });
        return run;
    }

    private interface Work<T> {
        T on(Connection db) throws SQLException;
    }

    private <T> T sql(Work<T> work) {
        try (Connection db = dataSource.getConnection()) {
            return work.on(db);
        } catch (SQLException e) {
            throw new IllegalStateException("Customer scoring failed in the database: " + e.getMessage(), e);
        }
    }
}
