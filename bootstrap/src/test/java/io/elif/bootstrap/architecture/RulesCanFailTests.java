package io.elif.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules of {@link ModularityTests} run over a deliberately violating fixture, and must catch it. */
class RulesCanFailTests {

    private static final String FIXTURE = "fixture.violating";
    private final HexagonRules rules = new HexagonRules(FIXTURE);
    private final com.tngtech.archunit.core.domain.JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void springInADomainTypeIsCaught() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> rules.domainAndApplicationAreFrameworkFree().check(fixture))
                .withMessageContaining("Basket").withMessageContaining("org.springframework.util.Assert");
    }

    @Test
    void springBeyondServiceAndTransactionalInAUseCaseIsCaughtAndTheTwoAnnotationsAreNot() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> rules.domainAndApplicationAreFrameworkFree().check(fixture))
                .withMessageContaining("OrderReport").withMessageContaining("JdbcClient")
                .withMessageNotContaining("PlaceOrder");
    }

    @Test
    void usingAnotherModulesInternalsIsCaught() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> rules.internalsStayInsideTheirModule().check(fixture))
                .withMessageContaining("Invoicer").withMessageContaining("Basket");
    }

    @Test
    void readingAnotherModulesTableClassesIsCaught() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> rules.generatedJooqClassesStayInTheirPersistenceAdapter().check(fixture))
                .withMessageContaining("Invoicer").withMessageContaining("BasketTable");
    }

    @Test
    void aWebAdapterUsingAPortOrThePersistenceAdapterIsCaughtAndItsUseCaseIsNot() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> rules.webAdaptersUseTheApiTheDomainAndUseCasesOnly().check(fixture))
                .withMessageContaining("BasketController").withMessageContaining("application.Baskets")
                .withMessageContaining("JooqBaskets")
                // a dependency's target is written <...>: the use case, the domain and the API are no violation
                .withMessageNotContaining("<fixture.violating.shop.application.PlaceOrder")
                .withMessageNotContaining("<fixture.violating.shop.domain.Basket")
                .withMessageNotContaining("<fixture.violating.shop.Shop");
    }

    @Test
    void aToleratedViolationPassesOnlyWhileItOccurs() {
        var controller = "fixture.violating.shop.adapter.web.BasketController -> ";
        var tolerant = new HexagonRules(FIXTURE, Set.of(controller + "fixture.violating.shop.application.Baskets",
                controller + "fixture.violating.shop.adapter.persistence.JooqBaskets", controller + "fixture.violating.Gone"));

        tolerant.webAdaptersUseTheApiTheDomainAndUseCasesOnly().check(fixture);
        assertThat(tolerant.toleratedButGone(fixture)).containsExactly(controller + "fixture.violating.Gone");
    }

    @Test
    void modulithVerificationCatchesTheFixture() {
        var modules = ApplicationModules.of(FIXTURE, location -> true);

        assertThatExceptionOfType(Violations.class).isThrownBy(modules::verify)
                .withMessageContaining("non-exposed type");
    }

    @Test
    void anArtifactWithTwoTopLevelPackagesIsCaught() throws Exception {
        var testClasses = Location.of(RulesCanFailTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> ModularityTests.assertOwnsOneTopLevelPackage(testClasses, FIXTURE))
                .withMessageContaining("billing").withMessageContaining("shop");
    }
}
