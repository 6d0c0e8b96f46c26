package org.kissdetect.checkpoints.testing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes {@code .pth} files as {@code torch.save} does, without Python, for tests: a state dict (an OrderedDict of
 * {@code _rebuild_tensor_v2} calls on persistent storages, with {@code _metadata} set by BUILD) in the zip format,
 * bare or wrapped as training scripts save it ({@code {'epoch', 'arch', 'state_dict', 'optimizer'}} with
 * {@code module.} prefixes). Values come from a function of the flat index, so files of hundreds of megabytes are
 * streamed. Shared with other modules' tests in this module's test-jar.
 */
public final class PthWriter {

    /** A storage class and its element size. */
    public enum DType {
        FLOAT32("FloatStorage", 4), FLOAT16("HalfStorage", 2), FLOAT64("DoubleStorage", 8), INT64("LongStorage", 8);

        private final String storage;
        private final int size;

        DType(String storage, int size) {
            this.storage = storage;
            this.size = size;
        }
    }

    /**
     * One tensor, stored contiguously in a storage of its own.
     *
     * @param name   its state-dict name
     * @param dtype  its type
     * @param shape  its dimensions
     * @param values its value at each flat row-major index
     */
    public record Tensor(String name, DType dtype, long[] shape, LongToDoubleFunction values) {

        public Tensor(String name, long[] shape, LongToDoubleFunction values) {
            this(name, DType.FLOAT32, shape, values);
        }

        long count() {
            return Arrays.stream(shape).reduce(1, Math::multiplyExact);
        }
    }

    private final List<Tensor> tensors = new ArrayList<>();
    private boolean wrapped;

    public PthWriter add(Tensor tensor) {
        tensors.add(tensor);
        return this;
    }

    public PthWriter add(String name, long[] shape, LongToDoubleFunction values) {
        return add(new Tensor(name, shape, values));
    }

    /** Saves as {@code {'epoch': 200, 'arch': ..., 'state_dict': {'module.NAME': ...}, 'optimizer': {...}}}. */
    public PthWriter wrappedWithModulePrefix() {
        wrapped = true;
        return this;
    }

    /** Writes the zip format, archive folder named after the file as torch names it. */
    public Path write(Path file) throws IOException {
        String archive = file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "/";
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            stored(zip, archive + "data.pkl", pickle());
            for (int key = 0; key < tensors.size(); key++) {
                storage(zip, archive + "data/" + key, tensors.get(key));
            }
            stored(zip, archive + "version", "3\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    /** A legacy-format file whose main pickle is {@code pickle} and which has no storages (hostile tests). */
    public static Path writeLegacy(Path file, byte[] pickle) throws IOException {
        byte[] magic = new PickleBuilder().proto(2).op(0x8a).op(10)
                .raw(littleEndian(new BigInteger("1950a86a20f9469cfc6c", 16), 10)).stop().bytes();
        byte[] protocol = new PickleBuilder().proto(2).op('M').op(1001 & 0xff).op(1001 >> 8).stop().bytes();
        byte[] systemInfo = new PickleBuilder().proto(2).emptyDict().stop().bytes();
        byte[] keys = new PickleBuilder().proto(2).op(']').stop().bytes();
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] part : List.of(magic, protocol, systemInfo, pickle, keys)) {
                out.write(part);
            }
        }
        return file;
    }

    private byte[] pickle() {
        PickleBuilder pickle = new PickleBuilder().proto(2);
        if (wrapped) {
            pickle.emptyDict().mark().str("epoch").integer(200).str("arch").str("resnet-34").str("state_dict");
        }
        orderedDict(pickle).mark();
        for (int key = 0; key < tensors.size(); key++) {
            Tensor tensor = tensors.get(key);
            pickle.str((wrapped ? "module." : "") + tensor.name());
            rebuild(pickle, tensor, key);
        }
        pickle.setItems();
        // torch sets the modules' versions as the OrderedDict's _metadata attribute, which pickle writes as BUILD
        pickle.emptyDict().mark().str("_metadata");
        orderedDict(pickle).mark().str("").emptyDict().mark().str("version").integer(1).setItems().setItems();
        pickle.setItems().build();
        if (wrapped) {
            pickle.str("optimizer").emptyDict().mark().str("lr").op('G')
                    .raw(ByteBuffer.allocate(8).putDouble(0.1).array()).setItems().setItems();
        }
        return pickle.stop().bytes();
    }

    private static PickleBuilder orderedDict(PickleBuilder pickle) {
        return pickle.global("collections", "OrderedDict").emptyTuple().reduce();
    }

    private static void rebuild(PickleBuilder pickle, Tensor tensor, int key) {
        pickle.global("torch._utils", "_rebuild_tensor_v2").mark();
        pickle.mark().str("storage").global("torch", tensor.dtype().storage).str(Integer.toString(key)).str("cpu")
                .integer(tensor.count()).tuple().op('Q');
        pickle.integer(0);
        pickle.mark();
        for (long size : tensor.shape()) {
            pickle.integer(size);
        }
        pickle.tuple().mark();
        long stride = 1;
        long[] strides = new long[tensor.shape().length];
        for (int d = strides.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= tensor.shape()[d];
        }
        for (long s : strides) {
            pickle.integer(s);
        }
        pickle.tuple().newFalse();
        orderedDict(pickle).tuple().reduce();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        zip.putNextEntry(storedEntry(name, bytes.length, crc.getValue()));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Two passes over the values: the CRC a stored entry needs first, then the bytes. */
    private static void storage(ZipOutputStream zip, String name, Tensor tensor) throws IOException {
        CRC32 crc = new CRC32();
        long size = tensor.count() * tensor.dtype().size;
        elements(tensor, chunk -> crc.update(chunk, 0, chunk.length));
        zip.putNextEntry(storedEntry(name, size, crc.getValue()));
        elements(tensor, zip::write);
        zip.closeEntry();
    }

    private interface Chunk {
        void accept(byte[] bytes) throws IOException;
    }

    private static void elements(Tensor tensor, Chunk sink) throws IOException {
        int perChunk = 1 << 16;
        ByteBuffer buffer = ByteBuffer.allocate(perChunk * tensor.dtype().size).order(ByteOrder.LITTLE_ENDIAN);
        long count = tensor.count();
        for (long i = 0; i < count; i++) {
            double value = tensor.values().applyAsDouble(i);
            switch (tensor.dtype()) {
                case FLOAT32 -> buffer.putFloat((float) value);
                case FLOAT16 -> buffer.putShort(Half.fromFloat((float) value));
                case FLOAT64 -> buffer.putDouble(value);
                case INT64 -> buffer.putLong((long) value);
            }
            if (!buffer.hasRemaining() || i == count - 1) {
                sink.accept(Arrays.copyOf(buffer.array(), buffer.position()));
                buffer.clear();
            }
        }
    }

    private static ZipEntry storedEntry(String name, long size, long crc) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc);
        entry.setTime(315532800000L);
        return entry;
    }

    private static byte[] littleEndian(BigInteger value, int size) {
        byte[] bigEndian = value.toByteArray();
        byte[] little = new byte[size];
        for (int i = 0; i < size && i < bigEndian.length; i++) {
            little[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return little;
    }
}
