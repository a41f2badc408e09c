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

    private IdentityWebRecords() {
    }

    record LoginRequest(@NotBlank @Size(max = 254) String login, @NotNull @Size(max = 1024) String password,
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

    record NewUserRequest(@NotBlank String username, @NotBlank String email, @NotBlank String displayName,
                          @NotEmpty Set<@NotNull Role> roles, @NotNull String password) {
    }

    record RolesRequest(@NotEmpty Set<@NotNull Role> roles) {
    }

    record NewPasswordRequest(@NotNull String newPassword) {
    }

    record PasswordChangeRequest(@NotNull String currentPassword, @NotNull String newPassword) {
    }

    record TotpCodeRequest(@NotBlank String code) {
    }

    record PasswordRequest(@NotNull String password) {
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name) {
    }

    record SettingsBody(boolean requireTotpForAdmins) {
    }
}
