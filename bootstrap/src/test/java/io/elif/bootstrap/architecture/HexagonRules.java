package io.elif.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module shape of ARCHITECTURE.md as ArchUnit rules, for any root package: ELIF's own
 * ({@code io.elif}) and a deliberately violating fixture that proves the rules can fail.
 */
final class HexagonRules {

    private final String root;
    /** Known violations of a rule, "origin class -> target class", each to be removed when fixed. */
    private final Set<String> tolerated;

    HexagonRules(String root) {
        this(root, Set.of());
    }

    HexagonRules(String root, Set<String> tolerated) {
        this.root = root;
        this.tolerated = tolerated;
    }

    ArchRule all() {
        return CompositeArchRule.of(domainAndApplicationAreFrameworkFree())
                .and(internalsStayInsideTheirModule())
                .and(generatedJooqClassesStayInTheirPersistenceAdapter())
                .and(webAdaptersUseTheApiTheDomainAndUseCasesOnly());
    }

    /**
     * The domain knows no framework; use cases know Spring only by the two annotations that make them
     * application services ({@code @Service}, {@code @Transactional}), and no jOOQ, web, JSON or adapter type.
     */
    ArchRule domainAndApplicationAreFrameworkFree() {
        var adapters = root + ".*.adapter..";
        var domain = noClasses().that().resideInAnyPackage(root + ".*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.jooq..", "jakarta.servlet..", "jakarta.persistence..",
                        "com.fasterxml.jackson..", "tools.jackson..", adapters)
                .as("domain code knows no Spring, jOOQ, web, JSON or adapter types");
        var application = noClasses().that().resideInAnyPackage(root + ".*.application..")
                .should().dependOnClassesThat(resideInAnyPackage(
                        "org.springframework..", "org.jooq..", "jakarta.servlet..", "jakarta.persistence..",
                        "com.fasterxml.jackson..", "tools.jackson..", adapters)
                        .and(not(resideInAnyPackage("org.springframework.stereotype..",
                                "org.springframework.transaction.annotation..")))
                        .as("Spring (but its @Service and @Transactional), jOOQ, web, JSON or adapter types"))
                .as("use cases know Spring only by @Service and @Transactional, and no jOOQ, web, JSON or adapter types");
        return CompositeArchRule.of(domain).and(application);
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

    /**
     * A web adapter drives its module through the module API and the application's use cases (and the values
     * they take and return, the domain's included); the driven ports (interfaces of the application package,
     * with the types declared in them) and the other adapters are the use cases' business, not the web's.
     */
    ArchRule webAdaptersUseTheApiTheDomainAndUseCasesOnly() {
        return classes().that().resideInAPackage(root + ".*.adapter.web..")
                .should(new ArchCondition<>("depend on the module API, the domain and use cases only") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (var dependency : origin.getDirectDependenciesFromSelf()) {
                            var target = dependency.getTargetClass().getBaseComponentType();
                            if (!allowedFromWeb(origin, target) && !tolerated.contains(pair(origin, target))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    /** The tolerated violations that no longer occur: each must leave the list once fixed. */
    Set<String> toleratedButGone(JavaClasses classes) {
        var occurring = classes.stream()
                .filter(origin -> within(origin.getPackageName(), root + "." + moduleOf(origin) + ".adapter.web"))
                .flatMap(origin -> origin.getDirectDependenciesFromSelf().stream()
                        .map(dependency -> dependency.getTargetClass().getBaseComponentType())
                        .filter(target -> !allowedFromWeb(origin, target))
                        .map(target -> pair(origin, target)))
                .collect(Collectors.toSet());
        return tolerated.stream().filter(known -> !occurring.contains(known)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String pair(JavaClass origin, JavaClass target) {
        return origin.getName() + " -> " + target.getName();
    }

    private boolean allowedFromWeb(JavaClass origin, JavaClass target) {
        var module = moduleOf(target);
        var name = target.getPackageName();
        if (module.isEmpty() || name.equals(root + "." + module)) {
            return true; // outside the modules, or a module's API
        }
        var inside = root + "." + moduleOf(origin) + ".";
        return within(name, inside + "domain") || within(name, inside + "adapter.web")
                || within(name, inside + "application") && !isPort(target);
    }

    private static boolean within(String packageName, String parent) {
        return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }

    /** An interface of an application package is a driven port; the records and enums it declares belong to it. */
    private static boolean isPort(JavaClass type) {
        for (var declaring = Optional.of(type); declaring.isPresent(); declaring = declaring.get().getEnclosingClass()) {
            if (declaring.get().isInterface()) {
                return true;
            }
        }
        return false;
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
