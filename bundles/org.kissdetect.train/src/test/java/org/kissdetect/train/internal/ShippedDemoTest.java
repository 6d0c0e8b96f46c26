package org.kissdetect.train.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.common.text.Sha256;

class ShippedDemoTest {

    @TempDir
    Path directory;
    Path parameters;
    ShippedDemo shipped;

    @BeforeEach
    void aDirectoryHoldingTheShippedModel() throws Exception {
        byte[] weights = "the demo model's parameters".getBytes(StandardCharsets.UTF_8);
        byte[] metadata = ("{\"id\":\"demo\",\"sha256\":{\"" + ShippedDemo.PARAMETERS + "\":\"" + Sha256.hex(weights)
                + "\"}}").getBytes(StandardCharsets.UTF_8);
        shipped = new ShippedDemo(metadata, "head".getBytes(StandardCharsets.UTF_8));
        Files.write(directory.resolve(ShippedDemo.METADATA), metadata);
        parameters = Files.write(directory.resolve(ShippedDemo.PARAMETERS), weights);
    }

    @Test
    void parametersOfThePinnedHashAreTheShippedModelAndAreRecordedAsChecked() throws Exception {
        assertThat(shipped.isIn(directory)).isTrue();
        assertThat(directory.resolve(ShippedDemo.CHECKED)).isRegularFile();
        assertThat(shipped.isIn(directory)).isTrue();
    }

    @Test
    void unchangedParametersAreNotHashedAgain() throws Exception {
        assertThat(shipped.isIn(directory)).isTrue();
        FileTime time = Files.getLastModifiedTime(parameters);
        // Same size, same time, same file: what only the classifier's own hashing at load time can tell apart.
        Files.writeString(parameters, "the demo model's Parameters");
        Files.setLastModifiedTime(parameters, time);

        assertThat(shipped.isIn(directory)).isTrue();
    }

    @Test
    void parametersChangedSinceTheyWereCheckedAreHashedAndRefused() throws Exception {
        assertThat(shipped.isIn(directory)).isTrue();
        Files.writeString(parameters, "the demo model's Parameters");
        Files.setLastModifiedTime(parameters, FileTime.fromMillis(0));

        assertThat(shipped.isIn(directory)).isFalse();
    }

    @Test
    void otherMetadataOrAMissingFileIsNotTheShippedModel() throws Exception {
        assertThat(shipped.isIn(directory)).isTrue();
        Files.writeString(directory.resolve(ShippedDemo.METADATA), "{\"id\":\"demo-2\"}");
        assertThat(shipped.isIn(directory)).isFalse();

        Files.delete(directory.resolve(ShippedDemo.METADATA));
        assertThat(shipped.isIn(directory)).isFalse();
    }

    @Test
    void aDamagedOrForeignCheckRecordIsIgnored() throws Exception {
        Files.write(directory.resolve(ShippedDemo.CHECKED), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertThat(shipped.isIn(directory)).isTrue();

        Files.writeString(parameters, "the demo model's Parameters");
        Files.setLastModifiedTime(parameters, FileTime.fromMillis(0));
        Files.writeString(directory.resolve(ShippedDemo.CHECKED), "forged");
        assertThat(shipped.isIn(directory)).isFalse();
    }
}
