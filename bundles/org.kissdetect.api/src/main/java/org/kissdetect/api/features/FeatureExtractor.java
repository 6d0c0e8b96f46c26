package org.kissdetect.api.features;

import org.kissdetect.api.decode.SecondSample;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns decoded seconds into network inputs. Thread-safe and free of native code.
 */
@ProviderType
public interface FeatureExtractor {

    /**
     * The inference transform: short side to 256, centre crop 224x224, ImageNet normalisation; the VGGish front
     * end on the 960 ms window.
     *
     * @param sample a decoded second
     * @return its network inputs
     * @throws IllegalArgumentException when the audio holds non-finite samples
     */
    ModelInput extract(SecondSample sample);

    /**
     * The training transform of the paper: a random resized crop (8-100 % of the area, aspect 3/4-4/3) resized to
     * 224x224 and a random horizontal flip, then the same normalisation; the audio as in {@link #extract}.
     *
     * @param sample a decoded second
     * @param seed   the seed of the random choices; the same seed gives the same tensors
     * @return its augmented network inputs
     * @throws IllegalArgumentException when the audio holds non-finite samples
     */
    ModelInput augment(SecondSample sample, long seed);

    /**
     * The VGGish front end over a whole waveform, for checking it against other implementations.
     *
     * @param waveform mono samples at 16 kHz in {@code [-1, 1]}
     * @return one example per complete 0.96 s
     * @throws IllegalArgumentException when the waveform holds non-finite samples
     */
    LogMelExamples logMel(float[] waveform);

    /**
     * The inference transform of {@link #extract(SecondSample)}, plus the second's clip prepared as a model that
     * looks at motion wants it.
     *
     * @param sample a decoded second, opened with {@code clip.decoding()}
     * @param clip   how the model wants its clip
     * @return its network inputs, the clip among them
     * @throws IllegalArgumentException      when the audio holds non-finite samples, or the sample's clip frames are
     *                                       not of the requested short side or more than requested
     * @throws UnsupportedOperationException when this extractor cannot prepare clips (this default)
     * @since 1.1
     */
    default ModelInput extract(SecondSample sample, ClipPreprocessing clip) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot prepare clips");
    }

    /**
     * The training transform of {@link #augment(SecondSample, long)} for a model that looks at motion: the still as
     * there, and the clip under one random resized crop (8-100 % of the area, aspect 3/4-4/3) and one horizontal flip
     * drawn for the whole clip, so that every frame is cut and mirrored alike, resized to the clip's crop size and
     * normalised as {@code clip} says.
     *
     * @param sample a decoded second, opened with {@code clip.decoding()}
     * @param clip   how the model wants its clip
     * @param seed   the seed of the random choices; the same seed gives the same tensors
     * @return its augmented network inputs, the clip among them
     * @throws IllegalArgumentException      as {@link #extract(SecondSample, ClipPreprocessing)}
     * @throws UnsupportedOperationException when this extractor cannot augment clips (this default)
     * @since 1.2
     */
    default ModelInput augment(SecondSample sample, ClipPreprocessing clip, long seed) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot augment clips");
    }
}
