package org.kissdetect.api.report;

/**
 * One line of a {@link LineChart}: points joined in the order given, each marked. Since 1.1.
 *
 * @param name the legend's text
 * @param x    the points' x values, finite
 * @param y    the points' y values, finite, as many as {@code x}
 */
public record Series(String name, double[] x, double[] y) {

    /** Copies the values and checks that they pair up and are finite. */
    public Series {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a series needs a name");
        }
        if (x == null || y == null || x.length != y.length) {
            throw new IllegalArgumentException("series " + name + " has " + (x == null ? "no" : x.length)
                    + " x values and " + (y == null ? "no" : y.length) + " y values: they must pair up");
        }
        x = x.clone();
        y = y.clone();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("series " + name + " point " + i + " is (" + x[i] + ", " + y[i]
                        + "): values must be finite");
            }
        }
    }

    /** @return a copy of the x values */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** @return a copy of the y values */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** @return the number of points */
    public int size() {
        return x.length;
    }
}
