package org.newsgraph.extract.charset;

/** Short news-like paragraphs in the languages legacy charsets were made for. */
enum LegacyText {
  FRENCH("Le gouvernement a présenté mercredi une réforme très attendue. Les élèves et les "
      + "enseignants pourront déjà en mesurer les effets à la rentrée, a déclaré la ministre."),
  GERMAN("Die Bundesregierung hat am Mittwoch überraschend neue Maßnahmen für Verbraucher "
      + "beschlossen. Größere Änderungen bei den Gebühren seien zunächst nicht geplant."),
  RUSSIAN("Правительство России в понедельник объявило о новых мерах поддержки экономики. "
      + "Эксперты считают, что эти решения помогут малому бизнесу в регионах."),
  JAPANESE("東京都は十八日、新しい防災計画を発表した。政府は今回の決定について、経済への影響を"
      + "詳しく調べると説明している。"),
  CHINESE_SIMPLIFIED("中国政府今天宣布了新的经济政策，这是近年来最重要的改革之一。专家表示，"
      + "这些措施将对市场产生深远的影响。"),
  CHINESE_TRADITIONAL("台灣政府今天宣布了新的經濟政策，這是近年來最重要的改革之一。專家表示，"
      + "這些措施將對市場產生深遠的影響。"),
  KOREAN("서울시는 오늘 새로운 교통 정책을 발표했다. 정부는 이번 결정이 경제에 미치는 영향을 "
      + "조사하고 있다고 밝혔다.");

  private final String text;

  LegacyText(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return text;
  }
}
