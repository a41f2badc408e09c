package io.elif.identity.adapter.web;

import io.elif.identity.adapter.web.IdentityWebRecords.AuditPage;
import io.elif.identity.adapter.web.IdentityWebRecords.UserPage;
import io.elif.identity.adapter.web.IdentityWebRecords.UserResponse;
import io.elif.identity.application.Page;
import io.elif.identity.application.RecordedAuditEntry;
import io.elif.identity.domain.UserAccount;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface IdentityWebMapper {

    UserResponse toResponse(UserAccount user);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    UserPage toResponse(Page<UserAccount> page);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    AuditPage toAuditPage(Page<RecordedAuditEntry> page);

    AuditPage.Row toRow(RecordedAuditEntry entry);
}
