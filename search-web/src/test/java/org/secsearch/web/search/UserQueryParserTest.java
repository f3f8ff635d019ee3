package org.secsearch.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secsearch.web.search.QueryNode.All;
import org.secsearch.web.search.QueryNode.Any;
import org.secsearch.web.search.QueryNode.FacetTerm;
import org.secsearch.web.search.QueryNode.Not;
import org.secsearch.web.search.QueryNode.Prefix;
import org.secsearch.web.search.QueryNode.Text;

/** What the search box understands, what it repairs (with a note) and what it refuses (with a message). */
class UserQueryParserTest {
  /** A compact rendering of the tree: words bare, phrases quoted, AND as (a b), OR as (a | b), NOT as -a. */
  static String show(QueryNode n) {
    return switch (n) {
      case null -> "∅";
      case Text t -> (t.field() == null ? "" : t.field() + ":") + (t.phrase() ? "\"" + t.text() + "\"" : t.text())
          + (t.slop() > 0 ? "~" + t.slop() : "");
      case Prefix p -> (p.field() == null ? "" : p.field() + ":") + p.stem() + "*";
      case FacetTerm f -> f.dim().key + "=" + f.value();
      case All a -> a.clauses().stream().map(UserQueryParserTest::show).collect(Collectors.joining(" ", "(", ")"));
      case Any a -> a.clauses().stream().map(UserQueryParserTest::show).collect(Collectors.joining(" | ", "(", ")"));
      case Not x -> "-" + show(x.clause());
    };
  }

  @ParameterizedTest(name = "{0}  →  {1}")
  @CsvSource(delimiterString = "=>", value = {
      "IMU => IMU",
      "IMU Aktobe => (IMU Aktobe)",
      "IMU AND Aktobe => (IMU Aktobe)",
      "+IMU +Aktobe => (IMU Aktobe)",
      "\"car bomb\" Aktobe => (\"car bomb\" Aktobe)",
      "\"police attack\"~5 => \"police attack\"~5",
      "\"a b\"~999 => \"a b\"~20",
      "Almaty OR Astana => (Almaty | Astana)",
      "Almaty | Astana Shymkent => (Almaty | (Astana Shymkent))",
      "-Taliban => -Taliban",
      "IMU -Taliban NOT ISIS => (IMU -Taliban -ISIS)",
      "insurg* => insurg*",
      "(Almaty OR Astana) bomb => ((Almaty | Astana) bomb)",
      "-(a b) c => (-(a b) c)",
      "title:jihad => title:jihad",
      "author:\"Jacob Zenn\" => author:\"Jacob Zenn\"",
      "TITLE:jihad* => title:jihad*",
      "org:\"Islamic Movement of Uzbekistan\" => org=Islamic Movement of Uzbekistan",
      "region:Kazakhstan date:2011 => (region=Kazakhstan date=2011)",
      "region:Kazakhstan//Aktobe/ => region=Kazakhstan/Aktobe",
      "region:\" / \" => \" / \"",
      "region:/ => region:/",
      "http://example.org al-Qaeda => (http://example.org al-Qaeda)",
      "or and not => (or and not)",
      "a/b.c => a/b.c",
  })
  void parses(String input, String tree) {
    UserQueryParser.Parsed p = UserQueryParser.parse(input);
    assertThat(show(p.root())).isEqualTo(tree);
    assertThat(p.notes()).isEmpty();
  }

  @ParameterizedTest(name = "{0}  →  {1}")
  @CsvSource(delimiterString = "=>", value = {
      "\"car bomb => \"car bomb\" => closing quote",
      "(Almaty OR Astana => (Almaty | Astana) => missing “)”",
      "Almaty) Astana => (Almaty Astana) => unmatched “)”",
      "Almaty OR => Almaty => “OR” with nothing",
      "OR Almaty => Almaty => “OR” with nothing",
      "Almaty NOT => Almaty => “NOT” with nothing",
  })
  void repairsSlipsAndSaysSo(String input, String tree, String note) {
    UserQueryParser.Parsed p = UserQueryParser.parse(input);
    assertThat(show(p.root())).isEqualTo(tree);
    assertThat(p.notes()).anySatisfy(n -> assertThat(n).contains(note));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "*stan               | leading wildcards are off",
      "title:*stan         | leading wildcards are off",
      "ta*ban              | only at the end of a word",
      "a*                  | at least two letters",
  })
  void refusesWildcardsItCannotRunCheaply(String input, String message) {
    assertThatThrownBy(() -> UserQueryParser.parse(input)).isInstanceOf(InvalidSearchException.class)
        .hasMessageContaining(message);
  }

  @Test
  void capsLengthClausesAndNesting() {
    assertThatThrownBy(() -> UserQueryParser.parse("x".repeat(1001))).hasMessageContaining("limit is 1,000");
    assertThatThrownBy(() -> UserQueryParser.parse("w ".repeat(51))).hasMessageContaining("more than 50 terms");
    assertThat(show(UserQueryParser.parse("w ".repeat(50)).root())).startsWith("(w w");
    assertThatThrownBy(() -> UserQueryParser.parse("(".repeat(11) + "x")).hasMessageContaining("10 levels");
    assertThat(show(UserQueryParser.parse("(".repeat(10) + "x").root())).isEqualTo("x");
  }

  @Test
  void emptyOrPunctuationOnlyInputIsAnEmptyQuery() {
    assertThat(UserQueryParser.parse("").isEmpty()).isTrue();
    assertThat(UserQueryParser.parse("   ").isEmpty()).isTrue();
    assertThat(UserQueryParser.parse("\"\"").isEmpty()).isTrue();
    assertThat(UserQueryParser.parse("()").isEmpty()).isTrue();
  }

  /** Random printable input of any shape: the parser answers with a tree or a user message, nothing else. */
  @Test
  void neverThrowsAnythingButAMessageForTheUser() {
    Random random = new Random(42);
    String alphabet = "ab \"()*-+|!:~/\\[]{}^?&ORNOTAND\t\n0123456789é";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(60);
      for (int j = 0; j < len; j++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      try {
        UserQueryParser.parse(sb.toString());
      } catch (InvalidSearchException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }
}
