package io.crm.customfield;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One stored custom value, for reading a page's values in one query and for the filters' subqueries. Rows are
 * written only by {@link CustomValueStore} (SQL); this view of their table is read-only.
 */
@Entity
@Table(name = "customer_custom_value")
@ReadOnly
public class CustomValueRow {

    @Id
    private long id;

    @Column(name = "customer_id")
    private long customerId;

    @Column(name = "field_key")
    private String fieldKey;

    @Column(name = "text_value")
    private String textValue;

    @Column(name = "number_value")
    private BigDecimal numberValue;

    @Column(name = "date_value")
    private LocalDate dateValue;

    @Column(name = "sealed_value")
    private String sealedValue;

    protected CustomValueRow() {}
}
