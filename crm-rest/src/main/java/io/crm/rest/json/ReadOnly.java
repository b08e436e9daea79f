package io.crm.rest.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields a resource shows but a client may not write (its id, author, times...): sent in a request, each is
 * refused as read-only rather than as unknown. The writable fields are the request record's components.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadOnly {

    String[] value();
}
