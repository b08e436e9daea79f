/** Exports of customers for their requester: asked for, followed, downloaded. */
package io.crm.rest.export;
