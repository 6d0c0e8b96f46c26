package org.kissdetect.decode.internal;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.kissdetect.api.decode.RgbImage;

/**
 * Scales a decoded picture with swscale straight to RGB24 at a given short side (256 px for stills, a clip's
 * short side for clip frames; display aspect kept, pixel aspect ratio applied), and copies the result into Java
 * memory before anything is released.
 */
final class PictureScaler implements AutoCloseable {

    static final int STILL_SHORT_SIDE = 256;
    private static final int FIELD_PLANES = 4;

    private final int shortSide;
    private final int quarterTurns;
    private SwsContext context;
    private final ColourMatrix colours = new ColourMatrix();
    /** The tone mapping of the pictures' transfer and primaries (null for SDR), and which those were. */
    private HdrToSdr toneMap;
    private int toneMapKey = -1;
    /** What the context converts: source width, height, format, target width, height, format. */
    private final int[] geometry = new int[6];
    private final AVFrame rgb = avutil.av_frame_alloc();
    /** One field's planes and strides: an interlaced picture is scaled from its first field alone. */
    private final PointerPointer<BytePointer> fieldPlanes = new PointerPointer<>(FIELD_PLANES);
    private final IntPointer fieldStrides = new IntPointer(FIELD_PLANES);

    /** A scaler for stills, 256 px on the short side. */
    PictureScaler() {
        this(STILL_SHORT_SIDE, 0);
    }

    /**
     * @param shortSide    the short side of the pictures it makes
     * @param quarterTurns the quarter turns clockwise that show the stream upright ({@link DisplayRotation})
     */
    PictureScaler(int shortSide, int quarterTurns) {
        this.shortSide = shortSide;
        this.quarterTurns = Math.floorMod(quarterTurns, 4);
    }

    RgbImage scale(AVFrame picture) {
        return scale(picture, null);
    }

    /**
     * Scales a picture into {@code reusable}'s pixels when it has the size the picture scales to (it must be an
     * image nobody else holds), else into a new image.
     */
    RgbImage scale(AVFrame picture, RgbImage reusable) {
        int[] size = targetSize(picture.width(), picture.height(), Rationals.parts(picture.sample_aspect_ratio()),
                shortSide);
        int width = size[0];
        int height = size[1];
        // An interlaced picture holds two moments, one in its even lines, one in its odd: scaled whole it shows both,
        // combed. The first field alone, scaled to the whole picture's shape, is one moment (a bob deinterlace).
        boolean interlaced = (picture.flags() & AVFrame.AV_FRAME_FLAG_INTERLACED) != 0 && picture.height() >= 2;
        int sourceHeight = interlaced ? picture.height() / 2 : picture.height();
        HdrToSdr hdr = toneMapFor(picture);
        // HDR is converted to 16 bits a channel: 8-bit PQ would band once tone-mapped.
        int format = hdr == null ? avutil.AV_PIX_FMT_RGB24 : avutil.AV_PIX_FMT_RGB48LE;
        configure(picture, sourceHeight, width, height, format);
        if (interlaced) {
            firstField(picture);
            swscale.sws_scale(context, fieldPlanes, fieldStrides, 0, sourceHeight, rgb.data(), rgb.linesize());
        } else {
            swscale.sws_scale(context, picture.data(), picture.linesize(), 0, picture.height(), rgb.data(),
                    rgb.linesize());
        }
        int uprightWidth = quarterTurns % 2 == 0 ? width : height;
        int uprightHeight = quarterTurns % 2 == 0 ? height : width;
        RgbImage image = reusable != null && reusable.width() == uprightWidth && reusable.height() == uprightHeight
                ? reusable
                : new RgbImage(uprightWidth, uprightHeight, new byte[width * height * 3]);
        copyRows(width, height, hdr, image.pixels());
        return image;
    }

    private HdrToSdr toneMapFor(AVFrame picture) {
        int key = picture.color_trc() * 1000 + picture.color_primaries();
        if (key != toneMapKey) {
            toneMap = HdrToSdr.forPicture(picture.color_trc(), picture.color_primaries());
            toneMapKey = key;
        }
        return toneMap;
    }

