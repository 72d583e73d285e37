package dev.mltest.engine.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.StatusDetails;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@link AllureApi} over allure-java 2.x's lifecycle; loaded only when allure-java is present. */
final class AllureLifecycleApi implements AllureApi {

  private static AllureLifecycle lifecycle() {
    return Allure.getLifecycle();
  }

  @Override
  public boolean isCurrent(String uniqueId) {
    Optional<String> uuid = lifecycle().getCurrentTestCase();
    if (uuid.isEmpty()) {
      return false;
    }
    AtomicBoolean ours = new AtomicBoolean();
    lifecycle()
        .updateTestCase(uuid.get(), result -> ours.set(uniqueId.equals(result.getTestCaseId())));
    return ours.get();
  }

  @Override
  public void describe(
      List<Label> labels,
      List<Parameter> parameters,
      String historyId,
      String fullName,
      String description) {
    lifecycle()
        .updateTestCase(
            result -> {
              // Ours replace allure-junit-platform's labels of the same names (it adds a `suite`
              // from the Java class of method-based tests): two `suite` labels list a test twice.
              java.util.Set<String> ours =
                  labels.stream().map(Label::name).collect(java.util.stream.Collectors.toSet());
              result.getLabels().removeIf(existing -> ours.contains(existing.getName()));
              labels.forEach(
                  l ->
                      result
                          .getLabels()
                          .add(
                              new io.qameta.allure.model.Label()
                                  .setName(l.name())
                                  .setValue(l.value())));
              parameters.forEach(
                  p ->
                      result
                          .getParameters()
                          .add(
                              new io.qameta.allure.model.Parameter()
                                  .setName(p.name())
                                  .setValue(p.value())
                                  .setExcluded(p.excluded())));
              result.setHistoryId(historyId);
              result.setFullName(fullName);
              result.setDescription(description);
            });
  }

  @Override
  public boolean isCurrentFixture(String uuid) {
    return lifecycle().getCurrentTestCaseOrStep().map(uuid::equals).orElse(false);
  }

  @Override
  public void warn(String message) {
    lifecycle()
        .updateTestCase(result -> result.setStatusDetails(new StatusDetails().setMessage(message)));
  }

  @Override
  public void attach(String name, String mediaType, String extension, byte[] content) {
    lifecycle().addAttachment(name, mediaType, extension, content);
  }
}
