package org.kissdetect.decode.internal;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.global.avutil;
import org.kissdetect.api.decode.StartTimecode;

/**
 * The start timecode a file records, as FFmpeg's demuxers expose it: the {@code timecode} tag of the video stream
 * (QuickTime's {@code tmcd} track as the mov demuxer links it), of a timecode data stream, or of the container (MXF's
 * material package, MOV and MP4 global tags), in that order. It counts at the video's nominal rate (29.97 counts at
 * 30); a tag that is no timecode at that rate is not believed.
 */
final class SourceTimecode {

    private static final String TAG = "timecode";

    private SourceTimecode() {
    }

    /**
     * @param format    the opened file
     * @param video     its video stream
     * @param frameRate the video's frame rate
     * @return the start timecode, or {@code null} when the file records none that can be believed
     */
    static StartTimecode of(AVFormatContext format, AVStream video, double frameRate) {
        int nominal = (int) Math.round(frameRate);
        for (String text : candidates(format, video)) {
            try {
                return StartTimecode.parse(text, nominal);
            } catch (IllegalArgumentException e) {
                // damaged or at another rate: the next place may say it right
            }
        }
        return null;
    }

    private static List<String> candidates(AVFormatContext format, AVStream video) {
        List<String> found = new ArrayList<>();
        add(found, video.metadata());
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream stream = format.streams(i);
            if (stream.codecpar().codec_type() == avutil.AVMEDIA_TYPE_DATA) {
                add(found, stream.metadata());
            }
        }
        add(found, format.metadata());
        return found;
    }

    private static void add(List<String> found, AVDictionary metadata) {
        if (metadata == null || metadata.isNull()) {
            return;
        }
        AVDictionaryEntry entry = avutil.av_dict_get(metadata, TAG, null, 0);
        if (entry != null && !entry.isNull() && entry.value() != null) {
            found.add(entry.value().getString());
        }
    }
}
