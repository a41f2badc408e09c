package io.elif;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application class a module test of the identity artifact boots from. */
@SpringBootApplication
class ModuleTestApplication {
}
