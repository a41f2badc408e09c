package io.elif.identity.adapter.web;

import io.elif.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and response bodies of identity's API. */
final class IdentityWebRecords {

    /** Far above the password policy's own maximum, so that its message answers; bounds what gets hashed. */
    static final int PASSWORD_MAX = 1024;

    private IdentityWebRecords() {
    }

    record LoginRequest(@NotBlank @Size(max = 254) String login, @NotNull @Size(max = PASSWORD_MAX) String password,
                        @Size(max = 10) String totpCode) {
    }

    record Me(UUID id, String username, String email, String displayName, Set<Role> roles, String tenant,
              boolean totpEnabled, boolean totpSetupRequired) {
    }

    record LoginResponse(Me user) {
    }

    record UserResponse(UUID id, String username, String email, String displayName, Set<Role> roles, boolean active,
                        boolean totpEnabled, Instant createdAt, Instant updatedAt) {
    }

    record UserPage(List<UserResponse> items, int page, int size, long totalItems, long totalPages) {
    }

    record AuditPage(List<Row> items, int page, int size, long totalItems, long totalPages) {

        record Row(long id, Instant occurredAt, String username, String action, String outcome, String clientAddress,
                   String detail, String traceId) {
        }
    }

    record NewUserRequest(@NotBlank @Size(max = 40) String username, @NotBlank @Size(max = 254) String email,
                          @NotBlank @Size(max = 100) String displayName, @NotEmpty Set<@NotNull Role> roles,
                          @NotNull @Size(max = PASSWORD_MAX) String password) {
    }

    record RolesRequest(@NotEmpty Set<@NotNull Role> roles) {
    }

    record NewPasswordRequest(@NotNull @Size(max = PASSWORD_MAX) String newPassword) {
    }

    record PasswordChangeRequest(@NotNull @Size(max = PASSWORD_MAX) String currentPassword,
                                 @NotNull @Size(max = PASSWORD_MAX) String newPassword) {
    }

    record TotpCodeRequest(@NotBlank @Size(max = 10) String code) {
    }

    record PasswordRequest(@NotNull @Size(max = PASSWORD_MAX) String password) {
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name) {
    }

    record SettingsBody(@NotNull Boolean requireTotpForAdmins) {
    }
}
