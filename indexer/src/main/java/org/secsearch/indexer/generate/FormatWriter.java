package org.secsearch.indexer.generate;

import java.io.IOException;
import java.io.OutputStream;

/** Renders a {@link SampleReport} as the bytes of one file format. */
interface FormatWriter {
  void write(SampleReport report, OutputStream out) throws IOException;
}
