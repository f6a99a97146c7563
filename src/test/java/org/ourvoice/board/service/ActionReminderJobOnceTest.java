package org.ourvoice.board.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.ourvoice.Application;
import org.ourvoice.board.domain.ReminderRunRepository;
import org.ourvoice.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two copies of the portal on one database start the weekly reminder at the same moment: the
 * ShedLock lock in the database lets exactly one of them send it. The second copy is a whole second
 * application context, started against the first one's embedded MariaDB.
 */
@PortalTest
class ActionReminderJobOnceTest {

    @Autowired
    ActionReminderJob job;
    @Autowired
    ReminderRunRepository runs;
    @Autowired
    DataSource dataSource;

    @Test
    void theWeeklyReminderRunsOnceAcrossTwoNodesOnOneDatabase() {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        // Starting a second portal replaces process-wide security state; this node's is put back after.
        SecurityContextHolderStrategy thisNodes = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext secondNode = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties("ourvoice.embedded-db.enabled=false", "spring.datasource.url=" + url,
                        "spring.datasource.username=root", "spring.datasource.password=", "server.port=0",
                        "ourvoice.demo.enabled=false", "spring.main.banner-mode=off")
                .run()) {
            ActionReminderJob other = secondNode.getBean(ActionReminderJob.class);
            assertThat(other).isNotSameAs(job);
            long before = runs.count();

            CompletableFuture<Void> first = CompletableFuture.runAsync(job::weekly);
            CompletableFuture<Void> second = CompletableFuture.runAsync(other::weekly);
            CompletableFuture.allOf(first, second).join();
            other.weekly();
            job.weekly();

            assertThat(runs.count()).isEqualTo(before + 1);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(thisNodes);
        }
    }
}
