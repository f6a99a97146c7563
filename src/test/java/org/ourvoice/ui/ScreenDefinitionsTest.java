package org.ourvoice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourvoice.notifications.ui.InboxView;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every screen is a declared prototype bean: each navigation gets a new screen, made with its
 * services, and the screen itself rather than a proxy around it; who may open it is unchanged.
 */
@PortalTest
class ScreenDefinitionsTest extends SpringBrowserlessTest {

    @Autowired
    ConfigurableListableBeanFactory beanFactory;

    @Test
    void everyScreenOfThePortalIsDeclaredOnceAsAPrototype() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class, false));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class, false));
        List<String> screens = scanner.findCandidateComponents("org.ourvoice").stream()
                .map(BeanDefinition::getBeanClassName).toList();
        assertThat(screens).contains(HomeView.class.getName(), MainLayout.class.getName(), InboxView.class.getName());
        for (String screen : screens) {
            String name = screen + AutowireCapableBeanFactory.ORIGINAL_INSTANCE_SUFFIX;
            assertThat(beanFactory.containsBeanDefinition(name)).as(screen).isTrue();
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            assertThat(definition.isPrototype()).as(screen).isTrue();
            assertThat(definition.isAutowireCandidate()).as("only Vaadin asks for " + screen).isFalse();
        }
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void eachNavigationMakesANewScreenItselfWithItsServices() {
        navigate(HomeView.class);
        HasElement first = getCurrentView();
        assertThat(first.getClass()).as("the screen itself, not a proxy around it").isEqualTo(HomeView.class);
        assertThat($(H2.class).withId("home-greeting").single().getText()).isEqualTo("Hello, Cllr Morgan");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .extracting(Object::getClass).containsExactly(HomeView.class, MainLayout.class);

        navigate(InboxView.class);
        assertThat(getCurrentView().getClass()).isEqualTo(InboxView.class);
        navigate(HomeView.class);
        assertThat(getCurrentView()).as("a new screen for each navigation").isNotSameAs(first)
                .isInstanceOf(HomeView.class);
    }

    @Test
    @WithUserDetails(DemoUsers.YOUNG_PERSON)
    void aScreenTheRoleMayNotOpenIsStillRefused() {
        navigate("audit", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
        navigate("dashboard", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }
}
