package io.elif.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import io.elif.ElifApplication;
import io.elif.bootstrap.GeneratedDocs;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The boundaries of ELIF's modules, enforced on every build, and their documentation in docs/modules. */
class ModularityTests {

    static final String ROOT = "io.elif";
    static final ApplicationModules MODULES = ApplicationModules.of(ElifApplication.class,
            JavaClass.Predicates.resideInAPackage(ROOT + ".testing.."));

    @Test
    void modulesOnlyUseEachOthersApiAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void everyBusinessModuleIsKnown() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("catalog", "inventory", "sales", "purchasing", "reporting", "identity", "bootstrap");
    }

    /**
     * Web adapters that still use a driven port's records, tolerated one by one ("origin -> target"): a new
     * violation fails the build, and an entry must go when its violation is fixed. None left (issue 9 fixed
     * identity's audit and token views, the last ones).
     */
    static final Set<String> TOLERATED_WEB_ADAPTER_VIOLATIONS = Set.of();
    static final HexagonRules HEXAGON = new HexagonRules(ROOT, TOLERATED_WEB_ADAPTER_VIOLATIONS);
    static final JavaClasses PRODUCTION_CLASSES = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(ROOT);

    @Test
    void modulesFollowTheHexagon() {
        HEXAGON.all().check(PRODUCTION_CLASSES);
    }

    @Test
    void everyToleratedViolationStillOccurs() {
        assertThat(HEXAGON.toleratedButGone(PRODUCTION_CLASSES)).as("fixed, so remove from the tolerated list").isEmpty();
    }

    @Test
    void eachArtifactOwnsOneTopLevelPackage() throws IOException, URISyntaxException {
        var artifacts = artifactsOf(ROOT);

        assertThat(artifacts).hasSizeGreaterThanOrEqualTo(7);
        artifacts.forEach(artifact -> assertOwnsOneTopLevelPackage(artifact, ROOT));
    }

    /** The diagrams are generated into target/ and compared with docs/modules (see {@link GeneratedDocs}). */
    @Test
    void docsHoldTheModuleDiagramsOfTheCode() throws IOException {
        var generated = GeneratedDocs.scratch("modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeDocumentation()
                .writeModuleCanvases();
        sortRelations(generated);
        sortCanvasLists(generated);

        try (var files = Files.list(generated)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .contains("components.puml", "module-catalog.puml", "module-inventory.puml");
        }
        GeneratedDocs.checkFolder("modules", generated);
    }

    /** The Documenter lists relations in no fixed order; sorted, the files only change when the modules do. */
    private static void sortRelations(Path docs) throws IOException {
        try (var files = Files.list(docs)) {
            for (var file : files.filter(path -> path.toString().endsWith(".puml")).toList()) {
                var lines = Files.readAllLines(file);
                var relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().iterator();
                var sorted = lines.stream().map(line -> line.startsWith("Rel(") ? relations.next() : line).toList();
                Files.write(file, sorted);
            }
        }
    }

    /** The canvases list a cell's items (events listened to, beans...) in no fixed order either: sorted per cell. */
    private static void sortCanvasLists(Path docs) throws IOException {
        try (var files = Files.list(docs)) {
            for (var file : files.filter(path -> path.toString().endsWith(".adoc")).toList()) {
                var lines = Files.readAllLines(file);
                var sorted = new ArrayList<String>();
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).startsWith("|* ")) {
                        sorted.add(lines.get(i));
                        continue;
                    }
                    var items = new ArrayList<String>(List.of(lines.get(i).substring(3)));
                    while (i + 1 < lines.size() && lines.get(i + 1).startsWith("* ")) {
                        items.add(lines.get(++i).substring(2));
                    }
                    Collections.sort(items);
                    sorted.add("|* " + items.getFirst());
                    items.subList(1, items.size()).forEach(item -> sorted.add("* " + item));
                }
                Files.write(file, sorted);
            }
        }
    }

    /** The folders and jars on the class path that hold classes under the root, tests excluded. */
    static Set<Location> artifactsOf(String root) throws IOException, URISyntaxException {
        var artifacts = new java.util.LinkedHashSet<Location>();
        for (var url : Collections.list(ModularityTests.class.getClassLoader().getResources(root.replace('.', '/')))) {
            var location = url.toString();
            if (location.contains("/test-classes/")) {
                continue;
            }
            var base = location.substring(0, location.length() - root.length());
            artifacts.add(Location.of(new java.net.URI(base)));
        }
        return artifacts;
    }

    /** Each artifact owns one package below the root; the application class may sit in the root beside it. */
    static void assertOwnsOneTopLevelPackage(Location artifact, String root) {
        var packages = new ClassFileImporter().importLocations(Set.of(artifact)).stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(root + "."))
                .map(name -> name.substring(root.length() + 1).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages).as("top-level packages under %s of %s", root, artifact).hasSize(1);
    }
}
