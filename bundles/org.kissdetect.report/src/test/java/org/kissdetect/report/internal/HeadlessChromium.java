package org.kissdetect.report.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Headless Chromium (Debian's {@code chromium-headless-shell}, which {@code scripts/setup} installs, or the program
 * {@code KISSDETECT_CHROMIUM} names) driven over the
 * Chrome DevTools Protocol: one page, commands sent as JSON over the page's WebSocket (java.net.http) and answered
 * by id. Only what the report's tests need: load a page, evaluate script, click at a point, take a screenshot.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String COMMAND = "chromium-headless-shell";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on ws://([^/]+)/");

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<JsonNode>> awaitedEvents = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /**
     * Starts a browser with a window of {@code width} x {@code height} CSS pixels.
     *
     * @throws IllegalStateException naming scripts/setup when the browser is not installed
     */
    static HeadlessChromium start(int width, int height) throws Exception {
        Path binary = binary();
        Path profile = Files.createTempDirectory("kissdetect-chromium");
        Process process = new ProcessBuilder(binary.toString(), "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--mute-audio", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "about:blank").redirectErrorStream(true).start();
        try {
            return connect(process, profile);
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static HeadlessChromium connect(Process process, Path profile) throws Exception {
        String host = CompletableFuture.supplyAsync(() -> listeningHost(process)).get(WAIT.toSeconds(),
                TimeUnit.SECONDS);
        HttpClient http = HttpClient.newHttpClient();
        String targets = http.send(HttpRequest.newBuilder(URI.create("http://" + host + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String page = null;
        for (JsonNode target : new ObjectMapper().readTree(targets)) {
            if ("page".equals(target.path("type").asText())) {
                page = target.path("webSocketDebuggerUrl").asText();
            }
        }
        if (page == null) {
            throw new IllegalStateException("headless Chromium opened no page: " + targets);
        }
        HeadlessChromium[] self = new HeadlessChromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    self[0].received(message.toString());
                    message.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        self[0] = new HeadlessChromium(process, profile, socket);
        self[0].send("Page.enable", Map.of());
        return self[0];
    }

    private static Path binary() {
        String configured = System.getenv("KISSDETECT_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            if (Files.isExecutable(Path.of(configured))) {
                return Path.of(configured);
            }
            throw new IllegalStateException("KISSDETECT_CHROMIUM names " + configured + ", which is no program;"
                    + " unset it to use " + COMMAND + " from the PATH, which scripts/setup installs");
        }
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, COMMAND);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("headless Chromium (" + COMMAND + ") is not installed, so the report cannot be"
                + " checked in a browser: run scripts/setup, which installs the Debian package " + COMMAND);
    }

    /** Reads the browser's output until it says where its DevTools listen. */
    private static String listeningHost(Process process) {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = readLine(output)) != null) {
            seen.append(line).append('\n');
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }), "chromium-output");
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("headless Chromium ended before it listened: " + seen);
    }

    private static String readLine(BufferedReader output) {
        try {
            return output.readLine();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read headless Chromium's output", e);
        }
    }

    private void received(String text) {
        try {
            JsonNode message = json.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            } else {
                CompletableFuture<JsonNode> awaited = awaitedEvents.remove(message.path("method").asText());
                if (awaited != null) {
                    awaited.complete(message.path("params"));
                }
            }
        } catch (IOException e) {
            pending.values().forEach(answer -> answer.completeExceptionally(e));
        }
    }

    /** Sends a command and waits for its result; an error answer fails with the browser's message. */
    JsonNode send(String method, Map<String, ?> parameters) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode command = json.createObjectNode().put("id", id).put("method", method);
        command.set("params", json.valueToTree(parameters));
        try {
            socket.sendText(command.toString(), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            JsonNode message = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (message.has("error")) {
                throw new IllegalStateException(method + " failed: " + message.get("error"));
            }
            return message.path("result");
        } catch (Exception e) {
            throw new IllegalStateException("headless Chromium did not answer " + method + ": " + e, e);
        }
    }

    /** Opens a page and waits until it has loaded. */
    void open(URI url) throws Exception {
        CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
        awaitedEvents.put("Page.loadEventFired", loaded);
        send("Page.navigate", Map.of("url", url.toString()));
        loaded.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Evaluates a script expression in the page, awaiting a promise it returns, and returns its value as JSON. */
    JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
                "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("the page's script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Clicks with the left mouse button at a point of the viewport, in CSS pixels, as a user would. */
    void click(double x, double y) {
        for (String type : new String[] {"mouseMoved", "mousePressed", "mouseReleased"}) {
            send("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button",
                    type.equals("mouseMoved") ? "none" : "left", "clickCount", type.equals("mouseMoved") ? 0 : 1));
        }
    }

    /** Presses and releases a key, such as {@code Enter} or {@code ArrowRight}, on the focused element. */
    void press(String key) {
        int code = key.equals("Enter") ? 13 : key.equals("ArrowRight") ? 39 : 0;
        send("Input.dispatchKeyEvent", key.equals("Enter")
                ? Map.of("type", "keyDown", "key", key, "code", key, "windowsVirtualKeyCode", code, "text", "\r")
                : Map.of("type", "rawKeyDown", "key", key, "code", key, "windowsVirtualKeyCode", code));
        send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", key, "windowsVirtualKeyCode", code));
    }

    /** Writes a PNG of the whole page. */
    Path screenshot(Path png) throws IOException {
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
        return png;
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
