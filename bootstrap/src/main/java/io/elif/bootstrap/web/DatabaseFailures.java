package io.elif.bootstrap.web;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells a lost tenant database (503) from a failure of the request itself (500). */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * No connection to be had (none given, or the pool timed out waiting for one: a database dropped or
     * unreachable when the pool must connect anew), or one cut under the request (SQLSTATE class 08, or 57P0x
     * when the server shuts down or terminates it), also when hidden behind a failed rollback.
     */
    public static boolean lostTheDatabase(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && lostTheDatabase(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
