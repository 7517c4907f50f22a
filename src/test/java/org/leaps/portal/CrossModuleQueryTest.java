package org.leaps.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module reads another module's data only through that module's API, never through a query string
 * naming the other's entity or table: Java imports (what {@link ModularityTest} checks) do not show
 * those. Scans every string in main sources (adjacent literals joined with {@code +} are read as
 * one) for an entity after {@code from}, {@code join}, {@code update} or {@code into}, and for a
 * table name in the same places, and fails naming file, module and entity.
 */
class CrossModuleQueryTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final Path PLANTED = Path.of("src/test/resources/query-guard");

  private static final Pattern ENTITY =
      Pattern.compile("@Entity\\b[\\s\\S]*?@Table\\(name = \"([a-z_]+)\"[\\s\\S]*?class (\\w+)");
  private static final Pattern STRING_CHAIN =
      Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"(?:\\s*\\+\\s*\"((?:[^\"\\\\\\n]|\\\\.)*)\")*");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern REFERENCE =
      Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+([A-Za-z_][\\w.]*)");

  /** An entity or table, and the module that owns it. */
  record Owned(String name, String module, boolean table) {}

  record Violation(Path file, String module, String names, String owner) {
    @Override
    public String toString() {
      return file + " (module " + module + ") names " + names + " of module " + owner;
    }
  }

  @Test
  void noModuleQueriesAnotherModulesEntity() {
    assertThat(violations(MAIN, owners(MAIN))).isEmpty();
  }

  @Test
  void theGuardCatchesAPlantedViolation() {
    List<Violation> found = violations(PLANTED, owners(MAIN));
    assertThat(found)
        .extracting(Violation::names, Violation::owner)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Counselor", "counselor"),
            org.assertj.core.groups.Tuple.tuple("Agency", "agency"),
            org.assertj.core.groups.Tuple.tuple("portal_account", "security"));
  }

  static Map<String, Owned> owners(Path root) {
    Map<String, Owned> owners = new TreeMap<>();
    for (Path file : sources(root)) {
      String text = read(file);
      Matcher entity = ENTITY.matcher(text);
      if (entity.find()) {
        String module = moduleOf(root, file);
        owners.put(entity.group(2), new Owned(entity.group(2), module, false));
        owners.put(entity.group(1), new Owned(entity.group(1), module, true));
      }
    }
    assertThat(owners).as("entities found under " + root).containsKeys("Counselor", "counselor");
    return owners;
  }

  static List<Violation> violations(Path root, Map<String, Owned> owners) {
    List<Violation> found = new ArrayList<>();
    for (Path file : sources(root)) {
      String module = moduleOf(root, file);
      Matcher chain = STRING_CHAIN.matcher(read(file));
      while (chain.find()) {
        StringBuilder query = new StringBuilder();
        Matcher literal = LITERAL.matcher(chain.group());
        while (literal.find()) {
          query.append(literal.group(1));
        }
        Matcher reference = REFERENCE.matcher(query);
        while (reference.find()) {
          String name = reference.group(1);
          if (name.contains(".") && !name.startsWith("org.")) {
            continue; // a path from an alias ("join c.agency"): the module's own mapping
          }
          name = name.substring(name.lastIndexOf('.') + 1);
          Owned owned = owners.get(name);
          if (owned == null) {
            owned = owners.get(name.toLowerCase(java.util.Locale.ROOT));
            if (owned != null && !owned.table()) {
              owned = null;
            }
          }
          if (owned != null && !owned.module().equals(module)) {
            found.add(new Violation(root.relativize(file), module, owned.name(), owned.module()));
          }
        }
      }
    }
    return found;
  }

  private static String moduleOf(Path root, Path file) {
    Path relative = root.relativize(file);
    // org/leaps/portal/<module>/...
    return relative.getNameCount() > 4 ? relative.getName(3).toString() : "";
  }

  private static List<Path> sources(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".java.txt"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
