package org.kissdetect.checkpoints.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kissdetect.api.checkpoint.CheckpointException;

/**
 * torch.hub's convention: a file named {@code NAME-HEX.pth} (torchvision's {@code resnet18-f37072fd.pth},
 * torchvggish's {@code vggish-10086976.pth}) claims that its sha256 starts with {@code HEX}; torch.hub refuses a
 * download whose bytes do not have it, and so does the import. Eight hex digits at least, as publishers use.
 */
final class HashClaim {

    private static final Pattern CLAIM = Pattern.compile("-([0-9a-f]{8,64})\\.pth$");

    private HashClaim() {
    }

    /** @return the hex digits a file's name claims, if it claims any */
    static Optional<String> of(Path file) {
        Path name = file.getFileName();
        Matcher matcher = CLAIM.matcher(name == null ? "" : name.toString());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Refuses a file whose name claims a hash its bytes do not have, naming both. */
    static void check(Path file, String sha256) throws CheckpointException {
        Optional<String> claimed = of(file);
        if (claimed.isPresent() && !sha256.startsWith(claimed.get())) {
            throw new CheckpointException(file, "its name claims a sha256 starting with " + claimed.get()
                    + " but its bytes have sha256 " + sha256 + ": damaged, or not the file it is named after");
        }
    }
}
