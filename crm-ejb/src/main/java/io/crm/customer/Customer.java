package io.crm.customer;

import io.crm.encryption.SealedDate;
import io.crm.encryption.SealedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/** A person or company the business has a relationship with. */
@Entity
@Table(name = "customer")
@NamedQuery(
        name = Customer.READ_WITH_TAGS,
        query = "SELECT c FROM Customer c LEFT JOIN FETCH c.tags WHERE c.id = :id",
        hints = @QueryHint(name = QueryHints.READ_ONLY, value = HintValues.TRUE))
public class Customer {

    /** One customer with its tags in one round trip, not registered for change tracking. */
    static final String READ_WITH_TAGS = "Customer.readWithTags";

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    private long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerType type;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Convert(converter = StringListConverter.class)
    private List<String> phones = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    private List<String> emails = new ArrayList<>();

    @Column(name = "wechat_id")
    @Convert(converter = SealedText.class)
    private String wechatId;

    @Convert(converter = AddressListConverter.class)
    private List<Address> addresses = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Convert(converter = SealedDate.class)
    private LocalDate birthday;

    private String occupation;
    private String region;
    private String city;

    @Enumerated(EnumType.STRING)
    private Source source;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "tag")
    private Set<String> tags = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "customer_interest", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "interest")
    private Set<String> interests = new HashSet<>();

    /** Blind indexes of the normalized phones and emails ({@link ContactPoints#blinded}) that duplicates share. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "customer_contact_key", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "contact_key")
    private Set<String> contactKeys = new HashSet<>();

    @Embedded
    private Consents consents = new Consents();

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(name = "team_id")
    private String teamId;

    /** The customer's id in the system it came from; unique, bulk calls upsert by it. */
    @Column(name = "external_id")
    private String externalId;

    /** The tier in force: the one set by hand if any, else the computed one. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Tier tier = Tier.POTENTIAL;

    /** A tier set by hand; it wins over the computed tier until cleared. */
    @Enumerated(EnumType.STRING)
    @Column(name = "manual_tier")
    private Tier manualTier;

    @Enumerated(EnumType.STRING)
    @Column(name = "computed_tier", nullable = false)
    private Tier computedTier = Tier.POTENTIAL;

    @Enumerated(EnumType.STRING)
    @Column(name = "lifecycle_stage", nullable = false)
    private LifecycleStage lifecycleStage = LifecycleStage.ACQUISITION;

    /** Set by the customer-scoring job from the membership levels; null while none are set. */
    @Column(name = "membership_level")
    private String membershipLevel;

    @Embedded
    private Rfm rfm = new Rfm();

    /** The latest interaction reported for the customer; written only with the interactions (plain SQL). */
    @Column(name = "last_activity_at", insertable = false, updatable = false)
    private OffsetDateTime lastActivityAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Customer() {}

    public Customer(CustomerData data, Set<String> contactKeys, OffsetDateTime now) {
        this.createdAt = now;
        apply(data, contactKeys, now);
    }

    /** Replaces the writable state with already validated data. */
    void apply(CustomerData data, Set<String> newContactKeys, OffsetDateTime now) {
        type = data.type();
        name = data.name();
        nameKey = CustomerData.nameKey(data.name());
        phones = new ArrayList<>(data.phones());
        emails = new ArrayList<>(data.emails());
        wechatId = data.wechatId();
        addresses = new ArrayList<>(data.addresses());
        gender = data.gender();
        birthday = data.birthday();
        occupation = data.occupation();
        region = data.region();
        city = data.city();
        source = data.source();
        tags.retainAll(data.tags());
        tags.addAll(data.tags());
        interests.retainAll(data.interests());
        interests.addAll(data.interests());
        contactKeys.retainAll(newContactKeys);
        contactKeys.addAll(newContactKeys);
        consents().apply(data.consents(), now);
        ownerId = data.ownerId();
        teamId = data.teamId();
        externalId = data.externalId();
        manualTier = data.tier();
        tier = manualTier != null ? manualTier : computedTier;
        updatedAt = now;
    }

    /**
     * Anonymizes the customer (erasure): the name replaced, personal fields (addresses among them), tags, interests
     * and duplicate keys removed, every
     * consent given withdrawn. What is not personal stays: type, region, source, owner, team, tier, stage, value.
     */
    public void erase(String replacementName, OffsetDateTime now) {
        name = replacementName;
        nameKey = CustomerData.nameKey(replacementName);
        phones = new ArrayList<>();
        emails = new ArrayList<>();
        wechatId = null;
        addresses = new ArrayList<>();
        gender = null;
        birthday = null;
        occupation = null;
        city = null;
        tags.clear();
        interests.clear();
        contactKeys.clear();
        java.util.Map<ConsentChannel, Boolean> withdrawn = new java.util.EnumMap<>(ConsentChannel.class);
        consents().asMap().keySet().forEach(channel -> withdrawn.put(channel, false));
        consents().apply(withdrawn, now);
        updatedAt = now;
    }

    public void recordPurchase(BigDecimal amount, OffsetDateTime occurredAt, OffsetDateTime now) {
        rfm.recordPurchase(amount, occurredAt);
        updatedAt = now;
    }

    /**
     * Purchase aggregates counted again from the purchases held, refunds left out: after a refund, or after the
     * purchases of a merged record moved here.
     */
    void recountPurchases(EntityManager em, OffsetDateTime now) {
        Object[] held = em.createQuery(
                        "SELECT COUNT(p), SUM(p.amount), MAX(p.occurredAt) FROM Purchase p WHERE p.customerId = :id"
                                + " AND p.refundedAt IS NULL",
                        Object[].class)
                .setParameter("id", id)
                .getSingleResult();
        rfm.recompute(
                ((Number) held[0]).intValue(),
                held[1] == null ? BigDecimal.ZERO : (BigDecimal) held[1],
                (OffsetDateTime) held[2]);
        updatedAt = now;
    }

    /** The writable state, as a client would send it back; the tags and interests in order. */
    public CustomerData data() {
        return new CustomerData(
                type,
                name,
                phones,
                emails,
                wechatId,
                addresses,
                gender,
                birthday,
                occupation,
                region,
                city,
                source,
                List.copyOf(new TreeSet<>(tags)),
                List.copyOf(new TreeSet<>(interests)),
                consents().asMap(),
                ownerId,
                teamId,
                manualTier,
                externalId);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String ownerId() {
        return ownerId;
    }

    public OffsetDateTime lastActivityAt() {
        return lastActivityAt;
    }

    public String teamId() {
        return teamId;
    }

    public Tier tier() {
        return tier;
    }

    public boolean tierSetByHand() {
        return manualTier != null;
    }

    public String membershipLevel() {
        return membershipLevel;
    }

    public LifecycleStage lifecycleStage() {
        return lifecycleStage;
    }

    public Rfm rfm() {
        return rfm;
    }

    /** JPA loads an embeddable whose columns are all null as null: a customer never asked has empty consents. */
    public Consents consents() {
        if (consents == null) {
            consents = new Consents();
        }
        return consents;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public Set<String> contactKeys() {
        return contactKeys;
    }

    public String name() {
        return name;
    }
}
