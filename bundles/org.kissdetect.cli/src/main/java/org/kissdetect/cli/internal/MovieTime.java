package org.kissdetect.cli.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A time in a movie as a person types it: seconds ({@code 12.5}), {@code MM:SS} or {@code HH:MM:SS}, each with optional {@code .mmm}. */
final class MovieTime implements ITypeConverter<Double> {

    private static final Pattern SECONDS = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d+):([0-5]\\d)(\\.\\d{1,3})?");

    @Override
    public Double convert(String text) {
        return parse(text);
    }

    /**
     * @param text the time
     * @return seconds from the movie's start
     * @throws TypeConversionException naming the forms accepted
     */
    static double parse(String text) {
        String trimmed = text.strip();
        if (SECONDS.matcher(trimmed).matches()) {
            return Double.parseDouble(trimmed);
        }
        Matcher clock = CLOCK.matcher(trimmed);
        if (clock.matches()) {
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            long minutes = Long.parseLong(clock.group(2));
            if (clock.group(1) != null && minutes > 59) {
                throw invalid(text);
            }
            double fraction = clock.group(4) == null ? 0 : Double.parseDouble("0" + clock.group(4));
            return hours * 3600 + minutes * 60 + Long.parseLong(clock.group(3)) + fraction;
        }
        throw invalid(text);
    }

    private static TypeConversionException invalid(String text) {
        return new TypeConversionException("'" + text + "' is not a time in the movie: give seconds (12.5), MM:SS "
                + "(01:30) or HH:MM:SS[.mmm] (01:02:03.250)");
    }
}
