package io.elif;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The application class a module test of the sales artifact boots from. */
@SpringBootApplication
class ModuleTestApplication {

    /** The clock bootstrap gives every module (there in the tenant's time zone). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
