package org.kissdetect.classify.internal.checkpoint;

import org.kissdetect.api.checkpoint.CheckpointLayout;
import org.osgi.service.component.annotations.Component;

/**
 * torchvision's ImageNet ResNet-18 ({@code resnet18-f37072fd.pth}) as {@code resnet18-imagenet.safetensors}: its
 * classifier {@code fc.*} and batch counters are left out. A ResNet-34 has more blocks, so is not taken for it.
 */
@Component(service = CheckpointLayout.class)
public final class ResNet18CheckpointLayout extends BackboneCheckpointLayout {

    public ResNet18CheckpointLayout() {
        super("torchvision ResNet-18", "resnet18-imagenet.safetensors",
                "ResNet-18 backbone weights (train --resnet18)", ReferenceShapes.resnet18(),
                tensor -> tensor.equals("fc.weight") || tensor.equals("fc.bias")
                        || tensor.endsWith(".num_batches_tracked"));
    }
}
