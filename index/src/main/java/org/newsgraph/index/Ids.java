package org.newsgraph.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids and content hashes: hex SHA-256, shortened for ids. */
final class Ids {

  private Ids() {}

  /** The hex SHA-256 of {@code text}'s UTF-8 bytes. */
  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  /** An id: {@code prefix} and the first 16 hex digits of the SHA-256 of {@code key}. */
  static String of(String prefix, String key) {
    return prefix + sha256(key).substring(0, 16);
  }
}
