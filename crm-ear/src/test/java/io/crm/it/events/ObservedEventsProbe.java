package io.crm.it.events;

import io.crm.note.NoteService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Added to the REST module by the CDI events test: what the observer noted, and a note added in a rolled-back transaction. */
@Path("test/observed-events")
@ApplicationScoped
public class ObservedEventsProbe {

    @Inject
    NoteService notes;

    @Resource
    UserTransaction transaction;

    /** The events observed after commit ({@code fired=true}: inside the transaction), each as the record prints. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> observed(@QueryParam("fired") boolean fired) {
        List<Record> events = fired ? ObservedEvents.fired() : ObservedEvents.committed();
        return events.stream().map(Record::toString).toList();
    }

    /** Adds a note to the customer as the caller, then rolls the transaction back; answers the note's id. */
    @POST
    @Path("rolled-back-note")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> rolledBackNote(@QueryParam("customerId") long customerId) throws Exception {
        transaction.begin();
        try {
            return List.of(
                    Long.toString(notes.create(customerId, "never committed").id()));
        } finally {
            transaction.rollback();
        }
    }
}
