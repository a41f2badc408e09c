package io.elif.bootstrap.tenancy;

import io.elif.ElifApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Production never falls back to the embedded demo tenants, whose passwords are in the README. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionWithoutTenantsTests {

    @TempDir
    Path embeddedData;

    @Test
    void withTheProdProfileAndNoTenantTheApplicationRefusesToStartAndSaysWhatToConfigure(CapturedOutput output) {
        var application = new SpringApplication(ElifApplication.class);
        application.setAdditionalProfiles("prod");

        assertThatThrownBy(() -> application.run("--server.port=0", "--elif.embedded.data-directory=" + embeddedData.resolve("pg")))
                .rootCause()
                .isInstanceOf(NoTenantConfiguredException.class)
                .hasMessageContaining("elif.tenants.<id>.url")
                .hasMessageContaining("elif.tenants.<id>.first-admin.password");
        assertThat(output).contains("APPLICATION FAILED TO START", "no tenant is configured",
                "elif.tenants.<id>.username", "ELIF_TENANTS_<ID>_URL");
        assertThat(Files.exists(embeddedData.resolve("pg"))).as("no embedded PostgreSQL was started").isFalse();
    }
}
