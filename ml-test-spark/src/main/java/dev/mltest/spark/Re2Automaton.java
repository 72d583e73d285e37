package dev.mltest.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.jspecify.annotations.Nullable;

/**
 * A regular expression of RE2's syntax run as a deterministic automaton (Lucene's), for the
 * patterns whose meaning the translation keeps exactly; {@link Re2Functions} runs every other
 * pattern with RE2J. RE2J simulates an NFA, which took 1.1 µs for an e-mail pattern over an e-mail
 * address where the automaton takes 40 ns, so on Spark the regex checks were most of MLTest's time
 * above one hand-written query (docs/spark.md). Both run in time linear in the text, whatever the
 * pattern: a suite file's pattern cannot stall an executor.
 *
 * <p>The subset is RE2's syntax with its default flags: literals and escaped punctuation, the C
 * escapes and {@code \x}, {@code .} (any character but a newline), classes with ranges, negation
 * and {@code \d \s \w} (and their negations), groups (capturing, non-capturing, named),
 * alternation, the repetition operators (a lazy one matches the same texts), {@code ^} first and
 * {@code $} last. Anything else (flags such as {@code (?i)}, Unicode classes, POSIX classes, word
 * boundaries, anchors elsewhere, octal escapes) is left to RE2J, as is a pattern whose automaton
 * would be large. Matching works on code points, as RE2J's does. The pattern has already been
 * compiled by RE2J, so its errors are RE2's.
 */
final class Re2Automaton {
  /** States of the nondeterministic automaton beyond which RE2J runs the pattern. */
  static final int MAX_STATES = 5_000;

  /**
   * Entries (states times character intervals) of a run automaton's table beyond which RE2J runs
   * the pattern: a class listing thousands of characters, repeated, took minutes and hundreds of
   * megabytes to determinise and tabulate.
   */
  static final long MAX_TABLE = 2_000_000;

  /**
   * Ranges of one class beyond which RE2J runs the pattern: determinising costs about the work
   * limit times the transitions of a state.
   */
  static final int MAX_CLASS_RANGES = 64;

  /**
   * Transitions of the nondeterministic automaton beyond which RE2J runs the pattern: determinising
   * visits a state's transitions for each deterministic state holding it ({@code [...]{1000}} of a
   * class of 255 characters took 2 s).
   */
  static final int MAX_TRANSITIONS = 20_000;

  /** Work allowed to determinise it (Lucene's default). */
  private static final int WORK_LIMIT = Operations.DEFAULT_DETERMINIZE_WORK_LIMIT;

  private static final int MAX_CODE_POINT = Character.MAX_CODE_POINT;

  private final CharacterRunAutomaton find;
  private final CharacterRunAutomaton full;

  private Re2Automaton(CharacterRunAutomaton find, CharacterRunAutomaton full) {
    this.find = find;
    this.full = full;
  }

  /**
   * The automata of a pattern RE2J accepts, or nothing when the pattern leaves the subset or its
   * automaton would be large.
   */
  static Optional<Re2Automaton> of(String regex) {
    try {
      Parser parser = new Parser(regex);
      Automaton pattern = parser.pattern();
      Automaton any = Operations.repeat(Automata.makeAnyChar());
      List<Automaton> search = new ArrayList<>();
      if (!parser.anchoredStart) {
        search.add(any);
      }
      search.add(pattern);
      if (!parser.anchoredEnd) {
        search.add(any);
      }
      return Optional.of(new Re2Automaton(run(Operations.concatenate(search)), run(pattern)));
    } catch (Unsupported | TooComplexToDeterminizeException e) {
      return Optional.empty();
    }
  }

  /** The run automaton, unless its table would be large. */
  private static CharacterRunAutomaton run(Automaton a) throws Unsupported {
    if (a.getNumTransitions() > MAX_TRANSITIONS
        || (long) a.getNumStates() * a.getStartPoints().length > MAX_TABLE) {
      throw new Unsupported();
    }
    Automaton dfa = Operations.determinize(a, WORK_LIMIT);
    if ((long) dfa.getNumStates() * dfa.getStartPoints().length > MAX_TABLE) {
      throw new Unsupported();
    }
    return new CharacterRunAutomaton(dfa, WORK_LIMIT);
  }

  /** Whether some part of the text matches, as RE2J's {@code Matcher.find}. */
  boolean find(String text) {
    return find.run(text);
  }

  /** Whether the whole text matches, as RE2J's {@code Matcher.matches}. */
  boolean full(String text) {
    return full.run(text);
  }

  /** A construct outside the subset, or an automaton too large: RE2J runs the pattern. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** A recursive-descent parser of the subset that builds the automaton as it goes. */
  private static final class Parser {
    private final String regex;
    private int at;
    boolean anchoredStart;
    boolean anchoredEnd;

    Parser(String regex) {
      this.regex = regex;
    }

