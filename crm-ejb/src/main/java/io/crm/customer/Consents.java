package io.crm.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Marketing consent per channel, each with the time it was last given or withdrawn. A channel never asked about
 * is absent (null), which counts as no consent.
 */
@Embeddable
public class Consents {

    @Column(name = "consent_email")
    private Boolean email;

    @Column(name = "consent_email_at")
    private OffsetDateTime emailAt;

    @Column(name = "consent_sms")
    private Boolean sms;

    @Column(name = "consent_sms_at")
    private OffsetDateTime smsAt;

    @Column(name = "consent_wechat")
    private Boolean wechat;

    @Column(name = "consent_wechat_at")
    private OffsetDateTime wechatAt;

    @Column(name = "consent_phone")
    private Boolean phone;

    @Column(name = "consent_phone_at")
    private OffsetDateTime phoneAt;

    public Map<ConsentChannel, Boolean> asMap() {
        return asMap(email, sms, wechat, phone);
    }

    /** The channels asked about, each with its state. */
    static Map<ConsentChannel, Boolean> asMap(Boolean email, Boolean sms, Boolean wechat, Boolean phone) {
        Map<ConsentChannel, Boolean> map = new EnumMap<>(ConsentChannel.class);
        putIfSet(map, ConsentChannel.EMAIL, email);
        putIfSet(map, ConsentChannel.SMS, sms);
        putIfSet(map, ConsentChannel.WECHAT, wechat);
        putIfSet(map, ConsentChannel.PHONE, phone);
        return map;
    }

    public OffsetDateTime changedAt(ConsentChannel channel) {
        return switch (channel) {
            case EMAIL -> emailAt;
            case SMS -> smsAt;
            case WECHAT -> wechatAt;
            case PHONE -> phoneAt;
        };
    }

    /** Sets every channel to the given state; the time moves only for channels whose state changes. */
    public void apply(Map<ConsentChannel, Boolean> wanted, OffsetDateTime now) {
        for (ConsentChannel channel : ConsentChannel.values()) {
            Boolean value = wanted.get(channel);
            if (!Objects.equals(value, asMap().get(channel))) {
                set(channel, value, now);
            }
        }
    }

    private void set(ConsentChannel channel, Boolean value, OffsetDateTime now) {
        switch (channel) {
            case EMAIL -> {
                email = value;
                emailAt = now;
            }
            case SMS -> {
                sms = value;
                smsAt = now;
            }
            case WECHAT -> {
                wechat = value;
                wechatAt = now;
            }
            case PHONE -> {
                phone = value;
                phoneAt = now;
            }
        }
    }

    private static void putIfSet(Map<ConsentChannel, Boolean> map, ConsentChannel channel, Boolean value) {
        if (value != null) {
            map.put(channel, value);
        }
    }
}
