package org.ourvoice.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP: security headers on every kind of response, and throttled sign-ins per address.
 * The throttle it trips would follow later tests in a shared context, so the context is discarded.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class WebSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts testAccounts;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/", "/actuator/health", "/styles.css", "/no-such-page"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("default-src 'self'").contains("frame-ancestors 'none'");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    @Test
    void manyFailedSignInsFromOneAddressAreTurnedAwayBeforeThePasswordIsChecked() throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher csrf = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"").matcher(page.body());
        String token = csrf.find() ? csrf.group(1) : "";
        String name = testAccounts.create(Role.BOARD);
        String wrong = "username=" + name + "&password=wrong+password"
                + (token.isEmpty() ? "" : "&_csrf=" + token);
        String location = "";
        for (int i = 0; i <= Throttles.SIGN_IN_FAILURES_PER_ADDRESS; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(wrong, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            location = response.headers().firstValue("Location").orElse("");
        }
        assertThat(location).endsWith("/login?throttled");
    }
}
