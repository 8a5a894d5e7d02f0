package io.firedrill.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The java command line for a firedrill process started by a test, set up to start fast: a
 * firedrill command lives a few seconds, so the JIT's top tier and a parallel collector cost more
 * than they give, and a class-data archive (AppCDS) saves most of the class loading. The archive is
 * recorded by the first command of this test JVM that runs an exercise or a sandbox, and used by
 * every later one. AppCDS reads classes from jars only, so the class folders on the test class path
 * are packed into jars first. Nothing here changes what firedrill does; the JVM checks the archive
 * against the class path and ignores it when they differ.
 */
final class ChildJvm {

  private static final Path FOLDER = folder();
  private static final String CLASS_PATH = jarredClassPath();
  private static final Path ARCHIVE = FOLDER.resolve("firedrill.jsa");
  private static final AtomicBoolean RECORDING = new AtomicBoolean();

  private ChildJvm() {}

  /**
   * The command that runs firedrill with these arguments.
   *
   * @param waited whether the caller waits for the process to end by itself: only such a process
   *     may record the archive, which is written when it exits
   */
  static List<String> command(Path home, boolean waited, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    // The JVM's notes about the archive would mix with what firedrill prints.
    command.add("-Xlog:disable");
    command.add("-Xlog:all=error:stderr");
    command.addAll(archiveOptions(waited, args));
    command.add("-Dfiredrill.home=" + home);
    command.add("-cp");
    command.add(CLASS_PATH);
    command.add(FiredrillApplication.class.getName());
    command.addAll(args);
    return command;
  }

  private static List<String> archiveOptions(boolean waited, List<String> args) {
    if (Files.isRegularFile(ARCHIVE)) {
      return List.of("-XX:SharedArchiveFile=" + ARCHIVE);
    }
    boolean loadsMost =
        !args.isEmpty() && List.of("run", "sandbox", "gameday").contains(args.get(0));
    if (waited && loadsMost && RECORDING.compareAndSet(false, true)) {
      return List.of("-XX:ArchiveClassesAtExit=" + ARCHIVE);
    }
    return List.of();
  }

  /** A folder of this test JVM's own, removed when it exits: an archive is over 100 MB. */
  private static Path folder() {
    try {
      Path target = Files.createDirectories(Path.of("target"));
      Path folder = Files.createTempDirectory(target.toAbsolutePath(), "child-jvm-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // Only disk space is lost: it is under target/.
    }
  }

  /** The test class path with each class folder replaced by a jar of its contents. */
  private static String jarredClassPath() {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> entries = new ArrayList<>();
    int folders = 0;
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        Path jar = FOLDER.resolve("classes-" + folders++ + ".jar");
        pack(path, jar);
        entries.add(jar.toString());
      } else if (Files.exists(path)) {
        entries.add(entry);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  private static void pack(Path folder, Path jar) {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted().collect(Collectors.toList())) {
        String name = folder.relativize(path).toString().replace('\\', '/');
        if (name.isEmpty()) {
          continue;
        }
        if (Files.isDirectory(path)) {
          out.putNextEntry(new JarEntry(name + "/"));
        } else {
          out.putNextEntry(new JarEntry(name));
          Files.copy(path, out);
        }
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pack " + folder + " into " + jar, e);
    }
  }
}
