package org.kissdetect.resnet3d.internal.network;

import java.util.Locale;

/**
 * How the first block of layer2..4 of Hara et al.'s 3D ResNet carries its input past a change of width and stride
 * ({@code shortcut_type} in their {@code models/resnet.py}).
 */
public enum Shortcut {
    /** No parameters: every second element along T, H and W, then zero channels up to the new width. */
    A,
    /** {@code downsample.0}, a 1x1x1 convolution of stride 2 without bias, then {@code downsample.1}, a batch norm. */
    B;

    /**
     * @param text {@code "A"} or {@code "B"}, in either case
     * @return the shortcut type
     * @throws IllegalArgumentException for anything else
     */
    public static Shortcut of(String text) {
        if (text != null) {
            for (Shortcut shortcut : values()) {
                if (shortcut.name().equals(text.toUpperCase(Locale.ROOT))) {
                    return shortcut;
                }
            }
        }
        throw new IllegalArgumentException("shortcut is '" + text + "', expected A or B");
    }
}
