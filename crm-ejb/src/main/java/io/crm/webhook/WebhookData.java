package io.crm.webhook;

import java.util.List;

/** What a client writes of a subscription. */
public record WebhookData(String url, List<WebhookEventType> events, String actAs, boolean paused) {

    public WebhookData {
        events = List.copyOf(events);
    }
}
