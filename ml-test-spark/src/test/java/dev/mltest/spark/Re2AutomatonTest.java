package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The automaton gives RE2J's answer: on generated patterns of the subset over texts of a small
 * alphabet (newlines, a two-unit code point, class edges), on the patterns suites use, and it
 * leaves RE2J the patterns outside the subset and those whose automaton would be large.
 */
class Re2AutomatonTest {
  /** Texts are drawn from these: letters, digits, punctuation the patterns use, and edges. */
  private static final String[] ALPHABET = {
    "a", "b", "z", "A", "0", "9", "_", "@", ".", "-", " ", "\n", "\t", "é", "😀", "]", "{", "\u000b"
  };

  /** Pattern atoms; each is valid RE2 on its own. */
  private static final String[] ATOMS = {
    "a",
    "b",
    "@",
    "\\.",
    ".",
    "[a-z]",
    "[^@]",
    "[^a\\n]",
    "\\d",
    "\\D",
    "\\s",
    "\\S",
    "\\w",
    "\\W",
    "[\\d_]",
    "[]a]",
    "[a-]",
    "é",
    "😀",
    "\\x41",
    "\\x{1F600}",
    "\\t",
    "\\v",
    "[^\\s]",
    "\\{",
    "{",
    "}",
    "]",
    "[0-9A-F]",
    "[^]]"
  };

  private static final String[] QUANTIFIERS = {
    "", "", "", "*", "+", "?", "{2}", "{1,}", "{0,2}", "*?", "+?", "??", "{1,3}?"
  };

