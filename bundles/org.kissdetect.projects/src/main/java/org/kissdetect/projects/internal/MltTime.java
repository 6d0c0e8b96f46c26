package org.kissdetect.projects.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kissdetect.common.time.FrameRate;

/**
 * MLT's time values, at the profile's frame rate: a frame count ({@code 250}), a clock time ({@code 00:00:10.000},
 * as Shotcut writes) or SMPTE timecode ({@code 00:00:10:00}, {@code ;} for drop-frame).
 */
final class MltTime {

    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{1,2}):(\\d{1,2}(?:\\.\\d+)?)");
    private static final Pattern SMPTE = Pattern.compile("(\\d+):(\\d{1,2}):(\\d{1,2})([:;])(\\d{1,3})");

    private MltTime() {
    }

    /**
     * @return the frame the value names
     * @throws IllegalArgumentException when it is no MLT time
     */
    static long frames(String value, FrameRate rate) {
        String text = value == null ? "" : value.strip();
        if (text.matches("-?\\d{1,12}")) {
            return Long.parseLong(text);
        }
        Matcher smpte = SMPTE.matcher(text);
        if (smpte.matches()) {
            long nominal = rate.nominal();
            long label = ((Long.parseLong(smpte.group(1)) * 60 + Long.parseLong(smpte.group(2))) * 60
                    + Long.parseLong(smpte.group(3))) * nominal + Long.parseLong(smpte.group(5));
            return smpte.group(4).equals(";") && rate.supportsDropFrame() ? dropFrameFrame(label, nominal) : label;
        }
        Matcher clock = CLOCK.matcher(text);
        if (clock.matches()) {
            double seconds = (Long.parseLong(clock.group(1)) * 60 + Long.parseLong(clock.group(2))) * 60
                    + Double.parseDouble(clock.group(3));
            return Math.round(seconds * rate.numerator() / rate.denominator());
        }
        throw new IllegalArgumentException("not an MLT time: \"" + value + "\"");
    }

    /** The real frame a drop-frame label names: two labels (four at 59.94) skipped each minute but every tenth. */
    private static long dropFrameFrame(long label, long nominal) {
        long dropped = nominal / 15;
        long minutes = label / (nominal * 60);
        return label - dropped * (minutes - minutes / 10);
    }
}
