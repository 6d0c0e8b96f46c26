package org.kissdetect.api.checkpoint;

import java.nio.file.Path;

/**
 * A file an import wrote.
 *
 * @param path   where it is
 * @param sha256 its sha256, lower-case hex
 * @param what   what it holds, as a phrase such as {@code "torchvision ResNet-18 backbone (ImageNet)"}
 */
public record ImportedFile(Path path, String sha256, String what) {
}
