package io.crm.rest.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text people write over several lines (a note, a follow-up's content): line breaks and tabs are kept, other control
 * characters refused. Every other string is a single line and refuses line breaks and tabs too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface MultiLine {

    /**
     * Whether the text is cleaned as {@link io.crm.common.Text#cleanLines} does (NFC, {@code \n} line breaks, stripped)
     * before its constraints are checked: set it where the service stores the text cleaned so, and the limits apply to
     * what is stored.
     */
    boolean cleaned() default false;
}