  @Test
  void agreesWithRe2jOnGeneratedPatternsAndTexts() {
    SplittableRandom random = new SplittableRandom(20261206L);
    int patterns = 0;
    int translated = 0;
    List<String> disagreements = new ArrayList<>();
    while (patterns < 3_000) {
      String regex = pattern(random, 0);
      Pattern re2j;
      try {
        re2j = Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        continue; // the automaton is only asked about patterns RE2J accepts
      }
      patterns++;
      Optional<Re2Automaton> automaton = Re2Automaton.of(regex);
      if (automaton.isEmpty()) {
        continue;
      }
      translated++;
      for (int t = 0; t < 40; t++) {
        String text = text(random);
        boolean find = re2j.matcher(text).find();
        boolean full = re2j.matcher(text).matches();
        if (automaton.get().find(text) != find || automaton.get().full(text) != full) {
          disagreements.add(
              "%s on %s: RE2J find %s full %s".formatted(regex, escape(text), find, full));
        }
      }
    }
    assertThat(disagreements).isEmpty();
    // The generator stays inside the subset nearly always: the comparison is not vacuous.
    assertThat(translated).isGreaterThan(patterns * 9 / 10);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^[^@]+@[^@]+\\.[a-z]+$",
        "^[A-Z]{2}\\d{4}$",
        "^\\d{4}-\\d{2}-\\d{2}$",
        "^(car|home|education)$",
        "(?:ab|cd)+",
        "(?P<year>\\d{4})",
        "^$",
        "x*",
        "\\$\\^",
        "^[\\w.+-]+@[\\w-]+\\.[\\w.]+$"
      })
  void translatesWhatSuitesWrite(String regex) {
    assertThat(Re2Automaton.of(regex)).isPresent();
    Pattern re2j = Pattern.compile(regex);
    for (String text :
        List.of(
            "",
            "ann@example.com",
            "ann@example.com\n",
            "AB1234",
            "2024-01-31",
            "home",
            "homes",
            "abcd",
            "1999",
            "$^",
            "\nann@x.io")) {
      assertSameAsRe2j(regex, Re2Automaton.of(regex).orElseThrow(), re2j, text);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(?i)abc", // flags
        "\\bword\\b", // word boundaries
        "\\pL+", // Unicode classes
        "[[:alpha:]]+", // POSIX classes
        "a^b", // an anchor inside
        "(^a)", // an anchor in a group
        "^a|b", // an anchor binding one branch
        "a|b$",
        "\\Aabc\\z",
        "\\101", // octal
        "[a-c]\\Qx\\E"
      })
  void leavesOtherConstructsToRe2j(String regex) {
    Pattern.compile(regex); // valid RE2: RE2J runs it
    assertThat(Re2Automaton.of(regex)).isEmpty();
  }

  @Test
  void leavesRe2jThePatternsWhoseAutomatonWouldBeLarge() {
    // Searching for an 'a' 25 characters from the end needs 2^25 deterministic states.
    assertThat(Re2Automaton.of("a.{25}")).isEmpty();
    assertThat(Re2Automaton.of("((a{1,1000}){1,1000}){1,1000}")).isEmpty();
    // Anchored at both ends, the same shape stays small.
    assertThat(Re2Automaton.of("^a.{25}$")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"x{01}", "x{00}", "x{1,02}", "(){01}", "\\]{01}", "^{0,0}x", "^{2}x"})
  void readsBracesAsRe2Does(String regex) {
    // A count with a leading zero is literal text in RE2; a count after ^ repeats the anchor.
    Pattern re2j = Pattern.compile(regex);
    Re2Automaton a = Re2Automaton.of(regex).orElse(null);
    for (String text : List.of("", "x", "xx", "x{01}", "x{00}", "x{1,02}", "{01}", "]{01}", "]")) {
      if (a != null) {
        assertSameAsRe2j(regex, a, re2j, text);
      }
    }
  }

  @Test
  void leavesRe2jAClassOfManyCharactersRepeated() {
    StringBuilder sparse = new StringBuilder("[");
    for (int i = 0; i < 2_000; i++) {
      sparse.appendCodePoint(0x4E00 + 2 * i);
    }
    String regex = sparse.append("]{1000}").toString();
    Pattern.compile(regex);
    long start = System.nanoTime();
    assertThat(Re2Automaton.of(regex)).isEmpty();
    assertThat(Re2Automaton.of("[\\x{4E00}-\\x{9FFF}]{2,50}")).isPresent();
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L); // minutes before
  }

  @Test
  void matchingTakesLinearTimeOnAPatternThatMakesBacktrackersExplode() {
    String regex = "^(a+)+$";
    Re2Automaton a = Re2Automaton.of(regex).orElseThrow();
    String hostile = "a".repeat(100_000) + "!";
    assertThat(a.find(hostile)).isFalse();
    assertThat(a.find("a".repeat(100_000))).isTrue();
  }

  private static void assertSameAsRe2j(String regex, Re2Automaton a, Pattern re2j, String text) {
    assertThat(a.find(text)).as("%s finds in %s", regex, text).isEqualTo(re2j.matcher(text).find());
    assertThat(a.full(text))
        .as("%s matches %s", regex, text)
        .isEqualTo(re2j.matcher(text).matches());
  }

  private static String pattern(SplittableRandom random, int depth) {
    StringBuilder out = new StringBuilder();
    int branches = random.nextInt(4) == 0 ? 2 : 1;
    // Anchors bind a whole single-branch pattern; elsewhere RE2J runs the pattern.
    boolean anchored = depth == 0 && branches == 1;
    if (anchored && random.nextInt(3) == 0) {
      out.append('^');
    }
    for (int b = 0; b < branches; b++) {
      if (b > 0) {
        out.append('|');
      }
      int pieces = 1 + random.nextInt(3);
      for (int i = 0; i < pieces; i++) {
        if (depth < 2 && random.nextInt(5) == 0) {
          out.append(random.nextBoolean() ? "(" : "(?:").append(pattern(random, depth + 1));
          out.append(')');
        } else {
          out.append(ATOMS[random.nextInt(ATOMS.length)]);
        }
        out.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
      }
    }
    if (anchored && random.nextInt(3) == 0) {
      out.append('$');
    }
    return out.toString();
  }

  private static String text(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(7);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return out.toString();
  }

  private static String escape(String text) {
    return "'" + text.replace("\n", "\\n").replace("\t", "\\t").replace("\u000b", "\\v") + "'";
  }
}
