package org.kissdetect.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.explain.ExplanationService;
import org.kissdetect.api.report.ReportService;
import org.kissdetect.api.report.ReportStills;
import org.kissdetect.api.segment.Scene;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The report service (PID {@value #PID}): {@code index.html}, a player of the movie with the probability strip
 * ({@code strip.png}) and, for each scene, thumbnails of its first, middle and last second and the saliency map of
 * its middle second. The maps come from an {@link ExplanationService} when one is installed (an optional, dynamic
 * reference, so that a runtime without it still writes reports and one installed later is used at once; the page
 * says why a map is missing). The thumbnails come from the stills the detection's decoding pass showed to a
 * {@link StillStore}; when its scores came from the cache, the movie is decoded here instead, once, up to the last
 * second wanted.
 */
@Component(service = ReportService.class, configurationPid = ReportComponent.PID)
@Designate(ocd = ReportConfiguration.class)
public final class ReportComponent implements ReportService {

    static final String PID = "org.kissdetect.report";

    private final MovieDecoder decoder;
    private final Path stillsFolder;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ExplanationService explanations;

    @Activate
    public ReportComponent(@Reference(name = "decoder") MovieDecoder decoder, ReportConfiguration configuration) {
        this(decoder, stillsFolder(configuration.stillsFolder()));
    }

    /** A report service outside OSGi (other modules' tests) that keeps its stills in {@code stillsFolder}. */
    public ReportComponent(MovieDecoder decoder, Path stillsFolder) {
        this.decoder = decoder;
        this.stillsFolder = stillsFolder;
    }

    /** A report service outside OSGi that draws its saliency maps with {@code explanations} (may be null). */
    ReportComponent(MovieDecoder decoder, Path stillsFolder, ExplanationService explanations) {
        this(decoder, stillsFolder);
        this.explanations = explanations;
    }

    private static Path stillsFolder(String configured) {
        return Path.of(configured == null || configured.isBlank() ? System.getProperty("java.io.tmpdir") : configured);
    }

    @Override
    public void checkTarget(Path folder) throws IOException {
        ReportFolder.checkTarget(folder);
    }

    @Override
    public ReportStills stills() {
        return new StillStore(stillsFolder);
    }

    @Override
    public void writeInto(Path folder, Detection detection, ReportStills stills, Cancellation cancellation)
            throws IOException, MediaException {
        writeInto(folder, detection, stills, null, cancellation);
    }

    @Override
    public void writeInto(Path folder, Detection detection, ReportStills stills, Path modelDirectory,
            Cancellation cancellation) throws IOException, MediaException {
        if (!(stills instanceof StillStore store)) {
            throw new IllegalArgumentException("the stills of a report must come from the same report service");
        }
        NavigableSet<Integer> wanted = new TreeSet<>();
        for (Scene scene : detection.scenes()) {
            wanted.add(scene.start());
            wanted.add(ReportPage.middle(scene));
            wanted.add(scene.end());
        }
        Map<Integer, byte[]> thumbnails = new TreeMap<>(store.thumbnails(wanted));
        wanted.removeAll(thumbnails.keySet());
        thumbnails.putAll(Thumbnails.decode(decoder, detection.movie().file(), wanted, cancellation));
        ImageIO.write(ProbabilityStrip.render(detection), "png", folder.resolve(ReportFolder.STRIP).toFile());
        for (Map.Entry<Integer, byte[]> thumbnail : thumbnails.entrySet()) {
            Files.write(folder.resolve(ReportFolder.thumbnailName(thumbnail.getKey())), thumbnail.getValue());
        }
        Map<Integer, SaliencyMaps.Outcome> saliency = SaliencyMaps.write(explanations, folder, detection,
                modelDirectory, cancellation);
        Files.writeString(folder.resolve(ReportFolder.INDEX), ReportPage.html(detection, thumbnails.keySet(),
                saliency, MovieLink.of(folder, detection.movie().file())), StandardCharsets.UTF_8);
    }
}
