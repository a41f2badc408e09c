package io.elif.bootstrap.security;

import io.elif.identity.Role;
import io.elif.identity.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionMatrixTest {

    private final PermissionMatrix matrix = PermissionMatrix.load();

    @Test
    void aLiteralPathWinsOverAVariableOneWhateverTheRowOrder() {
        assertThat(matrix.ruleFor("GET", "/api/inventory/stock/consistency"))
                .hasValueSatisfying(rule -> assertThat(rule.roles()).isEqualTo(Set.of(Role.ADMIN, Role.MANAGER)));
        assertThat(matrix.ruleFor("GET", "/api/inventory/stock/3fa85f64-5717-4562-b3fc-2c963f66afa6"))
                .hasValueSatisfying(rule -> assertThat(rule.roles()).contains(Role.SALES, Role.WAREHOUSE));
    }

    @Test
    void anUnlistedOperationHasNoRow() {
        assertThat(matrix.ruleFor("DELETE", "/api/catalog/products")).isEmpty();
        assertThat(matrix.ruleFor("GET", "/api/nothing")).isEmpty();
    }

    @Test
    void aRowForSessionsOnlyRefusesAnApiTokenWhateverItsUsersRoles() {
        var minting = matrix.ruleFor("POST", "/api/identity/me/tokens").orElseThrow();
        var listing = matrix.ruleFor("GET", "/api/identity/me/tokens").orElseThrow();

        assertThat(minting.sessionOnly()).isTrue();
        assertThat(minting.allows(signedIn(false))).isTrue();
        assertThat(minting.allows(signedIn(true))).isFalse();
        assertThat(listing.sessionOnly()).isFalse();
        assertThat(listing.allows(signedIn(true))).isTrue();
    }

    @Test
    void everyOperationThatSetsCredentialsNeedsASession() {
        for (var operation : List.of("POST /api/identity/me/password", "POST /api/identity/me/tokens",
                "POST /api/identity/me/totp/setup", "POST /api/identity/me/totp/confirm", "POST /api/identity/me/totp/disable",
                "POST /api/identity/users", "POST /api/identity/users/3fa85f64-5717-4562-b3fc-2c963f66afa6/password",
                "PUT /api/identity/settings")) {
            var parts = operation.split(" ");
            assertThat(matrix.ruleFor(parts[0], parts[1])).as(operation)
                    .hasValueSatisfying(rule -> assertThat(rule.sessionOnly()).isTrue());
        }
    }

    private static UsernamePasswordAuthenticationToken signedIn(boolean byApiToken) {
        var user = new SignedInUser(UUID.randomUUID(), "ada", "Ada", Set.of(Role.ADMIN), false, byApiToken);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
    }
}
