package org.kissdetect.resnet3d.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.common.text.Sha256;

class ClassListTest {

    @TempDir
    Path folder;

    @Test
    void oneNameALineKeepsTheOrderAndRecordsTheFilesHash() throws IOException {
        Path file = write("abseiling\r\nair drumming\n\nkissing\n");

        ClassList list = ClassList.read(file);

        assertThat(list.names()).containsExactly("abseiling", "air drumming", "kissing");
        assertThat(list.sha256()).isEqualTo(Sha256.hex(Files.readAllBytes(file)));
    }

    @Test
    void aDatasetCsvNumbersLabelsInTheOrderTheyFirstAppear() throws IOException {
        Path file = write("""
                label,youtube_id,time_start,time_end,split
                kissing,abc,10,20,train
                "passing American football (in game)",def,0,10,train
                abseiling,ghi,3,13,train
                kissing,jkl,5,15,train
                "say ""hi"", wave",mno,1,11,train
                """);

        assertThat(ClassList.read(file).names()).containsExactly("kissing", "passing American football (in game)",
                "abseiling", "say \"hi\", wave");
    }

    @Test
    void theLabelColumnMayBeAnywhere() throws IOException {
        Path file = write("\uFEFFyoutube_id,label\nx,b\ny,a\nz,b\n");

        assertThat(ClassList.read(file).names()).containsExactly("b", "a");
    }

    @Test
    void aNameTwiceInALineListIsRefused() throws IOException {
        Path file = write("kissing\nhugging\nkissing\n");

        assertThatThrownBy(() -> ClassList.read(file)).hasMessage("line 3 names class 'kissing' a second time");
    }

    @Test
    void aCsvRowWithoutItsLabelIsRefused() throws IOException {
        Path file = write("youtube_id,label\nx,a\ny\n");

        assertThatThrownBy(() -> ClassList.read(file)).hasMessage("line 3 has 1 fields, no 'label'");
    }

    @Test
    void emptyBinaryAndMissingFilesAreRefused() throws IOException {
        Path empty = write("\n\n");
        Path binary = Files.write(folder.resolve("b.pth"), new byte[] {(byte) 0x80, 2, (byte) 0xff});

        assertThatThrownBy(() -> ClassList.read(empty)).hasMessage("holds no class names");
        assertThatThrownBy(() -> ClassList.read(binary)).hasMessage("is not UTF-8 text");
        assertThatThrownBy(() -> ClassList.read(folder.resolve("none.txt"))).hasMessage("does not exist");
        assertThatThrownBy(() -> ClassList.read(folder)).hasMessage("is not a regular file");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(folder.resolve("classes.txt"), text, StandardCharsets.UTF_8);
    }
}
