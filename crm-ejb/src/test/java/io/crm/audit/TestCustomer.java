package io.crm.audit;

import io.crm.customer.Address;
import io.crm.customer.AddressKind;
import io.crm.customer.ConsentChannel;
import io.crm.customer.CustomerData;
import io.crm.customer.CustomerType;
import io.crm.customer.Gender;
import io.crm.customer.Source;
import io.crm.customer.Tier;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Test data: a customer's writable state, starting from a name and an owner, each test setting what it is about. */
final class TestCustomer {

    private CustomerType type = CustomerType.PERSON;
    private String name = "张伟";
    private List<String> phones = List.of();
    private List<String> emails = List.of();
    private String wechatId;
    private List<Address> addresses = List.of();
    private Gender gender;
    private LocalDate birthday;
    private String occupation;
    private String region;
    private String city;
    private Source source;
    private List<String> tags = List.of();
    private List<String> interests = List.of();
    private final Map<ConsentChannel, Boolean> consents = new EnumMap<>(ConsentChannel.class);
    private String ownerId = "sales1";
    private String teamId;
    private Tier tier;

    static TestCustomer named(String name) {
        TestCustomer c = new TestCustomer();
        c.name = name;
        return c;
    }

    /** Every field set. */
    static TestCustomer complete() {
        return named("张伟")
                .type(CustomerType.PERSON)
                .phones("+8613800138000")
                .emails("zhang.wei@example.com")
                .wechatId("zw1990")
                .addresses(new Address(AddressKind.HOME, "CN", "上海市", "上海市", "浦东新区", "世纪大道100号", "200120"))
                .gender(Gender.MALE)
                .birthday(LocalDate.of(1990, 5, 1))
                .occupation("engineer")
                .region("华东")
                .city("上海")
                .source(Source.WEB)
                .tags("vip-event-2026")
                .interests("golf")
                .consent(ConsentChannel.EMAIL, true)
                .consent(ConsentChannel.SMS, false)
                .owner("sales1")
                .team("east")
                .tier(Tier.VIP);
    }

    TestCustomer type(CustomerType value) {
        type = value;
        return this;
    }

    TestCustomer name(String value) {
        name = value;
        return this;
    }

    TestCustomer phones(String... values) {
        phones = List.of(values);
        return this;
    }

    TestCustomer emails(String... values) {
        emails = List.of(values);
        return this;
    }

    TestCustomer wechatId(String value) {
        wechatId = value;
        return this;
    }

    TestCustomer addresses(Address... values) {
        addresses = List.of(values);
        return this;
    }

    TestCustomer interests(String... values) {
        interests = List.of(values);
        return this;
    }

    TestCustomer gender(Gender value) {
        gender = value;
        return this;
    }

    TestCustomer birthday(LocalDate value) {
        birthday = value;
        return this;
    }

    TestCustomer occupation(String value) {
        occupation = value;
        return this;
    }

    TestCustomer region(String value) {
        region = value;
        return this;
    }

    TestCustomer city(String value) {
        city = value;
        return this;
    }

    TestCustomer source(Source value) {
        source = value;
        return this;
    }

    TestCustomer tags(String... values) {
        tags = List.of(values);
        return this;
    }

    TestCustomer consent(ConsentChannel channel, Boolean given) {
        if (given == null) {
            consents.remove(channel);
        } else {
            consents.put(channel, given);
        }
        return this;
    }

    TestCustomer owner(String value) {
        ownerId = value;
        return this;
    }

    TestCustomer team(String value) {
        teamId = value;
        return this;
    }

    TestCustomer tier(Tier value) {
        tier = value;
        return this;
    }

    CustomerData data() {
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
                tags,
                interests,
                consents,
                ownerId,
                teamId,
                tier,
                null);
    }
}
