package org.ourvoice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.ui.ChangePasswordView;
import org.ourvoice.notifications.ui.InboxView;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.themes.ui.ThemesView;
import org.ourvoice.ui.HomeView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Making a screen as Vaadin does at every navigation: through Vaadin's instantiator, which now finds
 * the screen's declared prototype bean, against making it as before from the bare class (a new bean
 * definition each time, wrapped in method security's proxy), in the same run. 2 000 of each, for four
 * screens a worker opens; each includes the screen's own work (its service calls and queries).
 */
@PortalTest
class ScreenCreationBench extends SpringBrowserlessTest {

    static final int BATCH = 500;
    static final int BATCHES = 4;
    static final List<Class<? extends Component>> SCREENS = List.of(HomeView.class, ChangePasswordView.class,
            InboxView.class, ThemesView.class);

    @Autowired
    ApplicationContext context;

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void makingAScreenNowAndAsBefore() {
        navigate(HomeView.class);
        Instantiator instantiator = VaadinService.getCurrent().getInstantiator();
        AutowireCapableBeanFactory beanFactory = context.getAutowireCapableBeanFactory();
        Timings timings = new Timings("screen-creation");
        timings.context("creationsEach", BATCH * BATCHES);
        for (Class<? extends Component> screen : SCREENS) {
            assertThat(instantiator.getOrCreate(screen).getClass()).isEqualTo(screen);
            assertThat(beanFactory.createBean(screen).getClass()).as("as before: a proxy").isNotEqualTo(screen);
            String name = screen.getSimpleName();
            double before = timings.measure(name + ".before." + BATCH, 1, BATCHES, () -> {
                for (int i = 0; i < BATCH; i++) {
                    beanFactory.createBean(screen);
                }
                return null;
            })[0];
            double now = timings.measure(name + ".now." + BATCH, 1, BATCHES, () -> {
                for (int i = 0; i < BATCH; i++) {
                    instantiator.getOrCreate(screen);
                }
                return null;
            })[0];
            timings.context(name + ".msEachBefore", String.format(Locale.ROOT, "%.3f", before / BATCH));
            timings.context(name + ".msEachNow", String.format(Locale.ROOT, "%.3f", now / BATCH));
            timings.context(name + ".beforeOverNow", String.format(Locale.ROOT, "%.2f", before / now));
        }
        timings.write();
    }
}
