package org.kissdetect.markers.internal;

import java.io.IOException;

import org.kissdetect.api.markers.MarkerDocument;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The timeline of a Kdenlive 22.12 project holding the movie from its first frame, laid out as Kdenlive lays out a
 * clip dropped on an empty timeline: its sound on audio track A1 (when it has sound) and its picture on video track
 * V1, both clips one A/V group. Each track is a tractor of two playlists that plays only its own kind ({@code hide});
 * the audio track's clip is an audio-only copy of the movie's producer ({@code set.test_image}); and the audio
 * tracks reach the output only through Kdenlive's internal {@code mix} transition onto the black track: without it
 * the project plays silent.
 */
final class KdenliveTimeline {

    /** The movie's id in the project bin ({@code kdenlive:id}), which its timeline clips name. */
    static final int BIN_ID = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private KdenliveTimeline() {
    }

    /** A producer of the movie's file, as Kdenlive writes one for the bin and for each timeline track. */
    static Element movieProducer(XmlDocument xml, Element root, String id, MarkerDocument document, long frames) {
        Element producer = xml.add(root, "producer", "id", id, "in", 0, "out", frames - 1);
        xml.property(producer, "length", frames);
        xml.property(producer, "eof", "pause");
        xml.property(producer, "resource", document.movie().file().toAbsolutePath());
        xml.property(producer, "mlt_service", "avformat-novalidate");
        xml.property(producer, "seekable", 1);
        xml.property(producer, "kdenlive:clipname", document.movie().file().getFileName());
        xml.property(producer, "kdenlive:clip_type", 0);
        xml.property(producer, "kdenlive:id", BIN_ID);
        return producer;
    }

    /**
     * {@code kdenlive:docproperties.groups}: the sound and picture clips as one A/V clip ({@code AVSplit}), each
     * named by its track's position among the timeline's tracks (A1 is 0, V1 is 1) and its first frame.
     */
    static String groups(MarkerDocument document) throws IOException {
        ArrayNode groups = JSON.createArrayNode();
        if (document.movie().hasAudio()) {
            ObjectNode group = groups.addObject().put("type", "AVSplit");
            ArrayNode clips = group.putArray("children");
            clips.addObject().put("type", "Leaf").put("leaf", "clip").put("data", "0:0");
            clips.addObject().put("type", "Leaf").put("leaf", "clip").put("data", "1:0");
        }
        return JSON.writeValueAsString(groups);
    }

    /** Appends the black track, the movie's tracks and the main tractor that plays them. */
    static void add(XmlDocument xml, Element root, MarkerDocument document, long frames) {
        long last = frames - 1;
        Element black = xml.add(root, "producer", "id", "black_track", "in", 0, "out", last);
        xml.property(black, "length", frames);
        xml.property(black, "eof", "continue");
        xml.property(black, "resource", "black");
        xml.property(black, "mlt_service", "color");
        xml.property(black, "kdenlive:playlistid", "black_track");
        xml.property(black, "set.test_audio", 0);

        boolean sound = document.movie().hasAudio();
        String audioTrack = null;
        if (sound) {
            Element audioOnly = movieProducer(xml, root, "producer1", document, frames);
            xml.property(audioOnly, "set.test_audio", 0);
            xml.property(audioOnly, "set.test_image", 1);
            audioTrack = track(xml, root, "tractor0", "A1", "producer1", 2, last, true);
        }
        movieProducer(xml, root, "producer2", document, frames);
        String videoTrack = track(xml, root, "tractor1", "V1", "producer2", 0, last, false);

        Element timeline = xml.add(root, "tractor", "id", "tractor2", "global_feed", 1, "in", 0, "out", last);
        xml.add(timeline, "track", "producer", "black_track");
        if (sound) {
            xml.add(timeline, "track", "producer", audioTrack);
            Element mix = xml.add(timeline, "transition", "id", "transition0");
            xml.property(mix, "a_track", 0);
            xml.property(mix, "b_track", 1);
            xml.property(mix, "mlt_service", "mix");
            xml.property(mix, "kdenlive_id", "mix");
            xml.property(mix, "internal_added", 237);
            xml.property(mix, "always_active", 1);
            xml.property(mix, "accepts_blanks", 1);
            xml.property(mix, "sum", 1);
        }
        xml.add(timeline, "track", "producer", videoTrack);
    }

    /**
     * A Kdenlive track: a tractor of two playlists (Kdenlive's two layers a track has for same-track transitions),
     * the first holding the movie from frame 0.
     *
     * @param playlist the number of the track's first playlist; the second is the next
     * @return the track tractor's id
     */
    private static String track(XmlDocument xml, Element root, String id, String name, String producer,
            int playlist, long last, boolean audio) {
        String[] layers = {"playlist" + playlist, "playlist" + (playlist + 1)};
        Element clips = xml.add(root, "playlist", "id", layers[0]);
        Element empty = xml.add(root, "playlist", "id", layers[1]);
        if (audio) {
            xml.property(clips, "kdenlive:audio_track", 1);
            xml.property(empty, "kdenlive:audio_track", 1);
        }
        Element entry = xml.add(clips, "entry", "producer", producer, "in", 0, "out", last);
        xml.property(entry, "kdenlive:id", BIN_ID);
        Element track = xml.add(root, "tractor", "id", id, "in", 0, "out", last);
        if (audio) {
            xml.property(track, "kdenlive:audio_track", 1);
        }
        xml.property(track, "kdenlive:track_name", name);
        for (String layer : layers) {
            xml.add(track, "track", "hide", audio ? "video" : "audio", "producer", layer);
        }
        return id;
    }
}
