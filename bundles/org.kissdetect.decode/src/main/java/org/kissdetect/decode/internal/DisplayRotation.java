package org.kissdetect.decode.internal;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.IntPointer;

/**
 * How far to turn a stream's pictures to show them upright, as players do: phones record sideways and say so in a
 * display matrix. A quarter turn is the unit (an angle in between rounds to the nearest); a mirroring matrix is not
 * undone.
 */
final class DisplayRotation {

    /** A display matrix is 3 x 3 32-bit values. */
    private static final int MATRIX_BYTES = 9 * 4;

    private DisplayRotation() {
    }

    /**
     * @param video the video stream
     * @return the quarter turns clockwise that make its pictures upright, 0 to 3
     */
    static int quarterTurns(AVStream video) {
        AVCodecParameters parameters = video.codecpar();
        AVPacketSideData all = parameters.coded_side_data();
        if (parameters.nb_coded_side_data() <= 0 || all == null || all.isNull()) {
            return 0;
        }
        AVPacketSideData matrix = avcodec.av_packet_side_data_get(all, parameters.nb_coded_side_data(),
                avcodec.AV_PKT_DATA_DISPLAYMATRIX);
        if (matrix == null || matrix.isNull() || matrix.size() < MATRIX_BYTES || matrix.data() == null) {
            return 0;
        }
        double counterclockwise = avutil.av_display_rotation_get(new IntPointer(matrix.data()));
        if (!Double.isFinite(counterclockwise)) {
            return 0;
        }
        return (int) Math.floorMod(Math.round(-counterclockwise / 90), 4L);
    }
}
