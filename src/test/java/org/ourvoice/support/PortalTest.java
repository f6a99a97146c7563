package org.ourvoice.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole portal on a real embedded MariaDB with the demo accounts. Every test class
 * using it shares one application context (and one database), so tests make their own data with
 * unique names and never assume an empty table.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
public @interface PortalTest {
}
