package org.kissdetect.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCopiesTest {

    @TempDir
    Path folder;

    private final List<String> copied = new ArrayList<>();

    private LocalCopies copies(long budget) {
        return new LocalCopies(folder, budget, (uri, target) -> {
            if (uri.contains("unreadable")) {
                Files.write(target, new byte[10]);
                throw new IOException("connection reset");
            }
            copied.add(uri);
            Files.write(target, new byte[100]);
        });
    }

    @Test
    void aFileIsCopiedOnceWhileItsCopyIsKept() throws IOException {
        LocalCopies copies = copies(1_000);
        Path first;
        try (LocalCopies.Lease lease = copies.lease("hdfs://archive/films/a.mp4")) {
            first = lease.path();
            assertThat(first.getFileName().toString()).isEqualTo("a.mp4");
            assertThat(first).hasSize(100);
        }
        try (LocalCopies.Lease again = copies.lease("hdfs://archive/films/a.mp4")) {
            assertThat(again.path()).isEqualTo(first).exists();
        }
        assertThat(copied).containsExactly("hdfs://archive/films/a.mp4");
    }

    @Test
    void pastTheBudgetTheLeastRecentlyUsedUnheldCopiesGo() throws IOException {
        LocalCopies copies = copies(250);
        LocalCopies.Lease held = copies.lease("s3a://bucket/held.mp4");
        Path a;
        try (LocalCopies.Lease lease = copies.lease("s3a://bucket/a.mp4")) {
            a = lease.path();
        }
        Path b;
        try (LocalCopies.Lease lease = copies.lease("s3a://bucket/b.mp4")) {
            b = lease.path();
        }
        assertThat(a).as("the least recently used copy no task holds").doesNotExist();
        assertThat(b).exists();
        assertThat(held.path()).as("held by a task").exists();
        assertThat(copies.bytes()).isLessThanOrEqualTo(250);
        held.close();
        try (LocalCopies.Lease lease = copies.lease("s3a://bucket/c.mp4")) {
            assertThat(held.path()).as("released, then the least recently used").doesNotExist();
            assertThat(lease.path()).exists();
        }
    }

    @Test
    void aHeldCopyStaysEvenOverTheBudget() throws IOException {
        LocalCopies copies = copies(50);
        try (LocalCopies.Lease a = copies.lease("hdfs://x/a.mp4"); LocalCopies.Lease b = copies.lease("hdfs://x/b.mp4")) {
            assertThat(a.path()).exists();
            assertThat(b.path()).exists();
        }
        assertThat(copies.bytes()).isZero();
    }

    @Test
    void aFailedCopyLeavesNothingAndIsTriedAgain() throws IOException {
        LocalCopies copies = copies(1_000);
        assertThatThrownBy(() -> copies.lease("hdfs://x/unreadable.mp4")).hasMessageContaining("connection reset");
        assertThat(copies.bytes()).isZero();
        assertThatThrownBy(() -> copies.lease("hdfs://x/unreadable.mp4")).hasMessageContaining("connection reset");
        try (var left = Files.walk(folder)) {
            assertThat(left.filter(Files::isRegularFile)).as("no partial copy is used").allSatisfy(
                    file -> assertThat(file.getFileName().toString()).endsWith(".partial"));
        }
    }
}
