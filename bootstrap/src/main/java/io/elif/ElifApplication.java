package io.elif;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** ELIF's one deployable: every module, the tenancy, the web apps. */
@SpringBootApplication
@Modulithic(systemName = "ELIF")
public class ElifApplication {

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(ElifApplication.class, args);
    }
}
