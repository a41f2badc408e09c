package io.elif.bootstrap.security;

import io.elif.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

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
}
