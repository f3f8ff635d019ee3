package org.secsearch.indexer.index;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.secsearch.indexer.extract.SidecarReader;
import org.secsearch.indexer.extract.Status;

/**
 * Lists the reports under a corpus folder: files with a supported extension, in nested folders, skipping
 * hidden entries and sidecars. Symbolic links are never followed; each one is reported with what it is.
 */
public final class CorpusWalker {
  /** Extensions the indexer reads; anything else (images, archives, notes) is left alone. */
  public static final Set<String> EXTENSIONS =
      Set.of("html", "htm", "xhtml", "xht", "pdf", "docx", "doc", "odt", "rtf", "txt", "eml", "msg");

  /** A file to index, with what the walk already knows of it. */
  public record Candidate(Path file, String path, long size, long mtimeMillis) {}

  /** A path the walk refuses, with its status and reason (links, unreadable entries). */
  public record Refused(String path, Status status, String reason) {}

  public record Listing(List<Candidate> candidates, List<Refused> refused) {
    public long totalBytes() {
      return candidates.stream().mapToLong(Candidate::size).sum();
    }
  }

  public static boolean supported(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Walks {@code root}; {@code exclude} (e.g. an index folder inside the corpus) is skipped if non-null. */
  public static Listing list(Path root, Path exclude) throws IOException {
    Path realRoot = root.toRealPath();
    Path excluded = exclude == null ? null : exclude.toAbsolutePath().normalize();
    List<Candidate> candidates = new ArrayList<>();
    List<Refused> refused = new ArrayList<>();
    Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (dir.equals(realRoot)) return FileVisitResult.CONTINUE;
        boolean hidden = dir.getFileName().toString().startsWith(".");
        boolean isIndex = excluded != null && dir.toAbsolutePath().normalize().equals(excluded);
        return hidden || isIndex ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String rel = DocumentIds.relativePath(realRoot, file);
        if (file.getFileName().toString().startsWith(".")) return FileVisitResult.CONTINUE;
        if (attrs.isSymbolicLink()) {
          refused.add(new Refused(rel, Status.SKIPPED_LINK, describeLink(realRoot, file)));
        } else if (attrs.isRegularFile() && supported(file) && !SidecarReader.isSidecar(file)) {
          candidates.add(new Candidate(file, rel, attrs.size(), attrs.lastModifiedTime().toMillis()));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        refused.add(new Refused(DocumentIds.relativePath(realRoot, file), Status.FAILED_PARSE,
            "unreadable: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        return FileVisitResult.CONTINUE;
      }
    });
    candidates.sort((a, b) -> a.path().compareTo(b.path()));
    return new Listing(candidates, refused);
  }

  private static String describeLink(Path realRoot, Path link) {
    String target;
    try {
      target = Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      target = "?";
    }
    try {
      Path real = link.toRealPath();
      if (!real.startsWith(realRoot)) return "symbolic link leaves the corpus (→ " + target + "); not followed";
      if (Files.isDirectory(real) && link.getParent().startsWith(real)) {
        return "symbolic link loop (→ " + target + ", a folder containing the link); not followed";
      }
      return "symbolic link to " + DocumentIds.relativePath(realRoot, real)
          + " inside the corpus; not followed (the target is indexed at its own path)";
    } catch (FileSystemException e) {
      return "symbolic link loop or dangling link (→ " + target + "); not followed";
    } catch (IOException e) {
      return "unresolvable symbolic link (→ " + target + "): " + e.getMessage();
    }
  }
}
