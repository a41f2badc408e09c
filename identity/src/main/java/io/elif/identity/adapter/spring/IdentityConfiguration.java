package io.elif.identity.adapter.spring;

import io.elif.identity.domain.PasswordPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** The password policy, with the list of common passwords it refuses read from the class path. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    PasswordPolicy passwordPolicy() {
        try (var lines = new ClassPathResource("identity/common-passwords.txt").getInputStream()) {
            var common = new String(lines.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .collect(Collectors.toSet());
            return new PasswordPolicy(common);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list of common passwords", e);
        }
    }
}
