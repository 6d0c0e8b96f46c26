package org.kissdetect.markers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.markers.MarkerDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The projects and timelines carry the movie's sound on an audio track when it has sound, parsed back: Kdenlive's
 * audio track as Kdenlive 22.12 writes one, xmeml's audio track naming the picture's file, OTIO's audio track of the
 * same media; and none when it has no sound. (MltProjectsPlaySoundTest plays the MLT projects.)
 */
class MovieSoundTracksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FILE = Path.of("/films/A Film & Co <1>.mp4");

    private final MarkerDocument stereo = movie(true, 2);
    private final MarkerDocument silent = movie(false, 0);

    private static MarkerDocument movie(boolean sound, int channels) {
        MarkerDocument ntsc = Documents.ntsc();
        return new MarkerDocument(new MovieInfo(FILE, 120.0, 30000.0 / 1001, 640, 360, sound, null, null, null,
                channels), ntsc.scenes(), ntsc.modelId(), ntsc.style());
    }

    @Test
    void kdenliveMixesAnAudioTrackOfTheMovieOntoTheBlackTrack() throws Exception {
        XmlAssertions xml = XmlAssertions.parse(Documents.written(new KdenliveMarkerWriter(), stereo));

        String audioTrack = "//tractor[property[@name='kdenlive:audio_track']='1']";
        assertThat(xml.count(audioTrack)).isEqualTo(1);
        assertThat(xml.count(audioTrack + "/track")).isEqualTo(2);
        assertThat(xml.count(audioTrack + "/track[@hide='video']")).isEqualTo(2);
        String playlist = xml.value(audioTrack + "/track[1]/@producer");
        assertThat(xml.value("//playlist[@id='" + playlist + "']/property[@name='kdenlive:audio_track']"))
                .isEqualTo("1");
        String producer = "//producer[@id=//playlist[@id='" + playlist + "']/entry/@producer]";
        assertThat(xml.value(producer + "/property[@name='resource']")).isEqualTo(FILE.toString());
        assertThat(xml.value(producer + "/property[@name='set.test_image']")).as("audio only").isEqualTo("1");
        assertThat(xml.value(producer + "/property[@name='kdenlive:id']"))
                .isEqualTo(xml.value("//producer[@id='producer0']/property[@name='kdenlive:id']"));

        String main = "//tractor[@global_feed='1']";
        assertThat(xml.value(main + "/track[1]/@producer")).isEqualTo("black_track");
        assertThat(xml.value(main + "/track[2]/@producer")).isEqualTo(xml.value(audioTrack + "/@id"));
        String mix = main + "/transition[property[@name='mlt_service']='mix']";
        assertThat(xml.value(mix + "/property[@name='a_track']")).isEqualTo("0");
        assertThat(xml.value(mix + "/property[@name='b_track']")).isEqualTo("1");
        assertThat(xml.value(mix + "/property[@name='always_active']")).isEqualTo("1");
        assertThat(xml.value(mix + "/property[@name='sum']")).isEqualTo("1");
        assertThat(xml.count("//tractor[not(property[@name='kdenlive:audio_track'])]/track[@hide='audio']"))
                .as("the video track plays no sound of its own").isEqualTo(2);

        JsonNode groups = JSON.readTree(
                xml.value("//playlist[@id='main_bin']/property[@name='kdenlive:docproperties.groups']"));
        assertThat(groups.get(0).get("type").asText()).isEqualTo("AVSplit");
        assertThat(groups.get(0).findValuesAsText("data")).containsExactlyInAnyOrder("0:0", "1:0");
    }

    @Test
    void kdenliveHasNoAudioTrackForASilentMovie() throws Exception {
        XmlAssertions xml = XmlAssertions.parse(Documents.written(new KdenliveMarkerWriter(), silent));

        assertThat(xml.count("//tractor[property[@name='kdenlive:audio_track']]")).isZero();
        assertThat(xml.count("//transition")).isZero();
        assertThat(xml.count("//tractor[@global_feed='1']/track")).as("black and V1").isEqualTo(2);
        assertThat(xml.value("//property[@name='kdenlive:docproperties.groups']")).isEqualTo("[]");
    }

    @Test
    void xmemlAudioTrackPlaysThePicturesFile() throws Exception {
        XmlAssertions xml = XmlAssertions.parse(Documents.written(new XmemlMarkerWriter(), stereo));

        String audio = "/xmeml/sequence/media/audio";
        assertThat(xml.value(audio + "/format/samplecharacteristics/depth")).isEqualTo("16");
        assertThat(xml.value(audio + "/format/samplecharacteristics/samplerate")).isEqualTo("48000");
        String clip = audio + "/track/clipitem";
        assertThat(xml.count(clip)).isEqualTo(1);
        assertThat(xml.value(clip + "/file/@id")).isEqualTo("file-1")
                .isEqualTo(xml.value("/xmeml/sequence/media/video/track/clipitem/file/@id"));
        assertThat(xml.count(clip + "/file/*")).as("described once, in the video clip").isZero();
        assertThat(xml.value(clip + "/sourcetrack/mediatype")).isEqualTo("audio");
        assertThat(xml.value(clip + "/sourcetrack/trackindex")).isEqualTo("1");
        assertThat(xml.value(clip + "/out")).isEqualTo("3596");
        assertThat(xml.count("//clipitem/link")).as("each clip lists the picture and the sound").isEqualTo(4);
        assertThat(xml.value("//file[@id='file-1']/media/audio/channelcount")).isEqualTo("2");
    }

    @Test
    void xmemlHasNoAudioForASilentMovie() throws Exception {
        XmlAssertions xml = XmlAssertions.parse(Documents.written(new XmemlMarkerWriter(), silent));

        assertThat(xml.count("//audio")).isZero();
        assertThat(xml.count("//link")).isZero();
        assertThat(xml.count("/xmeml/sequence/media/video/track/clipitem")).isEqualTo(1);
    }

    @Test
    void otioAudioTrackHoldsAClipOfTheSameMedia() throws Exception {
        JsonNode tracks = JSON.readTree(Documents.written(new OtioMarkerWriter(), stereo)).at("/tracks/children");

        assertThat(tracks).hasSize(2);
        JsonNode sound = tracks.get(1);
        assertThat(sound.get("OTIO_SCHEMA").asText()).isEqualTo("Track.1");
        assertThat(sound.get("kind").asText()).isEqualTo("Audio");
        JsonNode clip = sound.at("/children/0");
        assertThat(clip.get("OTIO_SCHEMA").asText()).isEqualTo("Clip.1");
        assertThat(clip.at("/media_reference/target_url").asText()).isEqualTo(FILE.toUri().toString())
                .isEqualTo(tracks.at("/0/children/0/media_reference/target_url").asText());
        assertThat(clip.at("/source_range/duration/value").asDouble()).isEqualTo(3596);
        assertThat(clip.get("markers")).as("scenes are marked once, on the picture").isEmpty();
    }

    @Test
    void otioHasOnlyTheVideoTrackForASilentMovie() throws Exception {
        JsonNode tracks = JSON.readTree(Documents.written(new OtioMarkerWriter(), silent)).at("/tracks/children");

        assertThat(tracks).hasSize(1);
        assertThat(tracks.get(0).get("kind").asText()).isEqualTo("Video");
    }

    @Test
    void otioWritesTheSchemasOtio014Reads() throws Exception {
        String otio = Documents.written(new OtioMarkerWriter(), stereo);

        assertThat(JSON.readTree(otio).findValuesAsText("OTIO_SCHEMA")).containsOnly("Timeline.1", "Stack.1",
                "Track.1", "Clip.1", "ExternalReference.1", "Marker.2", "TimeRange.1", "RationalTime.1");
        assertThat(otio).doesNotContain("media_references");
    }
}
