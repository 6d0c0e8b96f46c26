package org.kissdetect.resnet3d.internal.inference;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.kissdetect.djl.PyTorch;
import org.kissdetect.resnet3d.internal.network.R3d34;
import org.kissdetect.resnet3d.internal.network.Shortcut;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;

/**
 * The 3D ResNet-34 (Kinetics-700 layout, random weights: speed does not depend on them) on 16-frame clips at 112
 * and 224 px: {@code loaded}, as the Kinetics classifier calls it (a Java clip array in, features and logits out),
 * next to its baseline {@code bare}, the block's forward pass on a batch already in libtorch. {@link
 * Resnet3dBenchmarks} runs it and prints clips per second and the ratio.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClipForwardBenchmark {

    static final int FRAMES = 16;

    /** A random network and a random batch, on the CPU with the chosen threads. */
    @State(Scope.Benchmark)
    public static class Network {

        @Param({"112", "224"})
        public int side;

        @Param({"1", "4"})
        public int batch;

        @Param("2")
        public int threads;

        NDManager parameters;
        R3d34 block;
        LoadedR3d34 loaded;
        NDArray input;
        float[] clips;

        @Setup(Level.Trial)
        public void setUp() {
            PyTorch.start();
            JniUtils.setNumThreads(threads);
            JniUtils.setGradMode(false);
            parameters = Engine.getEngine(PyTorch.ENGINE).newBaseManager(Device.cpu());
            block = new R3d34(Shortcut.B, 700);
            block.setInitializer(new NormalInitializer(0.01f), parameter -> true);
            block.initialize(parameters, DataType.FLOAT32, R3d34.inputShape(1, FRAMES, side));
            block.freezeParameters(true);
            loaded = new LoadedR3d34(block, parameters);
            Random random = new Random(1);
            clips = new float[3 * batch * FRAMES * side * side];
            for (int i = 0; i < clips.length; i++) {
                clips[i] = (float) random.nextGaussian();
            }
            input = parameters.create(clips, R3d34.inputShape(batch, FRAMES, side));
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            loaded.close();
        }
    }

    @Benchmark
    public float[] bare(Network network) {
        try (NDManager pass = network.parameters.newSubManager()) {
            pass.tempAttachAll(network.input);
            NDList output = network.block.forward(new ParameterStore(network.parameters, false),
                    new NDList(network.input), false);
            return output.get(1).toFloatArray();
        }
    }

    @Benchmark
    public LoadedR3d34.Outputs loaded(Network network) {
        return network.loaded.forward(network.clips, network.batch, FRAMES, network.side, network.threads);
    }
}
