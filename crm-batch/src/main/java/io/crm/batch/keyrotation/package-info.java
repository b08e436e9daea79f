/**
 * The pii-key-rotation job: re-seals every personal value under the current key of the ring, table by table in id
 * order, a chunk per transaction, while the CRM keeps serving; a restart goes on from the last committed chunk.
 */
package io.crm.batch.keyrotation;
