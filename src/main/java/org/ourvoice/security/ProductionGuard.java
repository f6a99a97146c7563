package org.ourvoice.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the {@code prod} profile with demo data, the embedded database or default
 * secrets, so a misconfigured server fails loudly instead of running unsafely.
 */
@Component
@Profile("prod")
class ProductionGuard implements InitializingBean {

    private final Environment environment;

    ProductionGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = new ArrayList<>();
        if (environment.getProperty("ourvoice.demo.enabled", Boolean.class, false)) {
            problems.add("ourvoice.demo.enabled must be false");
        }
        if (environment.getProperty("ourvoice.embedded-db.enabled", Boolean.class, false)) {
            problems.add("ourvoice.embedded-db.enabled must be false");
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.isBlank() || url.contains("createDatabaseIfNotExist")) {
            problems.add("SPRING_DATASOURCE_URL must name the production database");
        }
        String user = environment.getProperty("spring.datasource.username", "");
        if (user.isBlank() || "root".equals(user)) {
            problems.add("SPRING_DATASOURCE_USERNAME must be set to an account other than root");
        }
        if (environment.getProperty("spring.datasource.password", "").length() < 12) {
            problems.add("SPRING_DATASOURCE_PASSWORD must be set (12 characters or more)");
        }
        if (environment.getProperty("ourvoice.mail.from", "").contains("example")) {
            problems.add("OURVOICE_MAIL_FROM must be the council's own sending address");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: " + String.join("; ", problems));
        }
    }
}
