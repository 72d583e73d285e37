package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import dev.mltest.generate.ColumnFacts.Limit;
import dev.mltest.generate.ColumnFacts.Listed;
import dev.mltest.generate.ColumnFacts.Named;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the single-value constraints of one column into one {@link Domain}: bounds intersect (the
 * tightest wins), listed sets intersect, regular expressions, formats and lengths combine into one
 * string source, and excluded values are removed. A merge that leaves no value is reported with the
 * expectations that conflict.
 */
final class DomainMerger {
  /** A regular expression with at most this many strings becomes an explicit set. */
  private static final int ENUMERABLE = 10_000;

  private final String contract;
  private final ColumnFacts facts;
  private final ColumnType type;

  private DomainMerger(String contract, ColumnFacts facts) {
    this.contract = contract;
    this.facts = facts;
    this.type = facts.knownType();
  }

  static Domain merge(String contract, ColumnFacts facts) {
    return new DomainMerger(contract, facts).merge();
  }

  private Domain merge() {
    Domain domain =
        switch (type) {
          case INTEGER, DATE, TIMESTAMP -> ranged(LongDomain.all(type));
          case DECIMAL -> {
            Domain d = ranged(DecimalDomain.all());
            boolean extremes = !facts.someAtMost.isEmpty() || !facts.someAtLeast.isEmpty();
            yield extremes && d instanceof DecimalDomain decimal
                ? decimal.withoutNegativeZero()
                : d;
          }
          case BOOLEAN -> ranged(SetDomain.booleans());
          case STRING -> text();
          case OTHER ->
              throw unsupported(
                  facts.sources(),
                  "columns of type 'other' are not generatable; declare a columnType");
        };
    Set<ValueKey> forbidden = new HashSet<>();
    for (Listed listed : facts.forbidden) {
      for (Object v : listed.values()) {
        TypeInference.convert(v, type).ifPresent(c -> forbidden.add(ValueKey.of(c)));
      }
    }
    if (!forbidden.isEmpty()) {
      domain = domain.excluding(forbidden);
    }
    if (domain.size() == 0) {
      throw conflict(facts.sources(), "no value satisfies all of them");
    }
    return domain;
  }

  private Domain ranged(Domain all) {
    if (!facts.regexes.isEmpty()
        || !facts.formats.isEmpty()
        || !facts.minLength.isEmpty()
        || !facts.maxLength.isEmpty()) {
      List<String> text = new ArrayList<>();
      facts.regexes.forEach(r -> text.add(r.source()));
      facts.formats.forEach(f -> text.add(f.source()));
      facts.minLength.forEach(l -> text.add(l.source()));
      facts.maxLength.forEach(l -> text.add(l.source()));
      throw unsupported(
          text,
          "string expectations on a %s column are not generatable; declare the column a string"
              .formatted(type.key()));
    }
    Domain domain = all;
    List<String> rangeSources = new ArrayList<>();
    for (Limit limit : facts.lower) {
      domain = restrict(domain, limit, true, rangeSources);
    }
    for (Limit limit : facts.upper) {
      domain = restrict(domain, limit, false, rangeSources);
    }
    if (facts.allowed.isEmpty()) {
      return domain;
    }
    List<Object> values = intersection();
    List<String> sources = new ArrayList<>(rangeSources);
    facts.allowed.forEach(l -> sources.add(l.source()));
    Domain range = domain;
    List<Object> kept = values.stream().filter(range::contains).toList();
    if (kept.isEmpty()) {
      throw conflict(sources, "no listed value lies in the allowed range");
    }
    return new SetDomain(type, kept);
  }

  private Domain restrict(Domain domain, Limit limit, boolean lower, List<String> sources) {
    sources.add(limit.source());
    Object bound =
        TypeInference.bound(limit.value(), type)
            .orElseThrow(
                () ->
                    conflict(
                        List.of(limit.source()),
                        "bound %s is not a %s value"
                            .formatted(Formats.value(limit.value()), type.key())));
    if (type == ColumnType.BOOLEAN) {
      throw unsupported(List.of(limit.source()), "bounds on a boolean column are not generatable");
    }
    Domain.Bound b = new Domain.Bound(bound, limit.strict());
    Optional<Domain> restricted = lower ? domain.restrict(b, null) : domain.restrict(null, b);
    return restricted.orElseThrow(
        () -> conflict(sources, "their bounds leave no value (%s)".formatted(describe(sources))));
  }

  private String describe(List<String> sources) {
    List<String> parts = new ArrayList<>();
    for (Limit l : facts.lower) {
      if (sources.contains(l.source())) {
        parts.add((l.strict() ? "> " : "≥ ") + Formats.value(l.value()) + " from " + l.source());
      }
    }
    for (Limit l : facts.upper) {
      if (sources.contains(l.source())) {
        parts.add((l.strict() ? "< " : "≤ ") + Formats.value(l.value()) + " from " + l.source());
      }
    }
    return String.join(", ", parts);
  }

  /** The values every allowed list has, in the order of the first list, in the column's type. */
  private List<Object> intersection() {
    List<Object> result = null;
    for (Listed listed : facts.allowed) {
      List<Object> converted = new ArrayList<>();
      for (Object v : listed.values()) {
        TypeInference.convert(v, type).ifPresent(converted::add);
      }
      if (result == null) {
        result = converted;
      } else {
        Set<ValueKey> keys = new HashSet<>();
        converted.forEach(v -> keys.add(ValueKey.of(v)));
        result = result.stream().filter(v -> keys.contains(ValueKey.of(v))).toList();
      }
    }
    return result == null ? List.of() : result;
  }

