package org.kissdetect.decode.internal;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;

/**
 * Tells swscale which YUV-to-RGB matrix and range a picture was made with: the stream's own (BT.709, BT.601,
 * BT.2020...) and its own range (limited or full), where swscale would otherwise assume BT.601 limited for every
 * picture and give HD footage the wrong colours. A picture that does not say follows the convention players use:
 * BT.709 from 720 lines or 1280 columns up, else BT.601. Set once per scaler context and change of the picture's
 * colour description, not per frame; the scaler says when its context is new.
 */
final class ColourMatrix {

    private boolean configured;
    private int space = -1;
    private boolean fullRange;

    /** The scaler's context was made anew: set it at the next picture. */
    void forget() {
        configured = false;
    }

    /** Sets the context's conversion for this picture unless it is already so set. */
    void apply(SwsContext context, AVFrame picture) {
        int pictureSpace = spaceOf(picture);
        boolean pictureFull = fullRange(picture);
        if (configured && pictureSpace == space && pictureFull == fullRange) {
            return;
        }
        swscale.sws_setColorspaceDetails(context, swscale.sws_getCoefficients(pictureSpace), pictureFull ? 1 : 0,
                swscale.sws_getCoefficients(swscale.SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
        configured = true;
        space = pictureSpace;
        fullRange = pictureFull;
    }

    /** The matrix a picture was encoded with, as the colour space swscale's coefficient tables are indexed by. */
    static int spaceOf(AVFrame picture) {
        int declared = picture.colorspace();
        if (declared == avutil.AVCOL_SPC_UNSPECIFIED || declared == avutil.AVCOL_SPC_RGB
                || declared == avutil.AVCOL_SPC_RESERVED || declared >= avutil.AVCOL_SPC_NB) {
            return picture.height() >= 720 || picture.width() >= 1280 ? avutil.AVCOL_SPC_BT709
                    : avutil.AVCOL_SPC_SMPTE170M;
        }
        return declared;
    }

    /** Full range when the stream says so, or its pixel format is a JPEG one (yuvj420p...). */
    static boolean fullRange(AVFrame picture) {
        if (picture.color_range() == avutil.AVCOL_RANGE_JPEG) {
            return true;
        }
        AVPixFmtDescriptor descriptor = avutil.av_pix_fmt_desc_get(picture.format());
        return descriptor != null && descriptor.name() != null && descriptor.name().getString().startsWith("yuvj");
    }
}
