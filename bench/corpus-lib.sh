# Sourced by the benchmark scripts. replicate_corpus N DEST: copies the reports of corpus/ into DEST/copyK/ as many
# times as it takes to reach at least N files (a stand-in corpus until generate-corpus exists); prints the copies.
replicate_corpus() {
  local target="$1" dest="$2" f d c copies
  local -a files
  mapfile -t files < <(cd corpus && find . -type f \( -name '*.html' -o -name '*.txt' -o -name '*.eml' \
    -o -name '*.pdf' -o -name '*.docx' -o -name '*.odt' -o -name '*.rtf' \) | sort)
  copies=$(( (target + ${#files[@]} - 1) / ${#files[@]} ))
  for ((c = 0; c < copies; c++)); do
    for f in "${files[@]}"; do
      d="$dest/copy$c/$(dirname "$f")"; mkdir -p "$d"; cp "corpus/$f" "$d/"
    done
  done
  echo "$copies"
}
