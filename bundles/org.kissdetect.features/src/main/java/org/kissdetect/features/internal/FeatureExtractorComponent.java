package org.kissdetect.features.internal;

import java.util.SplittableRandom;

import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.LogMelExamples;
import org.kissdetect.api.features.ModelInput;
import org.osgi.service.component.annotations.Component;

/**
 * The feature-extraction service: {@link ImageTransforms} for the still, {@link VggishFrontEnd} for the sound,
 * {@link ClipTransform} for the clip of a model that looks at motion.
 * Nothing is configurable: the networks fix every number. Thread-safe (no mutable state; scratch per call).
 *
 * <p>A second's audio is 15,360 samples (960 ms), but the reference framing needs 15,600 (975 ms) for its 96
 * frames: the window is followed by 240 zero samples (15 ms), so the last two of the 96 frames end in 80 and
 * 240 zeros. {@link #logMel} pads nothing: it returns the reference's examples exactly. Non-finite samples are
 * rejected with an {@link IllegalArgumentException} naming the first one's index.
 */
@Component(service = FeatureExtractor.class, immediate = true)
public final class FeatureExtractorComponent implements FeatureExtractor {

    /** The signal length one second's patch is computed over: its 960 ms and the zeros that complete the frames. */
    static final int PADDED_SECOND = VggishFrontEnd.EXAMPLE_SAMPLES;

    private final ImageTransforms images = new ImageTransforms();
    private final VggishFrontEnd frontEnd = new VggishFrontEnd();

    @Override
    public ModelInput extract(SecondSample sample) {
        requireSample(sample);
        float[] patch = secondPatch(sample);
        return new ModelInput(sample.second(), images.inference(sample.still()), patch);
    }

    @Override
    public ModelInput extract(SecondSample sample, ClipPreprocessing clip) {
        requireSample(sample);
        if (clip == null) {
            throw new IllegalArgumentException("second " + sample.second() + ": no clip preprocessing given");
        }
        float[] prepared = ClipTransform.prepare(sample.second(), sample.clip(), clip);
        return new ModelInput(sample.second(), images.inference(sample.still()), secondPatch(sample), prepared);
    }

    /**
     * The still as {@link #augment(SecondSample, long)} with the same seed; the clip from its own stream of that seed,
     * so adding a clip changes nothing of the still's draw.
     */
    @Override
    public ModelInput augment(SecondSample sample, ClipPreprocessing clip, long seed) {
        requireSample(sample);
        if (clip == null) {
            throw new IllegalArgumentException("second " + sample.second() + ": no clip preprocessing given");
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[] prepared = ClipTransform.augment(sample.second(), sample.clip(), clip, random.split());
        return new ModelInput(sample.second(), images.training(sample.still(), new SplittableRandom(seed)),
                secondPatch(sample), prepared);
    }

    @Override
    public ModelInput augment(SecondSample sample, long seed) {
        requireSample(sample);
        float[] patch = secondPatch(sample);
        return new ModelInput(sample.second(), images.training(sample.still(), new SplittableRandom(seed)), patch);
    }

    @Override
    public LogMelExamples logMel(float[] waveform) {
        if (waveform == null || waveform.length == 0) {
            throw new IllegalArgumentException("the waveform is " + (waveform == null ? "missing" : "empty"));
        }
        requireFinite(waveform, "waveform");
        return new LogMelExamples(VggishFrontEnd.exampleCount(waveform.length),
                frontEnd.examples(waveform, waveform.length));
    }

    private float[] secondPatch(SecondSample sample) {
        requireFinite(sample.audio(), "second " + sample.second() + ": audio");
        return frontEnd.examples(sample.audio(), PADDED_SECOND);
    }

    private static void requireSample(SecondSample sample) {
        if (sample == null) {
            throw new IllegalArgumentException("no sample to extract features from");
        }
    }

    private static void requireFinite(float[] samples, String what) {
        for (int i = 0; i < samples.length; i++) {
            if (!Float.isFinite(samples[i])) {
                throw new IllegalArgumentException(what + " sample " + i + " is " + samples[i]);
            }
        }
    }
}
