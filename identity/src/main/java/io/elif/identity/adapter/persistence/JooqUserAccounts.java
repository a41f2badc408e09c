package io.elif.identity.adapter.persistence;

import io.elif.identity.Role;
import io.elif.identity.application.Page;
import io.elif.identity.application.UserAccounts;
import io.elif.identity.domain.IdentityRefusal;
import io.elif.identity.domain.UserAccount;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import static io.elif.identity.adapter.persistence.Timestamps.at;
import static io.elif.identity.adapter.persistence.Timestamps.instant;
import static io.elif.identity.adapter.persistence.jooq.Tables.USER_ACCOUNT;

@Repository
class JooqUserAccounts implements UserAccounts {

    private final DSLContext dsl;

    JooqUserAccounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(UserAccount user) {
        try {
            dsl.insertInto(USER_ACCOUNT)
                    .set(USER_ACCOUNT.ID, user.id())
                    .set(USER_ACCOUNT.USERNAME, user.username())
                    .set(USER_ACCOUNT.EMAIL, user.email())
                    .set(USER_ACCOUNT.DISPLAY_NAME, user.displayName())
                    .set(USER_ACCOUNT.PASSWORD_HASH, user.passwordHash())
                    .set(USER_ACCOUNT.ROLES, roles(user))
                    .set(USER_ACCOUNT.ACTIVE, user.active())
                    .set(USER_ACCOUNT.CREATED_AT, at(user.createdAt()))
                    .set(USER_ACCOUNT.UPDATED_AT, at(user.updatedAt()))
                    .execute();
        } catch (DuplicateKeyException e) {
            var field = String.valueOf(e.getMessage()).contains("user_account_email_key") ? "email" : "username";
            throw IdentityRefusal.invalidField(IdentityRefusal.Reason.DUPLICATE_USER, field,
                    "Another user has this " + field);
        }
    }

    @Override
    public void update(UserAccount user) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.DISPLAY_NAME, user.displayName())
                .set(USER_ACCOUNT.PASSWORD_HASH, user.passwordHash())
                .set(USER_ACCOUNT.ROLES, roles(user))
                .set(USER_ACCOUNT.ACTIVE, user.active())
                .set(USER_ACCOUNT.TOTP_SECRET, user.totpSecret())
                .set(USER_ACCOUNT.TOTP_ENABLED, user.totpEnabled())
                .set(USER_ACCOUNT.SECURITY_STAMP, user.securityStamp())
                .set(USER_ACCOUNT.UPDATED_AT, at(user.updatedAt()))
                .where(USER_ACCOUNT.ID.eq(user.id()))
                .execute();
    }

    @Override
    public Optional<UserAccount> byId(UUID id) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id)).fetchOptional(JooqUserAccounts::toUser);
    }

    @Override
    public Optional<UserAccount> byLogin(String login) {
        return dsl.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.lower().eq(login).or(USER_ACCOUNT.EMAIL.lower().eq(login)))
                .fetchOptional(JooqUserAccounts::toUser);
    }

    @Override
    public Page<UserAccount> search(String text, int page, int size) {
        Condition filter = text.isEmpty() ? DSL.noCondition()
                : USER_ACCOUNT.USERNAME.containsIgnoreCase(text)
                        .or(USER_ACCOUNT.EMAIL.containsIgnoreCase(text))
                        .or(USER_ACCOUNT.DISPLAY_NAME.containsIgnoreCase(text));
        return Pages.fetch(dsl, USER_ACCOUNT, filter, USER_ACCOUNT.USERNAME.lower().asc(), page, size, JooqUserAccounts::toUser);
    }

    @Override
    public int lockActiveAdmins() {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ACTIVE.isTrue(), DSL.val(Role.ADMIN.name()).eq(DSL.any(USER_ACCOUNT.ROLES)))
                .forUpdate()
                .fetch()
                .size();
    }

    @Override
    public boolean any() {
        return dsl.fetchExists(USER_ACCOUNT);
    }

    private static String[] roles(UserAccount user) {
        return user.roles().stream().map(Role::name).sorted().toArray(String[]::new);
    }

    static EnumSet<Role> roles(String[] names) {
        var roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static UserAccount toUser(Record row) {
        return new UserAccount(row.get(USER_ACCOUNT.ID), row.get(USER_ACCOUNT.USERNAME), row.get(USER_ACCOUNT.EMAIL),
                row.get(USER_ACCOUNT.DISPLAY_NAME), roles(row.get(USER_ACCOUNT.ROLES)), row.get(USER_ACCOUNT.ACTIVE),
                row.get(USER_ACCOUNT.PASSWORD_HASH), row.get(USER_ACCOUNT.TOTP_SECRET), row.get(USER_ACCOUNT.TOTP_ENABLED),
                row.get(USER_ACCOUNT.SECURITY_STAMP), instant(row.get(USER_ACCOUNT.CREATED_AT)),
                instant(row.get(USER_ACCOUNT.UPDATED_AT)));
    }
}