    /** Makes the context and the RGB frame fit this conversion. */
    private void configure(AVFrame picture, int sourceHeight, int width, int height, int format) {
        context = swscale.sws_getCachedContext(context, picture.width(), sourceHeight, picture.format(),
                width, height, format, swscale.SWS_BILINEAR, null, null, (DoublePointer) null);
        if (context == null) {
            throw new IllegalStateException("swscale cannot convert pixel format " + picture.format() + " at "
                    + picture.width() + "x" + picture.height());
        }
        int[] now = {picture.width(), sourceHeight, picture.format(), width, height, format};
        if (!java.util.Arrays.equals(now, geometry)) {
            // swscale made a new context (it may reuse the old one's address): its colours are unset.
            colours.forget();
            System.arraycopy(now, 0, geometry, 0, now.length);
        }
        colours.apply(context, picture);
        if (rgb.width() != width || rgb.height() != height || rgb.format() != format) {
            avutil.av_frame_unref(rgb);
            rgb.format(format).width(width).height(height);
            if (avutil.av_frame_get_buffer(rgb, 0) < 0) {
                throw new IllegalStateException("FFmpeg cannot allocate a " + width + "x" + height + " picture");
            }
        }
    }

    /** The RGB frame's rows into the image, tone-mapped when HDR, turned upright. */
    private void copyRows(int width, int height, HdrToSdr hdr, byte[] pixels) {
        BytePointer data = rgb.data(0);
        int stride = rgb.linesize(0);
        if (hdr == null && quarterTurns == 0) {
            for (int y = 0; y < height; y++) {
                data.position((long) y * stride).get(pixels, y * width * 3, width * 3);
            }
            data.position(0);
            return;
        }
        byte[] row = new byte[width * 3];
        byte[] wide = hdr == null ? null : new byte[width * 6];
        for (int y = 0; y < height; y++) {
            data.position((long) y * stride);
            if (hdr == null) {
                data.get(row);
            } else {
                data.get(wide);
                hdr.row(wide, row);
            }
            if (quarterTurns == 0) {
                System.arraycopy(row, 0, pixels, y * width * 3, row.length);
            } else {
                Rotation.turnRow(row, y, width, height, quarterTurns, pixels);
            }
        }
        data.position(0);
    }

    /** Points the field planes at the picture's first field in time: its top lines unless it is bottom first. */
    private void firstField(AVFrame picture) {
        boolean bottomFirst = (picture.flags() & AVFrame.AV_FRAME_FLAG_TOP_FIELD_FIRST) == 0;
        for (int plane = 0; plane < FIELD_PLANES; plane++) {
            BytePointer data = picture.data(plane);
            int stride = picture.linesize(plane);
            if (data == null || data.isNull()) {
                fieldPlanes.put(plane, (BytePointer) null);
                fieldStrides.put(plane, 0);
            } else {
                fieldPlanes.put(plane, data.getPointer(bottomFirst ? stride : 0));
                fieldStrides.put(plane, 2 * stride);
            }
        }
    }

    /** A still's size: the short side of the displayed picture becomes 256, the other keeps the aspect. */
    static int[] targetSize(int width, int height, int[] pixelAspect) {
        return targetSize(width, height, pixelAspect, STILL_SHORT_SIDE);
    }

    /** The scaled size: the displayed picture's short side becomes {@code shortSide}, the other keeps the aspect. */
    static int[] targetSize(int width, int height, int[] pixelAspect, int shortSide) {
        double aspect = pixelAspect[0] <= 0 || pixelAspect[1] <= 0 ? 1 : (double) pixelAspect[0] / pixelAspect[1];
        double displayWidth = width * aspect;
        if (displayWidth >= height) {
            return new int[] {(int) Math.max(1, Math.round(displayWidth * shortSide / height)), shortSide};
        }
        return new int[] {shortSide, (int) Math.max(1, Math.round(height * shortSide / displayWidth))};
    }

    @Override
    public void close() {
        swscale.sws_freeContext(context);
        context = null;
        avutil.av_frame_free(rgb);
        fieldPlanes.close();
        fieldStrides.close();
    }
}
