package dev.mltest.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A Hadoop URI ({@code s3a://lake/events/2026/}) in one canonical spelling, so that a suite file's
 * URI and an allowed prefix are compared as what they name, not as text.
 *
 * <p>The written form is read strictly, because suite files are untrusted and Hadoop, Spark and the
 * object stores each decode a path their own way: the scheme and the host are compared in lower
 * case; user-info is kept as part of the authority (so {@code s3a://lake@evil/} is not {@code
 * s3a://lake/}) and may not hold a password; a path is letters, digits and {@code / . _ - = + ,
 * ~ @} only: no {@code %} escape, no {@code ?} query, no {@code #} fragment, no glob character
 * ({@code * ? [ ] { }}), no backslash; no {@code .} or {@code ..} segment. Repeated slashes count
 * as one, as Hadoop reads them.
 *
 * <pre>{@code
 * HadoopLocation.parse("S3A://Lake//curated/x.parquet").toString(); // s3a://lake/curated/x.parquet
 * }</pre>
 *
 * @param scheme the scheme, in lower case
 * @param authority the authority (bucket, {@code container@account}, {@code host:port}), host in
 *     lower case; empty for {@code file:///}
 * @param segments the path's segments, none empty
 * @param directory whether the URI ends with a slash (or has no path)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record HadoopLocation(
    String scheme, String authority, List<String> segments, boolean directory) {

  private static final Pattern URI =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://([^/]*)(/.*)?$", Pattern.DOTALL);
  private static final Pattern AUTHORITY = Pattern.compile("^[A-Za-z0-9._@:-]*$");

  /**
   * A written dataset that looks like a URI: a scheme of two characters or more, a colon, a slash.
   */
  private static final Pattern LOOKS_LIKE_URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:/.*");

  public HadoopLocation {
    segments = List.copyOf(segments);
  }

  /**
   * Whether a dataset as written names a URI rather than a local path: {@code scheme:/...} with a
   * scheme of at least two characters ({@code C:/data} stays a Windows path).
   */
  public static boolean isUri(String written) {
    return LOOKS_LIKE_URI.matcher(written).matches();
  }

  /**
   * Reads a URI in canonical form.
   *
   * @throws IllegalArgumentException saying what in the URI is refused
   */
  public static HadoopLocation parse(String written) {
    Matcher m = URI.matcher(written);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'%s' is not a URI of the form scheme://authority/path (e.g. s3a://bucket/folder/)"
              .formatted(written));
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    String authority = authority(written, m.group(2));
    String path = m.group(3) == null ? "/" : m.group(3);
    List<String> segments = new ArrayList<>();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (!allowedInPath(c)) {
        throw new IllegalArgumentException(
            "URI '%s' has the character '%s' in its path; a dataset URI's path may hold only letters, digits and / . _ - = + , ~ @ (no %%-escapes, query, fragment or glob)"
                .formatted(written, printable(c)));
      }
    }
    for (String segment : path.split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException(
            "URI '%s' has a '%s' segment; name the location without . or .. segments"
                .formatted(written, segment));
      }
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return new HadoopLocation(scheme, authority, segments, path.endsWith("/"));
  }

  private static String authority(String written, String authority) {
    if (!AUTHORITY.matcher(authority).matches()) {
      throw new IllegalArgumentException(
          "URI '%s' has an authority '%s' with characters other than letters, digits and . _ - @ :"
              .formatted(written, authority));
    }
    int at = authority.lastIndexOf('@');
    String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
    if (userInfo.indexOf(':') >= 0 || userInfo.indexOf('@') < userInfo.length() - 1) {
      throw new IllegalArgumentException(
          "URI '%s' carries credentials or more than one '@' in its authority; give credentials through the Spark configuration, never in a suite file"
              .formatted(written));
    }
    return userInfo + authority.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean allowedInPath(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "/._-=+,~@".indexOf(c) >= 0;
  }

  private static String printable(char c) {
    return c < 0x20 || c == 0x7f ? "\\u%04x".formatted((int) c) : String.valueOf(c);
  }

  /**
   * Whether this location lies under {@code prefix}: the same scheme and authority, and the
   * prefix's segments first ({@code s3a://lake/curated} is under {@code s3a://lake/curated/} and
   * {@code s3a://lake/}, never under {@code s3a://lake/cur}).
   */
  public boolean isUnder(HadoopLocation prefix) {
    return scheme.equals(prefix.scheme)
        && authority.equals(prefix.authority)
        && segments.size() >= prefix.segments.size()
        && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
  }

  /** The last segment ({@code events.parquet}), or the authority for a root. */
  public String lastSegment() {
    return segments.isEmpty() ? authority : segments.get(segments.size() - 1);
  }

  /** The local path of a {@code file:} URI, as the local file system names it. */
  public String path() {
    return "/" + String.join("/", segments) + (directory && !segments.isEmpty() ? "/" : "");
  }

  /** The canonical URI, the one string Spark is given: {@code s3a://lake/curated/x.parquet}. */
  @Override
  public String toString() {
    return scheme + "://" + authority + path();
  }
}
