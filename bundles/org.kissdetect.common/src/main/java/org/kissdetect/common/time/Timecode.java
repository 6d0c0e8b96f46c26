package org.kissdetect.common.time;

import java.util.Locale;

/**
 * SMPTE timecode for a frame number: {@code HH:MM:SS:FF}, or {@code HH:MM:SS;FF} drop-frame at 29.97 and 59.94,
 * where frame numbers 0 and 1 (0-3 at 59.94) are skipped at the start of every minute except every tenth, so
 * that the timecode keeps to the clock.
 */
public final class Timecode {

    private Timecode() {
    }

    public static String of(long frame, FrameRate rate, boolean dropFrame) {
        if (frame < 0) {
            throw new IllegalArgumentException("frame numbers start at 0, got " + frame);
        }
        int perSecond = rate.nominal();
        boolean drop = dropFrame && rate.supportsDropFrame();
        long label = drop ? dropFrameLabel(frame, perSecond) : frame;
        long frames = label % perSecond;
        long seconds = label / perSecond % 60;
        long minutes = label / (60L * perSecond) % 60;
        long hours = label / (3600L * perSecond);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%s%02d", hours, minutes, seconds, drop ? ";" : ":", frames);
    }

    /**
     * The frame whose timecode reads {@code hours:00:00:00}: with drop-frame, 54 minutes of each hour skip their
     * first frame numbers.
     */
    public static long framesOfHours(int hours, FrameRate rate, boolean dropFrame) {
        return frameOf(hours, 0, 0, 0, rate, dropFrame);
    }

    /**
     * The frame whose timecode reads {@code hours:minutes:seconds:frames}, the inverse of {@link #of}: with
     * drop-frame, the frame numbers skipped at the start of every minute but every tenth are not counted.
     */
    public static long frameOf(int hours, int minutes, int seconds, int frames, FrameRate rate, boolean dropFrame) {
        int perSecond = rate.nominal();
        long totalMinutes = hours * 60L + minutes;
        long label = (totalMinutes * 60 + seconds) * perSecond + frames;
        if (dropFrame && rate.supportsDropFrame()) {
            label -= perSecond / 15 * (totalMinutes - totalMinutes / 10);
        }
        return label;
    }

    /** The frame count a drop-frame timecode displays for a real frame number. */
    private static long dropFrameLabel(long frame, int perSecond) {
        int dropped = perSecond / 15;
        long perTenMinutes = perSecond * 600L - dropped * 9L;
        long perMinute = perSecond * 60L - dropped;
        long tens = frame / perTenMinutes;
        long rest = frame % perTenMinutes;
        long label = frame + dropped * 9L * tens;
        if (rest > dropped) {
            label += dropped * ((rest - dropped) / perMinute);
        }
        return label;
    }
}
