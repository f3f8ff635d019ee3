package org.secsearch.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.web.search.QueryNode.All;
import org.secsearch.web.search.QueryNode.Any;
import org.secsearch.web.search.QueryNode.FacetTerm;
import org.secsearch.web.search.QueryNode.Not;
import org.secsearch.web.search.QueryNode.Prefix;
import org.secsearch.web.search.QueryNode.Text;

/**
 * Parses what people type into the search box, in the spirit of Lucene's SimpleQueryParser: words (all must
 * match), {@code "phrases"} (with {@code ~N} proximity), {@code OR} / {@code |}, {@code -word} / {@code NOT word},
 * {@code +word}, {@code prefix*}, parentheses, and {@code field:value} for title, author, body and facet keys.
 *
 * <p>It never throws anything but {@link InvalidSearchException}: slips it can read past (an unclosed quote or
 * parenthesis, a dangling OR) become notes shown to the user; what it refuses (leading wildcards, more than
 * {@value #MAX_CHARS} characters, {@value #MAX_CLAUSES} terms or {@value #MAX_DEPTH} levels of parentheses) is an
 * error with a message. Regular expressions are not syntax here, so no input can make it expensive.
 */
public final class UserQueryParser {
  public static final int MAX_CHARS = 1000;
  public static final int MAX_CLAUSES = 50;
  public static final int MAX_DEPTH = 10;
  static final int MAX_SLOP = 20;
  private static final Set<String> TEXT_FIELDS = Set.of("title", "author", "body");

  /** The parse: the query tree (null when nothing searchable was typed) and notes about what was repaired. */
  public record Parsed(QueryNode root, List<String> notes) {
    public boolean isEmpty() {
      return root == null;
    }
  }

  private enum Kind { WORD, PHRASE, OPEN, CLOSE, OR, AND, NOT }

  /** @param sign '-' (exclude), '+' (require) or 0; @param field a field prefix written as {@code field:} */
  private record Token(Kind kind, String text, char sign, String field, int slop) {}

  private final List<String> notes = new ArrayList<>();
  private List<Token> tokens;
  private int pos;
  private int clauses;

  private UserQueryParser() {}

  public static Parsed parse(String query) {
    return new UserQueryParser().run(query == null ? "" : query);
  }

  private Parsed run(String query) {
    if (query.length() > MAX_CHARS) {
      throw new InvalidSearchException(String.format("The query is %,d characters long; the limit is %,d.",
          query.length(), MAX_CHARS));
    }
    tokens = new QueryTokens(query, notes).tokens();
    QueryNode root = parseOr(0);
    while (pos < tokens.size()) { // only a stray ')' stops parseOr early at the top level
      notes.add("An unmatched “)” was ignored.");
      pos++;
      QueryNode more = parseOr(0);
      root = root == null ? more : more == null ? root : new All(List.of(root, more));
    }
    return new Parsed(root, List.copyOf(notes));
  }

  private QueryNode parseOr(int depth) {
    List<QueryNode> alternatives = new ArrayList<>();
    boolean dangling = false;
    do {
      QueryNode and = parseAnd(depth);
      if (and != null) alternatives.add(and);
      else dangling = true;
    } while (accept(Kind.OR));
    if (dangling && !alternatives.isEmpty()) notes.add("An “OR” with nothing on one side was ignored.");
    return alternatives.isEmpty() ? null : alternatives.size() == 1 ? alternatives.get(0) : new Any(alternatives);
  }

  private QueryNode parseAnd(int depth) {
    List<QueryNode> all = new ArrayList<>();
    while (pos < tokens.size() && peek() != Kind.CLOSE && peek() != Kind.OR) {
      if (accept(Kind.AND)) continue;
      QueryNode n = parseUnary(depth);
      if (n != null) all.add(n);
    }
    return all.isEmpty() ? null : all.size() == 1 ? all.get(0) : new All(all);
  }

  private QueryNode parseUnary(int depth) {
    if (accept(Kind.NOT)) {
      if (pos >= tokens.size() || peek() == Kind.CLOSE || peek() == Kind.OR) {
        notes.add("A “NOT” with nothing after it was ignored.");
        return null;
      }
      QueryNode inner = parseUnary(depth);
      return inner == null ? null : new Not(inner);
    }
    Token t = tokens.get(pos++);
    QueryNode node = switch (t.kind()) {
      case OPEN -> group(depth + 1);
      case WORD -> word(t);
      case PHRASE -> phrase(t);
      default -> null; // AND/OR/CLOSE are consumed by the callers
    };
    return node != null && t.sign() == '-' ? new Not(node) : node;
  }

  private QueryNode group(int depth) {
    if (depth > MAX_DEPTH) {
      throw new InvalidSearchException("The query nests parentheses more than " + MAX_DEPTH + " levels deep.");
    }
    QueryNode inner = parseOr(depth);
    if (!accept(Kind.CLOSE)) notes.add("A missing “)” was added at the end.");
    return inner;
  }

