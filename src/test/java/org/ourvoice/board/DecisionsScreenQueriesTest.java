package org.ourvoice.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.board.service.ActionForm;
import org.ourvoice.board.service.ActionService;
import org.ourvoice.board.service.DecisionForm;
import org.ourvoice.board.service.DecisionService;
import org.ourvoice.board.service.MeetingForm;
import org.ourvoice.board.service.MeetingService;
import org.ourvoice.board.ui.BoardDecisionsView;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestSharing;
import org.ourvoice.support.TestViews;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.voice.domain.Mood;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Opening the decisions screen reads one page in a fixed number of statements, however many
 * decisions, actions and updates there are (60 decisions with 180 actions and 360 updates here).
 */
@PortalTest
class DecisionsScreenQueriesTest extends SpringBrowserlessTest {

    @Autowired TestSharing sharing;
    @Autowired TestViews views;
    @Autowired RunAs runAs;
    @Autowired MeetingService meetings;
    @Autowired DecisionService decisions;
    @Autowired ActionService actions;
    @Autowired EntityManagerFactory emf;

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void theScreenReadsAPageInAFewStatements() {
        ThemeChoice theme = sharing.theme("Clubs");
        String young = sharing.youngPerson(AgeBand.AGE_11_13, true);
        List<Long> shared = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            shared.add(sharing.share(young, "View " + i + " " + TestSharing.word(), Mood.OK, theme.id()));
        }
        long owner = views.accountId(DemoUsers.BOARD);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        runAs.user(DemoUsers.BOARD, () -> {
            long meeting = meetings.create(new MeetingForm(today, "Hall " + TestSharing.word())).id();
            for (int i = 0; i < 60; i++) {
                long d = decisions.record(new DecisionForm(meeting, "Decision " + i, "Why", List.of(theme.id()),
                        List.of(shared.get(i % 20), shared.get((i + 1) % 20)))).id();
                for (int a = 0; a < 3; a++) {
                    long action = actions.add(d, new ActionForm("Action " + a, owner, today.plusDays(5))).id();
                    actions.addUpdate(action, "first");
                    actions.addUpdate(action, "second");
                }
            }
            return meeting;
        });
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        stats.clear();
        try {
            navigate(BoardDecisionsView.class);
            long statements = stats.getPrepareStatementCount();
            assertThat($(Div.class).withClassName("decision-card").all()).hasSize(DecisionService.PAGE_SIZE);
            // the meeting list, the figures, and one page of decisions with their meetings, actions, updates,
            // views, responses and answers
            assertThat(statements).isPositive().isLessThanOrEqualTo(30);
        } finally {
            stats.setStatisticsEnabled(wasEnabled);
        }
    }
}
