package io.crm.rest.customer;

import io.crm.customer.CustomerData;
import io.crm.rest.json.MergePatch;
import io.crm.rest.json.ReadOnly;
import io.crm.rest.json.RequestReader;
import jakarta.json.JsonObject;
import java.util.Set;

/** A customer's writable state in JSON, as {@link CustomerRequest} declares it: read strictly, merge-patched, written. */
final class CustomerJson {

    static final Set<String> READ_ONLY =
            Set.of(CustomerRequest.class.getAnnotation(ReadOnly.class).value());

    private CustomerJson() {}

    static CustomerData read(JsonObject json) {
        return RequestReader.read(json, CustomerRequest.class).data();
    }

    /** Applies an RFC 7396 merge patch to the current state and reads the result like a full request. */
    static CustomerData merge(CustomerData current, JsonObject patch) {
        return MergePatch.of(patch, CustomerRequest.class)
                .applyTo(CustomerRequest.of(current))
                .data();
    }

    static JsonObject write(CustomerData d) {
        return RequestReader.write(CustomerRequest.of(d));
    }
}
