package org.secsearch.web;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.secsearch.web.access.PasswordHash;
import org.secsearch.web.access.UsersFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hash-password USER}: prints the {@code --users} file line for a password typed twice or piped on stdin. */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
    description = "Print a line for the serve --users file: USER and a PBKDF2-SHA256 hash of the password, "
        + "asked for on the terminal (twice) or read from the first line of standard input.")
final class HashPasswordCommand implements Callable<Integer> {
  @Parameters(paramLabel = "USER", description = "User name (no spaces or colons).")
  String user;

  @Option(names = "--iterations", description = "PBKDF2 iterations (default: ${DEFAULT-VALUE}).")
  int iterations = PasswordHash.DEFAULT_ITERATIONS;

  @Spec CommandSpec spec;

  /** Where a piped password comes from (tests replace it). */
  InputStream in = System.in;

  @Override
  public Integer call() throws IOException {
    char[] password;
    try {
      UsersFile.checkName(user);
      password = in == System.in && terminal() ? typedTwice(System.console()) : piped();
      if (password.length == 0) throw new IllegalArgumentException("the password is empty");
      String line = UsersFile.line(user, PasswordHash.create(password, iterations));
      Arrays.fill(password, '\0');
      spec.commandLine().getOut().println(line);
      spec.commandLine().getOut().flush();
      return SearchWebCli.OK;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return SearchWebCli.USAGE;
    }
  }

  private char[] typedTwice(Console console) {
    char[] first = console.readPassword("Password for %s: ", user);
    char[] second = console.readPassword("Same password again: ");
    if (first == null || !Arrays.equals(first, second)) throw new IllegalArgumentException("the passwords differ");
    return first;
  }

  private char[] piped() throws IOException {
    String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    return line == null ? new char[0] : line.toCharArray();
  }

  /** A console on a terminal: Java 21 has none when redirected; Java 22+ says so with Console.isTerminal(). */
  private static boolean terminal() {
    Console console = System.console();
    if (console == null) return false;
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
