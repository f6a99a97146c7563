package org.ourvoice.ui;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Declares every screen of the portal (each {@code @Route} and {@code @Layout} class) as a prototype
 * bean, so that opening a screen is cheap.
 *
 * <p>Vaadin asks Spring for a new instance of the screen at every navigation. For a class Spring does
 * not know, it builds a fresh bean definition each time: the constructor and its arguments are
 * resolved again, and, because the screen carries {@code @RolesAllowed}/{@code @PermitAll} for Vaadin's
 * route access control, method security's pointcuts match it and every instance is wrapped in a new
 * proxy after all advisors are matched against every method of the class. A declared definition keeps
 * the resolved constructor and injection metadata, and its name follows Spring's "original instance"
 * convention ({@link AutowireCapableBeanFactory#ORIGINAL_INSTANCE_SUFFIX}), which tells the proxy
 * creators to hand the screen over as it is. Who may open a screen is decided before it is made, by
 * Vaadin's navigation access control from the same annotations; what a screen may read or change is
 * decided by the services it calls, which stay behind method security.
 *
 * <p>The definitions are not candidates for injection into other beans: only Vaadin asks for them. A
 * screen that is already a bean of its own is left as it is.
 */
@Component
class ScreenDefinitions implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

    /** The application's, for any {@code @Profile} on a screen (set before the definitions are added). */
    private Environment environment = new StandardEnvironment();

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (!(registry instanceof ConfigurableListableBeanFactory beanFactory)
                || !AutoConfigurationPackages.has(beanFactory)) {
            return;
        }
        Set<String> declared = Arrays.stream(registry.getBeanDefinitionNames())
                .map(name -> registry.getBeanDefinition(name).getBeanClassName()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (BeanDefinition screen : screens(AutoConfigurationPackages.get(beanFactory))) {
            String name = screen.getBeanClassName() + AutowireCapableBeanFactory.ORIGINAL_INSTANCE_SUFFIX;
            if (screen instanceof AbstractBeanDefinition definition && !declared.contains(screen.getBeanClassName())) {
                definition.setScope(BeanDefinition.SCOPE_PROTOTYPE);
                definition.setAutowireCandidate(false);
                registry.registerBeanDefinition(name, definition);
            }
        }
    }

    private List<BeanDefinition> screens(List<String> packages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
                environment);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class, false));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class, false));
        return packages.stream().flatMap(p -> scanner.findCandidateComponents(p).stream()).toList();
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // every definition is added above
    }
}