    Automaton pattern() throws Unsupported {
      if (regex.startsWith("^")) {
        anchoredStart = true;
        at = 1;
      }
      Automaton a = alternation(true);
      if (at != regex.length()) {
        throw new Unsupported();
      }
      return a;
    }

    private Automaton alternation(boolean top) throws Unsupported {
      List<Automaton> branches = new ArrayList<>();
      branches.add(concatenation(top));
      while (peek() == '|') {
        if (top && (anchoredStart || anchoredEnd)) {
          throw new Unsupported(); // an anchor would bind one branch only
        }
        at++;
        branches.add(concatenation(top));
        if (top && anchoredEnd) {
          throw new Unsupported();
        }
      }
      return checked(branches.size() == 1 ? branches.get(0) : Operations.union(branches));
    }

    private Automaton concatenation(boolean top) throws Unsupported {
      List<Automaton> parts = new ArrayList<>();
      while (at < regex.length() && peek() != '|' && peek() != ')') {
        if (peek() == '$') {
          if (!top || at != regex.length() - 1) {
            throw new Unsupported();
          }
          anchoredEnd = true;
          at++;
          break;
        }
        parts.add(repetition());
      }
      if (parts.isEmpty()) {
        return Automata.makeEmptyString();
      }
      return checked(parts.size() == 1 ? parts.get(0) : Operations.concatenate(parts));
    }

