package org.kring.platform.problems;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API list that is paged by keyset: the next page is asked for with this query parameter (the cursor the
 * previous answer gave). A request that still sends {@code page} or {@code offset}, as the old clients of such a list
 * did, gets a 400 that says which parameter to use ({@link OffsetPagingRefusal}) instead of a silent first page.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface KeysetPaged {

    /** The query parameter that asks for the next page: cursor, before or after. */
    String value() default "cursor";
}
