package org.kissdetect.itest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads the scenes back out of a marker file of each format, as the program that imports it would see them:
 * {@code [start, end)} in seconds of the movie. Frame-based formats are converted at the movie's frame rate; the
 * EDL and Avid lists sit on a timeline that starts at 01:00:00:00.
 */
final class MarkerFiles {

    record Span(double start, double end) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double HOUR = 3600;

    private MarkerFiles() {
    }

    static List<Span> read(String format, Path file, int fps) throws Exception {
        String text = Files.readString(file);
        return switch (format) {
            case "json" -> json(text);
            case "csv" -> csv(text);
            case "otio" -> otio(text);
            case "fcpxml" -> fcpxml(text);
            case "xmeml" -> xmeml(text, fps);
            case "edl" -> edl(text, fps);
            case "avid" -> avid(text, fps);
            case "vtt" -> vtt(text);
            case "shotcut" -> shotcut(text, fps);
            case "kdenlive" -> kdenlive(text, fps);
            default -> throw new IllegalArgumentException("no reader for the format " + format);
        };
    }

    /** {@code end} is exclusive: a scene of seconds 4..15 has start 4 and end 16. */
    private static List<Span> json(String text) throws IOException {
        List<Span> spans = new ArrayList<>();
        for (JsonNode scene : JSON.readTree(text).get("scenes")) {
            spans.add(new Span(scene.get("start").asDouble(), scene.get("end").asDouble()));
        }
        return spans;
    }

    private static List<Span> csv(String text) throws IOException {
        List<Span> spans = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            for (Map<String, String> row : rows.readAll()) {
                spans.add(new Span(Double.parseDouble(row.get("start")), Double.parseDouble(row.get("end"))));
            }
        }
        return spans;
    }

    private static List<Span> otio(String text) throws IOException {
        List<Span> spans = new ArrayList<>();
        JsonNode clip = JSON.readTree(text).get("tracks").get("children").get(0).get("children").get(0);
        for (JsonNode marker : clip.get("markers")) {
            JsonNode range = marker.get("marked_range");
            double start = range.at("/start_time/value").asDouble() / range.at("/start_time/rate").asDouble();
            double duration = range.at("/duration/value").asDouble() / range.at("/duration/rate").asDouble();
            spans.add(new Span(start, start + duration));
        }
        return spans;
    }

    private static List<Span> fcpxml(String text) throws Exception {
        List<Span> spans = new ArrayList<>();
        NodeList markers = nodes(text, "//asset-clip/marker");
        for (int i = 0; i < markers.getLength(); i++) {
            Element marker = (Element) markers.item(i);
            double start = rational(marker.getAttribute("start"));
            spans.add(new Span(start, start + rational(marker.getAttribute("duration"))));
        }
        return spans;
    }

    private static List<Span> xmeml(String text, int fps) throws Exception {
        List<Span> spans = new ArrayList<>();
        NodeList markers = nodes(text, "/xmeml/sequence/marker");
        for (int i = 0; i < markers.getLength(); i++) {
            Element marker = (Element) markers.item(i);
            spans.add(new Span(frames(marker, "in") / (double) fps, frames(marker, "out") / (double) fps));
        }
        return spans;
    }

    private static List<Span> edl(String text, int fps) {
        List<Span> spans = new ArrayList<>();
        Matcher events = Pattern.compile("(?m)^\\d{3}  001      V     C        (\\S+) \\S+ \\S+ \\S+  \\n"
                + " \\|C:ResolveColor\\w+ \\|M:[^|]+ \\|D:(\\d+)$").matcher(text);
        while (events.find()) {
            double start = timecode(events.group(1), fps) - HOUR;
            spans.add(new Span(start, start + Integer.parseInt(events.group(2)) / (double) fps));
        }
        return spans;
    }

    private static List<Span> avid(String text, int fps) {
        List<Span> spans = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                String[] columns = line.split("\t");
                double start = timecode(columns[1], fps) - HOUR;
                spans.add(new Span(start, start + Integer.parseInt(columns[5].strip()) / (double) fps));
            }
        }
        return spans;
    }

    private static List<Span> vtt(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher cues = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2}\\.\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2}\\.\\d{3})")
                .matcher(text);
        while (cues.find()) {
            spans.add(new Span(clock(cues, 1), clock(cues, 4)));
        }
        return spans;
    }

    /** Shotcut's range markers hold their first and last frame. */
    private static List<Span> shotcut(String text, int fps) throws Exception {
        List<Span> spans = new ArrayList<>();
        NodeList markers = nodes(text, "//tractor/properties[@name='shotcut:markers']/properties");
        XPathFactory xpath = XPathFactory.newInstance();
        for (int i = 0; i < markers.getLength(); i++) {
            Element marker = (Element) markers.item(i);
            double start = Double.parseDouble(xpath.newXPath().evaluate("property[@name='start']", marker));
            double last = Double.parseDouble(xpath.newXPath().evaluate("property[@name='end']", marker));
            spans.add(new Span(start / fps, (last + 1) / fps));
        }
        return spans;
    }

    /** Kdenlive 22.12's guides are points: one at each scene's start and one at its end. */
    private static List<Span> kdenlive(String text, int fps) throws Exception {
        String guides = XPathFactory.newInstance().newXPath().evaluate(
                "//playlist[@id='main_bin']/property[@name='kdenlive:docproperties.guides']", document(text));
        List<Span> spans = new ArrayList<>();
        JsonNode points = JSON.readTree(guides);
        for (int i = 0; i + 1 < points.size(); i += 2) {
            spans.add(new Span(points.get(i).get("pos").asDouble() / fps, points.get(i + 1).get("pos").asDouble() / fps));
        }
        return spans;
    }

    private static NodeList nodes(String xml, String path) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, document(xml), XPathConstants.NODESET);
    }

    private static Document document(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static int frames(Element marker, String child) {
        return Integer.parseInt(marker.getElementsByTagName(child).item(0).getTextContent().strip());
    }

    /** FCPXML times: {@code 1001/100s} or {@code 5s}. */
    private static double rational(String time) {
        String value = time.substring(0, time.length() - 1);
        int slash = value.indexOf('/');
        return slash < 0 ? Double.parseDouble(value)
                : Double.parseDouble(value.substring(0, slash)) / Double.parseDouble(value.substring(slash + 1));
    }

    /** A non-drop-frame timecode {@code hh:mm:ss:ff} in seconds. */
    private static double timecode(String timecode, int fps) {
        String[] parts = timecode.split("[:;]");
        return Integer.parseInt(parts[0]) * 3600 + Integer.parseInt(parts[1]) * 60 + Integer.parseInt(parts[2])
                + Integer.parseInt(parts[3]) / (double) fps;
    }

    private static double clock(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group)) * 3600 + Integer.parseInt(matcher.group(group + 1)) * 60
                + Double.parseDouble(matcher.group(group + 2));
    }
}
