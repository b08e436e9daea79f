package io.crm.points;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One membership level: reached by a customer who earned at least {@code minPoints} points, or spent at least
 * {@code minSpend}, over the last {@code windowMonths} months (the same window for every level); a threshold left
 * out does not qualify by itself. The benefits are data for the host application.
 */
@Entity
@Table(name = "membership_level")
public class MembershipLevel {

    @Id
    @Column(name = "level_rank")
    private int rank;

    @Column(nullable = false)
    private String name;

    @Column(name = "min_points")
    private Long minPoints;

    @Column(name = "min_spend", precision = 19, scale = 4)
    private BigDecimal minSpend;

    @Column(nullable = false)
    private String benefits;

    @Column(name = "window_months", nullable = false)
    private int windowMonths;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected MembershipLevel() {}

    MembershipLevel(int rank, MembershipLevelView.Level level, int windowMonths, OffsetDateTime now, String by) {
        this.rank = rank;
        this.name = level.name();
        this.minPoints = level.minPoints();
        this.minSpend = level.minSpend();
        JsonArrayBuilder list = Json.createArrayBuilder();
        level.benefits().forEach(list::add);
        this.benefits = list.build().toString();
        this.windowMonths = windowMonths;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    MembershipLevelView.Level view() {
        List<String> list;
        try (var reader = Json.createReader(new StringReader(benefits))) {
            list = reader.readArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        }
        return new MembershipLevelView.Level(name, minPoints, minSpend, list);
    }

    public int rank() {
        return rank;
    }

    public int windowMonths() {
        return windowMonths;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
