package cz.sazba.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sazba init DIR}: a new book project to start from: {@code manuscript/} (title, licence,
 * one chapter with a citation, a BibTeX file with its reference) and a {@code pom.xml} whose
 * {@code mvn package} builds the PDF and the EPUB into {@code target/book/} with Maven's exec
 * plugin, against the Sazba artifact {@code mvn install} put into the local repository.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Writes a new book project (manuscript/ and a pom.xml that builds it) into DIR.")
public final class InitCommand implements Callable<Integer> {
  /** The Sazba this project builds with: the version of this jar. */
  static final String VERSION = "0.1.0";

  @Parameters(index = "0", paramLabel = "DIR", description = "The project folder: new, or empty.")
  Path dir;

  private final PrintWriter out;
  private final PrintWriter err;

  InitCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new InitCommand(out, err));
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    try {
      if (Files.exists(dir)) {
        if (!Files.isDirectory(dir)) return refuse(dir + " exists and is not a folder");
        try (Stream<Path> entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) return refuse(dir + " is not empty; give a new or empty folder");
        }
      }
      Map<String, String> files = files(dir.toAbsolutePath().normalize().getFileName() == null
          ? "my-book" : dir.toAbsolutePath().normalize().getFileName().toString());
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
      }
      out.println("wrote a book project in " + dir + ": manuscript/ and pom.xml");
      out.println("build it with: cd " + dir + " && mvn -B package   (books in target/book/)");
      return 0;
    } catch (IOException e) {
      err.println("sazba init: cannot write " + dir + ": " + e.getMessage());
      return Main.EXIT_OUTPUT_FAILED;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int refuse(String message) {
    err.println("sazba init: " + message);
    return CommandLine.ExitCode.USAGE;
  }

  /** The project's files by relative path. */
  static Map<String, String> files(String folderName) {
    String artifact = folderName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (artifact.isEmpty()) artifact = "my-book";
    Map<String, String> f = new LinkedHashMap<>();
    f.put("manuscript/metadata.yaml", """
        # The book's metadata, in pandoc's key names (docs/manuscript.md in Sazba lists them all).
        title: My First Book
        subtitle: Set with Sazba
        lang: en-GB
        author:
          - Jana Nováková
        date: 2026-01-01
        # Your own text: choose its licence. A CC BY licence asks for attribution, and for a book
        # made from someone else's work Sazba then also wants source: {title, url}.
        rights: © 2026 Jana Nováková. No rights reserved.
        license:
          id: CC0-1.0
          name: Creative Commons Zero 1.0 Universal
          url: https://creativecommons.org/publicdomain/zero/1.0/
        # References: BibTeX, CSL JSON or CSL YAML files beside this one.
        bibliography: references.bib
        """);
    f.put("manuscript/01-beginning.md", """
        # The beginning

        This is the first chapter. Write pandoc's Markdown: *emphasis*, **strong**, lists,
        block quotes, footnotes^[Like this one, set at the foot of the page.] and citations
        of the works in `references.bib` [@bringhurst2004, p. 36].

        A second paragraph, with Czech words too: [Příliš žluťoučký kůň]{lang=cs}.

        # References

        ::: {#refs}
        :::
        """);
    f.put("manuscript/references.bib", """
        @book{bringhurst2004,
          author    = {Bringhurst, Robert},
          title     = {The Elements of Typographic Style},
          publisher = {Hartley \\& Marks},
          address   = {Vancouver},
          year      = {2004},
        }
        """);
    f.put(".gitignore", "target/\n");
    f.put("pom.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- mvn -B package: the PDF and the EPUB of manuscript/ in target/book/, set by Sazba. -->
        <project xmlns="http://maven.apache.org/POM/4.0.0"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <groupId>book</groupId>
          <artifactId>ARTIFACT</artifactId>
          <version>1.0</version>
          <packaging>pom</packaging>

          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
            <sazba.version>VERSION</sazba.version>
          </properties>

          <dependencies>
            <dependency>
              <!-- Sazba's runnable jar, from the local repository (mvn install in Sazba's clone).
                   It carries its own libraries, so none are pulled in beside it. -->
              <groupId>cz.sazba</groupId>
              <artifactId>sazba</artifactId>
              <version>${sazba.version}</version>
              <exclusions>
                <exclusion>
                  <groupId>*</groupId>
                  <artifactId>*</artifactId>
                </exclusion>
              </exclusions>
            </dependency>
          </dependencies>

          <build>
            <plugins>
              <plugin>
                <groupId>org.codehaus.mojo</groupId>
                <artifactId>exec-maven-plugin</artifactId>
                <version>3.5.0</version>
                <executions>
                  <execution>
                    <id>books</id>
                    <phase>package</phase>
                    <goals>
                      <goal>exec</goal>
                    </goals>
                    <configuration>
                      <executable>${java.home}/bin/java</executable>
                      <arguments>
                        <argument>-classpath</argument>
                        <classpath/>
                        <argument>cz.sazba.cli.Main</argument>
                        <argument>${project.basedir}/manuscript</argument>
                        <argument>-o</argument>
                        <argument>${project.build.directory}/book</argument>
                      </arguments>
                    </configuration>
                  </execution>
                </executions>
              </plugin>
            </plugins>
          </build>
        </project>
        """.replace("ARTIFACT", artifact).replace("VERSION", VERSION));
    return f;
  }
}
