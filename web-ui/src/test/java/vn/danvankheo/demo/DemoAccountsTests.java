package vn.danvankheo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.danvankheo.accounts.AccountDirectory;

/** The demo sign-ins, with their published password, exist only where the demo data is switched on. */
class DemoAccountsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(AccountDirectory.class, () -> mock(AccountDirectory.class))
            .withUserConfiguration(DemoAccounts.class);

    @Test
    void aProductionStartHasNoDemoAccounts() {
        context.run(started -> assertThat(started).doesNotHaveBean(DemoAccounts.class));
        context.withPropertyValues("dvk.demo.enabled=false")
                .run(started -> assertThat(started).doesNotHaveBean(DemoAccounts.class));
    }

    @Test
    void theDemoHasOneSignInPerRole() {
        context.withPropertyValues("dvk.demo.enabled=true")
                .run(started -> assertThat(started.getBean(DemoAccounts.class).signIns())
                        .hasSize(8));
    }
}
