package io.crm.encryption;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The deployment's key ring, read from MicroProfile Config ({@code crm.pii.keys}, {@code crm.pii.current-key},
 * {@code crm.pii.index-key}; environment {@code CRM_PII_KEYS}, … or Payara password aliases
 * {@code ${ALIAS=…}}) and read again a minute later, so a key added or made current reaches a running CRM. The
 * JPA converters reach it statically because EclipseLink creates them. Without keys a production deployment is
 * refused; a demo run ({@code crm.demo}) generates a ring into the domain's config directory once and says so.
 */
public final class PiiKeys {

    static final String KEYS = "crm.pii.keys";
    static final String CURRENT = "crm.pii.current-key";
    static final String INDEX = "crm.pii.index-key";
    static final String DEMO_FILE = "crm-pii-keys.properties";
    private static final long RELOAD_NANOS = 60_000_000_000L;
    private static final Logger LOG = Logger.getLogger(PiiKeys.class.getName());

    private static volatile KeyRing ring;
    private static volatile long loadedAt;
    private static volatile boolean fixed;

    private PiiKeys() {}

    /** The ring in force: loaded on first use and again when it is a minute old. */
    public static KeyRing ring() {
        KeyRing current = ring;
        if (current == null || (!fixed && System.nanoTime() - loadedAt > RELOAD_NANOS)) {
            synchronized (PiiKeys.class) {
                if (ring == null || (!fixed && System.nanoTime() - loadedAt > RELOAD_NANOS)) {
                    KeyRing loaded = load(ConfigProvider.getConfig());
                    if (ring != null && !loaded.currentId().equals(ring.currentId())) {
                        LOG.info(() -> "Personal data is now sealed under key " + loaded.currentId());
                    }
                    ring = loaded;
                    loadedAt = System.nanoTime();
                }
                current = ring;
            }
        }
        return current;
    }

    /** Reads the configuration now, as the rotation job does before it starts. */
    public static KeyRing reload() {
        synchronized (PiiKeys.class) {
            if (!fixed) {
                ring = load(ConfigProvider.getConfig());
                loadedAt = System.nanoTime();
            }
            return ring;
        }
    }

    /** A fixed ring, for code that runs without a server (tests, tools); configuration is not read after it. */
    public static void use(KeyRing fixedRing) {
        synchronized (PiiKeys.class) {
            ring = fixedRing;
            fixed = fixedRing != null;
            loadedAt = System.nanoTime();
        }
    }

    static KeyRing load(Config config) {
        Optional<String> keys = config.getOptionalValue(KEYS, String.class);
        if (keys.isPresent() && !keys.get().isBlank()) {
            return ring(
                    keys.get(),
                    config.getOptionalValue(CURRENT, String.class).orElse(null),
                    config.getOptionalValue(INDEX, String.class).orElse(null));
        }
        if (config.getOptionalValue("crm.demo", Boolean.class).orElse(false)) {
            return demoRing(demoFile());
        }
        throw new IllegalStateException("The CRM does not start without the keys that protect personal data at rest: "
                + "set crm.pii.keys (<id>:<base64 of 32 random bytes>), crm.pii.current-key (<id>) and "
                + "crm.pii.index-key (base64 of 32 random bytes), for example as password aliases "
                + "(asadmin create-password-alias, then crm.pii.keys=${ALIAS=crm-pii-keys}) or as environment "
                + "variables CRM_PII_KEYS, CRM_PII_CURRENT_KEY and CRM_PII_INDEX_KEY; see docs/privacy.md");
    }

    private static KeyRing ring(String keys, String current, String index) {
        try {
            return KeyRing.of(keys, current, index);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The keys that protect personal data are misconfigured: " + e.getMessage()
                    + "; see docs/privacy.md");
        }
    }

    private static Path demoFile() {
        String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
        Path dir = instanceRoot != null ? Path.of(instanceRoot, "config") : Path.of("crm-data");
        return dir.resolve(DEMO_FILE);
    }

    /** The demo run's ring, generated into {@code file} the first time and read from it afterwards. */
    static KeyRing demoRing(Path file) {
        Properties p = new Properties();
        try {
            if (!Files.exists(file)) {
                Properties generated = new Properties();
                generated.setProperty(KEYS, "demo1:" + KeyRing.newKey());
                generated.setProperty(CURRENT, "demo1");
                generated.setProperty(INDEX, KeyRing.newKey());
                Files.createDirectories(file.getParent());
                Path tmp = Files.createTempFile(file.getParent(), DEMO_FILE, ".tmp");
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's own permissions protect it
                }
                try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.TRUNCATE_EXISTING)) {
                    generated.store(out, "Demo run only: keys of personal data at rest, generated by the CRM");
                }
                try {
                    Files.move(tmp, file);
                    LOG.warning(() -> "Demo run: generated the keys of personal data at rest into " + file
                            + "; a production deployment must set crm.pii.keys (docs/privacy.md)");
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    Files.deleteIfExists(tmp);
                }
            }
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Demo run: the keys of personal data at rest cannot be kept in " + file, e);
        }
        return ring(p.getProperty(KEYS), p.getProperty(CURRENT), p.getProperty(INDEX));
    }
}
