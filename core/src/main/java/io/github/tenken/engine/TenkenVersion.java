package io.github.tenken.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Tenken's version, from the build. */
public final class TenkenVersion {

    private static final String VERSION = read();

    private TenkenVersion() {
    }

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = TenkenVersion.class.getResourceAsStream("/io/github/tenken/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
