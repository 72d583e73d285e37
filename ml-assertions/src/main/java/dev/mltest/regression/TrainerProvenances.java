package dev.mltest.regression;

import com.oracle.labs.mlrg.olcut.provenance.ListProvenance;
import com.oracle.labs.mlrg.olcut.provenance.MapProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.util.Pair;
import dev.mltest.lineage.TrainerConfiguration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tribuo.Trainer;
import org.tribuo.provenance.TrainerProvenance;

/** Reads a trainer's class and hyper-parameters from its Tribuo provenance. */
final class TrainerProvenances {
  /**
   * Keys, at any depth, that change with each training, describe the library, or name the
   * configuration system's host interface: not the trainer's configuration.
   */
  private static final Set<String> IGNORED =
      Set.of(
          TrainerProvenance.TRAIN_INVOCATION_COUNT,
          TrainerProvenance.TRIBUO_VERSION_STRING,
          "host-short-name");

  private TrainerProvenances() {}

  static TrainerConfiguration configuration(Trainer<?> trainer) {
    TrainerProvenance provenance = trainer.getProvenance();
    Map<String, String> parameters = new TreeMap<>();
    flatten("", provenance, parameters);
    parameters.remove(ObjectProvenance.CLASS_NAME);
    return new TrainerConfiguration(provenance.getClassName(), parameters);
  }

  private static void flatten(String prefix, Provenance provenance, Map<String, String> out) {
    if (provenance instanceof PrimitiveProvenance<?> primitive) {
      out.put(prefix.isEmpty() ? primitive.getKey() : prefix, String.valueOf(primitive.getValue()));
    } else if (provenance instanceof ObjectProvenance object) {
      for (Pair<String, Provenance> pair : object) {
        if (IGNORED.contains(pair.getA())) {
          continue;
        }
        flatten(join(prefix, pair.getA()), pair.getB(), out);
      }
    } else if (provenance instanceof ListProvenance<?> list) {
      int i = 0;
      for (Provenance element : list) {
        flatten(prefix + "[" + i++ + "]", element, out);
      }
      if (i == 0) {
        out.put(prefix, "[]");
      }
    } else if (provenance instanceof MapProvenance<?> map) {
      for (Pair<String, ? extends Provenance> pair : map) {
        flatten(join(prefix, pair.getA()), pair.getB(), out);
      }
    } else {
      out.put(prefix, String.valueOf(provenance));
    }
  }

  private static String join(String prefix, String key) {
    return prefix.isEmpty() ? key : prefix + "." + key;
  }
}
