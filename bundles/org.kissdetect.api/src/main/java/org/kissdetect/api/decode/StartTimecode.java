package org.kissdetect.api.decode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMPTE timecode of a movie's first frame, as camera originals and mezzanine files record it (a QuickTime
 * {@code tmcd} track, MXF's material package timecode, a {@code timecode} tag): markers belong in that timecode
 * space, not in one that starts at 00:00:00:00.
 *
 * <p>In drop-frame timecode (29.97 and 59.94 fps, written with a {@code ;} before the frames) the labels of the first
 * two frames (four at 60) of every minute are skipped, except in every tenth minute, so that the label keeps pace
 * with the clock; no frame is dropped, only labels.
 *
 * @param hours           0 to 23
 * @param minutes         0 to 59
 * @param seconds         0 to 59
 * @param frames          0 to {@code framesPerSecond - 1}
 * @param framesPerSecond the nominal timecode rate, a whole number: 24, 25, 30 (also for 29.97), 50, 60 (also for
 *                        59.94)...
 * @param dropFrame       whether it counts in drop-frame; only at a multiple of 30 frames per second
 * @since 1.2
 */
public record StartTimecode(int hours, int minutes, int seconds, int frames, int framesPerSecond,
        boolean dropFrame) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})([:;.,])(\\d{2,3})");

    /** Checks the ranges, and that a drop-frame label is one that is not skipped. */
    public StartTimecode {
        if (framesPerSecond < 1 || framesPerSecond > 1000) {
            throw new IllegalArgumentException("a timecode rate of " + framesPerSecond + " frames a second");
        }
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59 || frames < 0
                || frames >= framesPerSecond) {
            throw new IllegalArgumentException(String.format("%02d:%02d:%02d:%02d is no timecode at %d frames a"
                    + " second", hours, minutes, seconds, frames, framesPerSecond));
        }
        if (dropFrame && framesPerSecond % 30 != 0) {
            throw new IllegalArgumentException("drop-frame timecode is counted at 30 or 60 frames a second, not "
                    + framesPerSecond);
        }
        if (dropFrame && seconds == 0 && minutes % 10 != 0 && frames < framesPerSecond / 15) {
            throw new IllegalArgumentException(String.format("%02d:%02d:%02d;%02d is a label drop-frame timecode"
                    + " skips", hours, minutes, seconds, frames));
        }
    }

    /**
     * Reads a timecode as FFmpeg and editors write it: {@code HH:MM:SS:FF}, or with {@code ;}, {@code .} or
     * {@code ,} before the frames for drop-frame.
     *
     * @param text            the timecode
     * @param framesPerSecond the nominal rate it counts at
     * @return the timecode
     * @throws IllegalArgumentException when the text is no timecode at that rate
     */
    public static StartTimecode parse(String text, int framesPerSecond) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a timecode (HH:MM:SS:FF, or HH:MM:SS;FF for"
                    + " drop-frame)");
        }
        return new StartTimecode(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(5)), framesPerSecond,
                !matcher.group(4).equals(":"));
    }

    /**
     * @return the frames counted from 00:00:00:00 to this label (labels skipped in drop-frame are not counted): the
     *         first frame's number in the timecode space
     */
    public long frameNumber() {
        long totalMinutes = 60L * hours + minutes;
        long count = (totalMinutes * 60 + seconds) * framesPerSecond + frames;
        if (dropFrame) {
            count -= (long) (framesPerSecond / 15) * (totalMinutes - totalMinutes / 10);
        }
        return count;
    }

    /** @return {@code HH:MM:SS:FF}, or {@code HH:MM:SS;FF} in drop-frame */
    @Override
    public String toString() {
        return String.format("%02d:%02d:%02d%s%02d", hours, minutes, seconds, dropFrame ? ";" : ":", frames);
    }
}
