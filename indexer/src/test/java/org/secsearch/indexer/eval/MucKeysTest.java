package org.secsearch.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MUC key reader on hand-made templates in the keys' own layout. */
class MucKeysTest {

  private static final String KEY = """
      0.  MESSAGE: ID                     DEV-MUC3-0001 (NCCOSC)
      1.  MESSAGE: TEMPLATE               1
      2.  INCIDENT: DATE                  30 DEC 89
      3.  INCIDENT: LOCATION              EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)
      4.  INCIDENT: TYPE                  KIDNAPPING
      6.  INCIDENT: INSTRUMENT ID         "MORTAR"
                                          "RIFLE"

      0.  MESSAGE: ID                     DEV-MUC3-0002 (NCCOSC)
      1.  MESSAGE: TEMPLATE               *
      2.  INCIDENT: DATE                  *
      3.  INCIDENT: LOCATION              *

      ;;; a comment line
      0.  MESSAGE: ID                     TST1-MUC3-0099
      1.  MESSAGE: TEMPLATE               2 (OPTIONAL)
      2.  INCIDENT: DATE                  - 08 JAN 90
      3.  INCIDENT: LOCATION              (EL SALVADOR: ZARAGOZA (TOWN)) / (EL SALVADOR: SAN SALVADOR (CITY))
      """;

  @Test
  void readsTemplatesWithLocationsAndDates(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("key-dev-0001.muc4"), KEY);
    List<MucKeys.Template> templates = MucKeys.parse(file);
    assertThat(templates).extracting(MucKeys.Template::messageId)
        .containsExactly("DEV-MUC3-0001", "DEV-MUC3-0002", "TST1-MUC3-0099");
    MucKeys.Template first = templates.get(0);
    assertThat(first.relevant()).isTrue();
    assertThat(first.date()).isEqualTo("30 DEC 89");
    assertThat(first.locations()).containsExactly(new MucKeys.Location("EL SALVADOR", List.of(
        new MucKeys.Part("SAN MIGUEL", "DEPARTMENT"), new MucKeys.Part("SAN LUIS DE LA REINA", "TOWN")), false));
    assertThat(templates.get(1).relevant()).isFalse();
    assertThat(templates.get(1).locations()).isEmpty();
    assertThat(templates.get(2).date()).isEqualTo("- 08 JAN 90");
    assertThat(templates.get(2).locations()).extracting(l -> l.parts().get(0).name())
        .containsExactly("ZARAGOZA", "SAN SALVADOR");
  }

  @Test
  void readsAlternativesUncertaintyAndTypeAlternatives() {
    assertThat(MucKeys.locations("? HONDURAS")).containsExactly(new MucKeys.Location("HONDURAS", List.of(), true));
    assertThat(MucKeys.locations("COLOMBIA / VENEZUELA")).extracting(MucKeys.Location::country)
        .containsExactly("COLOMBIA", "VENEZUELA");
    assertThat(MucKeys.locations("EL SALVADOR: USULUTAN (CITY / COUNTY / DEPARTMENT)").get(0).parts())
        .containsExactly(new MucKeys.Part("USULUTAN", "CITY / COUNTY / DEPARTMENT"));
    assertThat(MucKeys.locations("*")).isEmpty();
  }

  @Test
  void findsTheDivisionOfALocation() {
    MucKeys.Location named = MucKeys.locations("PERU: JUNIN (DEPARTMENT): HUANCAYO (CITY)").get(0);
    MucKeys.Location peruProvince = MucKeys.locations("PERU: LA MAR (PROVINCE): CHINCHIPE (VILLAGE)").get(0);
    MucKeys.Location typeList = MucKeys.locations("EL SALVADOR: USULUTAN (CITY / COUNTY / DEPARTMENT)").get(0);
    assertThat(MucGazetteer.firstLevel(named)).isEqualTo("JUNIN");
    assertThat(MucGazetteer.firstLevel(peruProvince)).isNull(); // Peru's provinces are second level
    assertThat(MucGazetteer.firstLevel(typeList)).isEqualTo("USULUTAN");
  }

  @Test
  void linksMessagesToTheirFiles() {
    Path muc = Path.of("muc");
    assertThat(MucKeys.xhtml(muc, "DEV-MUC3-0001")).isEqualTo(muc.resolve("xhtml/dev/DEV-MUC3-0001.xhtml"));
    assertThat(MucKeys.xhtml(muc, "TST2-MUC4-0100")).isEqualTo(muc.resolve("xhtml/tst2/TST2-MUC4-0100.xhtml"));
  }
}
