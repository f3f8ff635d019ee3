package org.secsearch.web.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The {@code --audit-log} file: one JSON object a line, appended (never rewritten), each line handed to the
 * operating system in one write as soon as it is made, one writer at a time. Created readable by its owner only;
 * JSON escaping keeps a newline in a query on its line.
 */
public final class AuditLog implements Closeable {
  /** No audit log. */
  public static final AuditLog OFF = new AuditLog(null);

  private final FileChannel out;
  private final ObjectMapper json = new ObjectMapper();

  private AuditLog(FileChannel out) {
    this.out = out;
  }

  public static AuditLog open(Path file) throws IOException {
    Set<StandardOpenOption> how = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    FileAttribute<?>[] ownerOnly = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
    return new AuditLog(FileChannel.open(file, how, ownerOnly));
  }

  public boolean enabled() {
    return out != null;
  }

  public void write(AuditEvent event) throws IOException {
    if (out == null) return;
    byte[] line = json.writeValueAsBytes(event);
    ByteBuffer buf = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
    synchronized (this) {
      while (buf.hasRemaining()) out.write(buf);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (out != null) out.close();
  }
}
