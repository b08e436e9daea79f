package io.crm.search;

/**
 * Fired, synchronously and on the thread that catches the index up, each time the changes applied so far have been
 * made visible to searches: a search begun after it sees every change applied before it. Observers must return
 * quickly, since fresh changes wait for them; one that throws is logged and the next round goes on.
 */
public record IndexRefreshed() {}