  private QueryNode word(Token t) {
    String text = t.text();
    int colon = text.indexOf(':');
    if (colon > 0 && colon < text.length() - 1) {
      String field = text.substring(0, colon).toLowerCase(Locale.ROOT);
      Optional<QueryNode> fielded = fielded(field, text.substring(colon + 1), false, 0);
      if (fielded.isPresent()) return count(fielded.get());
    }
    return count(term(null, text));
  }

  private QueryNode phrase(Token t) {
    if (t.text().isBlank()) return null;
    if (t.field() != null) {
      Optional<QueryNode> fielded = fielded(t.field().toLowerCase(Locale.ROOT), t.text(), true, t.slop());
      if (fielded.isPresent()) return count(fielded.get());
    }
    return count(new Text(null, t.text(), true, t.slop()));
  }

  /**
   * A {@code field:value} clause, or empty when the prefix names no field or the facet value is no path at all
   * ({@code region:/}): then it is searched as text, as {@code region:} alone is.
   */
  private Optional<QueryNode> fielded(String field, String value, boolean phrase, int slop) {
    if (TEXT_FIELDS.contains(field)) {
      return Optional.of(phrase ? new Text(field, value, true, slop) : term(field, value));
    }
    return FacetDim.byKey(field).flatMap(dim -> {
      String path = FacetPaths.clean(dim, value); // "a//b" would be a taxonomy path with an empty level
      return path.isEmpty() ? Optional.empty() : Optional.of(new FacetTerm(dim, path));
    });
  }

  /** A single word, or a prefix query when it ends in '*'. */
  private QueryNode term(String field, String word) {
    int star = word.indexOf('*');
    if (star < 0) return new Text(field, word, false, 0);
    String stem = word.replaceAll("\\*+$", "");
    if (star == 0) {
      throw new InvalidSearchException("“" + word + "”: a word cannot start with * (leading wildcards are off).");
    }
    if (stem.indexOf('*') >= 0) {
      throw new InvalidSearchException("“" + word + "”: * works only at the end of a word, as in insurg*.");
    }
    if (stem.codePointCount(0, stem.length()) < 2) {
      throw new InvalidSearchException("“" + word + "”: type at least two letters before *.");
    }
    return new Prefix(field, stem);
  }

  private QueryNode count(QueryNode n) {
    if (++clauses > MAX_CLAUSES) {
      throw new InvalidSearchException("The query has more than " + MAX_CLAUSES + " terms; "
          + "shorten it or use facet filters.");
    }
    return n;
  }

  private Kind peek() {
    return tokens.get(pos).kind();
  }

  private boolean accept(Kind kind) {
    if (pos < tokens.size() && peek() == kind) {
      pos++;
      return true;
    }
    return false;
  }

  /** Splits the input into tokens; a separate small class so the grammar above reads on its own. */
  private static final class QueryTokens {
    private final String s;
    private final List<String> notes;
    private int i;

    QueryTokens(String s, List<String> notes) {
      this.s = s;
      this.notes = notes;
    }

    List<Token> tokens() {
      List<Token> out = new ArrayList<>();
      while (true) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        if (i >= s.length()) return out;
        char sign = 0;
        char c = s.charAt(i);
        if ((c == '-' || c == '+' || c == '!') && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
          sign = c == '+' ? '+' : '-';
          c = s.charAt(++i);
        }
        if (c == '(') {
          i++;
          out.add(new Token(Kind.OPEN, "(", sign, null, 0));
        } else if (c == ')') {
          i++;
          out.add(new Token(Kind.CLOSE, ")", (char) 0, null, 0));
        } else if (c == '"') {
          out.add(phrase(sign, null));
        } else {
          out.add(word(sign));
        }
      }
    }

    private Token word(char sign) {
      int start = i;
      while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "()\"".indexOf(s.charAt(i)) < 0) i++;
      String w = s.substring(start, i);
      if (i < s.length() && s.charAt(i) == '"' && w.endsWith(":") && w.length() > 1) {
        return phrase(sign, w.substring(0, w.length() - 1)); // field:"a phrase"
      }
      if (sign == 0) {
        switch (w) {
          case "OR", "|", "||" -> { return new Token(Kind.OR, w, sign, null, 0); }
          case "AND", "&", "&&" -> { return new Token(Kind.AND, w, sign, null, 0); }
          case "NOT" -> { return new Token(Kind.NOT, w, sign, null, 0); }
          default -> { }
        }
      }
      return new Token(Kind.WORD, w, sign, null, 0);
    }

    private Token phrase(char sign, String field) {
      int end = s.indexOf('"', i + 1);
      String text;
      if (end < 0) {
        notes.add("A missing closing quote was added at the end.");
        text = s.substring(i + 1);
        i = s.length();
      } else {
        text = s.substring(i + 1, end);
        i = end + 1;
      }
      int slop = 0;
      if (i < s.length() && s.charAt(i) == '~') {
        int start = ++i;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && i - start < 4) i++;
        slop = i > start ? Math.min(Integer.parseInt(s.substring(start, i)), MAX_SLOP) : 2;
      }
      return new Token(Kind.PHRASE, text, sign, field, slop);
    }
  }
}
