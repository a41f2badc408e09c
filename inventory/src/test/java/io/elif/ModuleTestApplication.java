package io.elif;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application class a module test of the inventory artifact boots from. */
@SpringBootApplication
class ModuleTestApplication {
}
