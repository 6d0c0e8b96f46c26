package org.kissdetect.models.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.model.ModelCancelledException;
import org.kissdetect.api.model.ModelListener;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.model.ResolvedModel;
import org.kissdetect.api.train.DemoModel;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The model repository: model directories as they are, and the demo model from the training bundle's
 * {@link DemoModel}, an optional and dynamic reference (runtimes without training still detect with a named
 * model). Resolved models are kept in a bounded cache, so a long-lived host (the editor) checks the demo model
 * once, not at every detection.
 */
@Component(service = ModelRepository.class)
public final class ModelRepositoryComponent implements ModelRepository {

    static final int CACHED_MODELS = 8;
    static final String DEMO_MISSING = "the demo model is not installed";

    private final ResolvedCache cache = new ResolvedCache(CACHED_MODELS);
    private volatile DemoModel demo;

    /** A new demo model provider: what the last one made is forgotten. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDemo(DemoModel provider) {
        demo = provider;
        cache.forget(ModelReference.demo());
    }

    void unbindDemo(DemoModel provider) {
        if (demo == provider) {
            demo = null;
        }
        cache.forget(ModelReference.demo());
    }

    @Override
    public ResolvedModel resolve(ModelReference reference, ModelListener listener, Cancellation cancellation)
            throws ModelException, ModelCancelledException, IOException {
        if (reference instanceof ModelReference.Directory directory) {
            return new ResolvedModel(reference, directory.path(), false, "");
        }
        if (reference instanceof ModelReference.Demo) {
            Optional<ResolvedModel> cached = cache.fresh(reference);
            if (cached.isPresent()) {
                return cached.get();
            }
            DemoModel current = demo;
            if (current == null) {
                throw new ModelException(Path.of("demo"), DEMO_MISSING + " (the training bundle is not running)");
            }
            ResolvedModel resolved = DemoModels.resolve(current, listener, cancellation);
            cache.keep(resolved);
            return resolved;
        }
        throw unknown(reference);
    }

    @Override
    public Optional<Path> location(ModelReference reference) {
        if (reference instanceof ModelReference.Directory directory) {
            return Optional.of(directory.path());
        }
        DemoModel current = demo;
        return reference instanceof ModelReference.Demo && current != null ? Optional.of(current.defaultDirectory())
                : Optional.empty();
    }

    @Override
    public Optional<String> unavailable(ModelReference reference) {
        if (reference instanceof ModelReference.Directory) {
            return Optional.empty();
        }
        if (reference instanceof ModelReference.Demo) {
            return demo == null ? Optional.of(DEMO_MISSING) : Optional.empty();
        }
        return Optional.of("this repository does not know models like " + reference);
    }

    @Override
    public List<ModelReference> offered() {
        return demo == null ? List.of() : List.of(ModelReference.demo());
    }

    private static IllegalArgumentException unknown(ModelReference reference) {
        return new IllegalArgumentException("this repository does not know models like " + reference + " ("
                + (reference == null ? "null" : reference.getClass().getName()) + ")");
    }
}
