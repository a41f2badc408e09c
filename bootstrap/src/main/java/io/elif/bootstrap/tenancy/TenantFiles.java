package io.elif.bootstrap.tenancy;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The tenant registry's directory: one file {@code <id>.properties} per tenant, holding what
 * {@code elif.tenants.<id>.*} holds (url, username, password, first-admin.*, time-zone, company.*), and for an
 * onboarded tenant its owner ({@code owner.username}, {@code owner.password}), its read-only role and whether it is
 * suspended. Files are bound as the configuration properties are, so both say the same things the same way. Written
 * whole to a temporary file then moved into place, so a reading instance never sees half a file; readable by
 * their owner only (they hold passwords).
 */
public final class TenantFiles {

    static final String SUFFIX = ".properties";

    private final Path directory;

    public TenantFiles(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** A tenant's file as it is now, or null when it is invalid; what is wrong is in the exception. */
    record Read(TenantConnection connection, RuntimeException failure) {
    }

    /** Every tenant file in the directory by tenant id; other files (temporary, hidden, other names) are ignored. */
    Map<TenantId, Read> readAll() {
        var read = new TreeMap<TenantId, Read>();
        if (!Files.isDirectory(directory)) {
            return read;
        }
        try (var files = Files.list(directory)) {
            files.forEach(file -> {
                var name = file.getFileName().toString();
                if (!name.endsWith(SUFFIX) || !TenantId.isValid(name.substring(0, name.length() - SUFFIX.length()))) {
                    return;
                }
                var tenant = new TenantId(name.substring(0, name.length() - SUFFIX.length()));
                try {
                    read.put(tenant, new Read(bind(load(file)), null));
                } catch (RuntimeException e) {
                    read.put(tenant, new Read(null, e));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the tenant registry " + directory, e);
        }
        return read;
    }

    boolean exists(TenantId tenant) {
        return Files.exists(file(tenant));
    }

    /** The tenant's properties as written, to change one and write them again. */
    Map<String, String> properties(TenantId tenant) {
        return load(file(tenant));
    }

    /** Writes the tenant's file whole, replacing any. */
    void write(TenantId tenant, Map<String, String> properties) {
        bind(properties);
        var text = new StringBuilder("# tenant ").append(tenant).append(", read by every ELIF instance of this registry\n");
        new TreeMap<>(properties).forEach((key, value) -> {
            var one = new Properties();
            one.setProperty(key, value);
            var written = new StringWriter();
            try {
                one.store(written, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var lines = written.toString().lines().toList();
            text.append(lines.getLast()).append('\n');
        });
        try {
            Files.createDirectories(directory);
            var temporary = Files.createTempFile(directory, "." + tenant.value() + "-", ".tmp");
            try {
                restrict(temporary);
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, file(tenant), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file(tenant), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write tenant " + tenant + "'s file in " + directory, e);
        }
    }

    private Path file(TenantId tenant) {
        return directory.resolve(tenant.value() + SUFFIX);
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the directory's own permissions protect it
        }
    }

    private static Map<String, String> load(Path file) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        var map = new TreeMap<String, String>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }

    /** The file's properties as the configuration's {@code elif.tenants.<id>.*} would bind them. */
    static TenantConnection bind(Map<String, String> properties) {
        var prefixed = new TreeMap<String, String>();
        properties.forEach((key, value) -> prefixed.put("tenant." + key, value));
        return new Binder(new MapConfigurationPropertySource(prefixed))
                .bind("tenant", Bindable.of(TenantConnection.class))
                .orElseThrow(() -> new IllegalArgumentException("a tenant file needs at least its url"));
    }
}
