package org.ourvoice.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that holds personal data, so that export and erasure can find every such column
 * by reading the entities rather than a hand-kept list.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PersonalData {

    /** Why the portal keeps it, in a few words. */
    String value();
}
