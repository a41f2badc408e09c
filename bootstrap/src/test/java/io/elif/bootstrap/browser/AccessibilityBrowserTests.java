package io.elif.bootstrap.browser;

import com.microsoft.playwright.options.LoadState;
import io.elif.identity.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every page of the three apps meets WCAG 2.2 A and AA as axe-core checks it: the login page, then each page the
 * navigation offers an administrator (so a new page is checked from the day it appears in the navigation).
 */
class AccessibilityBrowserTests extends BrowserTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"orders", "sales", "admin"})
    void everyPageMeetsWcag22AA(String app) {
        // more products than a page holds, so that the lists show their pages too
        for (int i = 0; i < 21; i++) {
            createProduct("demo", uniqueSku(), "Accessible soda " + i);
        }
        var violations = new ArrayList<String>();
        page.navigate(appUrl("demo", app));
        assertThat(page.getByTestId("login-form")).isVisible();
        accessibilityViolations().forEach(violation -> violations.add("login: " + violation));

        signInAs("demo", app, Role.ADMIN);
        var links = page.locator("nav [data-testid^=nav-]");
        assertThat(links.first()).isVisible();
        List<String> paths = links.all().stream().map(link -> link.getAttribute("href")).toList();
        for (var path : paths) {
            page.navigate("http://demo.localhost:" + port + path);
            assertThat(page.getByTestId("current-user")).isVisible();
            assertThat(page.getByTestId("page-loading")).hasCount(0);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            accessibilityViolations().forEach(violation -> violations.add(path + ": " + violation));
        }
        org.assertj.core.api.Assertions.assertThat(violations).as("axe-core violations in " + app).isEmpty();
    }
}
