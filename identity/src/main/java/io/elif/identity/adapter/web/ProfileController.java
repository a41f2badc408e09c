package io.elif.identity.adapter.web;

import io.elif.identity.SignedInUser;
import io.elif.identity.adapter.web.IdentityWebRecords.PasswordChangeRequest;
import io.elif.identity.adapter.web.IdentityWebRecords.PasswordRequest;
import io.elif.identity.adapter.web.IdentityWebRecords.TokenRequest;
import io.elif.identity.adapter.web.IdentityWebRecords.TotpCodeRequest;
import io.elif.identity.application.ApiToken;
import io.elif.identity.application.OwnAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The signed-in user's own account: password, two-factor authentication, API tokens. Only a session
 * sets credentials here; an API token may read and revoke (permission matrix).
 */
@Tag(name = "Own account", description = "The signed-in user's password, two-factor authentication and API tokens")
@RestController
@RequestMapping("/api/identity/me")
class ProfileController {

    private final OwnAccount ownAccount;
    private final SessionCookies cookies;

    ProfileController(OwnAccount ownAccount, SessionCookies cookies) {
        this.ownAccount = ownAccount;
        this.cookies = cookies;
    }

    /** Ends all the user's sessions; this device gets a new one. */
    @Operation(summary = "Change the own password; ends every session, this device gets a new one", responses = {
            @ApiResponse(responseCode = "204", description = "Changed"),
            @ApiResponse(responseCode = "400", description = "The current password is wrong (`wrong-password`)")})
    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChangeRequest body,
                                        @AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
                                        HttpServletResponse response) {
        var session = ownAccount.changePassword(user, body.currentPassword(), body.newPassword(), Origins.of(request));
        cookies.write(session, request, response);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Start the two-factor set-up (needs the current password): a new secret and its otpauth URI")
    @PostMapping("/totp/setup")
    OwnAccount.TotpSetup setUpTotp(@Valid @RequestBody PasswordRequest body, @AuthenticationPrincipal SignedInUser user,
                                   HttpServletRequest request) {
        return ownAccount.setUpTotp(user, body.password(), Origins.of(request));
    }

    @Operation(summary = "Finish the two-factor set-up with a code from the authenticator app", responses = {
            @ApiResponse(responseCode = "204", description = "Two-factor authentication is on"),
            @ApiResponse(responseCode = "400", description = "The code is wrong (`totp-invalid`)")})
    @PostMapping("/totp/confirm")
    ResponseEntity<Void> confirmTotp(@Valid @RequestBody TotpCodeRequest body, @AuthenticationPrincipal SignedInUser user,
                                     HttpServletRequest request) {
        ownAccount.confirmTotp(user, body.code(), Origins.of(request));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Turn two-factor authentication off, with the password", responses = {
            @ApiResponse(responseCode = "204", description = "Two-factor authentication is off"),
            @ApiResponse(responseCode = "400", description = "The password is wrong (`wrong-password`)")})
    @PostMapping("/totp/disable")
    ResponseEntity<Void> disableTotp(@Valid @RequestBody PasswordRequest body, @AuthenticationPrincipal SignedInUser user,
                                     HttpServletRequest request) {
        ownAccount.disableTotp(user, body.password(), Origins.of(request));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List the own API tokens (never their secrets)")
    @GetMapping("/tokens")
    List<ApiToken> tokens(@AuthenticationPrincipal SignedInUser user) {
        return ownAccount.apiTokens(user);
    }

    @Operation(summary = "Create a personal API token; its secret is in this response only", responses =
            @ApiResponse(responseCode = "201", description = "Created, with the token's secret"))
    @PostMapping("/tokens")
    ResponseEntity<OwnAccount.NewApiToken> createToken(@Valid @RequestBody TokenRequest body,
                                                       @AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ownAccount.createApiToken(user, body.name(), Origins.of(request)));
    }

    @Operation(summary = "Revoke an own API token", responses =
            @ApiResponse(responseCode = "204", description = "Revoked"))
    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revokeToken(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user,
                                     HttpServletRequest request) {
        ownAccount.revokeApiToken(user, id, Origins.of(request));
        return ResponseEntity.noContent().build();
    }
}
