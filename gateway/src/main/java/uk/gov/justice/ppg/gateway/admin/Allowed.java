package uk.gov.justice.ppg.gateway.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an admin endpoint. An endpoint without it is refused to
 * everyone ({@link AdminCalls}): a new handler is closed until someone says who may use
 * it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allowed {

    AdminRole[] value();

}
