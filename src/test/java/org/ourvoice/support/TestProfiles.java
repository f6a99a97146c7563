package org.ourvoice.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** "test", plus whatever {@code -Dspring.profiles.active} adds (for example external-db). */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        String extra = System.getProperty("spring.profiles.active", "");
        return extra.isBlank() ? new String[] {"test"} : ("test," + extra).split(",");
    }
}
