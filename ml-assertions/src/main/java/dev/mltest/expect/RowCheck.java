package dev.mltest.expect;

import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.RowCondition;
import dev.mltest.data.SampleRequest;
import dev.mltest.data.TableSchema;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A per-row check: each judged row passes or fails, and the share of passing rows must reach {@code
 * mostly}. Rows with a null in a checked column are missing, not judged (except when the check is
 * about nulls itself, which judges all rows).
 */
final class RowCheck implements Check {
  private final ExpectationSpec spec;
  private final List<String> columns;
  private final List<ColumnRequirement> requirements;
  private final @Nullable RowCondition skipped;
  private final Function<TableSchema, RowCondition> passing;
  private final String violation;

  /**
   * @param columns the checked columns (empty for whole-row predicates)
   * @param rule the types the columns must have
   * @param judgeNulls whether rows with nulls are judged (true only for {@code notNull})
   * @param passing the condition a passing row meets, given the schema
   * @param violation what failing values do, e.g. {@code are outside [0, 10]}
   */
  RowCheck(
      ExpectationSpec spec,
      List<String> columns,
      ColumnRule rule,
      boolean judgeNulls,
      Function<TableSchema, RowCondition> passing,
      String violation) {
    this(
        spec,
        columns,
        rule,
        judgeNulls || columns.isEmpty() ? null : RowCondition.anyNull(columns),
        passing,
        violation);
  }

  /**
   * A check whose rows left unjudged are chosen by a condition rather than by any null, such as
   * {@code compareColumns} with {@code ignoreRowIf}. A judged row with a null in a checked column
   * fails.
   *
   * @param skipped the rows not judged, or null to judge every row
   */
  RowCheck(
      ExpectationSpec spec,
      List<String> columns,
      ColumnRule rule,
      @Nullable RowCondition skipped,
      Function<TableSchema, RowCondition> passing,
      String violation) {
    this.spec = spec;
    this.columns = List.copyOf(columns);
    this.requirements = columns.stream().map(c -> new ColumnRequirement(c, rule)).toList();
    this.skipped = skipped;
    this.passing = passing;
    this.violation = violation;
  }

  @Override
  public List<ColumnRequirement> requirements() {
    return requirements;
  }

  private Measure elements() {
    return new Measure.RowCount(spec.whereCondition());
  }

  private Measure missing() {
    return new Measure.CountWhere(
        spec.whereCondition(),
        Objects.requireNonNull(skipped, "missing rows are counted only when some are skipped"));
  }

  private RowCondition offending(TableSchema schema) {
    RowCondition failing = new RowCondition.Not(passing.apply(schema));
    if (skipped == null) {
      return failing;
    }
    if (skipped.equals(RowCondition.anyNull(columns))) {
      return RowCondition.and(RowCondition.allNotNull(columns), failing);
    }
    // A judged row with a null has no comparison result (SQL NULL), which fails.
    return RowCondition.and(
        new RowCondition.Not(skipped),
        new RowCondition.Or(List.of(RowCondition.anyNull(columns), failing)));
  }

  private Measure unexpected(TableSchema schema) {
    return new Measure.CountWhere(spec.whereCondition(), offending(schema));
  }

  @Override
  public List<Measure> measures(TableSchema schema) {
    List<Measure> measures = new ArrayList<>(List.of(elements(), unexpected(schema)));
    if (skipped != null) {
      measures.add(missing());
    }
    return measures;
  }

  @Override
  public Judgement judge(Measurements m, TableSchema schema) {
    long elements = m.count(elements());
    long missing = skipped == null ? 0 : m.count(missing());
    Counts counts = new Counts(elements, missing, m.count(unexpected(schema)));
    double mostly = spec.requiredShare();
    long judged = counts.judgedCount();
    boolean success = counts.meets(mostly);
    String subject = columns.isEmpty() ? spec.name() : String.join(", ", columns);
    String what =
        skipped == null
            ? "rows"
            : skipped.equals(RowCondition.anyNull(columns)) ? "non-null values" : "judged rows";
    String message;
    if (judged == 0) {
      message =
          "%s: no %s to check (%s rows considered)"
              .formatted(subject, what, Formats.count(elements));
    } else {
      message =
          "%s: %s of %s %s %s (%s)"
              .formatted(
                  subject,
                  Formats.percent(counts.unexpectedShare()),
                  Formats.count(judged),
                  what,
                  violation,
                  Formats.mostly(mostly));
    }
    return new Judgement(success, counts.unexpectedShare(), counts, message);
  }

  @Override
  public boolean listsOffendingRows(TableSchema schema) {
    return true;
  }

  @Override
  public Optional<SampleRequest> offendingRows(TableSchema schema) {
    return Optional.of(
        new SampleRequest(
            spec.whereCondition(),
            offending(schema),
            columns,
            spec.keyColumns(),
            spec.sampleSize()));
  }
}
