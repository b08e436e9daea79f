package io.crm.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key of the suppression list's HMACs ({@code crm.privacy.suppression-key}, base64 of at least 32 bytes, from
 * MicroProfile Config: a Payara password alias or the environment). Without one, a key is generated once into the
 * domain's config directory and used from there, which suits a demo; production sets its own.
 */
@ApplicationScoped
public class SuppressionKey {

    public static final String CONFIG = "crm.privacy.suppression-key";
    static final String FILE = "crm-suppression.key";
    private static final Logger LOG = Logger.getLogger(SuppressionKey.class.getName());
    private static final String HMAC = "HmacSHA256";

    @Inject
    @ConfigProperty(name = CONFIG)
    Optional<String> configured;

    private volatile byte[] key;

    public SuppressionKey() {}

    /** A key given directly (tests). */
    public SuppressionKey(byte[] key) {
        this.key = key.clone();
    }

    /** The HMAC-SHA256 of the text under the key, in lower-case hex. */
    public String hmac(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key(), HMAC));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available: " + e.getMessage(), e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = configured.isPresent() ? decode(configured.get()) : generated(defaultFile());
                }
                k = key;
            }
        }
        return k;
    }

    static byte[] decode(String base64) {
        byte[] k = Base64.getDecoder().decode(base64.trim());
        if (k.length < 32) {
            throw new IllegalStateException(CONFIG + " must be at least 32 bytes (base64), not " + k.length);
        }
        return k;
    }

    /** The key in this file, generated into it first if the file does not exist. */
    static byte[] generated(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's permissions protect it
                }
                LOG.warning(() -> CONFIG + " is not set: generated a suppression key into " + file
                        + " (fine for a demo; production sets its own, see docs/privacy.md)");
            }
            return decode(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write the suppression key " + file + ": " + e, e);
        }
    }

    private static Path defaultFile() {
        String domain = System.getProperty("com.sun.aas.instanceRoot");
        return (domain == null ? Path.of(System.getProperty("user.dir")) : Path.of(domain, "config"))
                .resolve(FILE)
                .toAbsolutePath();
    }
}
