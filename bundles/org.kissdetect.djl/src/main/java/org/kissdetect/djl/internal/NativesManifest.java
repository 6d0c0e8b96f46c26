package org.kissdetect.djl.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kissdetect.common.files.AtomicFiles;
import org.kissdetect.common.text.Sha256;


/** What a natives folder held when it was unpacked: per file, its size, modification time and sha256. */
final class NativesManifest {

    record Entry(long size, long modifiedNanos, String sha256) {

        static Entry parse(String text) {
            String[] parts = text.trim().split(" ");
            if (parts.length != 3) {
                throw new IllegalArgumentException(text);
            }
            return new Entry(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]);
        }

        String format() {
            return size + " " + modifiedNanos + " " + sha256;
        }
    }

    private final Map<String, Entry> entries;

    private NativesManifest(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The manifest of a folder whose files were just written with these hashes. */
    static NativesManifest of(Path folder, Map<String, String> hashes) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        for (Map.Entry<String, String> file : hashes.entrySet()) {
            BasicFileAttributes attributes = Files.readAttributes(folder.resolve(file.getKey()), BasicFileAttributes.class);
            entries.put(file.getKey(), new Entry(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    file.getValue()));
        }
        return new NativesManifest(entries);
    }

    /** The manifest at {@code file}, or null when there is none or it cannot be read (the folder is unpacked again). */
    static NativesManifest read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            Map<String, Entry> entries = new TreeMap<>();
            properties.forEach((name, entry) -> entries.put((String) name, Entry.parse((String) entry)));
            return entries.isEmpty() ? null : new NativesManifest(entries);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    void write(Path file) throws IOException {
        Properties properties = new Properties();
        entries.forEach((name, entry) -> properties.setProperty(name, entry.format()));
        String comment = "Files of " + file.getFileName().toString().replace(".manifest", "")
                + " as unpacked: size, modification time (ns), sha256";
        AtomicFiles.write(file, out -> properties.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), comment));
    }

    /**
     * Checks {@code folder} against this manifest. Sizes and times are compared; a file whose time changed is hashed,
     * and when its content is still the one unpacked, its new time is recorded in {@code manifestFile}.
     *
     * @return what is wrong, in a few words naming the file, or null when the folder is intact
     */
    String damage(Path folder, Set<String> expected, Path manifestFile) throws IOException {
        if (!entries.keySet().equals(expected)) {
            return "unpacked from other files";
        }
        Set<String> present;
        try (Stream<Path> listing = Files.list(folder)) {
            present = listing.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        } catch (NoSuchFileException e) {
            return "the folder is missing";
        }
        for (String name : present) {
            if (!entries.containsKey(name)) {
                return "unexpected file " + name;
            }
        }
        boolean retimed = false;
        for (Map.Entry<String, Entry> file : entries.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Entry expectedEntry = file.getValue();
            if (!Files.isRegularFile(path)) {
                return file.getKey() + " is missing";
            }
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.size() != expectedEntry.size()) {
                return file.getKey() + " has " + attributes.size() + " bytes instead of " + expectedEntry.size();
            }
            long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            if (modified != expectedEntry.modifiedNanos()) {
                if (!Sha256.hex(path).equals(expectedEntry.sha256())) {
                    return file.getKey() + " was modified";
                }
                file.setValue(new Entry(expectedEntry.size(), modified, expectedEntry.sha256()));
                retimed = true;
            }
        }
        if (retimed) {
            write(manifestFile);
        }
        return null;
    }

}
