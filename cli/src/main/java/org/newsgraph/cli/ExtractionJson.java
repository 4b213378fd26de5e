package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Article;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Image;

/** The JSON shape of extraction results: ordered maps, ready for Jackson. */
final class ExtractionJson {

  private ExtractionJson() {}

  /** An accepted article or a rejection. */
  static Map<String, Object> of(Extraction extraction) {
    if (extraction instanceof Extraction.Accepted accepted) {
      Map<String, Object> json = article(accepted.article());
      json.put("warnings", accepted.warnings());
      return json;
    }
    Extraction.Rejected rejected = (Extraction.Rejected) extraction;
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", rejected.source());
    json.put("rejected", rejected.reason());
    json.put("warnings", rejected.warnings());
    return json;
  }

  /** An input that could not be read at all. */
  static Map<String, Object> error(String source, String message) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", source);
    json.put("error", message);
    return json;
  }

  static Map<String, Object> article(Article a) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", a.source());
    json.put("title", a.title());
    json.put("authors", a.authors());
    json.put("published", a.published());
    json.put("language", a.language());
    json.put("site", a.site());
    json.put("url", a.url());
    json.put("dateline", a.dateline());
    json.put("text", a.text());
    List<Map<String, Object>> images = new ArrayList<>();
    for (Image image : a.images()) {
      Map<String, Object> img = new LinkedHashMap<>();
      img.put("src", image.src());
      img.put("caption", image.caption());
      images.add(img);
    }
    json.put("images", images);
    return json;
  }
}
