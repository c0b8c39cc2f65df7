package io.dateline.cms.testsupport;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs a task in a class loader that lacks an optional library, to prove that code works without
 * it: the loader holds the test's class path minus every entry whose path contains a given part,
 * over the platform class loader, so nothing leaks in from the test's own loader.
 */
public final class WithoutLibrary {
  private WithoutLibrary() {}

  /**
   * Loads {@code task} afresh without the library and calls it, with the loader as the thread's
   * context class loader (template engines and service loaders look there).
   *
   * @param pathPart what the class-path entries of the library contain, such as {@code micrometer}
   * @param libraryClass a class of the library, checked to be absent from the loader
   * @param task a public class with a public no-argument constructor
   * @param <T> the task's result
   * @return what the task returned
   * @throws Exception what loading or calling the task threw
   * @throws AssertionError when {@code libraryClass} can still be loaded, or the task came from
   *     another loader
   */
  public static <T> T call(String pathPart, String libraryClass, Class<? extends Callable<T>> task)
      throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains(pathPart)) {
        urls.add(url(entry));
      }
    }
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      try {
        Class.forName(libraryClass, false, loader);
        throw new AssertionError(libraryClass + " is still on the class path without " + pathPart);
      } catch (ClassNotFoundException expected) {
        // the library is gone, as intended
      }
      Class<?> isolated = Class.forName(task.getName(), true, loader);
      if (isolated.getClassLoader() != loader) {
        throw new AssertionError(task.getName() + " was not loaded by the isolated class loader");
      }
      @SuppressWarnings("unchecked")
      Callable<T> call = (Callable<T>) isolated.getConstructor().newInstance();
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        return call.call();
      } finally {
        thread.setContextClassLoader(previous);
      }
    }
  }

  private static URL url(String entry) {
    try {
      return Path.of(entry).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(entry, e);
    }
  }
}
