package io.elif.bootstrap;

import io.elif.bootstrap.tenancy.TenantCommand;

/** The operators' commands of the jar ({@code ./elif tenant ...}), run instead of the server. */
public final class OperatorCommands {

    private OperatorCommands() {
    }

    /** Whether the arguments name a command rather than the server's options. */
    public static boolean isCommand(String[] args) {
        return TenantCommand.isCommand(args);
    }

    /** Runs the command and answers its exit status. */
    public static int run(String[] args) {
        return TenantCommand.run(args, System.getenv(), System.out, System.err);
    }
}
