import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load and fault measurements for ./dvk reliability, run as a single-file program (java Reliability.java …). Loopback
 * only, bounded in time and in requests; prints figures, asserts nothing.
 *
 * <pre>
 *   load   BASE RAMP MAX_REQUESTS LEVELS HOLD  closed-loop clients at each concurrency level in turn for RAMP
 *                                               seconds in all, then HOLD seconds at the busiest level that kept
 *                                               p95 within 200 ms without errors; p50/p95/p99, errors, rate
 *   watch  BASE SECONDS USER PASSWORD UNIT CONNS
 *                                               while faults happen: CONNS closed-loop clients keep the load on,
 *                                               each public page is probed every 500 ms and one model registered
 *                                               a second; prints degraded time per page, the load's errors and
 *                                               percentiles, and the ids of the writes that were acknowledged
 * </pre>
 */
public class Reliability {

    private static final PrintStream out = System.out;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration REFUSED_BACKOFF = Duration.ofMillis(100);

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[1]);
        InetAddress host = InetAddress.getByName(base.getHost());
        if (!host.isLoopbackAddress()) {
            throw new IllegalArgumentException("Loopback only: " + base);
        }
        switch (args[0]) {
            case "load" -> load(
                    base,
                    Integer.parseInt(args[2]),
                    Long.parseLong(args[3]),
                    Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray(),
                    Integer.parseInt(args[5]));
            case "watch" -> watch(
                    base, Integer.parseInt(args[2]), args[3], args[4], args[5], Integer.parseInt(args[6]));
            default -> throw new IllegalArgumentException("load or watch, not " + args[0]);
        }
    }

    /** The public pages a visitor's map session touches, with a model page found on the map. */
    private static List<String> publicPages(HttpClient http, URI base) throws Exception {
        List<String> pages = new ArrayList<>(List.of(
                "/",
                "/api/map/markers",
                "/api/map/counts?level=PROVINCE",
                "/api/map/clusters?bbox=102.1,8.4,109.5,23.4&zoom=6",
                "/api/map/clusters?bbox=105.70,20.95,105.95,21.10&zoom=12",
                "/api/search/models?q=" + URLEncoder.encode("dan van kheo", StandardCharsets.UTF_8),
                "/api/places/provinces?zoom=6",
                "/api/places/communes?bbox=105.78,20.98,105.90,21.06&zoom=12",
                "/api/places/search?q=" + URLEncoder.encode("ba đình", StandardCharsets.UTF_8)));
        // A watcher may start while the service it watches is going down: then it watches without a model page.
        try {
            String markers = http.send(get(base, "/api/map/markers"), HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher slug = Pattern.compile("\"slug\"\\s*:\\s*\"([^\"]+)\"").matcher(markers);
            if (slug.find()) {
                pages.add("/mo-hinh/" + slug.group(1));
            }
        } catch (IOException e) {
            out.println("no model page: the map did not answer (" + e + ")");
        }
        return pages;
    }

    private static void load(URI base, int seconds, long maxRequests, int[] levels, int holdSeconds)
            throws Exception {
        HttpClient http = client();
        List<String> pages = publicPages(http, base);
        out.printf("pages: %s%n", pages);
        out.printf("%-6s %9s %8s %7s %8s %8s %8s%n", "conns", "requests", "errors", "req/s", "p50 ms", "p95 ms",
                "p99 ms");
        long budget = maxRequests / (levels.length + 1);
        double best = 0;
        int bestLevel = 0;
        Map<String, long[]> perPageAtBest = Map.of();
        for (int level : levels) {
            Run run = closedLoop(http, base, pages, level, Duration.ofSeconds(seconds / levels.length), budget);
            out.printf(
                    "%-6d %9d %8d %7.1f %8.1f %8.1f %8.1f%n",
                    level,
                    run.requests(),
                    run.errors(),
                    run.rate(),
                    run.percentile(0.50),
                    run.percentile(0.95),
                    run.percentile(0.99));
            if (run.percentile(0.95) <= 200 && run.rate() > best && run.errors() == 0) {
                best = run.rate();
                bestLevel = level;
                perPageAtBest = run.perPage();
            }
        }
        out.printf("highest rate with p95 <= 200 ms and no errors: %.1f req/s at %d connections%n", best, bestLevel);
        perPageAtBest.forEach((page, micros) -> out.printf(
                "  %-62s p50 %6.1f  p95 %6.1f ms%n", page, percentile(micros, 0.50), percentile(micros, 0.95)));
        if (holdSeconds > 0) {
            int held = Math.max(1, bestLevel);
            Run hold = closedLoop(http, base, pages, held, Duration.ofSeconds(holdSeconds), budget);
            out.printf(
                    "held %d s at %d connections: %d requests, %d errors, %.1f req/s, p50 %.1f p95 %.1f p99 %.1f ms%n",
                    holdSeconds,
                    held,
                    hold.requests(),
                    hold.errors(),
                    hold.rate(),
                    hold.percentile(0.50),
                    hold.percentile(0.95),
                    hold.percentile(0.99));
            hold.perPage().forEach((page, micros) -> out.printf(
                    "  %-62s p50 %6.1f  p95 %6.1f  p99 %6.1f ms%n",
                    page,
                    percentile(micros, 0.50),
                    percentile(micros, 0.95),
                    percentile(micros, 0.99)));
        }
    }

    private static Run closedLoop(
            HttpClient http, URI base, List<String> pages, int connections, Duration length, long budget)
            throws InterruptedException {
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        AtomicLong issued = new AtomicLong();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + length.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            int offset = c;
            clients.submit(() -> {
                for (int i = offset; System.nanoTime() < end && issued.incrementAndGet() <= budget; i++) {
                    int page = i % pages.size();
                    long t0 = System.nanoTime();
                    try {
                        int status = http.send(get(base, pages.get(page)), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        if (status >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        // A refused connection answers at once: a client that retried in a tight loop would
                        // measure its own spinning and starve the restarting app of the cores it shares.
                        pause(REFUSED_BACKOFF);
                    } catch (InterruptedException e) {
                        errors.incrementAndGet();
                        Thread.currentThread().interrupt();
                        return;
                    }
                    samples.add(new long[] {page, (System.nanoTime() - t0) / 1000});
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(length.toSeconds() + 60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Run(pages, new ArrayList<>(samples), errors.get(), elapsed);
    }

    private record Run(List<String> pages, List<long[]> samples, int errors, double elapsedSeconds) {

        long requests() {
            return samples.size();
        }

        double rate() {
            return samples.size() / elapsedSeconds;
        }

        double percentile(double p) {
            return Reliability.percentile(samples.stream().mapToLong(s -> s[1]).toArray(), p);
        }

        Map<String, long[]> perPage() {
            Map<String, long[]> byPage = new LinkedHashMap<>();
            for (int i = 0; i < pages.size(); i++) {
                int page = i;
                byPage.put(
                        pages.get(i),
                        samples.stream().filter(s -> s[0] == page).mapToLong(s -> s[1]).toArray());
            }
            return byPage;
        }
    }

    /** Milliseconds, from samples in microseconds. */
    private static double percentile(long[] micros, double p) {
        if (micros.length == 0) {
            return Double.NaN;
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }

    /**
     * Probes every public page twice a second and writes one model a second for {@code seconds}; a page counts as
     * degraded for a probe that fails, answers 5xx or takes over a second. Acknowledged writes are printed as
     * "written ID" lines for the caller to look up afterwards.
     */
    private static void watch(URI base, int seconds, String user, String password, String unit, int loadConnections)
            throws Exception {
        HttpClient http = client();
        List<String> pages = publicPages(http, base);
        ExecutorService background = Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<Run> load = background.submit(() -> closedLoop(
                client(), base, pages, loadConnections, Duration.ofSeconds(seconds), Long.MAX_VALUE));
        Map<String, AtomicLong> degradedMillis = new ConcurrentHashMap<>();
        pages.forEach(page -> degradedMillis.put(page, new AtomicLong()));
        AtomicInteger attempted = new AtomicInteger();
        ConcurrentLinkedQueue<String> written = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService workers = Executors.newFixedThreadPool(pages.size() + 1);
        for (String page : pages) {
            workers.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = http.send(get(base, page), HttpResponse.BodyHandlers.discarding())
                                                .statusCode()
                                        < 500
                                && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(1);
                    } catch (IOException | InterruptedException e) {
                        ok = false;
                    }
                    sleepUntil(t0 + TimeUnit.MILLISECONDS.toNanos(500));
                    if (!ok) {
                        degradedMillis.get(page).addAndGet((System.nanoTime() - t0) / 1_000_000);
                    }
                }
                return null;
            });
        }
        workers.submit(() -> {
            Writer writer = new Writer(base, user, password, unit);
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                attempted.incrementAndGet();
                writer.register().ifPresent(written::add);
                sleepUntil(t0 + TimeUnit.SECONDS.toNanos(1));
            }
            return null;
        });
        workers.shutdown();
        workers.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        degradedMillis.forEach(
                (page, millis) -> out.printf("degraded %-62s %6.1f s%n", page, millis.get() / 1000.0));
        Run underLoad = load.get();
        background.shutdown();
        out.printf(
                "load beside the fault, %d connections: %d requests, %d errors, p50 %.1f p95 %.1f p99 %.1f ms%n",
                loadConnections,
                underLoad.requests(),
                underLoad.errors(),
                underLoad.percentile(0.50),
                underLoad.percentile(0.95),
                underLoad.percentile(0.99));
        out.printf("writes attempted %d acknowledged %d%n", attempted.get(), written.size());
        written.forEach(id -> out.println("written " + id));
    }

    /** A contributor registering draft models; signs in again whenever its session is gone. */
    private static final class Writer {

        private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

        private final URI base;
        private final String user;
        private final String password;
        private final String unit;
        private HttpClient http;
        private String xsrf;

        Writer(URI base, String user, String password, String unit) {
            this.base = base;
            this.user = user;
            this.password = password;
            this.unit = unit;
        }

        java.util.Optional<String> register() {
            try {
                if (http == null) {
                    signIn();
                }
                String slug = "tin-cay-" + Long.toString(System.nanoTime(), 36);
                String body = """
                        {"slug":"%s","name":"Mô hình đo độ tin cậy %s","ownerName":"Chi bộ khu dân cư số 3",
                         "ownerKind":"COLLECTIVE","registeringUnitId":"%s",
                         "field":"PARTY_AND_POLITICAL_SYSTEM",
                         "location":{"latitude":21.0368,"longitude":105.8342,"communeCode":"00004"},
                         "yearStarted":2026,"summary":"Đo độ tin cậy.","story":"Ghi trong lúc có sự cố."}
                        """.formatted(slug, slug, unit);
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(base.resolve("/api/models"))
                                .timeout(TIMEOUT)
                                .header("Content-Type", "application/json")
                                .header("X-XSRF-TOKEN", xsrf)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 401 || response.statusCode() == 403) {
                    http = null;
                }
                Matcher id = ID.matcher(response.body());
                return response.statusCode() == 201 && id.find()
                        ? java.util.Optional.of(id.group(1))
                        : java.util.Optional.empty();
            } catch (Exception e) {
                http = null;
                return java.util.Optional.empty();
            }
        }

        private void signIn() throws Exception {
            CookieManager cookies = new CookieManager();
            HttpClient fresh = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .connectTimeout(TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            String form = fresh.send(get(base, "/dang-nhap"), HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher field = CSRF_FIELD.matcher(form);
            if (!field.find()) {
                throw new IOException("no sign-in form");
            }
            HttpResponse<Void> signedIn = fresh.send(
                    HttpRequest.newBuilder(base.resolve("/dang-nhap"))
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password="
                                    + enc(password) + "&_csrf=" + enc(field.group(1))))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (!signedIn.headers().firstValue("Location").orElse("").endsWith("/tai-khoan")) {
                throw new IOException("sign-in refused: " + signedIn.headers().firstValue("Location"));
            }
            fresh.send(get(base, "/tai-khoan"), HttpResponse.BodyHandlers.discarding());
            xsrf = cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                    .reduce((first, second) -> second)
                    .orElseThrow()
                    .getValue();
            http = fresh;
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void pause(Duration length) {
        try {
            Thread.sleep(length.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
    }

    private static HttpRequest get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
    }
}
