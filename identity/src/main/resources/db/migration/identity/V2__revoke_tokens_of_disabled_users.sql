-- Since issue 9, disabling a user revokes their API tokens (HeldCredentials). Tokens of users disabled
-- before that were kept and would act again once the user is enabled: revoke them now.
update api_token
set revoked_at = now()
where revoked_at is null
  and user_id in (select id from user_account where not active);
