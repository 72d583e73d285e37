package dev.mltest.engine;

import static org.junit.platform.testkit.engine.Event.byTestDescriptor;

import java.io.File;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.Condition;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * AssertJ conditions that pick out events of the ml-test engine by node kind and name, to combine
 * with {@link org.junit.platform.testkit.engine.EventConditions}:
 *
 * <pre>{@code
 * results.allEvents().assertThatEvents()
 *     .haveExactly(1, event(expectation("between[income]"), finishedWithFailure()));
 * }</pre>
 */
final class MlTestEvents {
  private MlTestEvents() {}

  /** An event of the suite whose file is named so (classpath resource or file). */
  static Condition<Event> suite(String fileName) {
    return new Condition<>(
        byTestDescriptor(
            lastSegment(
                s ->
                    (s.getType().equals("suite") || s.getType().equals("suite-file"))
                        && isFile(s.getValue(), fileName))),
        "suite %s",
        fileName);
  }

  /** An event of the expectation with this name (its id, or {@code key[column]}). */
  static Condition<Event> expectation(String name) {
    return new Condition<>(
        byTestDescriptor(
            lastSegment(s -> s.getType().equals("expectation") && s.getValue().equals(name))),
        "expectation %s",
        name);
  }

  /** An event of the entry class node of this class. */
  static Condition<Event> entryClass(Class<?> type) {
    return new Condition<>(
        byTestDescriptor(
            lastSegment(s -> s.getType().equals("class") && s.getValue().equals(type.getName()))),
        "entry class %s",
        type.getName());
  }

  /** A published report entry holding this key with this value. */
  static Condition<Event> reportEntry(String key, String value) {
    return new Condition<>(
        event ->
            event.getType() == EventType.REPORTING_ENTRY_PUBLISHED
                && event
                    .getPayload(ReportEntry.class)
                    .map(e -> value.equals(e.getKeyValuePairs().get(key)))
                    .orElse(false),
        "report entry %s = %s",
        key,
        value);
  }

  /** A published report entry holding all these keys. */
  static Condition<Event> reportEntryWithKeys(String... keys) {
    return new Condition<>(
        event ->
            event.getType() == EventType.REPORTING_ENTRY_PUBLISHED
                && event
                    .getPayload(ReportEntry.class)
                    .map(e -> e.getKeyValuePairs().keySet().containsAll(List.of(keys)))
                    .orElse(false),
        "report entry with keys %s",
        List.of(keys));
  }

  private static Predicate<TestDescriptor> lastSegment(Predicate<UniqueId.Segment> predicate) {
    return descriptor -> predicate.test(descriptor.getUniqueId().getLastSegment());
  }

  private static boolean isFile(String value, String fileName) {
    return value.equals(fileName)
        || value.endsWith("/" + fileName)
        || value.endsWith(File.separator + fileName);
  }
}
