package io.elif.bootstrap.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFailuresTest {

    @Test
    void aTransactionThatCannotGetAConnectionHasLostTheDatabase() {
        // what a request meets when the tenant's database was dropped and the pool must connect anew
        var dropped = new SQLTransientConnectionException("tenant-fragile - Connection is not available", "3D000",
                new SQLException("database \"elif_api_fragile\" does not exist", "3D000"));

        assertThat(DatabaseFailures.lostTheDatabase(
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction", dropped))).isTrue();
    }

    @Test
    void aConnectionCutUnderTheRequestHasLostTheDatabaseAndABadStatementHasNot() {
        assertThat(DatabaseFailures.lostTheDatabase(new RuntimeException(new SQLException("terminated", "57P01")))).isTrue();
        assertThat(DatabaseFailures.lostTheDatabase(
                new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505")))).isFalse();
    }
}
