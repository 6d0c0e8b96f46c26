package org.kissdetect.synthetic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.encode.EncodingSettings;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.encode.MovieWriter;

/**
 * A generated film with kissing scenes at known seconds. Kissing seconds carry the synthetic signature (see
 * {@code SyntheticPictures} and {@code SyntheticSound}: rose frames with a lattice of pink dots, a swelling
 * chord of 660 to 1980 Hz), with about one in twenty cutting away in picture and one in twenty covered in sound; all other
 * seconds are shots of varied colours, shapes, motion, noise and tones that avoid the signature. The same record
 * always gives the same pictures and sound. It detects nothing about real films: a model trained on it learns
 * the signature, not kissing.
 *
 * @param seconds       the length of the film in whole seconds
 * @param kissingScenes the kissing scenes, in time order, not overlapping, inside the film
 * @param seed          the seed of every random choice
 */
public record SyntheticFilm(int seconds, List<SecondSpan> kissingScenes, long seed) {

    /** Picture width of the written films. */
    public static final int WIDTH = 320;
    /** Picture height of the written films. */
    public static final int HEIGHT = 180;
    /** Frames per second of the written films. */
    public static final int FRAME_RATE = 12;
    /** Sound samples per second of the written films. */
    public static final int SAMPLE_RATE = 48_000;

    /** Checks the length and the scenes and copies the list. */
    public SyntheticFilm {
        if (seconds < 1) {
            throw new IllegalArgumentException("a film lasts at least 1 second, got " + seconds);
        }
        kissingScenes = List.copyOf(kissingScenes);
        for (int i = 0; i < kissingScenes.size(); i++) {
            SecondSpan scene = kissingScenes.get(i);
            if (scene.last() >= seconds) {
                throw new IllegalArgumentException("kissing scene " + scene.first() + ".." + scene.last()
                        + " ends after the film's last second " + (seconds - 1));
            }
            if (i > 0 && kissingScenes.get(i - 1).last() >= scene.first()) {
                throw new IllegalArgumentException("kissing scenes must be in time order and apart, got "
                        + kissingScenes.get(i - 1) + " then " + scene);
            }
        }
    }

    /**
     * A film with the given kissing scenes, put in time order.
     *
     * @param seconds the length in whole seconds
     * @param seed    the seed of every random choice
     * @param scenes  the kissing scenes
     * @return the film
     */
    public static SyntheticFilm of(int seconds, long seed, SecondSpan... scenes) {
        List<SecondSpan> sorted = new ArrayList<>(List.of(scenes));
        sorted.sort(Comparator.comparingInt(SecondSpan::first));
        return new SyntheticFilm(seconds, sorted, seed);
    }

    /** @return how the film is written: MP4, H.264 at 320x180 and 12 fps, AAC at 48 kHz */
    public EncodingSettings settings() {
        return new EncodingSettings("mp4", "h264", WIDTH, HEIGHT, FRAME_RATE, false, 0, SAMPLE_RATE, false, 0);
    }

    /** @return whether second {@code k} lies in a kissing scene */
    public boolean isKissing(int second) {
        return kissingScenes.stream().anyMatch(s -> s.contains(second));
    }

    /** @return the truth per second: {@code true} for kissing */
    public boolean[] truth() {
        boolean[] truth = new boolean[seconds];
        for (int k = 0; k < seconds; k++) {
            truth[k] = isKissing(k);
        }
        return truth;
    }

    /**
     * The film's lines of an annotation file ({@code movie,start,end,label}; times in seconds, a scene covering
     * {@code [start, end)}): every second is annotated, kissing or not.
     *
     * @param movie the movie's name as the annotation file refers to it
     * @return one line per scene, in time order, without line ends
     */
    public List<String> annotationLines(String movie) {
        List<String> lines = new ArrayList<>();
        int next = 0;
        for (SecondSpan scene : kissingScenes) {
            if (scene.first() > next) {
                lines.add(movie + "," + next + "," + scene.first() + ",not kissing");
            }
            lines.add(movie + "," + scene.first() + "," + (scene.last() + 1) + ",kissing");
            next = scene.last() + 1;
        }
        if (next < seconds) {
            lines.add(movie + "," + next + "," + seconds + ",not kissing");
        }
        return lines;
    }

    /**
     * Writes the film; nothing appears under {@code file} unless it is complete.
     *
     * @param encoder the encoder
     * @param file    where the film goes
     * @return {@code file}
     * @throws MediaException when the encoder fails
     */
    public Path write(MovieEncoder encoder, Path file) throws MediaException {
        return write(encoder, file, settings());
    }

    /**
     * Writes the film with other settings of the same picture size, frame rate and sound rate: another container,
     * a start timecode.
     *
     * @param encoder  the encoder
     * @param file     where the film goes
     * @param settings how; its size, frame rate and sample rate must be the film's
     * @return {@code file}
     * @throws MediaException           when the encoder fails
     * @throws IllegalArgumentException when the settings change what the film is
     * @since 1.1
     */
    public Path write(MovieEncoder encoder, Path file, EncodingSettings settings) throws MediaException {
        if (settings.width() != WIDTH || settings.height() != HEIGHT || settings.frameRate() != FRAME_RATE
                || settings.audioSampleRate() != SAMPLE_RATE || settings.variableFrameRate()) {
            throw new IllegalArgumentException("a synthetic film is " + WIDTH + "x" + HEIGHT + " at " + FRAME_RATE
                    + " fps with sound at " + SAMPLE_RATE + " Hz, not " + settings);
        }
        ShotPlan plan = ShotPlan.of(this);
        try (MovieWriter writer = encoder.create(file, settings)) {
            for (int second = 0; second < seconds; second++) {
                writer.writeAudio(SyntheticSound.samples(plan::sound, (long) second * SAMPLE_RATE, SAMPLE_RATE, SAMPLE_RATE),
                        second);
                for (int n = 0; n < FRAME_RATE; n++) {
                    double time = second + (double) n / FRAME_RATE;
                    writer.writeFrame(SyntheticPictures.draw(plan.picture(second), time, WIDTH, HEIGHT), time);
                }
            }
            writer.finish();
        }
        return file;
    }
}
