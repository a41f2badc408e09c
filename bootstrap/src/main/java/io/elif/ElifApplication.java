package io.elif;

import io.elif.bootstrap.OperatorCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** ELIF's one deployable: every module, the tenancy, the web apps; and the operators' {@code tenant} command. */
@SpringBootApplication
@Modulithic(systemName = "ELIF")
public class ElifApplication {

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (OperatorCommands.isCommand(args)) {
            System.exit(OperatorCommands.run(args));
        }
        SpringApplication.run(ElifApplication.class, args);
    }
}
