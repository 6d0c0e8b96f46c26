package org.kissdetect.reference.editor.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Plays a movie from a time through two ffmpeg processes: one writes its pictures to a pipe as raw frames of the
 * viewer's size, the other its sound as s16le 48 kHz stereo, which goes to an {@link AudioOut} whose clock times
 * the pictures (the wall clock does where there is no sound output or no sound). Closing it destroys both
 * processes and waits for its threads: nothing outlives it.
 */
final class PlaybackProcess implements AutoCloseable {

    /** Where the pictures go, on the playback thread. */
    interface Frames {
        /** A picture to show now, at a time of the movie. */
        void frame(BufferedImage picture, double second);

        /** Playback stopped by itself: the movie ended, or ffmpeg could not go on; {@code why} says which. */
        void ended(String why);
    }

    private final Path movie;
    private final double from;
    private final int width;
    private final int height;
    private final double fps;
    private final List<Process> processes = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AudioOut audio;
    private final PlaybackClock clock;
    private volatile boolean closed;

    /**
     * Starts playing.
     *
     * @param audio where the sound goes, or null to play the picture only
     * @throws IOException when ffmpeg cannot be started (it is not installed)
     */
    PlaybackProcess(Path movie, double from, int width, int height, double fps, AudioOut audio, Frames frames)
            throws IOException {
        this.movie = movie;
        this.from = from;
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.audio = audio;
        this.clock = new PlaybackClock(audio, System::nanoTime);
        Process pictures = start(PlaybackCommands.video(movie, from, width, height, fps));
        if (audio != null) {
            try {
                Process sound = start(PlaybackCommands.audio(movie, from));
                thread("editor-playback-sound", () -> playSound(sound));
            } catch (IOException e) {
                clock.soundEnded();
            }
        }
        thread("editor-playback-picture", () -> showPictures(pictures, frames));
    }

    /**
     * The picture at a time of a movie, or null past its last picture.
     *
     * @throws IOException when ffmpeg is not installed ({@link ToolMissingException}) or takes over 20 seconds
     */
    static BufferedImage still(Path movie, double at, int width, int height) throws IOException {
        Process process = startProcess(PlaybackCommands.still(movie, at, width, height));
        try (InputStream in = process.getInputStream()) {
            BufferedImage picture = read(in, width, height);
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IOException("ffmpeg took over 20 seconds for a picture of " + movie);
            }
            return picture;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading a picture of " + movie, e);
        } finally {
            process.destroyForcibly();
        }
    }

    /** @return whether the picture follows the sound heard (false: the wall clock) */
    boolean followsSound() {
        return clock.followsSound();
    }

    /** The processes, for tests to check that none outlives playback. */
    List<Process> processes() {
        synchronized (processes) {
            return List.copyOf(processes);
        }
    }

    /** Stops playback: destroys the processes, silences the sound and waits for the threads (a few seconds at most). */
    @Override
    public void close() {
        closed = true;
        for (Process process : processes()) {
            process.destroy();
        }
        if (audio != null) {
            audio.close();
        }
        for (Thread thread : threads) {
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Process process : processes()) {
            try {
                if (!process.waitFor(1, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void showPictures(Process process, Frames frames) {
        String why = "end of " + movie.getFileName();
        try (InputStream in = process.getInputStream()) {
            for (long frame = 0; !closed; frame++) {
                BufferedImage picture = read(in, width, height);
                if (picture == null) {
                    if (frame == 0) {
                        why = "ffmpeg shows no picture of " + movie.getFileName() + " from " + PlaybackCommands.seconds(from) + " s";
                    }
                    break;
                }
                double due = frame / fps;
                double late = clock.seconds() - due;
                if (late > 2 / fps) {
                    continue;
                }
                while (!closed && clock.seconds() < due) {
                    Thread.sleep(5);
                }
                if (!closed) {
                    frames.frame(picture, from + due);
                }
            }
        } catch (IOException e) {
            why = "cannot read the pictures of " + movie.getFileName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!closed) {
            frames.ended(why);
        }
    }

    private void playSound(Process process) {
        byte[] buffer = new byte[AudioOut.RATE * AudioOut.BYTES_PER_FRAME / 50];
        try (InputStream in = process.getInputStream()) {
            int read;
            while (!closed && (read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                audio.write(buffer, read);
            }
        } catch (IOException | RuntimeException e) {
            // Playing on by the wall clock is all that can be done; the picture says why it stops, if it does.
        } finally {
            clock.soundEnded();
        }
    }

    private void thread(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private Process start(List<String> command) throws IOException {
        Process process = startProcess(command);
        synchronized (processes) {
            processes.add(process);
        }
        return process;
    }

    private static Process startProcess(List<String> command) throws IOException {
        try {
            return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new ToolMissingException(command.get(0) + " is not installed (" + e.getMessage() + ")", e);
        }
    }

    /** @return the next picture, or null at the end of the stream */
    private static BufferedImage read(InputStream in, int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) picture.getRaster().getDataBuffer()).getData();
        return in.readNBytes(pixels, 0, pixels.length) == pixels.length ? picture : null;
    }

    /** The ffmpeg command is not installed. */
    static final class ToolMissingException extends IOException {
        private static final long serialVersionUID = 1L;

        ToolMissingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
