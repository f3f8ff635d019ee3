package org.secsearch.indexer.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the zip containers of DOCX and ODT with fixed entry times, so re-rendering gives identical bytes. */
final class ZipPackager implements Closeable {
  /** Local time, not an instant: ZipEntry.setTime would shift the stored DOS time with the machine's time zone. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private final ZipOutputStream zip;

  ZipPackager(OutputStream out) {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
  }

  /** Adds an uncompressed entry; ODF requires its {@code mimetype} entry to be stored this way, and first. */
  void stored(String name, String content) throws IOException {
    byte[] data = content.getBytes(StandardCharsets.US_ASCII);
    ZipEntry entry = entry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(data.length);
    entry.setCompressedSize(data.length);
    CRC32 crc = new CRC32();
    crc.update(data);
    entry.setCrc(crc.getValue());
    put(entry, data);
  }

  /** Adds a deflated UTF-8 text entry. */
  void deflated(String name, String content) throws IOException {
    ZipEntry entry = entry(name);
    entry.setMethod(ZipEntry.DEFLATED);
    put(entry, content.getBytes(StandardCharsets.UTF_8));
  }

  private static ZipEntry entry(String name) {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    return entry;
  }

  private void put(ZipEntry entry, byte[] data) throws IOException {
    zip.putNextEntry(entry);
    zip.write(data);
    zip.closeEntry();
  }

  @Override
  public void close() throws IOException {
    zip.finish();
    zip.flush();
  }
}
