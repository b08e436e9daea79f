package io.crm.demo;

import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.common.Times;
import io.crm.customer.Address;
import io.crm.customer.AddressKind;
import io.crm.customer.ConsentChannel;
import io.crm.customer.ConsentHistory;
import io.crm.customer.ConsentSource;
import io.crm.customer.ContactPoints;
import io.crm.customer.Customer;
import io.crm.customer.CustomerData;
import io.crm.customer.CustomerType;
import io.crm.customer.CustomerValidator;
import io.crm.customer.Gender;
import io.crm.customer.Purchase;
import io.crm.customer.PurchaseData;
import io.crm.customer.Source;
import io.crm.directory.CrmUser;
import io.crm.directory.Team;
import io.crm.followup.FollowUp;
import io.crm.followup.FollowUpChannel;
import io.crm.followup.FollowUpData;
import io.crm.followup.FollowUpStatus;
import io.crm.note.Note;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Fills a demo run with the demo teams and users and, on an empty database, a few dozen sample customers with
 * purchases, so that the README walk-through has something to show. Does nothing unless demo mode is on.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final String[][] PEOPLE = {
        {"张伟", "sales1", "+8613800138000", "zhang.wei@example.com", "上海", "华东", "engineer"},
        {"王芳", "sales1", "+8613912345678", "wang.fang@example.cn", "杭州", "华东", "teacher"},
        {"李强", "sales2", "+8615001234567", "li.qiang@example.com", "南京", "华东", "doctor"},
        {"Emily Johnson", "sales2", "+14155552671", "emily.johnson@example.com", "上海", "华东", "designer"},
        {"刘洋", "sales3", "+8618612345678", "liu.yang@example.org", "成都", "西南", "lawyer"},
        {"陈静", "sales3", "+8613698765432", "chen.jing@example.com", "重庆", "西南", "accountant"},
        {"Jean-Luc Martin", "sales1", "+33612345678", "jl.martin@example.fr", "苏州", "华东", "chef"},
        {"欧阳·娜娜", "manager", "+8613511112222", "ouyang.nana@example.com", "上海", "华东", "musician"},
        {"Siobhán O'Brien", "sales2", "+353851234567", "siobhan.obrien@example.ie", "宁波", "华东", "nurse"},
        {"赵磊", "sales3", "+8617712345678", "zhao.lei@example.com", "西安", "西北", "engineer"},
        {"孙丽", "sales1", "+8613300001111", "sun.li@example.com", "上海", "华东", "manager"},
        {"周杰", "admin", "+8613122223333", "zhou.jie@example.com", "北京", "华北", "artist"},
    };

    private static final String[][] COMPANIES = {
        {"上海星辰科技有限公司", "sales1", "+862161234567", "contact@xingchen.example.cn", "上海", "华东"},
        {"Acme Trading (Asia) Ltd.", "sales2", "+85221234567", "sales@acme-asia.example.com", "香港", "华南"},
        {"58同城合作伙伴", "sales3", "+862887654321", "bd@partner58.example.cn", "成都", "西南"},
        {"Smith & Sons", "manager", "+442079460000", "hello@smithandsons.example.co.uk", "上海", "华东"},
    };

    /** Notes and follow-ups on some of the customers above (by index), in Chinese, English and both. */
    private static final String[][] NOTES = {
        {"0", "sales1", "客户要求退款，答应下周二回访。Called about the refund for the November order, promised 回访 next Tuesday."},
        {"3", "sales2", "Interested in the premium plan; asked for a demo at the 上海 office."},
        {"4", "sales3", "客户反馈物流太慢，希望改用顺丰。Deliveries go to 18612345678."},
    };

    private static final Object[][] FOLLOW_UPS = {
        {0, "sales1", FollowUpChannel.PHONE, "回访退款进度 follow up on the refund", null, 3, FollowUpStatus.PLANNED},
        {
            3,
            "sales2",
            FollowUpChannel.MEETING,
            "Product demo at the Shanghai office",
            "Signed a trial; 试用 30 天",
            -2,
            FollowUpStatus.DONE
        },
        {4, "sales3", FollowUpChannel.WECHAT, "微信确认新的收货地址", null, -1, FollowUpStatus.PLANNED},
        {12, "sales1", FollowUpChannel.VISIT, "上门拜访，讨论年度采购合同 annual purchase contract", null, 7, FollowUpStatus.PLANNED
        },
    };

    private static final String[] INTERESTS = {"golf", "茶艺", "旅行", "摄影", "红酒"};

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    DemoMode demoMode;

    private final List<Long> customerIds = new ArrayList<>();

    @PostConstruct
    void seed() {
        if (!demoMode.enabled()) {
            return;
        }
        em.merge(new Team("east", "East (华东)", null, "manager"));
        em.merge(new Team("west", "West (西南)", null, null));
        em.flush();
        for (DemoUser user : DemoUser.ALL) {
            em.merge(new CrmUser(user.id(), user.displayName(), user.teamId()));
        }
        long customers =
                em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult();
        if (customers > 0) {
            return;
        }
        OffsetDateTime now = Times.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < PEOPLE.length; i++) {
            String[] p = PEOPLE[i];
            CustomerData data = new CustomerData(
                    CustomerType.PERSON,
                    p[0],
                    List.of(p[2]),
                    List.of(p[3]),
                    i % 3 == 0 ? "wx" + p[3].substring(0, 4).replace(".", "") + (1990 + i) : null,
                    List.of(address(AddressKind.HOME, p[4], i)),
                    i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                    LocalDate.of(1975 + i * 2, 1 + i % 12, 1 + i),
                    p[6],
                    p[5],
                    p[4],
                    Source.values()[i % Source.values().length],
                    i % 4 == 0 ? List.of("vip-event-2026", "newsletter") : List.of("newsletter"),
                    List.of(INTERESTS[i % INTERESTS.length], INTERESTS[(i + 2) % INTERESTS.length]),
                    Map.of(
                            ConsentChannel.EMAIL,
                            true,
                            ConsentChannel.SMS,
                            i % 2 == 0,
                            ConsentChannel.WECHAT,
                            i % 3 == 0),
                    p[1],
                    teamOf(p[1]),
                    null,
                    null);
            addCustomer(data, i, now, today);
        }
        for (int i = 0; i < COMPANIES.length; i++) {
            String[] c = COMPANIES[i];
            CustomerData data = new CustomerData(
                    CustomerType.COMPANY,
                    c[0],
                    List.of(c[2]),
                    List.of(c[3]),
                    null,
                    List.of(address(AddressKind.WORK, c[4], PEOPLE.length + i)),
                    null,
                    null,
                    null,
                    c[5],
                    c[4],
                    Source.REFERRAL,
                    List.of("b2b"),
                    List.of(),
                    Map.of(ConsentChannel.EMAIL, true),
                    c[1],
                    teamOf(c[1]),
                    null,
                    null);
            addCustomer(data, PEOPLE.length + i, now, today);
        }
        addNotesAndFollowUps(now);
        LOG.info(() -> "Demo mode: seeded " + (PEOPLE.length + COMPANIES.length)
                + " customers, notes, follow-ups and the demo users");
    }

    private void addNotesAndFollowUps(OffsetDateTime now) {
        for (String[] n : NOTES) {
            Note note = new Note(customerIds.get(Integer.parseInt(n[0])), n[1], n[2], now);
            em.persist(note);
            em.flush();
            changeLog.record(EntityType.NOTE, note.id(), ChangeKind.CREATED, null);
        }
        for (Object[] f : FOLLOW_UPS) {
            FollowUpData data = new FollowUpData(
                    (FollowUpChannel) f[2],
                    (String) f[3],
                    (String) f[4],
                    null,
                    now.toInstant().plus((Integer) f[5], ChronoUnit.DAYS),
                    (String) f[1],
                    (FollowUpStatus) f[6]);
            FollowUp followUp =
                    new FollowUp(customerIds.get((Integer) f[0]), (String) f[1], data.validate((String) f[1]), now);
            em.persist(followUp);
            em.flush();
            changeLog.record(EntityType.FOLLOW_UP, followUp.id(), ChangeKind.CREATED, null);
        }
    }

    private void addCustomer(CustomerData raw, int index, OffsetDateTime now, LocalDate today) {
        CustomerData data = CustomerValidator.validate(raw, today);
        Customer customer = new Customer(
                data,
                ContactPoints.blinded(ContactPoints.keys(data.phones(), data.emails()))
                        .keySet(),
                now);
        em.persist(customer);
        em.flush();
        ConsentHistory.record(em, customer.id(), Map.of(), data.consents(), ConsentSource.IMPORT, "system:demo", now);
        customerIds.add(customer.id());
        for (int k = 0; k < index % 5; k++) {
            Instant at = now.toInstant().minus(20L * (k + 1) + index, ChronoUnit.DAYS);
            PurchaseData purchase = PurchaseData.validate(
                    new BigDecimal(99 + 150 * k + index * 10 + ".50"),
                    "CNY",
                    at,
                    "DEMO-" + index + "-" + k,
                    "CNY",
                    now.toInstant());
            em.persist(new Purchase(customer.id(), purchase, now));
            customer.recordPurchase(purchase.amount(), purchase.occurredAt(), now);
        }
    }

    /** A made-up address in the customer's city. */
    private static Address address(AddressKind kind, String city, int index) {
        return new Address(
                kind,
                city.equals("香港") ? "HK" : "CN",
                null,
                city,
                null,
                "示例路" + (index + 1) + "号",
                city.equals("香港") ? null : Integer.toString(200_000 + index * 1_000));
    }

    private static String teamOf(String userId) {
        return DemoUser.ALL.stream()
                .filter(u -> u.id().equals(userId))
                .findFirst()
                .map(DemoUser::teamId)
                .orElse(null);
    }
}
