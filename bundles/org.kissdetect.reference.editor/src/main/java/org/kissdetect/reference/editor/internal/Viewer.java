package org.kissdetect.reference.editor.internal;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import java.util.function.BiConsumer;

import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * The picture at the playhead, and playback from it (the Play/Pause button, the space bar): picture and sound
 * through {@link PlaybackProcess}, the picture alone where there is no sound output, which the status line says.
 * A seek restarts playback at the new time; pausing, closing the project and quitting stop it.
 */
final class Viewer extends JPanel {

    private static final long serialVersionUID = 1L;
    static final int WIDTH = 384;
    static final int HEIGHT = 216;
    /** The picture rate of playback: the film's, up to this. */
    private static final double MAX_FPS = 30;
    private static final long ADVANCE_NANOS = 100_000_000;

    private final transient ProjectModel project;
    private final transient Playhead playhead;
    private final transient MediaTimecodes timecodes;
    private final transient BiConsumer<String, Color> status;
    private final transient Stills stills = new Stills();
    private final PictureView picture = new PictureView(WIDTH, HEIGHT);
    private final JButton play = new JButton("Play");
    private final JLabel time = new JLabel(" ");
    private transient PlaybackProcess playing;
    private transient MediaEntry shown;
    private long lastAdvance;
    private transient KeyEventDispatcher spaceBar;

    /** @param status shows a message in the status line, in a colour or null for the default */
    Viewer(ProjectModel project, Playhead playhead, MediaTimecodes timecodes, BiConsumer<String, Color> status) {
        super(new BorderLayout());
        this.project = project;
        this.playhead = playhead;
        this.timecodes = timecodes;
        this.status = status;
        add(picture, BorderLayout.CENTER);
        JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        play.setFocusable(false);
        play.addActionListener(event -> togglePlay());
        controls.add(play);
        controls.add(time);
        add(controls, BorderLayout.SOUTH);
        playhead.addListener(this::moved);
        timecodes.addListener(() -> SwingUtilities.invokeLater(() -> moved(false)));
    }

    /**
     * The space bar plays and pauses anywhere in the window but where it types or presses a button. A dispatcher
     * rather than a key binding: lists and tables bind the space bar themselves.
     */
    void bindKeys(Window window) {
        spaceBar = event -> {
            if (event.getID() != KeyEvent.KEY_PRESSED || event.getKeyCode() != KeyEvent.VK_SPACE
                    || event.getModifiersEx() != 0 || event.getComponent() instanceof JTextComponent
                    || event.getComponent() instanceof AbstractButton
                    || SwingUtilities.getWindowAncestor(event.getComponent()) != window) {
                return false;
            }
            togglePlay();
            return true;
        };
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(spaceBar);
    }

    /** @return the media item the viewer shows: the playhead's, else the project's first */
    Optional<MediaEntry> shownEntry() {
        var entries = project.entries();
        return playhead.mediaId().flatMap(id -> entries.stream().filter(e -> e.item().id().equals(id)).findFirst())
                .or(() -> entries.stream().findFirst());
    }

    /** Shows the project again after a change: a media item gone from it stops playback and leaves the playhead. */
    void refresh() {
        if (playhead.mediaId().isPresent() && project.media(playhead.mediaId().get()).isEmpty()) {
            pause();
            playhead.clear();
        } else if (!shownEntry().equals(Optional.ofNullable(shown))) {
            pause();
            moved(true);
        }
    }

    void togglePlay() {
        if (playing != null) {
            pause();
            return;
        }
        Optional<MediaEntry> entry = shownEntry();
        if (entry.isEmpty() || entry.get().item().file() == null) {
            return;
        }
        if (!playhead.isOn(entry.get().item().id())) {
            playhead.seek(entry.get().item().id(), 0);
        }
        start(entry.get(), playhead.seconds());
    }

    /** Stops playback, keeping the picture shown. */
    void pause() {
        if (playing != null) {
            playing.close();
            playing = null;
        }
        play.setText("Play");
    }

    /** Stops playback and the still pictures' thread: the editor is closing. */
    void close() {
        pause();
        stills.close();
        if (spaceBar != null) {
            KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(spaceBar);
        }
    }

    private void start(MediaEntry entry, double from) {
        Optional<AudioOut> audio = AudioOut.system();
        double fps = Math.min(MAX_FPS, timecodes.of(entry).rate().framesPerSecond());
        try {
            playing = new PlaybackProcess(entry.item().file(), from, WIDTH, HEIGHT, fps, audio.orElse(null),
                    new Shown());
            play.setText("Pause");
            if (audio.isEmpty()) {
                status.accept("Playing the picture only: no sound output is available", null);
            }
        } catch (IOException e) {
            audio.ifPresent(AudioOut::close);
            picture.show(null, "Cannot play: " + e.getMessage());
            status.accept("Cannot play " + entry.item().name() + ": " + e.getMessage(), Color.RED.darker());
        }
    }

    private void moved(boolean seek) {
        Optional<MediaEntry> entry = shownEntry();
        shown = entry.orElse(null);
        time.setText(entry.map(e -> timecodes.of(e).format(playhead.seconds())).orElse(" "));
        if (!seek) {
            return;
        }
        if (playing != null) {
            pause();
            entry.ifPresent(e -> start(e, playhead.seconds()));
        } else if (entry.isEmpty() || entry.get().item().file() == null) {
            picture.show(null, entry.isEmpty() ? "No media" : "No file");
        } else {
            stills.request(entry.get().item().file(), playhead.isOn(entry.get().item().id()) ? playhead.seconds() : 0,
                    picture);
        }
    }

    /** Playback's pictures, handed to the event thread; the playhead follows ten times a second. */
    private final class Shown implements PlaybackProcess.Frames {
        @Override
        public void frame(BufferedImage image, double second) {
            SwingUtilities.invokeLater(() -> {
                if (playing == null) {
                    return;
                }
                picture.show(image, null);
                long now = System.nanoTime();
                if (now - lastAdvance > ADVANCE_NANOS) {
                    lastAdvance = now;
                    playhead.advance(second);
                }
            });
        }

        @Override
        public void ended(String why) {
            SwingUtilities.invokeLater(() -> {
                pause();
                status.accept("Stopped: " + why, null);
            });
        }
    }
}
