package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.client.ApiClient;
import io.crm.client.ApiException;
import io.crm.client.ApiResponse;
import io.crm.client.api.CustomersApi;
import io.crm.client.api.FollowUpsApi;
import io.crm.client.api.NotesApi;
import io.crm.client.api.SearchApi;
import io.crm.client.model.CreateCustomerRequest;
import io.crm.client.model.CreateFollowUpRequest;
import io.crm.client.model.CreateNoteRequest;
import io.crm.client.model.Customer;
import io.crm.client.model.CustomerPage;
import io.crm.client.model.FollowUp;
import io.crm.client.model.Note;
import io.crm.client.model.UpdateCustomerRequest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The customer story told through the Java client the build generated from the committed OpenAPI document, as an app
 * developer would: create, read, patch with If-Match, a note and a follow-up, search, list, delete. A document that
 * names a field, a type or an answer other than the server's breaks this test, or the build before it.
 */
class GeneratedClientIT extends EndToEndTest {

    @Test
    void aSalesRepTellsTheCustomerStoryThroughTheGeneratedClient() throws Exception {
        ApiClient client = client("sales1");
        CustomersApi customers = new CustomersApi(client);
        String name = Deployments.uniqueName("Client");
        String phone = Deployments.uniquePhone();

        ApiResponse<Customer> created = customers.createCustomerWithHttpInfo(
                new CreateCustomerRequest()
                        .type("PERSON")
                        .name(name)
                        .phones(List.of(phone))
                        .city("上海"),
                null);
        assertEquals(201, created.getStatusCode());
        String id = created.getData().getId();
        assertTrue(header(created, "location").endsWith("/customers/" + id), created.getHeaders()::toString);
        assertEquals(phone, created.getData().getPhones().get(0));
        assertEquals("sales1", created.getData().getOwnerId());

        ApiResponse<Customer> read = customers.getCustomerWithHttpInfo(id);
        assertEquals(name, read.getData().getName());
        String etag = header(read, "etag");
        assertEquals(header(created, "etag"), etag);

        ApiResponse<Customer> patched =
                customers.updateCustomerWithHttpInfo(id, new UpdateCustomerRequest().city("北京"), etag, null);
        assertEquals("北京", patched.getData().getCity());
        assertEquals(name, patched.getData().getName(), "a merge patch keeps what it does not name");
        String newEtag = header(patched, "etag");
        ApiException stale = assertThrows(
                ApiException.class,
                () -> customers.updateCustomer(id, new UpdateCustomerRequest().city("广州"), etag, null));
        assertEquals(412, stale.getCode());
        assertTrue(stale.getResponseBody().contains("stale-version"), stale::getResponseBody);

        String word = Deployments.uniqueWord();
        Note note = new NotesApi(client)
                .createNote(id, new CreateNoteRequest().text("Asked about the " + word + " invoice"));
        assertEquals(id, note.getCustomerId());
        OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0);
        FollowUpsApi followUps = new FollowUpsApi(client);
        FollowUp followUp = followUps.createFollowUp(
                id,
                new CreateFollowUpRequest()
                        .channel("PHONE")
                        .content("Call back about the " + word + " invoice")
                        .dueAt(due));
        assertEquals(due.toInstant(), followUp.getDueAt().toInstant());
        assertEquals(
                1, followUps.listCustomerFollowUps(id, null, null).getItems().size());
        assertEquals(
                note.getId(),
                new NotesApi(client)
                        .listCustomerNotes(id, null, null)
                        .getItems()
                        .get(0)
                        .getId());

        SearchApi search = new SearchApi(client);
        long deadline = System.nanoTime() + 10_000_000_000L;
        long hits;
        do {
            hits = search.searchNotesAndFollowUps(word, null, id, null, null, null, null, null, null, null)
                    .getItems()
                    .size();
            Search.sleep(hits == 2 ? 0 : 50);
        } while (hits < 2 && System.nanoTime() < deadline);
        assertEquals(2, hits, "the note and the follow-up are searchable");

        CustomerPage page =
                customers.listCustomers(null, null, null, null, null, null, null, null, name, null, null, null, null);
        assertEquals(List.of(id), page.getItems().stream().map(Customer::getId).toList());

        ApiException refused = assertThrows(ApiException.class, () -> customers.deleteCustomer(id, newEtag));
        assertEquals(403, refused.getCode(), "a sales rep may not delete");
        assertTrue(refused.getResponseBody().contains("customer:delete"), refused::getResponseBody);
        CustomersApi asAdmin = new CustomersApi(client("admin"));
        asAdmin.deleteCustomer(id, newEtag);
        ApiException gone = assertThrows(ApiException.class, () -> asAdmin.getCustomer(id));
        assertEquals(404, gone.getCode());
    }

    private ApiClient client(String user) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        ApiClient client = new ApiClient();
        client.updateBaseUri(deployment.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", basic));
        return client;
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + ": " + response.getHeaders()));
    }
}
