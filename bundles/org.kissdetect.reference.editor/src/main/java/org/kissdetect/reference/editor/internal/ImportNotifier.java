package org.kissdetect.reference.editor.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.kissdetect.nle.sdk.event.MediaImportEvent;
import org.kissdetect.nle.sdk.event.MediaImportListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Tells every {@link MediaImportListener} of imports, on a thread of its own, one listener after the other; a
 * listener that fails is logged and the others still hear of the import.
 */
@Component(service = ImportNotifier.class)
public final class ImportNotifier {

    private final List<MediaImportListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread named = new Thread(task, "editor-import-events");
        named.setDaemon(true);
        return named;
    });
    private final Logger logger;

    @Activate
    public ImportNotifier(@Reference(service = LoggerFactory.class) Logger logger) {
        this.logger = logger;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addListener(MediaImportListener listener) {
        listeners.add(listener);
    }

    void removeListener(MediaImportListener listener) {
        listeners.remove(listener);
    }

    void imported(MediaImportEvent event) {
        thread.execute(() -> {
            for (MediaImportListener listener : listeners) {
                try {
                    listener.imported(event);
                } catch (RuntimeException e) {
                    logger.error("An import listener failed on {}: {}", event.items(), e.toString(), e);
                }
            }
        });
    }

    @Deactivate
    void stop() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(5, TimeUnit.SECONDS);
    }
}
