package org.kissdetect.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.model.DetectorLoader;
import org.kissdetect.classify.internal.model.DeviceChoice;
import org.kissdetect.classify.internal.model.LoadedDetector;
import org.kissdetect.classify.internal.model.ModelDirectoryWriter;
import org.kissdetect.classify.internal.model.RandomDetector;
import org.kissdetect.classify.internal.model.TestInputs;
import org.kissdetect.classify.internal.network.DetectorNetwork;
import org.kissdetect.classify.internal.network.Variant;
import org.kissdetect.classify.internal.weights.SafetensorsFile;
import org.kissdetect.classify.internal.weights.WeightCopy;
import org.kissdetect.nn.TorchNames;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

/**
 * The real path of a saliency map: an image detector (ResNet-18) with random weights and random batch norms,
 * loaded folded as for detection, its map taken through the {@code Classifier} contract. The map is checked
 * against central finite differences of the kissing logit at the two pixels where it is largest and at two others,
 * to 2 % (plus 0.2 % of the map's maximum for float rounding at the pixels where it is small);
 * the map's value at a pixel is the largest |d logit / d x| over the three channels. The differences are taken on
 * the detector as saved (batch norm unfolded) in double precision: in single precision a step small enough to stay
 * off ReLU and max-pool kinks changes the logit by a few of its last bits.
 */
class DetectorSaliencyTest {

    private static final int SIDE = 224;
    private static final double STEP = 1e-6;

    @TempDir
    static Path model;

    private static LoadedDetector detector;

    @BeforeAll
    static void load() throws Exception {
        RandomDetector.writeWithRandomBatchNorm(model, Variant.IMAGE, 11);
        detector = DetectorLoader.load(model, DeviceChoice.CPU);
    }

    @AfterAll
    static void free() {
        detector.close();
    }

    @Test
    void theMapIsFiniteNonNegativeNonZeroAndMatchesFiniteDifferencesOfTheKissingLogit() throws Exception {
        ModelInput input = noise(7);
        DetectorClassifier classifier = new DetectorClassifier(detector, new RuntimeSettings(DeviceChoice.CPU, 1, 8));

        Saliency saliency = classifier.saliency(input).orElseThrow();

        assertThat(saliency.second()).isEqualTo(input.second());
        assertThat(saliency.width()).isEqualTo(SIDE);
        assertThat(saliency.height()).isEqualTo(SIDE);
        assertThat(saliency.maximum()).as("somewhere the logit depends on the picture").isGreaterThan(0);
        float[] logits = detector.logits(List.of(input), 1);
        assertThat(saliency.logit()).as("the kissing logit, class 1")
                .isCloseTo(logits[1], offset(1e-4f * Math.max(1, Math.abs(logits[1]))));

        List<Integer> pixels = new ArrayList<>(IntStream.range(0, SIDE * SIDE).boxed()
                .sorted(Comparator.comparingDouble(p -> -saliency.magnitudes()[p])).limit(2).toList());
        pixels.addAll(List.of(112 * SIDE + 112, 180 * SIDE + 17));
        double[] estimates = finiteDifferences(input, pixels);
        for (int i = 0; i < pixels.size(); i++) {
            float map = saliency.magnitudes()[pixels.get(i)];
            assertThat((double) map).as("pixel %d: map %s, finite difference %s", pixels.get(i), map, estimates[i])
                    .isGreaterThan(0).isCloseTo(estimates[i], offset(0.02 * estimates[i] + 0.002 * saliency.maximum()));
        }
    }

    @Test
    void anotherSecondGivesAnotherMapAndTheSameSecondTheSame() throws Exception {
        DetectorClassifier classifier = new DetectorClassifier(detector, new RuntimeSettings(DeviceChoice.CPU, 1, 8));
        List<ModelInput> inputs = TestInputs.of(2);

        float[] first = classifier.saliency(inputs.get(0)).orElseThrow().magnitudes();
        float[] second = classifier.saliency(inputs.get(1)).orElseThrow().magnitudes();

        assertThat(second).isNotEqualTo(first);
        assertThat(classifier.saliency(inputs.get(0)).orElseThrow().magnitudes()).isEqualTo(first);
    }

    /**
     * A picture of independent values in the range of normalised pixels: a smooth one puts near-ties into the
     * max pool after the first convolution, where the logit is not differentiable and differences mislead.
     */
    private static ModelInput noise(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        float[] image = new float[3 * SIDE * SIDE];
        for (int i = 0; i < image.length; i++) {
            image[i] = (float) random.nextDouble(-2, 2.5);
        }
        return new ModelInput(3, image, new float[96 * 64]);
    }

    /** Per pixel, the largest |central difference of the kissing logit| over the three channels, in doubles. */
    private static double[] finiteDifferences(ModelInput input, List<Integer> pixels) throws Exception {
        int count = 6 * pixels.size();
        double[] images = new double[count * 3 * SIDE * SIDE];
        for (int n = 0; n < count; n++) {
            for (int i = 0; i < input.image().length; i++) {
                images[n * input.image().length + i] = input.image()[i];
            }
            int channel = n % 6 / 2;
            images[n * input.image().length + channel * SIDE * SIDE + pixels.get(n / 6)] += n % 2 == 0 ? STEP : -STEP;
        }
        double[] logits = savedInDoubles(images, count);
        double[] estimates = new double[pixels.size()];
        for (int n = 0; n < count; n += 2) {
            double slope = (logits[2 * n + 1] - logits[2 * (n + 1) + 1]) / (2 * STEP);
            estimates[n / 6] = Math.max(estimates[n / 6], Math.abs(slope));
        }
        return estimates;
    }

    private static double[] savedInDoubles(double[] images, int count) throws Exception {
        try (NDManager manager = DetectorLoader.engine(model).newBaseManager(Device.cpu());
                SafetensorsFile file = SafetensorsFile.map(model.resolve(ModelDirectoryWriter.PARAMETERS))) {
            DetectorNetwork network = new DetectorNetwork(Variant.IMAGE);
            network.initialize(manager, DataType.FLOAT32, network.inputShapes(1));
            WeightCopy.into(file, TorchNames.of(network), "image detector");
            network.getParameters().values().forEach(p -> p.getArray().intern(p.getArray().toType(DataType.FLOAT64,
                    true)));
            network.freezeParameters(true);
            Shape[] shapes = network.inputShapes(count);
            NDList inputs = new NDList(manager.create(images, shapes[0]));
            return network.forward(new ParameterStore(manager, false), inputs, false).singletonOrThrow()
                    .toDoubleArray();
        }
    }
}
