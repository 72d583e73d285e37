package dev.mltest.engine.property;

import dev.mltest.engine.PropertyTest;
import dev.mltest.generate.Contract;
import dev.mltest.generate.ContractException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.platform.commons.support.ReflectionSupport;

/** Finds the contract a property test names: a suite file on the classpath or a Java method. */
final class ContractLoader {
  private ContractLoader() {}

  /**
   * @throws PropertyDefinitionException if the contract is missing, unreadable or invalid
   */
  static Contract load(Class<?> testClass, PropertyTest annotation, @Nullable Object instance) {
    String resource = annotation.contract().trim();
    String method = annotation.contractMethod().trim();
    if (resource.isEmpty() == method.isEmpty()) {
      throw new PropertyDefinitionException(
          "@PropertyTest needs exactly one of contract (a suite file on the classpath) and contractMethod (a method returning a Contract)");
    }
    return resource.isEmpty()
        ? fromMethod(testClass, method, instance)
        : fromResource(testClass, resource);
  }

  private static Contract fromResource(Class<?> testClass, String name) {
    URL url = testClass.getResource(name);
    String location =
        name.startsWith("/")
            ? name.substring(1)
            : testClass.getPackageName().replace('.', '/') + "/" + name;
    if (url == null && !name.startsWith("/")) {
      url = testClass.getClassLoader().getResource(name);
      location = name;
    }
    if (url == null) {
      throw new PropertyDefinitionException(
          "contract '%s' not found on the classpath; looked for %s%s"
              .formatted(
                  name,
                  name.startsWith("/")
                      ? name.substring(1)
                      : testClass.getPackageName().replace('.', '/') + "/" + name,
                  name.startsWith("/") ? "" : " and " + name));
    }
    String text;
    try (InputStream in = url.openStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PropertyDefinitionException(
          "cannot read contract " + location + ": " + e.getMessage(), e);
    }
    try {
      return Contract.parse(location, text);
    } catch (ContractException e) {
      throw new PropertyDefinitionException(e.getMessage(), e);
    }
  }

  private static Contract fromMethod(Class<?> testClass, String name, @Nullable Object instance) {
    Optional<Method> found = ReflectionSupport.findMethod(testClass, name);
    if (found.isEmpty() || !Contract.class.isAssignableFrom(found.get().getReturnType())) {
      throw new PropertyDefinitionException(
          "contractMethod '%s' not found: %s needs a no-argument method %s() returning a Contract"
              .formatted(name, testClass.getName(), name));
    }
    Method method = found.get();
    Object target = Modifier.isStatic(method.getModifiers()) ? null : instance;
    Object contract = ReflectionSupport.invokeMethod(method, target);
    if (contract == null) {
      throw new PropertyDefinitionException("contractMethod '%s' returned null".formatted(name));
    }
    return (Contract) contract;
  }
}
