package io.elif.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The documents under docs/ that the build generates from the code (OpenAPI document, module diagrams,
 * permission matrix). A build compares them and fails on a difference; only a build run with
 * {@code -Delif.docs.write=true} writes them, so a change of the documents is always a deliberate,
 * reviewed commit and an ordinary build leaves the working tree as it found it.
 */
public final class GeneratedDocs {

    public static final String WRITE_SWITCH = "elif.docs.write";
    static final String REGENERATE = "regenerate with: ./mvnw -pl bootstrap -am verify "
            + "-Dtest='OpenApiExportTests,ModularityTests,PermissionMatrixTests' -Dsurefire.failIfNoSpecifiedTests=false "
            + "-D" + WRITE_SWITCH + "=true, then review and commit the change";

    private GeneratedDocs() {
    }

    /** docs/ of the repository, seen from the module the tests run in. */
    public static Path docs() {
        return Path.of(System.getProperty("basedir", ".")).resolve("../docs").toAbsolutePath().normalize();
    }

    /** A scratch folder under the module's target/ for documents generated before they are compared. */
    public static Path scratch(String name) {
        return Path.of(System.getProperty("basedir", ".")).resolve("target/generated-docs").resolve(name)
                .toAbsolutePath().normalize();
    }

    static boolean writing() {
        return Boolean.parseBoolean(System.getProperty(WRITE_SWITCH, "false"));
    }

    /** Checks (or with the switch, writes) one document, {@code relative} to docs/. */
    public static void check(String relative, String generated) {
        check(docs(), relative, generated, writing());
    }

    /** Checks (or with the switch, mirrors) a folder of documents generated into {@code generated}. */
    public static void checkFolder(String relative, Path generated) {
        checkFolder(docs(), relative, generated, writing());
    }

    static void check(Path docs, String relative, String generated, boolean writing) {
        var target = docs.resolve(relative);
        if (writing) {
            write(target, generated);
            return;
        }
        var committed = read(target);
        if (committed == null) {
            throw new AssertionError("docs/" + relative + " is missing; " + REGENERATE);
        }
        var difference = firstDifference(committed, generated);
        if (difference != null) {
            throw new AssertionError("docs/" + relative + " differs from what the code generates (" + difference + "); "
                    + REGENERATE);
        }
    }

    static void checkFolder(Path docs, String relative, Path generated, boolean writing) {
        var target = docs.resolve(relative);
        var expected = fileNames(generated);
        var committed = fileNames(target);
        if (writing) {
            committed.stream().filter(name -> !expected.contains(name)).forEach(name -> delete(target.resolve(name)));
            expected.forEach(name -> write(target.resolve(name), read(generated.resolve(name))));
            return;
        }
        var problems = new ArrayList<String>();
        expected.stream().filter(name -> !committed.contains(name)).forEach(name -> problems.add(name + " is missing"));
        committed.stream().filter(name -> !expected.contains(name)).forEach(name -> problems.add(name + " is no longer generated"));
        for (var name : expected) {
            if (committed.contains(name)) {
                var difference = firstDifference(read(target.resolve(name)), read(generated.resolve(name)));
                if (difference != null) {
                    problems.add(name + " differs (" + difference + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("docs/" + relative + " differs from what the code generates: "
                    + String.join("; ", problems) + "; " + REGENERATE);
        }
    }

    /** The first line that differs, both versions shown, or null when the texts are equal. */
    static String firstDifference(String committed, String generated) {
        if (committed.equals(generated)) {
            return null;
        }
        List<String> was = committed.lines().toList();
        List<String> is = generated.lines().toList();
        for (int line = 0; line < Math.max(was.size(), is.size()); line++) {
            var old = line < was.size() ? was.get(line) : "<end of file>";
            var now = line < is.size() ? is.get(line) : "<end of file>";
            if (!old.equals(now)) {
                return "line " + (line + 1) + ": committed \"" + old.strip() + "\", generated \"" + now.strip() + "\"";
            }
        }
        return "line endings differ";
    }

    private static Set<String> fileNames(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new TreeSet<>();
        }
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
