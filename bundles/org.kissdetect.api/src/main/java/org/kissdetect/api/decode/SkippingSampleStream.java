package org.kissdetect.api.decode;

import java.util.List;
import java.util.Optional;

/**
 * A stream from the start whose seconds before {@code firstSecond} are decoded and dropped: what
 * {@link MovieDecoder#openAt} does for a decoder that cannot seek.
 */
final class SkippingSampleStream implements SampleStream {

    private final SampleStream stream;
    private final int firstSecond;

    SkippingSampleStream(SampleStream stream, int firstSecond) {
        this.stream = stream;
        this.firstSecond = firstSecond;
    }

    @Override
    public MovieInfo info() {
        return stream.info();
    }

    @Override
    public Optional<SecondSample> next() throws MediaException {
        Optional<SecondSample> next = stream.next();
        while (next.isPresent() && next.get().second() < firstSecond) {
            next = stream.next();
        }
        return next;
    }

    @Override
    public List<String> warnings() {
        return stream.warnings();
    }

    @Override
    public List<Double> shotCuts() {
        return stream.shotCuts();
    }

    @Override
    public void close() {
        stream.close();
    }
}