    private Automaton repetition() throws Unsupported {
      Automaton atom = atom();
      int c = peek();
      int[] range = c == '{' ? counted() : null;
      Automaton repeated;
      if (c == '*') {
        at++;
        repeated = Operations.repeat(atom);
      } else if (c == '+') {
        at++;
        repeated = Operations.repeat(atom, 1);
      } else if (c == '?') {
        at++;
        repeated = Operations.optional(atom);
      } else if (range != null) {
        at = regex.indexOf('}', at) + 1;
        // Each copy adds the atom's states: refuse before building, not after.
        long copies = Math.max(range[0], range[1]);
        if (copies * atom.getNumStates() > MAX_STATES) {
          throw new Unsupported();
        }
        repeated =
            range[1] < 0
                ? Operations.repeat(atom, range[0])
                : Operations.repeat(atom, range[0], range[1]);
      } else {
        return atom;
      }
      if (peek() == '?') {
        at++; // lazy: the same texts match
      }
      int next = peek();
      if (next == '*' || next == '+' || next == '?' || next == '{' && counted() != null) {
        throw new Unsupported();
      }
      return checked(repeated);
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}} at the position, else null ({@code {} literal). */
    private int @Nullable [] counted() {
      int close = regex.indexOf('}', at);
      if (close < 0) {
        return null;
      }
      String spec = regex.substring(at + 1, close);
      int comma = spec.indexOf(',');
      String min = comma < 0 ? spec : spec.substring(0, comma);
      String max = comma < 0 ? spec : spec.substring(comma + 1);
      if (!digits(min) || !max.isEmpty() && !digits(max)) {
        return null;
      }
      return new int[] {Integer.parseInt(min), max.isEmpty() ? -1 : Integer.parseInt(max)};
    }

    /** RE2's repetition count: digits without a leading zero ({@code a{01}} is literal text). */
    private static boolean digits(String s) {
      return !s.isEmpty()
          && s.length() <= 4
          && (s.length() == 1 || s.charAt(0) != '0')
          && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private Automaton atom() throws Unsupported {
      int c = regex.codePointAt(at);
      switch (c) {
        case '(' -> {
          at++;
          if (regex.startsWith("?:", at)) {
            at += 2;
          } else if (regex.startsWith("?P<", at) || regex.startsWith("?<", at)) {
            int close = regex.indexOf('>', at);
            if (close < 0) {
              throw new Unsupported();
            }
            at = close + 1;
          } else if (peek() == '?') {
            throw new Unsupported(); // flags
          }
          Automaton inner = alternation(false);
          if (peek() != ')') {
            throw new Unsupported();
          }
          at++;
          return inner;
        }
        case '[' -> {
          at++;
          return ranges(characterClass());
        }
        case '.' -> {
          at++;
          return ranges(new int[] {0, '\n' - 1, '\n' + 1, MAX_CODE_POINT});
        }
        case '\\' -> {
          at++;
          return ranges(escape());
        }
        case '^', '$', '*', '+', '?' -> throw new Unsupported();
        case '{' -> {
          if (counted() != null) {
            throw new Unsupported(); // a repetition of the anchor before it: ^{2}
          }
          at++;
          return Automata.makeChar('{');
        }
        default -> {
          at += Character.charCount(c);
          return Automata.makeChar(c);
        }
      }
    }

    /** A class's code points as sorted, disjoint inclusive ranges {@code lo0, hi0, lo1, ...}. */
    private int[] characterClass() throws Unsupported {
      boolean negated = peek() == '^';
      if (negated) {
        at++;
      }
      List<int[]> items = new ArrayList<>();
      boolean first = true;
      while (first || peek() != ']') {
        if (at >= regex.length() || regex.startsWith("[:", at)) {
          throw new Unsupported();
        }
        first = false;
        int[] lo = classItem();
        if (lo.length == 2
            && lo[0] == lo[1]
            && peek() == '-'
            && at + 1 < regex.length()
            && regex.charAt(at + 1) != ']') {
          at++;
          int[] hi = classItem();
          if (hi.length != 2 || hi[0] != hi[1]) {
            throw new Unsupported();
          }
          items.add(new int[] {lo[0], hi[0]});
        } else {
          items.add(lo);
        }
      }
      at++;
      int[] merged = merge(items);
      return negated ? complement(merged) : merged;
    }

    /** One character of a class (a range of one) or a Perl class. */
    private int[] classItem() throws Unsupported {
      int c = regex.codePointAt(at);
      if (c == '\\') {
        at++;
        return escape();
      }
      at += Character.charCount(c);
      return new int[] {c, c};
    }

    /** The code points of the escape after a backslash, as ranges. */
    private int[] escape() throws Unsupported {
      if (at >= regex.length()) {
        throw new Unsupported();
      }
      int c = regex.codePointAt(at);
      at += Character.charCount(c);
      return switch (c) {
        case 'd' -> DIGIT;
        case 'D' -> complement(DIGIT);
        case 's' -> SPACE;
        case 'S' -> complement(SPACE);
        case 'w' -> WORD;
        case 'W' -> complement(WORD);
        case 'a' -> single(7);
        case 'f' -> single('\f');
        case 't' -> single('\t');
        case 'n' -> single('\n');
        case 'r' -> single('\r');
        case 'v' -> single(11);
        case 'x' -> single(hex());
        default -> {
          if (c < 0x80 && !Character.isLetterOrDigit(c)) {
            yield single(c); // escaped punctuation is itself
          }
          throw new Unsupported(); // \b, \pN, \A, \z, \Q, octal and the like
        }
      };
    }

    private int hex() throws Unsupported {
      int end;
      int start;
      if (peek() == '{') {
        start = at + 1;
        end = regex.indexOf('}', start);
        if (end < 0) {
          throw new Unsupported();
        }
        at = end + 1;
      } else {
        start = at;
        end = at + 2;
        at = end;
      }
      try {
        int value = Integer.parseInt(regex.substring(start, end), 16);
        if (value < 0 || value > MAX_CODE_POINT) {
          throw new Unsupported();
        }
        return value;
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        throw new Unsupported();
      }
    }

    private int peek() {
      return at < regex.length() ? regex.charAt(at) : -1;
    }

    private static Automaton checked(Automaton a) throws Unsupported {
      if (a.getNumStates() > MAX_STATES) {
        throw new Unsupported();
      }
      return a;
    }
  }

  private static final int[] DIGIT = {'0', '9'};
  private static final int[] SPACE = {'\t', '\n', '\f', '\r', ' ', ' '};
  private static final int[] WORD = {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};

  private static int[] single(int c) {
    return new int[] {c, c};
  }

  /** Sorted, disjoint, non-adjacent ranges covering the given ones. */
  static int[] merge(List<int[]> items) {
    List<int[]> ranges = new ArrayList<>();
    for (int[] item : items) {
      for (int i = 0; i < item.length; i += 2) {
        ranges.add(new int[] {item[i], item[i + 1]});
      }
    }
    ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
    List<Integer> out = new ArrayList<>();
    for (int[] r : ranges) {
      int last = out.size() - 1;
      if (last > 0 && r[0] <= out.get(last) + 1) {
        out.set(last, Math.max(out.get(last), r[1]));
      } else {
        out.add(r[0]);
        out.add(r[1]);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The code points the sorted, disjoint ranges leave out. */
  static int[] complement(int[] ranges) {
    List<Integer> out = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < ranges.length; i += 2) {
      if (ranges[i] > next) {
        out.add(next);
        out.add(ranges[i] - 1);
      }
      next = ranges[i + 1] + 1;
    }
    if (next <= MAX_CODE_POINT) {
      out.add(next);
      out.add(MAX_CODE_POINT);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** One step over any code point of the ranges (none: no text matches). */
  private static Automaton ranges(int[] ranges) throws Unsupported {
    if (ranges.length / 2 > MAX_CLASS_RANGES) {
      throw new Unsupported();
    }
    Automaton a = new Automaton();
    int from = a.createState();
    int to = a.createState();
    a.setAccept(to, true);
    for (int i = 0; i < ranges.length; i += 2) {
      a.addTransition(from, to, ranges[i], ranges[i + 1]);
    }
    a.finishState();
    return a;
  }
}
