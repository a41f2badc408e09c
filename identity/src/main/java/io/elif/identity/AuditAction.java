package io.elif.identity;

public enum AuditAction {
    LOGIN, LOGOUT, PASSWORD_CHANGED, PASSWORD_RESET, ROLES_CHANGED, USER_CREATED, USER_DISABLED, USER_ENABLED,
    TOKEN_CREATED, TOKEN_REVOKED, TOTP_ENABLED, TOTP_DISABLED, ACCESS_DENIED, SETTINGS_CHANGED,
    /** A signed-in user's password asked again before a sensitive change; failures and successes. */
    REAUTHENTICATION,
    /** Every session and API token of a user ended at once (password changed or reset, user disabled). */
    CREDENTIALS_REVOKED
}
