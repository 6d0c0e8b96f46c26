package org.kissdetect.teach.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.kissdetect.api.classify.ModelException;

/**
 * The pretrained backbones a detector is taught on, from the folder {@code kissdetect models import} wrote them
 * to, or none: the seeded random backbones.
 *
 * @param image ResNet-18's ImageNet weights, or {@code null}
 * @param audio VGGish's AudioSet weights, or {@code null}
 */
record Backbones(Path image, Path audio) {

    static final String RESNET18 = "resnet18-imagenet.safetensors";
    static final String VGGISH = "vggish-audioset.safetensors";
    static final String RANDOM_NOTICE = "Its backbones are seeded random networks, not the pretrained ImageNet and"
            + " AudioSet ones (none were found; set the backbones folder in the preferences after importing them with"
            + " `kissdetect models import`): such a model only learns what random features can see, enough for"
            + " generated films' synthetic signature, not for kissing in real films";

    /**
     * @param folder the backbones folder, or {@code null} for none
     * @throws ModelException when a folder is named but does not hold both imported backbones
     */
    static Backbones in(Path folder) throws ModelException {
        if (folder == null) {
            return new Backbones(null, null);
        }
        for (String name : new String[] {RESNET18, VGGISH}) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                throw new ModelException(folder, "the backbones folder holds no " + name + ": import torchvision's"
                        + " resnet18-f37072fd.pth and torchvggish's vggish-10086976.pth into it with `kissdetect models"
                        + " import FILE... --out " + folder + "`, or clear the backbones folder preference to teach on"
                        + " random backbones");
            }
        }
        return new Backbones(folder.resolve(RESNET18), folder.resolve(VGGISH));
    }

    boolean random() {
        return image == null;
    }
}
