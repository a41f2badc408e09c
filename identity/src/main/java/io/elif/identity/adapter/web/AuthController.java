package io.elif.identity.adapter.web;

import io.elif.identity.CurrentTenant;
import io.elif.identity.SignedInUser;
import io.elif.identity.adapter.web.IdentityWebRecords.LoginRequest;
import io.elif.identity.adapter.web.IdentityWebRecords.LoginResponse;
import io.elif.identity.adapter.web.IdentityWebRecords.Me;
import io.elif.identity.application.OwnAccount;
import io.elif.identity.application.SignIn;
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

    @PostMapping("/login")
    LoginResponse login(@Valid @RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
        var session = signIn.login(login.login(), login.password(), login.totpCode(), Origins.of(request));
        cookies.write(session, request, response);
        return new LoginResponse(me(session.user()));
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
                                HttpServletResponse response) {
        cookies.read(request).ifPresent(cookie -> signIn.logout(cookie, user, Origins.of(request)));
        cookies.clear(request, response);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        var account = ownAccount.account(user);
        return new Me(account.id(), account.username(), account.email(), account.displayName(), account.roles(),
                tenant.id(), account.totpEnabled(), user.totpSetupPending());
    }
}
