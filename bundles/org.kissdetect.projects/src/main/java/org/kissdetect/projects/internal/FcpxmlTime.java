package org.kissdetect.projects.internal;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

/**
 * An FCPXML time: a rational number of seconds ({@code 1001/30000s}, {@code 10s}, {@code 0s}; DaVinci Resolve
 * writes {@code 3600/1s}), kept exact so that markers land on the frame grid. Some third-party writers use decimals
 * ({@code 2.5s}); they are read too. Times beyond {@link #MAX_SECONDS} are refused as absurd.
 *
 * @param numerator   the seconds' numerator
 * @param denominator the seconds' denominator, positive; the fraction is kept reduced
 */
record FcpxmlTime(long numerator, long denominator) implements Comparable<FcpxmlTime> {

    static final FcpxmlTime ZERO = new FcpxmlTime(0, 1);

    /** About 31 years: no editor's time comes near it, and sums of such times cannot overflow. */
    static final long MAX_SECONDS = 1_000_000_000L;

    private static final Pattern RATIONAL = Pattern.compile("(-?\\d{1,40})(?:/(\\d{1,40}))?s");
    private static final Pattern DECIMAL = Pattern.compile("(-?\\d{1,40})\\.(\\d{1,9})s");

    FcpxmlTime {
        if (denominator <= 0) {
            throw new IllegalArgumentException("a time over " + denominator + " has no meaning");
        }
        long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValue();
        if (gcd > 1) {
            numerator /= gcd;
            denominator /= gcd;
        }
        long whole = numerator / denominator;
        if (whole > MAX_SECONDS || whole < -MAX_SECONDS) {
            throw new IllegalArgumentException("a time of " + whole + " s is beyond belief");
        }
    }

    /**
     * @return the time the text names
     * @throws IllegalArgumentException when it is no FCPXML time or an absurd one
     */
    static FcpxmlTime parse(String text) {
        String value = text == null ? "" : text.strip();
        try {
            Matcher rational = RATIONAL.matcher(value);
            if (rational.matches()) {
                long denominator = rational.group(2) == null ? 1 : Long.parseLong(rational.group(2));
                return new FcpxmlTime(Long.parseLong(rational.group(1)), denominator);
            }
            Matcher decimal = DECIMAL.matcher(value);
            if (decimal.matches()) {
                String fraction = decimal.group(2);
                long scale = BigInteger.TEN.pow(fraction.length()).longValue();
                long whole = Long.parseLong(decimal.group(1));
                long sign = decimal.group(1).startsWith("-") ? -1 : 1;
                return new FcpxmlTime(Math.addExact(Math.multiplyExact(whole, scale), sign * Long.parseLong(fraction)),
                        scale);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("the time \"" + value + "\" is beyond belief", e);
        }
        throw new IllegalArgumentException("\"" + value + "\" is no FCPXML time (such as 1001/30000s)");
    }

    /**
     * @return the time an element's attribute holds, or {@code fallback} (which may be null) when it is absent
     * @throws IllegalArgumentException naming the element when it holds no time
     */
    static FcpxmlTime of(Element element, String attribute, FcpxmlTime fallback) {
        String value = element.getAttribute(attribute);
        if (value.isBlank()) {
            return fallback;
        }
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FcpxmlTimeline.describe(element) + " " + attribute + ": "
                    + e.getMessage(), e);
        }
    }

    double seconds() {
        return (double) numerator / denominator;
    }

    FcpxmlTime plus(FcpxmlTime other) {
        BigInteger top = big(numerator).multiply(big(other.denominator)).add(big(other.numerator).multiply(
                big(denominator)));
        return of(top, big(denominator).multiply(big(other.denominator)));
    }

    FcpxmlTime minus(FcpxmlTime other) {
        return plus(new FcpxmlTime(-other.numerator, other.denominator));
    }

    FcpxmlTime times(long factor) {
        return of(big(numerator).multiply(big(factor)), big(denominator));
    }

    @Override
    public int compareTo(FcpxmlTime other) {
        return big(numerator).multiply(big(other.denominator)).compareTo(big(other.numerator).multiply(
                big(denominator)));
    }

    static FcpxmlTime min(FcpxmlTime a, FcpxmlTime b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static FcpxmlTime max(FcpxmlTime a, FcpxmlTime b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** @return the time as FCPXML writes it: {@code 36030s}, {@code 1001/30000s} */
    @Override
    public String toString() {
        return denominator == 1 ? numerator + "s" : numerator + "/" + denominator + "s";
    }

    private static FcpxmlTime of(BigInteger top, BigInteger bottom) {
        BigInteger gcd = top.gcd(bottom);
        if (gcd.signum() != 0) {
            top = top.divide(gcd);
            bottom = bottom.divide(gcd);
        }
        try {
            return new FcpxmlTime(top.longValueExact(), bottom.longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a time of " + top + "/" + bottom + " s cannot be written", e);
        }
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
