package io.crm.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many records you may see match a filter: `{"count": n}`. */
@Schema(name = "Count")
public class CountResponse {

    public final long count;

    public CountResponse(long count) {
        this.count = count;
    }
}
