package dev.mltest.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.SelectorResolver.Context;

/** Tree operations shared by the resolvers of every kind of ML test. */
@API(status = INTERNAL, since = "0.1")
public final class DescriptorTrees {
  /**
   * The unique-id segment type of a Java test class's node; suites selected through an
   * {@code @MlTestSuites} class hang below it.
   */
  public static final String CLASS_SEGMENT = "class";

  private DescriptorTrees() {}

  /** The first {@code segments} segments of a unique id. */
  public static UniqueId prefix(UniqueId id, int segments) {
    UniqueId prefix =
        UniqueId.root(id.getSegments().get(0).getType(), id.getSegments().get(0).getValue());
    for (int i = 1; i < segments; i++) {
      prefix = prefix.append(id.getSegments().get(i));
    }
    return prefix;
  }

  /**
   * Adds the created node below the parent the selector resolves to. When a node with the same
   * unique id is already in the tree (selected before with fewer children, say one child by unique
   * id), that node is kept and gains the children it lacks from the one just created.
   */
  public static <T extends TestDescriptor> Optional<T> addOrMerge(
      Context context,
      Supplier<DiscoverySelector> parentSelector,
      Function<TestDescriptor, Optional<T>> creator) {
    AtomicReference<TestDescriptor> created = new AtomicReference<>();
    Optional<T> node =
        context.addToParent(
            parentSelector,
            parent -> {
              Optional<T> fresh = creator.apply(parent);
              fresh.ifPresent(created::set);
              return fresh;
            });
    node.ifPresent(
        existing -> {
          TestDescriptor fresh = created.get();
          if (fresh != null && fresh != existing) {
            moveMissingChildren(fresh, existing);
          }
        });
    return node;
  }

  private static void moveMissingChildren(TestDescriptor from, TestDescriptor to) {
    for (TestDescriptor child : List.copyOf(from.getChildren())) {
      boolean present =
          to.getChildren().stream().anyMatch(c -> c.getUniqueId().equals(child.getUniqueId()));
      if (!present) {
        from.removeChild(child);
        to.addChild(child);
      }
    }
  }
}
