package io.elif.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.function.BiPredicate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module shape of ARCHITECTURE.md as ArchUnit rules, for any root package: ELIF's own
 * ({@code io.elif}) and a deliberately violating fixture that proves the rules can fail.
 */
final class HexagonRules {

    private final String root;

    HexagonRules(String root) {
        this.root = root;
    }

    ArchRule all() {
        return CompositeArchRule.of(domainAndApplicationAreFrameworkFree())
                .and(internalsStayInsideTheirModule())
                .and(generatedJooqClassesStayInTheirPersistenceAdapter());
    }

    ArchRule domainAndApplicationAreFrameworkFree() {
        return noClasses().that().resideInAnyPackage(root + ".*.domain..", root + ".*.application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.jooq..", "jakarta.servlet..", "jakarta.persistence..",
                        "com.fasterxml.jackson..", "tools.jackson..", root + ".*.adapter..")
                .as("domain and application code knows no Spring, jOOQ, web, JSON or adapter types");
    }

    /** A module's sub-packages are its internals: only the module itself may use them. */
    ArchRule internalsStayInsideTheirModule() {
        return classes().that().resideInAPackage(root + ".*.*..")
                .should(onlyBeAccessedFrom("their own module",
                        (target, origin) -> moduleOf(origin).equals(moduleOf(target))))
                .allowEmptyShould(true);
    }

    ArchRule generatedJooqClassesStayInTheirPersistenceAdapter() {
        return classes().that().resideInAPackage(root + ".*.adapter.persistence.jooq..")
                .should(onlyBeAccessedFrom("their module's persistence adapter",
                        (target, origin) -> origin.getPackageName().startsWith(root + "." + moduleOf(target) + ".adapter.persistence")))
                .allowEmptyShould(true);
    }

    private String moduleOf(JavaClass type) {
        var name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return "";
        }
        var rest = name.substring(root.length() + 1);
        var dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> onlyBeAccessedFrom(String description, BiPredicate<JavaClass, JavaClass> allowed) {
        return new ArchCondition<>("only be accessed from " + description) {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                for (var dependency : target.getDirectDependenciesToSelf()) {
                    var origin = dependency.getOriginClass();
                    if (!allowed.test(target, origin)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
