package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "The attack on the checkpoint was claimed by the group, and the police said that it was planned. | en",
      "THE ATTACK ON THE CHECKPOINT WAS CLAIMED BY THE GROUP AND THE POLICE SAID THAT IT WAS PLANNED.   | en",
      "El ataque contra la base fue reivindicado por los rebeldes de la provincia con una bomba.       | es",
      "Le groupe a revendiqué les attaques dans la région du Sahel pour la deuxième fois.              | fr",
      "Die Polizei hat den Anschlag nicht bestätigt, und die Gruppe ist mit der Regierung im Streit.   | de",
      "Сотрудники полиции задержали в Актобе членов группы, которые готовили теракт.                    | ru",
      "هاجم مسلحون نقطة تفتيش في محافظة الأنبار وقتلوا ثلاثة من رجال الشرطة                            | ar",
      "گروه مسلح به یک پاسگاه پلیس در استان سیستان و بلوچستان حمله کرد و چند نفر کشته شدند            | fa",
      "武装分子袭击了边境检查站                                                                          | zh",
      "12345 67890 --- ###                                                                             | und",
      "Kabul Kandahar Herat Mazar                                                                       | und",
  })
  void guessesTheLanguageFromScriptAndFunctionWords(String text, String expected) {
    assertThat(LanguageGuesser.guess(text)).isEqualTo(expected);
  }
}
