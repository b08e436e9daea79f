/** Classes the CDI events test adds to the deployment: an observer in an EJB module of its own, and a REST probe. */
package io.crm.it.events;
