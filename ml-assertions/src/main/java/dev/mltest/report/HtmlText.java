package dev.mltest.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** HTML escaping for text that a report viewer may render as HTML (see {@link Html#escape}). */
@API(status = INTERNAL, since = "0.1")
public final class HtmlText {
  private HtmlText() {}

  /** The text with {@code & < > " '} escaped, so markup in it is shown, never run. */
  public static String escape(String text) {
    return Html.escape(text);
  }
}
