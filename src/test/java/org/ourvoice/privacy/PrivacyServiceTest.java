package org.ourvoice.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ourvoice.support.Refusals.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.accounts.service.AccountDirectory;
import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.notifications.service.NotificationService.Delivery;
import org.ourvoice.privacy.domain.DeletionRequest;
import org.ourvoice.privacy.service.DataSection;
import org.ourvoice.privacy.service.PendingDeletion;
import org.ourvoice.privacy.service.PrivacyService;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;

/** Seeing, downloading and erasing one's data, proved against every text column of every table. */
@PortalTest
class PrivacyServiceTest {

    @Autowired
    PrivacyService privacy;
    @Autowired
    NotificationService notifications;
    @Autowired
    AccountDirectory directory;
    @Autowired
    AccountRepository accounts;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    private long idOf(String name) {
        return accounts.findByDisplayName(name).orElseThrow().requireId();
    }

    private PendingDeletion pendingFor(String who, long accountId) {
        return runAs.user(who, () -> privacy.pending(0, 500)).stream().filter(p -> p.accountId() == accountId)
                .findFirst().orElseThrow();
    }

    /** Every row of every text column in the schema that contains the text. */
    private List<String> everywhere(String text) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = database()
                  and data_type in ('char', 'varchar', 'text', 'tinytext', 'mediumtext', 'longtext')""");
        List<String> hits = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            Integer count = jdbc.queryForObject("select count(*) from `" + table + "` where `" + name
                    + "` like concat('%', ?, '%')", Integer.class, text);
            if (count != null && count > 0) {
                hits.add(table + "." + name);
            }
        }
        return hits;
    }

    @Test
    void aYoungPersonSeesAndDownloadsEverythingHeldAboutThem() throws IOException {
        String name = testAccounts.create(Role.YOUNG_PERSON);
        long id = idOf(name);
        transaction.executeWithoutResult(s -> notifications.send(List.of(id), Delivery.INBOX, false, "test.notice",
                null, "privacy-check"));

        List<DataSection> sections = runAs.user(name, () -> privacy.myData());
        assertThat(sections).extracting(DataSection::titleKey).contains("privacy.section.account",
                "privacy.section.inbox", "privacy.section.audit");
        assertThat(sections.getFirst().rows().getFirst()).containsEntry("name", name);

        byte[] zip = runAs.user(name, () -> privacy.myDataZip(Locale.ENGLISH));
        Map<String, String> files = unzip(zip);
        assertThat(files).containsKeys("my-data.html", "account.json", "account.csv", "inbox.json");
        assertThat(files.get("my-data.html")).contains("<h1>My OurVoice data</h1>").contains(name);
        assertThat(files.get("inbox.json")).contains("Something happened: privacy-check");
        assertThat(files.get("account.csv")).startsWith("\"name\",");
    }

    @Test
    void afterAWorkerConfirmsNothingIdentifyingRemainsInAnyTable() throws Exception {
        String name = testAccounts.create(Role.CARE_LEAVER);
        long id = idOf(name);
        authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, TestAccounts.PASSWORD));
        transaction.executeWithoutResult(s -> notifications.send(List.of(id), Delivery.INBOX, false, "test.notice",
                null, "x"));
        runAs.user(name, () -> privacy.requestDeletion(false));
        assertThat(everywhere(name)).isNotEmpty();
        assertRefused(() -> runAs.user(name, () -> privacy.requestDeletion(false)), "privacy.alreadyAsked");

        PendingDeletion request = pendingFor(DemoUsers.WORKER, id);
        runAs.user(DemoUsers.WORKER, () -> privacy.confirm(request.id(), request.version()));

        assertThat(everywhere(name)).as("text columns still holding the name").isEmpty();
        Map<String, Object> row = jdbc.queryForMap(
                "select email, age_band, lives_in_county, enabled from account where id = ?", id);
        assertThat(row.get("email")).isNull();
        assertThat(row.get("age_band")).isNull();
        assertThat(row.get("lives_in_county")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from notice where recipient_id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_account_id = ?", Integer.class,
                id)).isZero();
        assertThatThrownBy(() -> authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, TestAccounts.PASSWORD)))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void staffErasureRemovesTheirEmailToo() {
        String name = testAccounts.create(Role.BOARD);
        long id = idOf(name);
        runAs.user(name, () -> privacy.requestDeletion(true));
        assertThat(runAs.user(DemoUsers.WORKER, () -> privacy.pending(0, 500)))
                .as("workers decide only for young people").noneMatch(p -> p.accountId() == id);

        PendingDeletion request = pendingFor(DemoUsers.ADMIN, id);
        runAs.user(DemoUsers.ADMIN, () -> privacy.confirm(request.id(), request.version()));

        assertThat(everywhere(name + "@council.example")).isEmpty();
        assertThat(everywhere(name)).isEmpty();
    }

    @Test
    void aWorkerCanHoldARequestWithAReasonAndThePersonIsTold() {
        String name = testAccounts.create(Role.YOUNG_PERSON);
        long id = idOf(name);
        runAs.user(name, () -> privacy.requestDeletion(true));
        PendingDeletion request = pendingFor(DemoUsers.WORKER, id);

        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> privacy.hold(request.id(), request.version(), "  ")),
                "privacy.reasonNeeded");
        runAs.user(DemoUsers.WORKER, () -> privacy.hold(request.id(), request.version(),
                "Open safeguarding record; review with IRO in March"));
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> privacy.confirm(request.id(), request.version())),
                "form.conflict");

        assertThat(runAs.user(name, () -> privacy.myDeletionRequest()).orElseThrow().status())
                .isEqualTo(DeletionRequest.Status.HELD);
        assertThat(runAs.user(name, () -> notifications.mine(0, 5)).getFirst().messageKey())
                .isEqualTo("privacy.notice.held");
        assertThat(accounts.findById(id).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void aPersonCanChangeTheirMind() {
        String name = testAccounts.create(Role.YOUNG_PERSON);
        runAs.user(name, () -> privacy.requestDeletion(true));
        runAs.user(name, () -> privacy.cancelMyRequest());
        assertThat(runAs.user(name, () -> privacy.myDeletionRequest()).orElseThrow().status())
                .isEqualTo(DeletionRequest.Status.CANCELLED);
        assertRefused(() -> runAs.user(name, () -> privacy.cancelMyRequest()), "privacy.nothingToCancel");
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
