package org.kissdetect.classify.internal.checkpoint;

import org.kissdetect.api.checkpoint.CheckpointLayout;
import org.osgi.service.component.annotations.Component;

/** torchvggish's AudioSet VGGish ({@code vggish-10086976.pth}) as {@code vggish-audioset.safetensors}. */
@Component(service = CheckpointLayout.class)
public final class VggishCheckpointLayout extends BackboneCheckpointLayout {

    public VggishCheckpointLayout() {
        super("torchvggish VGGish", "vggish-audioset.safetensors", "VGGish backbone weights (train --vggish)",
                ReferenceShapes.vggish(), tensor -> false);
    }
}
