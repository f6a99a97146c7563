package org.ourvoice.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.service.AccountService;
import org.ourvoice.accounts.ui.AccountsView;
import org.ourvoice.reporting.service.CohortSizeItem;
import org.ourvoice.reporting.service.EngagementService;
import org.ourvoice.reporting.ui.EngagementView;
import org.ourvoice.reporting.ui.ParticipationReportView;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The engagement screen for board members and workers, without a browser. */
@PortalTest
class EngagementViewsTest extends SpringBrowserlessTest {

    @Autowired
    EngagementService engagement;
    @Autowired
    AccountService accounts;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestViews views;

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void aBoardMemberReadsTheFiguresWithEveryChartAndItsTable() {
        navigate(EngagementView.class);

        assertThat($(Paragraph.class).withId("engagement-total").single().getText())
                .containsAnyOf("took part between", "No young people took part");
        assertThat($(Paragraph.class).withId("engagement-cohort-YOUNG_PERSON").single().getText())
                .startsWith("Children in care:");
        assertThat($(Paragraph.class).withId("engagement-board").single().getText()).contains("board meeting");
        for (String chart : new String[] {"cohort", "kind", "trend", "ageBand", "county", "asylum", "board"}) {
            Div block = $(Div.class).withId("engagement-chart-" + chart).single();
            assertThat($(Details.class, block).exists()).as(chart + " has its table").isTrue();
        }
        assertThat($(Details.class).withId("cohort-sizes-details").exists()).as("only workers keep sizes").isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerChangesACohortSize() {
        navigate(EngagementView.class);
        int before = engagement.cohortSizes().get(1).size();

        test($(IntegerField.class).withId("size-CARE_LEAVER").single()).setValue(before + 1);
        test($(Button.class).withId("save-size-CARE_LEAVER").single()).click();

        CohortSizeItem after = engagement.cohortSizes().get(1);
        assertThat(after.cohort()).isEqualTo(Role.CARE_LEAVER);
        assertThat(after.size()).isEqualTo(before + 1);
        assertThat($(Paragraph.class).withId("engagement-cohort-CARE_LEAVER").single().getText())
                .contains(String.valueOf(before + 1));
        engagement.setCohortSize(Role.CARE_LEAVER, before, after.version());
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerRecordsAYoungPersonsAsylumSeekingStatusFromTheAccountsList() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = views.accountId(young);
        navigate(AccountsView.class);
        test($(TextField.class).withId("account-search").single()).setValue(young);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).withId("accounts-grid").single();

        test($(Button.class, test(grid).getCellComponent(0, 6)).withText("Asylum-seeking status").single()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> status = $(RadioButtonGroup.class).withId("asylum-status").single();
        assertThat(test(status).getSelected()).hasToString("UNKNOWN");
        test(status).selectItem("Yes, unaccompanied asylum-seeking");
        test($(Button.class).withId("asylum-save").single()).click();

        assertThat(accounts.asylumSeeking(id)).contains(true);
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void theReportScreenOffersThePdfAndTheCsvForTheChosenMonths() {
        navigate(ParticipationReportView.class);

        assertThat($(Anchor.class).withId("report-pdf").single().getText()).isEqualTo("Download the report (PDF)");
        assertThat($(Anchor.class).withId("report-csv").single().getText()).isEqualTo("Download the report (CSV)");
        assertThat($(Select.class).withId("period-from").exists()).isTrue();
    }

    @Test
    @WithUserDetails(DemoUsers.YOUNG_PERSON)
    void youngPeopleCannotOpenIt() {
        navigate("participation-report", RouteNotFoundError.class);
        navigate("engagement", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }
}
