package io.crm.it.events;

import io.crm.events.CustomerChanged;
import io.crm.events.CustomerCreated;
import io.crm.events.CustomerDeleted;
import io.crm.events.DetractorAnswered;
import io.crm.events.FollowUpCompleted;
import io.crm.events.FollowUpPlanned;
import io.crm.events.JobFinished;
import io.crm.events.LifecycleStageChanged;
import io.crm.events.NoteAdded;
import io.crm.events.SurveyAnswered;
import io.crm.events.TierChanged;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An observer in an EJB module of its own, as another module of the platform would write one: it notes every event
 * it gets after commit, and (to show that an event was fired at all) the notes it gets inside the transaction. A
 * singleton session bean, because an EJB module must hold one; its observer methods are business methods.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ObservedEvents {

    static final Queue<Record> COMMITTED = new ConcurrentLinkedQueue<>();
    static final Queue<Record> FIRED = new ConcurrentLinkedQueue<>();

    public static List<Record> committed() {
        return List.copyOf(COMMITTED);
    }

    public static List<Record> fired() {
        return List.copyOf(FIRED);
    }

    public void customerCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerCreated e) {
        COMMITTED.add(e);
    }

    public void customerChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerChanged e) {
        COMMITTED.add(e);
    }

    public void customerDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerDeleted e) {
        COMMITTED.add(e);
    }

    public void tierChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TierChanged e) {
        COMMITTED.add(e);
    }

    public void lifecycleStageChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) LifecycleStageChanged e) {
        COMMITTED.add(e);
    }

    public void noteAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteAdded e) {
        COMMITTED.add(e);
    }

    public void noteFired(@Observes NoteAdded e) {
        FIRED.add(e);
    }

    public void followUpPlanned(@Observes(during = TransactionPhase.AFTER_SUCCESS) FollowUpPlanned e) {
        COMMITTED.add(e);
    }

    public void followUpCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) FollowUpCompleted e) {
        COMMITTED.add(e);
    }

    public void surveyAnswered(@Observes(during = TransactionPhase.AFTER_SUCCESS) SurveyAnswered e) {
        COMMITTED.add(e);
    }

    public void detractorAnswered(@Observes(during = TransactionPhase.AFTER_SUCCESS) DetractorAnswered e) {
        COMMITTED.add(e);
    }

    public void jobFinished(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobFinished e) {
        COMMITTED.add(e);
    }
}
