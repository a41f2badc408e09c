package io.elif.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The drift check of the generated documents fails on a difference and writes only when told to. */
class GeneratedDocsTests {

    @TempDir
    Path docs;

    @Test
    void aDocumentThatDriftedFailsWithTheLineAndHowToRegenerate() throws IOException {
        Files.writeString(docs.resolve("api.json"), "{\n  \"a\": 1\n}\n");

        assertThatCode(() -> GeneratedDocs.check(docs, "api.json", "{\n  \"a\": 1\n}\n", false)).doesNotThrowAnyException();
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> GeneratedDocs.check(docs, "api.json", "{\n  \"a\": 2\n}\n", false))
                .withMessageContaining("docs/api.json").withMessageContaining("line 2")
                .withMessageContaining("-Delif.docs.write=true");
        assertThat(docs.resolve("api.json")).content().contains("\"a\": 1");
    }

    @Test
    void aFolderWithAMissingAStaleOrAChangedFileFails(@TempDir Path generated) throws IOException {
        Files.createDirectories(docs.resolve("modules"));
        Files.writeString(docs.resolve("modules/kept.puml"), "same\n");
        Files.writeString(docs.resolve("modules/changed.puml"), "old\n");
        Files.writeString(docs.resolve("modules/stale.puml"), "gone\n");
        Files.writeString(generated.resolve("kept.puml"), "same\n");
        Files.writeString(generated.resolve("changed.puml"), "new\n");
        Files.writeString(generated.resolve("added.puml"), "added\n");

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> GeneratedDocs.checkFolder(docs, "modules", generated, false))
                .withMessageContaining("added.puml is missing").withMessageContaining("stale.puml is no longer generated")
                .withMessageContaining("changed.puml differs");
        assertThat(docs.resolve("modules/changed.puml")).content().isEqualTo("old\n");
    }

    @Test
    void theSwitchWritesTheGeneratedVersionAndDropsStaleFiles(@TempDir Path generated) throws IOException {
        Files.createDirectories(docs.resolve("modules"));
        Files.writeString(docs.resolve("modules/stale.puml"), "gone\n");
        Files.writeString(generated.resolve("added.puml"), "added\n");

        GeneratedDocs.checkFolder(docs, "modules", generated, true);
        GeneratedDocs.check(docs, "api.json", "{}\n", true);

        assertThat(docs.resolve("modules")).isDirectoryContaining("glob:**/added.puml")
                .isDirectoryNotContaining("glob:**/stale.puml");
        assertThat(docs.resolve("api.json")).content().isEqualTo("{}\n");
        assertThatCode(() -> GeneratedDocs.checkFolder(docs, "modules", generated, false)).doesNotThrowAnyException();
    }
}
