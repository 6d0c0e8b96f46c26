package org.kissdetect.teach.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelVersionsTest {

    @TempDir
    Path models;

    @Test
    void aProjectsNameBecomesAPlainModelId() {
        assertThat(ModelVersions.modelId("Amélie — reel 2.json")).isEqualTo("kissing-amelie-reel-2-json");
        assertThat(ModelVersions.modelId("!!!")).isEqualTo("kissing-project");
    }

    @Test
    void theNextVersionIsOneMoreThanTheHighestOfTheProject() throws Exception {
        assertThat(ModelVersions.next(models.resolve("missing"), "kissing-a")).isEqualTo(1);
        Files.createDirectories(models.resolve("kissing-a-v1"));
        Files.createDirectories(models.resolve("kissing-a-v7"));
        Files.createDirectories(models.resolve("kissing-ab-v9"));
        Files.createDirectories(models.resolve(".kissing-a-v8.123.partial"));

        assertThat(ModelVersions.next(models, "kissing-a")).isEqualTo(8);
        assertThat(ModelVersions.directory(models, "kissing-a", 8)).isEqualTo(models.resolve("kissing-a-v8"));
    }
}