  private Domain text() {
    if (!facts.lower.isEmpty()
        || !facts.upper.isEmpty()
        || facts.someAtMost.stream().anyMatch(l -> !(l.value() instanceof ContractReader.Unbounded))
        || facts.someAtLeast.stream()
            .anyMatch(l -> !(l.value() instanceof ContractReader.Unbounded))) {
      Set<String> sources = new LinkedHashSet<>();
      facts.lower.forEach(l -> sources.add(l.source()));
      facts.upper.forEach(l -> sources.add(l.source()));
      facts.someAtMost.forEach(l -> sources.add(l.source()));
      facts.someAtLeast.forEach(l -> sources.add(l.source()));
      throw unsupported(List.copyOf(sources), "bounds on string values are not generatable");
    }
    int minLength = 0;
    int maxLength = 10_000;
    List<String> lengthSources = new ArrayList<>();
    for (Limit l : facts.minLength) {
      minLength = Math.max(minLength, ((Number) l.value()).intValue());
      lengthSources.add(l.source());
    }
    for (Limit l : facts.maxLength) {
      maxLength = Math.min(maxLength, ((Number) l.value()).intValue());
      lengthSources.add(l.source());
    }
    if (minLength > maxLength) {
      throw conflict(
          lengthSources, "no length lies between %d and %d".formatted(minLength, maxLength));
    }
    List<TextCheck> checks = new ArrayList<>();
    int min = minLength;
    int max = maxLength;
    if (!lengthSources.isEmpty()) {
      checks.add(
          new TextCheck(
              String.join(", ", lengthSources),
              s -> {
                int n = s.codePointCount(0, s.length());
                return n >= min && n <= max;
              }));
    }
    List<TextSource> regexes = new ArrayList<>();
    for (Named<String> r : facts.regexes) {
      TextSource.RegexText regex = regex(r);
      regexes.add(regex);
      checks.add(new TextCheck(r.source(), regex::accepts));
    }
    List<TextSource> formats = new ArrayList<>();
    for (Named<ColumnFacts.FormatSpec> f : facts.formats) {
      TextSource.FormatText format =
          new TextSource.FormatText(
              f.value().format(),
              f.value().pattern() == null ? "" : f.value().pattern(),
              f.source());
      formats.add(format);
      checks.add(new TextCheck(f.source(), format::accepts));
    }
    List<String> sources = facts.sources();
    if (!facts.allowed.isEmpty()) {
      List<Object> kept = intersection().stream().filter(v -> passes((String) v, checks)).toList();
      if (kept.isEmpty()) {
        throw conflict(sources, "no listed value meets the other string expectations");
      }
      return new SetDomain(ColumnType.STRING, kept);
    }
    if (!regexes.isEmpty()) {
      TextSource.RegexText base = (TextSource.RegexText) regexes.get(0);
      Optional<List<String>> all = base.enumerate(ENUMERABLE);
      if (all.isPresent()) {
        List<Object> kept =
            all.get().stream().filter(s -> passes(s, checks)).map(s -> (Object) s).toList();
        if (kept.isEmpty()) {
          throw conflict(sources, "no string matching /%s/ meets them all".formatted(base.regex()));
        }
        return new SetDomain(ColumnType.STRING, kept);
      }
      return probed(new StringDomain(base, withoutFirstRegex(checks), Set.of()), sources);
    }
    if (!formats.isEmpty()) {
      TextSource base = formats.get(0);
      List<TextCheck> rest = new ArrayList<>(checks);
      rest.removeIf(c -> c.expectation().equals(facts.formats.get(0).source()));
      return probed(new StringDomain(base, rest, Set.of()), sources);
    }
    return new StringDomain(new TextSource.FreeText(minLength, maxLength), List.of(), Set.of());
  }

  private List<TextCheck> withoutFirstRegex(List<TextCheck> checks) {
    List<TextCheck> rest = new ArrayList<>(checks);
    rest.removeIf(c -> c.expectation().equals(facts.regexes.get(0).source()));
    return rest;
  }

  private StringDomain probed(StringDomain domain, List<String> sources) {
    if (!domain.probe()) {
      throw conflict(
          sources,
          "no generated string met them all in %d attempts; they look incompatible"
              .formatted(StringDomain.ATTEMPTS));
    }
    return domain;
  }

  private TextSource.RegexText regex(Named<String> r) {
    try {
      return new TextSource.RegexText(r.value());
    } catch (RuntimeException e) {
      throw unsupported(
          List.of(r.source()),
          "the regular expression /%s/ is not supported by the string generator (%s)"
              .formatted(r.value(), e.getMessage()));
    }
  }

  private static boolean passes(String value, List<TextCheck> checks) {
    return checks.stream().allMatch(c -> c.test().test(value));
  }

  private ContractException conflict(List<String> sources, String why) {
    return new ContractException(
        "contract '%s' is unsatisfiable: column '%s': %s cannot all hold: %s"
            .formatted(contract, facts.name, String.join(", ", sources), why),
        sources);
  }

  private ContractException unsupported(List<String> sources, String why) {
    return new ContractException(
        "contract '%s' cannot be generated: column '%s' (%s): %s"
            .formatted(contract, facts.name, String.join(", ", sources), why),
        sources);
  }
}
