package io.elif.identity.adapter.spring;

import io.elif.identity.application.PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id with OWASP's minimum parameters: 19 MiB of memory, 2 iterations, 1 lane, a 16-byte salt and
 * a 32-byte hash. The whole UTF-8 password is hashed; nothing is truncated.
 */
@Component
final class Argon2Hasher implements PasswordHasher {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS);

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }
}
