package cz.sazba.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Java takes the encoding of file names ({@code sun.jnu.encoding}) from the locale when it starts
 * and never changes it; under {@code LANG=C} or {@code POSIX}, the usual locale of containers and
 * CI, it is ASCII and every path with a Czech letter is unusable: the command line arrives
 * mangled, and a chapter file {@code 01-úvod.md} cannot be opened. So on Linux, when the encoding
 * is not UTF-8, Sazba starts itself once more under {@code LC_ALL=C.UTF-8}. The arguments are
 * taken as the bytes the shell gave ({@code /proc/self/cmdline}, where they are still whole) and
 * handed over hex-encoded in the environment, since the JVM would mangle them again on the way.
 */
final class Relaunch {
  static final String ARGS_VARIABLE = "SAZBA_ARGS_HEX";
  private static final String GUARD = "SAZBA_RELAUNCHED";

  private Relaunch() {}

  /** The child's exit code when Sazba was started again, else empty: go on in this JVM. */
  static Optional<Integer> ifNeeded(String[] args) {
    String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
    if (jnu.equalsIgnoreCase("UTF-8") || jnu.equalsIgnoreCase("UTF8") || System.getenv(GUARD) != null) {
      return Optional.empty();
    }
    Path cmdline = Path.of("/proc/self/cmdline");
    Optional<String> java = ProcessHandle.current().info().command();
    if (!Files.isReadable(cmdline) || java.isEmpty()) return Optional.empty();
    try {
      List<byte[]> raw = split(Files.readAllBytes(cmdline));
      if (raw.size() < args.length) return Optional.empty();
      StringBuilder hex = new StringBuilder();
      for (byte[] arg : raw.subList(raw.size() - args.length, raw.size())) {
        hex.append(HexFormat.of().formatHex(arg)).append(','); // each ends with a comma: "" is one empty argument
      }
      List<String> command = new ArrayList<>();
      command.add(java.get());
      command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(Main.class.getName());
      ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
      pb.environment().put("LC_ALL", "C.UTF-8");
      pb.environment().put(GUARD, "1");
      pb.environment().put(ARGS_VARIABLE, hex.toString());
      return Optional.of(pb.start().waitFor());
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // NOPMD: no relaunch possible; go on as the JVM decoded the names
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(130);
    }
  }

  /** The arguments a parent handed over, decoded as UTF-8; else the JVM's own. */
  static String[] arguments(String[] args) {
    String hex = System.getenv(ARGS_VARIABLE);
    if (hex == null) return args;
    if (hex.isEmpty()) return new String[0];
    String[] parts = hex.substring(0, hex.length() - 1).split(",", -1);
    String[] out = new String[parts.length];
    for (int i = 0; i < parts.length; i++) out[i] = new String(HexFormat.of().parseHex(parts[i]), StandardCharsets.UTF_8);
    return out;
  }

  private static List<byte[]> split(byte[] cmdline) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cmdline.length; i++) {
      if (cmdline[i] == 0) {
        out.add(java.util.Arrays.copyOfRange(cmdline, start, i));
        start = i + 1;
      }
    }
    if (start < cmdline.length) out.add(java.util.Arrays.copyOfRange(cmdline, start, cmdline.length));
    return out;
  }
}
