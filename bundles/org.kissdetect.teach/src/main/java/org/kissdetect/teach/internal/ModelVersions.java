package org.kissdetect.teach.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions of a project's taught models in the user's models folder: {@code kissing-PROJECT-vN}, N counting
 * from 1. A new model takes the next N and never replaces a directory.
 */
final class ModelVersions {

    private ModelVersions() {
    }

    /** @return the model id of a project: {@code kissing-} and the project's name in lower-case letters, digits and dashes */
    static String modelId(String project) {
        String ascii = Normalizer.normalize(project, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return "kissing-" + (slug.isEmpty() ? "project" : slug);
    }

    /** @return the next version of the project's models in the folder: one more than the highest there, else 1 */
    static int next(Path modelsFolder, String modelId) throws IOException {
        if (!Files.isDirectory(modelsFolder)) {
            return 1;
        }
        Pattern version = Pattern.compile(Pattern.quote(modelId) + "-v(\\d{1,9})");
        int highest = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(modelsFolder)) {
            for (Path entry : entries) {
                Matcher matcher = version.matcher(String.valueOf(entry.getFileName()));
                if (matcher.matches()) {
                    highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
                }
            }
        }
        return highest + 1;
    }

    static Path directory(Path modelsFolder, String modelId, int version) {
        return modelsFolder.resolve(modelId + "-v" + version);
    }
}
