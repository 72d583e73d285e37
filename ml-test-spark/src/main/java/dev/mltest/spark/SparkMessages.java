package dev.mltest.spark;

import dev.mltest.data.DatabaseMessages;
import org.apache.spark.SparkThrowable;

/** Spark's error messages, cut to the line that says what went wrong. */
final class SparkMessages {
  private SparkMessages() {}

  /** The first line of the message, without Spark's query context, bounded. */
  static String concise(Throwable e) {
    Throwable t = e;
    // A failed task wraps the user function's error (a bad regex) in a SparkException.
    while (t.getCause() != null
        && t.getCause() != t
        && (t instanceof org.apache.spark.SparkException || !(t instanceof SparkThrowable))
        && t.getCause() instanceof IllegalArgumentException) {
      t = t.getCause();
    }
    String message = String.valueOf(t.getMessage());
    int context = message.indexOf("SQLSTATE");
    if (context > 0) {
      message = message.substring(0, context).strip();
    }
    return DatabaseMessages.concise(message);
  }
}
