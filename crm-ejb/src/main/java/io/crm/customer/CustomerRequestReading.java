package io.crm.customer;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.json.JsonObject;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How a customer written in JSON is read: exactly as POST /customers reads its body and PATCH applies a merge patch
 * (names, types, unknown and read-only fields, constraints, every problem at once). The web module owns that reading
 * and registers it when it starts, so that a job (a CSV import, whose rows are turned into the same JSON) reads a row
 * with the same rules and messages. Until then a row cannot be read.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CustomerRequestReading {

    // kept by the class, which each deployment loads anew: the web module registers without a bean reference
    private static volatile Function<JsonObject, CustomerData> reader;
    private static volatile BiFunction<CustomerData, JsonObject, CustomerData> merger;

    /** Called by the web module when it starts. */
    public static void register(
            Function<JsonObject, CustomerData> reading, BiFunction<CustomerData, JsonObject, CustomerData> merging) {
        reader = reading;
        merger = merging;
    }

    public boolean ready() {
        return reader != null && merger != null;
    }

    /**
     * How a JSON body is read as a whole new customer (a 400 for what it cannot read). Handed out rather than applied
     * here: a refusal thrown out of this bean would mark the caller's transaction for rollback, and an import refuses
     * a row and goes on with the others.
     */
    public Function<JsonObject, CustomerData> reader() {
        ensureReady();
        return reader;
    }

    /** How a JSON merge patch is applied to the current state (a 400 for what it cannot read); handed out likewise. */
    public BiFunction<CustomerData, JsonObject, CustomerData> merger() {
        ensureReady();
        return merger;
    }

    private void ensureReady() {
        if (!ready()) {
            throw new IllegalStateException("The web module has not registered how customers are read yet");
        }
    }
}
