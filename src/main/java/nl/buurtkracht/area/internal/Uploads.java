package nl.buurtkracht.area.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads an uploaded file into memory without ever holding more than the size limit. */
public final class Uploads {

    /** The largest file an import accepts: a full BAG extract of a large municipality fits. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The limit in megabytes, as the messages state it. */
    public static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);

    private Uploads() {}

    /** The whole upload, or empty when it is larger than {@link #MAX_BYTES}. */
    public static Optional<byte[]> readAtMost(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
    }
}
