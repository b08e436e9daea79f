/** Data-subject rights over REST: a person's data exported, erased, and held from erasure. */
package io.crm.rest.privacy;
