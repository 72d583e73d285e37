package dev.mltest.expect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The registry of expectation types. The standard catalog holds every built-in expectation; the
 * reference docs and the suite-file schema are generated from it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Catalog {
  private static final Catalog STANDARD = create();

  private final Map<String, ExpectationType> types;

  private Catalog(List<ExpectationType> types) {
    Map<String, ExpectationType> byKey = new LinkedHashMap<>();
    for (ExpectationType t : types) {
      if (byKey.put(t.key(), t) != null) {
        throw new IllegalStateException("duplicate expectation key " + t.key());
      }
    }
    this.types = Map.copyOf(byKey);
    this.order = List.copyOf(byKey.keySet());
  }

  private final List<String> order;

  /** The built-in expectations. */
  public static Catalog standard() {
    return STANDARD;
  }

  private static Catalog create() {
    List<ExpectationType> all = new ArrayList<>();
    all.addAll(TableEntries.all());
    all.addAll(ValueEntries.all());
    all.addAll(PatternEntries.all());
    all.add(JsonSchemaCheck.entry());
    all.addAll(StatisticEntries.all());
    all.addAll(DistributionEntries.all());
    all.addAll(OrderEntries.all());
    all.addAll(HistoryEntries.all());
    return new Catalog(all);
  }

  /** The type with this key. */
  public Optional<ExpectationType> find(String key) {
    return Optional.ofNullable(types.get(key));
  }

  /** All keys, in catalog order. */
  public List<String> keys() {
    return order;
  }

  /** All types, in catalog order. */
  public Collection<ExpectationType> types() {
    return order.stream().map(types::get).toList();
  }
}
