package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Strings from a {@link TextSource}, with the constraints that source cannot build in. Those extra
 * checks (a length bound on a regular expression, a second regular expression) are the one place
 * where generation retries a draw; the generator is only built after a probe shows they can be met.
 */
final class StringDomain implements Domain {
  static final int ATTEMPTS = 200;

  private final TextSource source;
  private final List<TextCheck> checks;
  private final Set<ValueKey> excluded;

  StringDomain(TextSource source, List<TextCheck> checks, Set<ValueKey> excluded) {
    this.source = source;
    this.checks = List.copyOf(checks);
    this.excluded = Set.copyOf(excluded);
  }

  TextSource source() {
    return source;
  }

  List<TextCheck> checks() {
    return checks;
  }

  @Override
  public StringDomain excluding(Set<ValueKey> more) {
    Set<ValueKey> all = new HashSet<>(excluded);
    all.addAll(more);
    return new StringDomain(source, checks, all);
  }

  @Override
  public ColumnType type() {
    return ColumnType.STRING;
  }

  @Override
  public Object draw(Source random) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String candidate = source.draw(random);
      if (contains(candidate)) {
        return candidate;
      }
    }
    throw new ContractException(
        "could not draw a string that also satisfies "
            + checks.stream().map(TextCheck::expectation).collect(Collectors.joining(", "))
            + " in "
            + ATTEMPTS
            + " attempts; simplify the contract",
        checks.stream().map(TextCheck::expectation).toList());
  }

  /** Whether draws can satisfy the extra checks at all, tried with a fixed seed. */
  boolean probe() {
    Source random = new Source(0x5EED);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (contains(source.draw(random))) {
        return true;
      }
    }
    return source.specials().stream().anyMatch(this::contains);
  }

  @Override
  public long size() {
    return source.size();
  }

  @Override
  public boolean contains(Object value) {
    if (!(value instanceof String s) || excluded.contains(ValueKey.of(s)) || !source.accepts(s)) {
      return false;
    }
    for (TextCheck check : checks) {
      if (!check.test().test(s)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Object simplest() {
    if (contains(source.simplest())) {
      return source.simplest();
    }
    for (String special : source.specials()) {
      if (contains(special)) {
        return special;
      }
    }
    return draw(new Source(0));
  }

  @Override
  public List<Object> specials() {
    List<Object> out = new ArrayList<>();
    for (String s : source.specials()) {
      if (contains(s) && !out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public Optional<List<Object>> enumerate(int limit) {
    return Optional.empty();
  }

  @Override
  public Optional<Domain> restrict(@Nullable Bound low, @Nullable Bound high) {
    throw new UnsupportedOperationException("strings are not ordered for generation");
  }

  @Override
  public List<Object> simpler(Object value) {
    if (!(value instanceof String s)) {
      return List.of();
    }
    List<String> candidates = new ArrayList<>(List.of(source.simplest()));
    candidates.addAll(source.specials());
    if (!s.isEmpty()) {
      candidates.add(s.substring(0, s.length() / 2));
      candidates.add(s.substring(0, s.length() - 1));
      candidates.add(s.substring(1));
      candidates.add(s.replaceAll("[^a-z]", "a"));
      candidates.add("a".repeat(s.length()));
    }
    double score = Simplicity.score(s);
    List<Object> out = new ArrayList<>();
    for (String c : candidates) {
      if (!out.contains(c) && contains(c) && Simplicity.score(c) < score) {
        out.add(c);
      }
    }
    return out;
  }
}
