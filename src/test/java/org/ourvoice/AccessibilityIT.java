package org.ourvoice;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.json.JsonMapper;
import com.microsoft.playwright.Page;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ourvoice.AccessMatrixTest.Who;
import org.ourvoice.support.BrowserTest;
import org.ourvoice.support.DemoUsers;

/**
 * Every route, for every role that may open it, scanned with axe-core (WCAG 2.2 A and AA rules) in
 * Chromium: no serious or critical violation is allowed. The same walk checks that every request a
 * page makes goes to the portal itself, never to a third party. Results go to
 * target/accessibility/axe-results.json, with the mode Vaadin ran in (development or production).
 * CI runs it a second time on the production build ({@code -Pproduction
 * -Dvaadin.productionMode=true}); there the test also checks that Vaadin really ran in production
 * mode, so the scan was of what councils run.
 */
class AccessibilityIT extends BrowserTest {

    private static final Map<Who, String> ACCOUNTS = Map.of(
            Who.YOUNG_PERSON, DemoUsers.YOUNG_PERSON,
            Who.CARE_LEAVER, DemoUsers.CARE_LEAVER,
            Who.WORKER, DemoUsers.WORKER,
            Who.BOARD, DemoUsers.BOARD,
            Who.ADMIN, DemoUsers.ADMIN);
    private static final Map<String, Object> RESULTS = new LinkedHashMap<>();

    @Autowired
    private ServletContext servletContext;

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Routes that can be opened without an id: templates lose their optional parameters. */
    private static Map<String, Set<Who>> visitableRoutes() {
        Map<String, Set<Who>> routes = new LinkedHashMap<>();
        AccessMatrixTest.ROUTES.forEach((template, who) -> {
            String path = template.replaceAll("/:[A-Za-z]+\\?", "");
            if (!path.contains(":")) {
                routes.put(path, who);
            }
        });
        return routes;
    }

    @Test
    void noSeriousOrCriticalViolationsAndNoThirdPartyRequestsOnAnyRoute() throws IOException {
        String axe = axeSource();
        List<String> problems = new ArrayList<>();
        List<String> foreignRequests = new ArrayList<>();
        String origin = url("");
        for (Who who : Who.values()) {
            Page page = newPerson(1280);
            page.onRequest(request -> {
                String requested = request.url();
                if (!requested.startsWith(origin) && !requested.startsWith("data:") && !requested.startsWith("blob:")) {
                    foreignRequests.add(who + " " + requested);
                }
            });
            if (who != Who.ANONYMOUS) {
                signIn(page, ACCOUNTS.get(who), DemoUsers.PASSWORD);
            }
            for (Map.Entry<String, Set<Who>> route : visitableRoutes().entrySet()) {
                if (!route.getValue().contains(who)) {
                    continue;
                }
                page.navigate(url(route.getKey()));
                page.waitForLoadState();
                page.locator("vaadin-app-layout, vaadin-login-form, .signup-view").first().waitFor();
                page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
                @SuppressWarnings("unchecked")
                Map<String, Object> result = (Map<String, Object>) page.evaluate("""
                        async () => {
                          const r = await axe.run(document, { runOnly: { type: 'tag',
                            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
                          return { violations: r.violations.map(v => ({ id: v.id, impact: v.impact,
                            help: v.help, nodes: v.nodes.length,
                            targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })),
                            passes: r.passes.length };
                        }""");
                RESULTS.put(who + " /" + route.getKey(), result);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
                for (Map<String, Object> violation : violations) {
                    Object impact = violation.get("impact");
                    if ("serious".equals(impact) || "critical".equals(impact)) {
                        problems.add(who + " /" + route.getKey() + ": " + violation);
                    }
                }
            }
            page.context().close();
        }
        boolean productionMode = ApplicationConfiguration.get(new VaadinServletContext(servletContext)).isProductionMode();
        RESULTS.put("mode", productionMode ? "production" : "development");
        if (Boolean.getBoolean("vaadin.productionMode")) {
            assertThat(productionMode).as("the portal scanned on the production build ran in production mode").isTrue();
        }
        assertThat(problems).as("serious or critical axe violations").isEmpty();
        assertThat(foreignRequests).as("requests to anywhere but the portal").isEmpty();
    }

    @AfterAll
    static void writeResults() throws IOException {
        Path out = Path.of("target/accessibility/axe-results.json");
        Files.createDirectories(out.getParent());
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), RESULTS);
    }
}
