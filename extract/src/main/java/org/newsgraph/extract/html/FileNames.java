package org.newsgraph.extract.html;

import java.util.regex.Pattern;

/**
 * Recognises image file names where words should be: a caption or a line of the page that is only
 * "BP_KimTrump _180219_29.jpg" or "IMG_0042", and a caption that starts with one.
 */
final class FileNames {

  private static final String EXTENSION = "\\.(jpe?g|png|gif|webp|bmp|svg|tiff?|avif)";
  /** A file name with an image extension, or a camera's numbered name. */
  private static final Pattern FILE =
      Pattern.compile(
          "(?i)[\\w\\s.()-]*" + EXTENSION + "|(img|dsc|dscn|pict?|photo|image)[_-]?\\d+\\S*");
  /** A caption that is a slug of words joined by dashes or underscores ("I-am-Nikon-D5200"). */
  private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}.]+(?:[_-][\\p{L}\\p{N}.]+)+");
  /** A file name with an extension at the start of a caption, and the dash or colon after it. */
  private static final Pattern LEADING_FILE =
      Pattern.compile("(?i)^[\\w.()-]+" + EXTENSION + "\\s*[-–—:|]?\\s*");
  /** File names are shorter than this; longer text is never taken for one. */
  private static final int MAX_LENGTH = 160;

  private FileNames() {}

  /** Whether the line {@code text} is only an image file name. */
  static boolean isFileName(String text) {
    return text.length() <= MAX_LENGTH && FILE.matcher(text).matches();
  }

  /** Whether the caption {@code text} is only a file name or a slug of joined words. */
  static boolean isFileNameOrSlug(String text) {
    return isFileName(text) || (text.length() <= MAX_LENGTH && SLUG.matcher(text).matches());
  }

  /** {@code caption} without an image file name at its start. */
  static String withoutLeadingFileName(String caption) {
    return LEADING_FILE.matcher(caption).replaceFirst("");
  }
}
