package org.kissdetect.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.classify.internal.model.DetectorLoader;
import org.kissdetect.classify.internal.model.DeviceChoice;
import org.kissdetect.classify.internal.model.LoadedDetector;
import org.kissdetect.classify.internal.model.RandomDetector;
import org.kissdetect.classify.internal.model.TestInputs;
import org.kissdetect.classify.internal.network.Variant;

import ai.djl.util.Utils;

/**
 * libtorch's start-up and a classification open no socket and resolve no host name. Runs in a JVM of its own
 * (a surefire execution of its own, see pom.xml), so that DJL starts inside the trap: a security manager that
 * records and refuses every socket permission before anything reaches the network.
 */
class NoNetworkTest {

    /** Refuses and records every connect, resolve, listen and accept; allows everything else. */
    static final class NetworkTrap extends SecurityManager {

        final List<String> attempts = new CopyOnWriteArrayList<>();

        @Override
        public void checkPermission(Permission permission) {
            if (permission instanceof SocketPermission) {
                attempts.add(permission.getName() + " " + permission.getActions());
                throw new SecurityException("network access during the test: " + permission);
            }
        }

        @Override
        public void checkPermission(Permission permission, Object context) {
            checkPermission(permission);
        }
    }

    @Test
    @SuppressWarnings("removal")
    void startingLibtorchAndClassifyingOpenNoSocket(@TempDir Path model) throws Exception {
        NetworkTrap trap = new NetworkTrap();
        System.setSecurityManager(trap);
        try {
            assertThatThrownBy(() -> new Socket("127.0.0.1", 9).close()).isInstanceOf(SecurityException.class);
            assertThat(trap.attempts).as("the trap sees a connection attempt").containsExactly("127.0.0.1:9 connect,resolve");
            trap.attempts.clear();

            RandomDetector.write(model, Variant.IMAGE, 1);
            try (LoadedDetector detector = DetectorLoader.load(model, DeviceChoice.AUTO)) {
                assertThat(detector.logits(TestInputs.of(2), 1)).hasSize(4);
            }

            assertThat(trap.attempts).as("socket permissions asked for").isEmpty();
            assertThat(Utils.isOfflineMode()).isTrue();
        } finally {
            System.setSecurityManager(null);
        }
    }
}
