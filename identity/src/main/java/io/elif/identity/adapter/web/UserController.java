package io.elif.identity.adapter.web;

import io.elif.identity.SignedInUser;
import io.elif.identity.UserProvisioning.NewAccount;
import io.elif.identity.adapter.web.IdentityWebRecords.NewPasswordRequest;
import io.elif.identity.adapter.web.IdentityWebRecords.NewUserRequest;
import io.elif.identity.adapter.web.IdentityWebRecords.RolesRequest;
import io.elif.identity.adapter.web.IdentityWebRecords.UserPage;
import io.elif.identity.adapter.web.IdentityWebRecords.UserResponse;
import io.elif.identity.application.UserAdministration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The tenant's users, for administrators. */
@Tag(name = "Users", description = "The tenant's users, for administrators")
@RestController
@RequestMapping("/api/identity/users")
class UserController {

    private final UserAdministration administration;
    private final IdentityWebMapper mapper;

    UserController(UserAdministration administration, IdentityWebMapper mapper) {
        this.administration = administration;
        this.mapper = mapper;
    }

    @Operation(summary = "Search the users by username, email or display name, a page at a time")
    @GetMapping
    UserPage search(@RequestParam(defaultValue = "") @Size(max = 100) String q,
                    @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return mapper.toResponse(administration.search(q, page, size));
    }

    @Operation(summary = "Read a user")
    @GetMapping("/{id}")
    UserResponse get(@PathVariable UUID id) {
        return mapper.toResponse(administration.find(id));
    }

    @Operation(summary = "Create a user with roles and a first password", responses = {
            @ApiResponse(responseCode = "201", description = "Created"),
            @ApiResponse(responseCode = "409", description = "The username or email is taken (`duplicate-user`)")})
    @PostMapping
    ResponseEntity<UserResponse> create(@Valid @RequestBody NewUserRequest body, @AuthenticationPrincipal SignedInUser actor,
                                        HttpServletRequest request) {
        var user = administration.create(new NewAccount(body.username(), body.email(), body.displayName(),
                body.roles(), body.password()), actor, Origins.of(request));
        return ResponseEntity.status(HttpStatus.CREATED).body(mapper.toResponse(user));
    }

    @Operation(summary = "Change a user's roles", responses = {
            @ApiResponse(responseCode = "200", description = "The user with the new roles"),
            @ApiResponse(responseCode = "409", description = "Nobody changes their own roles (`own-roles`), and the "
                    + "last active administrator keeps the role (`last-admin`)")})
    @PutMapping("/{id}/roles")
    UserResponse changeRoles(@PathVariable UUID id, @Valid @RequestBody RolesRequest body,
                             @AuthenticationPrincipal SignedInUser actor, HttpServletRequest request) {
        return mapper.toResponse(administration.changeRoles(id, body.roles(), actor, Origins.of(request)));
    }

    @Operation(summary = "Disable a user: they can no longer sign in", responses = {
            @ApiResponse(responseCode = "200", description = "The disabled user"),
            @ApiResponse(responseCode = "409", description = "Nobody disables themselves (`own-account`), and the "
                    + "last active administrator stays (`last-admin`)")})
    @PostMapping("/{id}/disable")
    UserResponse disable(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser actor, HttpServletRequest request) {
        return mapper.toResponse(administration.disable(id, actor, Origins.of(request)));
    }

    @Operation(summary = "Enable a user again")
    @PostMapping("/{id}/enable")
    UserResponse enable(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser actor, HttpServletRequest request) {
        return mapper.toResponse(administration.enable(id, actor, Origins.of(request)));
    }

    @Operation(summary = "Set a new password for a user", responses =
            @ApiResponse(responseCode = "204", description = "Set"))
    @PostMapping("/{id}/password")
    ResponseEntity<Void> resetPassword(@PathVariable UUID id, @Valid @RequestBody NewPasswordRequest body,
                                       @AuthenticationPrincipal SignedInUser actor, HttpServletRequest request) {
        administration.resetPassword(id, body.newPassword(), actor, Origins.of(request));
        return ResponseEntity.noContent().build();
    }
}
