package io.elif.identity.adapter.web;

import io.elif.identity.CurrentTenant;
import io.elif.identity.SignedInUser;
import io.elif.identity.adapter.web.IdentityWebRecords.LoginRequest;
import io.elif.identity.adapter.web.IdentityWebRecords.LoginResponse;
import io.elif.identity.adapter.web.IdentityWebRecords.Me;
import io.elif.identity.application.OwnAccount;
import io.elif.identity.application.SignIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Login, logout and the current user. The tenant is the request's (host, header) until the session carries it. */
@Tag(name = "Sign-in", description = "Sign in and out, the CSRF token, and who is signed in")
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final SignIn signIn;
    private final OwnAccount ownAccount;
    private final SessionCookies cookies;
    private final CurrentTenant tenant;

    AuthController(SignIn signIn, OwnAccount ownAccount, SessionCookies cookies, CurrentTenant tenant) {
        this.signIn = signIn;
        this.ownAccount = ownAccount;
        this.cookies = cookies;
        this.tenant = tenant;
    }

    @Operation(summary = "Sign in; sets the session cookie", description = "With the username or email, the "
            + "password and, when two-factor authentication is on, a code from the authenticator app.", responses = {
            @ApiResponse(responseCode = "200", description = "Signed in: the session cookie is set"),
            @ApiResponse(responseCode = "401", description = "Wrong credentials (`invalid-credentials`), or a "
                    + "two-factor code is needed (`totp-required`)"),
            @ApiResponse(responseCode = "429", description = "Too many failed attempts; Retry-After says when to try "
                    + "again (`too-many-attempts`)")})
    @PostMapping("/login")
    LoginResponse login(@Valid @RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
        var session = signIn.login(login.login(), login.password(), login.totpCode(), Origins.of(request));
        cookies.write(session, request, response);
        return new LoginResponse(me(session.user()));
    }

    @Operation(summary = "Sign out: ends the session and clears its cookie", responses =
            @ApiResponse(responseCode = "204", description = "Signed out"))
    @PostMapping("/logout")
    ResponseEntity<Void> logout(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
                                HttpServletResponse response) {
        cookies.read(request).ifPresent(cookie -> signIn.logout(cookie, user, Origins.of(request)));
        cookies.clear(request, response);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The signed-in user: account, roles, tenant and two-factor state")
    @GetMapping("/me")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        var account = ownAccount.account(user);
        return new Me(account.id(), account.username(), account.email(), account.displayName(), account.roles(),
                tenant.id(), account.totpEnabled(), user.totpSetupPending());
    }
}
