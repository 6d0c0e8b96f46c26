package org.kissdetect.decode.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Watches the file's clock, packet by packet, for jumps: back by more than {@value #BACKWARD_SECONDS} s or ahead
 * by more than {@value #FORWARD_SECONDS} s of where each stream should go on.
 *
 * <p>In formats whose clock may jump (MPEG-TS and MPEG-PS: joined recordings restart it, a paused recorder leaps
 * hours), what follows a jump is placed right after what came before, as players and {@code ffmpeg} do: a
 * recording joined to itself is decoded twice over, and a 2-hour pause becomes no time at all instead of 7,200
 * frozen seconds. Nothing is lost, and the markers match what a player shows. In other formats the clock is the
 * film's own (a picture may stay on screen for minutes), so times are kept and a long gap is only reported.
 */
final class PacketClock {

    static final double FORWARD_SECONDS = 10;
    static final double BACKWARD_SECONDS = 0.1;
    private static final int JUMPS_DESCRIBED = 5;

    /** Streams whose clocks jump by amounts this close are taken to have jumped together. */
    private static final double SAME_JUMP_SECONDS = 1;
    private static final double MAX_PACKET_SECONDS = 1;

    private final boolean joinsJumps;
    private final String[] contents;
    private final double[] expected;
    private final double[] last;
    private final double[] offsets;
    private final int[] jumpsJoined;
    private final List<String> warnings = new ArrayList<>();
    private double lastShift = Double.NaN;
    private int jumps;

    /**
     * @param joinsJumps whether the format's clock may jump, so that jumps are joined
     * @param contents   per stream index, what it holds ({@code "picture"}, {@code "sound"}), or null for streams
     *                   that are not decoded
     */
    PacketClock(boolean joinsJumps, String[] contents) {
        this.joinsJumps = joinsJumps;
        this.contents = contents.clone();
        this.expected = new double[contents.length];
        this.last = new double[contents.length];
        this.offsets = new double[contents.length];
        this.jumpsJoined = new int[contents.length];
        Arrays.fill(expected, Double.NaN);
    }

    /**
     * Places one packet. Each stream keeps its own offset, because a demuxer hands out the streams' last packets
     * before a jump interleaved with the first ones after it; a stream that jumps by about as much as another
     * just did takes that stream's shift, which keeps pictures and sound in step.
     *
     * @param stream   its stream index
     * @param time     its decoding time in the movie as the file's clock says, or NaN when it has none
     * @param duration its duration in seconds, 0 when unknown
     * @return the seconds to add to its timestamps
     */
    double place(int stream, double time, double duration) {
        if (Double.isNaN(time) || stream < 0 || stream >= contents.length || contents[stream] == null) {
            return 0;
        }
        double next = expected[stream];
        double placed = time + offsets[stream];
        double jump = placed - next;
        if (jump > FORWARD_SECONDS || jump < -BACKWARD_SECONDS) {
            if (joinsJumps) {
                double shift = -jump;
                if (jumpsJoined[stream] < jumps && Math.abs(shift - lastShift) < SAME_JUMP_SECONDS) {
                    shift = lastShift;
                } else {
                    report(joined(next, next - offsets[stream], time, jump));
                    lastShift = shift;
                }
                jumpsJoined[stream] = jumps;
                offsets[stream] += shift;
                placed = time + offsets[stream];
            } else if (jump > FORWARD_SECONDS) {
                report(String.format(Locale.ROOT, "the file has no %s from %s to %s (%s): kept as the file says,"
                        + " so the seconds between repeat what came before", contents[stream],
                        MovieClock.format(last[stream]), MovieClock.format(placed), length(jump)));
            }
        }
        last[stream] = placed;
        // A picture may last minutes in a container whose clock is the film's: that is the gap, not the next time.
        expected[stream] = placed + Math.min(Math.max(0, duration), MAX_PACKET_SECONDS);
        return offsets[stream];
    }

    /** Where the clock jumped, one warning each (the first few), oldest first. */
    List<String> warnings() {
        List<String> all = new ArrayList<>(warnings);
        if (jumps > JUMPS_DESCRIBED) {
            all.add((jumps - JUMPS_DESCRIBED) + " further jumps of the file's clock were treated alike");
        }
        return all;
    }

    private String joined(double at, double before, double after, double jump) {
        String what = jump < 0
                ? "goes back from " + MovieClock.format(before) + " to " + MovieClock.format(after)
                        + " (joined recordings?)"
                : "leaps from " + MovieClock.format(before) + " to " + MovieClock.format(after) + ": the "
                        + length(jump) + " without pictures or sound were left out";
        return "at " + MovieClock.format(at) + " of the movie the file's clock " + what
                + "; what follows was placed right after, as players do";
    }

    private void report(String warning) {
        if (++jumps <= JUMPS_DESCRIBED) {
            warnings.add(warning);
        }
    }

    private static String length(double seconds) {
        double s = Math.abs(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%.1f h", s / 3600)
                : s >= 60 ? String.format(Locale.ROOT, "%.1f min", s / 60)
                : String.format(Locale.ROOT, "%.1f s", s);
    }
}
