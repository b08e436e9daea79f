package io.crm.permission;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permissions a service method (or every business method of a service) needs, checked by the {@link Guard} for
 * the current caller before the method runs ({@link GuardInterceptor}). A caller without them gets 403 and nothing
 * runs. On a method it replaces what its class declares.
 */
@InterceptorBinding
@Inherited
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Requires {

    /** Every one of these. */
    @Nonbinding
    Permission[] value() default {};

    /** At least one of these (besides those of {@link #value()}). */
    @Nonbinding
    Permission[] anyOf() default {};
}
