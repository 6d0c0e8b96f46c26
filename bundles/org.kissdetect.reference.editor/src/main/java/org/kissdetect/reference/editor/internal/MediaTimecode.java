package org.kissdetect.reference.editor.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kissdetect.common.time.FrameRate;
import org.kissdetect.common.time.Timecode;

/**
 * How a media item's times read as timecode: its frame rate and the timecode its first frame carries (from 0 when
 * the file records none), as ffprobe tells them.
 *
 * @param rate       the video's frame rate
 * @param startFrame the frame number the file's start timecode stands for
 * @param dropFrame  whether the file's timecode is drop-frame ({@code ;} before the frames)
 * @param recorded   whether the file recorded a start timecode
 */
record MediaTimecode(FrameRate rate, long startFrame, boolean dropFrame, boolean recorded) {

    /** Where nothing is known (ffprobe is missing): from 00:00:00:00 at 25 frames a second. */
    static final MediaTimecode UNKNOWN = new MediaTimecode(new FrameRate(25, 1), 0, false, false);

    private static final Pattern TIMECODE = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})([:;.,])(\\d{2,3})");

    /** @return the timecode of a time of the media item, in seconds from its start */
    String format(double seconds) {
        return Timecode.of(startFrame + rate.framesIn(Math.max(0, seconds)), rate, dropFrame);
    }

    /**
     * @param rate     the frame rate ffprobe reports ({@code r_frame_rate}: {@code 30000/1001}), or null
     * @param timecode the start timecode the file records ({@code 10:00:00:00}, {@code 01:00:00;00}), or null
     * @return the media's timecode; from 0 when the timecode is absent or unreadable, at 25 frames a second when
     *         the rate is
     */
    static MediaTimecode of(String rate, String timecode) {
        FrameRate frameRate = parseRate(rate).orElse(UNKNOWN.rate());
        if (timecode == null) {
            return new MediaTimecode(frameRate, 0, false, false);
        }
        Matcher matcher = TIMECODE.matcher(timecode.strip());
        if (!matcher.matches()) {
            return new MediaTimecode(frameRate, 0, false, false);
        }
        int hours = Integer.parseInt(matcher.group(1));
        int minutes = Integer.parseInt(matcher.group(2));
        int seconds = Integer.parseInt(matcher.group(3));
        int frames = Integer.parseInt(matcher.group(5));
        boolean drop = !":".equals(matcher.group(4)) && frameRate.supportsDropFrame();
        int perSecond = frameRate.nominal();
        if (minutes > 59 || seconds > 59 || frames >= perSecond) {
            return new MediaTimecode(frameRate, 0, false, false);
        }
        return new MediaTimecode(frameRate, Timecode.frameOf(hours, minutes, seconds, frames, frameRate, drop), drop,
                true);
    }

    /**
     * @param lines what {@code ffprobe -show_entries stream=codec_type,r_frame_rate:stream_tags=timecode:format_tags=timecode
     *              -of default=nw=1} prints
     * @return the first video stream's rate and the first timecode tag, of a stream or of the container
     */
    static MediaTimecode ofProbe(List<String> lines) {
        String rate = null;
        String timecode = null;
        String type = "";
        for (String line : lines) {
            if (line.startsWith("codec_type=")) {
                type = line.substring("codec_type=".length());
            } else if (line.startsWith("r_frame_rate=") && "video".equals(type) && rate == null) {
                rate = line.substring("r_frame_rate=".length());
            } else if (line.startsWith("TAG:timecode=") && timecode == null) {
                timecode = line.substring("TAG:timecode=".length());
            }
        }
        return of(rate, timecode);
    }

    private static Optional<FrameRate> parseRate(String rate) {
        if (rate == null) {
            return Optional.empty();
        }
        try {
            String[] parts = rate.strip().split("/");
            double value = parts.length == 2 ? Double.parseDouble(parts[0]) / Double.parseDouble(parts[1])
                    : Double.parseDouble(parts[0]);
            return value > 0 && value < 1000 ? Optional.of(FrameRate.of(value)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        String fps = String.format(Locale.ROOT, "%.3f", rate.framesPerSecond()).replaceAll("\\.?0+$", "");
        return recorded ? "starts at " + format(0) + ", " + fps + " fps" : "no start timecode, " + fps + " fps";
    }
}
