package org.ourvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.ourvoice.Application;
import org.ourvoice.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * What {@code ./mvnw spring-boot:run} shows: a new installation in demo mode, started on a schema of its
 * own, has an account for every role and something on every screen (views checked and shared, a board
 * meeting with decisions, actions and "You said, we did", the Pledge and the Local Offer, opportunities
 * with sign-ups); started again on the same database, it adds nothing twice.
 */
@PortalTest
class DemoContentTest {

    private static final List<String> TABLES = List.of("account", "contribution", "board_meeting", "board_decision",
            "board_action", "board_response", "pledge_document", "pledge_commitment", "pledge_delivery_update",
            "opportunity", "opportunity_sign_up");

    @Autowired
    DataSource dataSource;

    @Test
    void aDemoInstallationHasSomethingOnEveryScreenAndAddsNothingTwice() {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        String schema = "ourvoice_demo_" + System.nanoTime();
        int slash = url.indexOf('/', url.indexOf("//") + 2);
        String demoUrl = url.substring(0, slash + 1) + schema + "?createDatabaseIfNotExist=true";
        JdbcTemplate shared = new JdbcTemplate(dataSource);
        // Starting another portal replaces process-wide security state; this one's is put back after.
        SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();
        try {
            Map<String, Integer> first = startAndCount(demoUrl);
            assertThat(first).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
            Map<String, Integer> second = startAndCount(demoUrl);
            assertThat(second).isEqualTo(first);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(ours);
            shared.execute("DROP DATABASE IF EXISTS " + schema);
        }
    }

    private Map<String, Integer> startAndCount(String url) {
        try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                // as arguments, so they take precedence over the test profile's settings
                .run("--ourvoice.embedded-db.enabled=false", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=root", "--spring.datasource.password=", "--server.port=0",
                        "--ourvoice.demo.enabled=true", "--ourvoice.demo.views=true")) {
            JdbcTemplate jdbc = demo.getBean(JdbcTemplate.class);
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
            }
            List<String> roles = jdbc.queryForList("SELECT DISTINCT role FROM account ORDER BY role", String.class);
            assertThat(roles).containsExactly("ADMIN", "BOARD", "CARE_LEAVER", "WORKER", "YOUNG_PERSON");
            Integer shared = jdbc.queryForObject("SELECT COUNT(*) FROM contribution WHERE status = 'APPROVED'",
                    Integer.class);
            assertThat(shared).as("views checked and shared").isPositive();
            return counts;
        }
    }
}
