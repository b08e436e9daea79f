package io.crm.permission;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method (or every method of a service) that checks no permission of the current caller, and why: it is
 * a step of a job running as the system, a part that other services call within their own checked call, or open by
 * design (an answer through a survey's single-use link). The build refuses a public service method that is neither
 * {@link Requires} nor this.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Unguarded {

    /** Why no permission is checked here. */
    String value();
}
