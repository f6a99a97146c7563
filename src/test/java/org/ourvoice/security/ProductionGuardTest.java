package org.ourvoice.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The prod profile refuses demo data, the embedded database and default secrets. */
class ProductionGuardTest {

    private static Map<String, Object> goodSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", "jdbc:mariadb://db.council.internal:3306/ourvoice");
        settings.put("spring.datasource.username", "ourvoice");
        settings.put("spring.datasource.password", "a long secret from the vault");
        settings.put("ourvoice.mail.from", "ourvoice@council.gov.uk");
        settings.put("ourvoice.demo.enabled", "false");
        settings.put("ourvoice.embedded-db.enabled", "false");
        return settings;
    }

    private static ProductionGuard guard(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return new ProductionGuard(environment);
    }

    @Test
    void startsWithProperSettings() {
        assertThatCode(() -> guard(goodSettings()).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void refusesEachUnsafeDefault() {
        Map<String, String> unsafe = Map.of(
                "ourvoice.demo.enabled", "true",
                "ourvoice.embedded-db.enabled", "true",
                "spring.datasource.url", "",
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                "ourvoice.mail.from", "ourvoice@example.org");
        unsafe.forEach((key, value) -> {
            Map<String, Object> settings = goodSettings();
            settings.put(key, value);
            assertThatThrownBy(() -> guard(settings).afterPropertiesSet()).as(key)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Refusing to start");
        });
    }
}
