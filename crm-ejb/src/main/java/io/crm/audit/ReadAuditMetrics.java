package io.crm.audit;

import io.crm.common.Times;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The audit trail's backlog on this instance as gauges, read from what the {@code crm-audit-reads} health check reads:
 * records whose read entries wait to be written, and how long the oldest has waited.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReadAuditMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    ReadAudit reads;

    @PostConstruct
    void register() {
        registry.gauge(
                Metadata.builder()
                        .withName("crm_audit_reads_waiting")
                        .withDescription("Records named by read entries that wait to be written to the audit trail")
                        .build(),
                reads,
                r -> r.pending().records());
        registry.gauge(
                Metadata.builder()
                        .withName("crm_audit_oldest_waiting")
                        .withUnit(MetricUnits.SECONDS)
                        .withDescription("How long the oldest waiting read entry has waited")
                        .build(),
                reads,
                r -> r.pending().oldestWait(Times.now()).toMillis() / 1000.0);
    }
}
