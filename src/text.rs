//! Text views over an untouched original: the folded view used for matching,
//! sentence segmentation, and the map from byte offsets back to the character
//! offsets that NIF publishes.
//!
//! Everything here works on byte offsets into the *original* text; the folded
//! view carries a map back so that a match found in it names the original
//! span. `text` does no IO and never allocates per character beyond the
//! folded string and its map.

use std::ops::Range;

use unicode_normalization::char::decompose_canonical;

/// A byte span into the original text.
pub type Span = Range<usize>;

/// The folded view of a text: lower case, accents stripped, typographic
/// apostrophes, hyphens and spaces made ASCII, runs of white space squeezed
/// to one space. `origin[i]` is the original byte offset of folded byte `i`;
/// `origin[folded.len()]` is the original length.
#[derive(Debug, Clone)]
pub struct Folded {
    pub folded: String,
    origin: Vec<u32>,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let mut folded = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        let mut last_space = false;
        for (at, c) in original.char_indices() {
            if is_space(c) {
                if !last_space {
                    folded.push(' ');
                    origin.push(at as u32);
                }
                last_space = true;
                continue;
            }
            last_space = false;
            let before = folded.len();
            fold_char(c, &mut folded);
            for _ in before..folded.len() {
                origin.push(at as u32);
            }
        }
        origin.push(original.len() as u32);
        Folded { folded, origin }
    }

    /// Maps a span of the folded view back to the original text. The end maps
    /// to the end of the last original character that the span covers.
    pub fn to_original(&self, span: Span, original: &str) -> Span {
        let start = self.origin[span.start] as usize;
        let end = if span.end == 0 {
            0
        } else {
            let last = self.origin[span.end - 1] as usize;
            last + original[last..].chars().next().map_or(0, char::len_utf8)
        };
        start..end.max(start)
    }

    /// The folded byte offset of the first folded byte at or after an
    /// original byte offset.
    pub fn from_original(&self, at: usize) -> usize {
        self.origin.partition_point(|&o| (o as usize) < at)
    }
}

/// Folds a whole string (for lexicon forms and names). Same rules as
/// [`Folded::new`], then trimmed.
pub fn fold(s: &str) -> String {
    Folded::new(s).folded.trim().to_string()
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{200A}' | '\u{2007}')
}

fn fold_char(c: char, out: &mut String) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}' => out.push('\''),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' | '\u{00AD}' => out.push('-'),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            for l in c.to_lowercase() {
                decompose_canonical(l, |d| {
                    if !is_combining_mark(d) {
                        out.push(d)
                    }
                });
            }
        }
    }
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// A stable ASCII slug of a name: folded, runs of anything but letters and
/// digits made one `-` ("Dmitri Peskov" -> "dmitri-peskov").
pub fn slug(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    for part in folded.split(|c: char| !c.is_ascii_alphanumeric()).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(part);
    }
    out
}

/// Prepositions that govern the noun phrase after them (folded).
pub const PREPOSITIONS: &[&str] = &[
    "a", "au", "aux", "avec", "de", "du", "des", "d", "en", "dans", "par", "pour", "contre", "sur", "vers", "chez",
    "entre", "envers", "selon", "apres", "avant", "depuis", "pres", "sans", "sous", "malgre", "devant", "derriere",
    "pendant", "durant", "parmi", "via", "outre",
];

/// The preposition that governs what follows a folded prefix: "dans la" and
/// "à l'" give "dans" and "a"; "le président" gives nothing. Determiners are
/// skipped; only the last three words are read.
pub fn governing_preposition(prefix: &str) -> Option<&str> {
    preposition_before(prefix, 3, |_| false)
}

/// The preposition among the last `n` words of a folded prefix, past
/// determiners, kinds of media and the words `skip` also passes over
/// (titles before a person's name, for one).
pub fn preposition_before(prefix: &str, n: usize, skip: impl Fn(&str) -> bool) -> Option<&str> {
    prefix
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .rev()
        // ("la visite de Mme Choe", "par l'agence officielle KCNA": a
        // courtesy title or "official" does not count among the words.)
        .filter(|w| !matches!(*w, "m" | "mme" | "mlle" | "officiel" | "officielle"))
        .take(n)
        // "par l'agence Interfax", "au quotidien Kommersant": the kind of
        // medium before a name is part of the complement.
        .find(|w| {
            !skip(w)
                && !matches!(
                    *w,
                    "le" | "la"
                        | "les"
                        | "l"
                        | "un"
                        | "une"
                        | "ses"
                        | "son"
                        | "sa"
                        | "leur"
                        | "leurs"
                        | "agence"
                        | "journal"
                        | "quotidien"
                        | "hebdomadaire"
                        | "chaine"
                        | "radio"
                        | "television"
                        | "site"
                        | "magazine"
                )
        })
        .filter(|w| PREPOSITIONS.contains(w))
}

/// True when `c` is part of a word for boundary checks (letters and digits).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `span` of `s` starts and ends on word boundaries.
pub fn on_word_boundaries(s: &str, span: &Span) -> bool {
    let before = s[..span.start].chars().next_back();
    let after = s[span.end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// Converts byte offsets to character (Unicode scalar) offsets, as NIF wants.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of every 64th character, for a short scan from there.
    checkpoints: Vec<usize>,
}

impl CharIndex {
    pub fn new(s: &str) -> CharIndex {
        let checkpoints = s.char_indices().step_by(64).map(|(b, _)| b).collect();
        CharIndex { checkpoints }
    }

    pub fn char_offset(&self, s: &str, byte: usize) -> usize {
        let block = self.checkpoints.partition_point(|&b| b <= byte).saturating_sub(1);
        let from = self.checkpoints.get(block).copied().unwrap_or(0);
        block * 64 + s[from..byte].chars().count()
    }
}

/// Abbreviations after which a period does not end a sentence (folded, without
/// the period).
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "ndlr", "ndt", "etc", "cf", "av",
    "apr", "env", "vol", "p", "pp", "no", "n°", "art", "al", "gen", "col", "lt", "cdt", "sgt", "adm", "jr", "sr",
    "dept", "min", "max", "approx", "ex", "fig", "ibid", "j.-c", "vs", "mr", "mrs", "ms", "prof", "gal", "ste", "chap",
    "ed", "ref",
];

/// Splits a block (one paragraph or line of the body, as a byte span of
/// `text`) into sentences. Periods after abbreviations and initials do not
/// end a sentence; nor does anything inside guillemets or typographic
/// quotes, unless the quote itself closes after terminal punctuation.
pub fn sentences(text: &str, block: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let body = &text[block.clone()];
    let mut start = 0usize;
    let mut depth: i32 = 0;
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        match c {
            '«' | '“' => depth += 1,
            '»' | '”' => {
                depth = (depth - 1).max(0);
                // A quotation that closes after terminal punctuation may end
                // the sentence: «Fini.» Puis...
                let before = body[..at].trim_end_matches(is_space).chars().next_back();
                if depth == 0 && matches!(before, Some('.' | '!' | '?' | '…')) {
                    let end = at + c.len_utf8();
                    if ends_sentence(body, at, '!', &chars, i + 1) {
                        push_trimmed(&mut out, body, start..end, block.start);
                        start = end;
                    }
                }
            }
            _ => {}
        }
        let terminal = matches!(c, '.' | '!' | '?' | '…');
        if terminal && depth == 0 {
            // Extend over a run of terminal punctuation and closing quotes.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…' | ')') {
                j += 1;
            }
            let end = chars.get(j).map_or(body.len(), |&(b, _)| b);
            if ends_sentence(body, at, c, &chars, j) {
                push_trimmed(&mut out, body, start..end, block.start);
                start = end;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(&mut out, body, start..body.len(), block.start);
    out
}

fn ends_sentence(body: &str, at: usize, c: char, chars: &[(usize, char)], next: usize) -> bool {
    // What follows must be white space then something that can start a
    // sentence (upper case, a digit, an opening quote or dash), or the end.
    let mut k = next;
    if k >= chars.len() {
        return true;
    }
    if !is_space(chars[k].1) {
        return false;
    }
    while k < chars.len() && is_space(chars[k].1) {
        k += 1;
    }
    let Some(&(_, following)) = chars.get(k) else {
        return true;
    };
    if !(following.is_uppercase()
        || following.is_ascii_digit()
        || matches!(following, '«' | '“' | '"' | '—' | '–' | '-' | '('))
    {
        return false;
    }
    if c != '.' {
        return true;
    }
    // The word before the period: an abbreviation or a single-letter initial
    // does not end the sentence.
    let word_start = body[..at]
        .char_indices()
        .rev()
        .find(|&(_, ch)| !(ch.is_alphanumeric() || ch == '-' || ch == '.' || ch == '°'))
        .map_or(0, |(b, ch)| b + ch.len_utf8());
    let word = &body[word_start..at];
    if word.is_empty() {
        return true;
    }
    let folded = fold(word);
    if ABBREVIATIONS.contains(&folded.as_str()) {
        return false;
    }
    let letters: Vec<char> = word.chars().filter(|ch| ch.is_alphabetic()).collect();
    if letters.len() == 1 && letters[0].is_uppercase() {
        return false;
    }
    true
}

fn push_trimmed(out: &mut Vec<Span>, body: &str, span: Span, base: usize) {
    let piece = &body[span.clone()];
    let lead = piece.len() - piece.trim_start_matches(is_space).len();
    let trail = piece.len() - piece.trim_end_matches(is_space).len();
    if lead + trail < piece.len() {
        out.push(base + span.start + lead..base + span.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_normalizes_typography() {
        assert_eq!(fold("Nord\u{2011}Coréens"), "nord-coreens");
        assert_eq!(fold("l\u{2019}Ukraine"), "l'ukraine");
        assert_eq!(fold("10\u{202F}000  soldats"), "10 000 soldats");
        assert_eq!(fold("Œuvre  ÉTAT"), "oeuvre etat");
    }

    #[test]
    fn folded_spans_map_back() {
        let s = "Le  président\u{00A0}russe Vladimir Poutine";
        let f = Folded::new(s);
        let at = f.folded.find("poutine").unwrap();
        let span = f.to_original(at..at + "poutine".len(), s);
        assert_eq!(&s[span], "Poutine");
        let at = f.folded.find("president russe").unwrap();
        let span = f.to_original(at..at + "president russe".len(), s);
        assert_eq!(&s[span], "président\u{00A0}russe");
    }

    #[test]
    fn prepositions_govern_past_determiners() {
        assert_eq!(governing_preposition("il est arrive dans la"), Some("dans"));
        assert_eq!(governing_preposition("selon l'"), Some("selon"));
        assert_eq!(governing_preposition("le porte-parole du"), Some("du"));
        assert_eq!(governing_preposition("le president"), None);
        assert_eq!(governing_preposition(""), None);
    }

    #[test]
    fn char_offsets_count_scalars() {
        let s = "é".repeat(200) + "x";
        let idx = CharIndex::new(&s);
        assert_eq!(idx.char_offset(&s, s.len() - 1), 200);
        assert_eq!(idx.char_offset(&s, 0), 0);
        assert_eq!(idx.char_offset(&s, 130), 65);
    }

    fn split(s: &str) -> Vec<&str> {
        sentences(s, 0..s.len()).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn segmentation_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Il pleut. Il vente.", &["Il pleut.", "Il vente."]),
            ("M. Dupont est venu. Mme Durand aussi.", &["M. Dupont est venu.", "Mme Durand aussi."]),
            ("Le nom (NDLR. officiel) reste. Fin.", &["Le nom (NDLR. officiel) reste.", "Fin."]),
            ("Serhii K. a été arrêté. Puis libéré.", &["Serhii K. a été arrêté.", "Puis libéré."]),
            (
                "« Nous gagnerons. Toujours. » a-t-il dit. Ensuite rien.",
                &["« Nous gagnerons. Toujours. » a-t-il dit.", "Ensuite rien."],
            ),
            ("Il a dit : «Fini.» Puis il est parti.", &["Il a dit : «Fini.»", "Puis il est parti."]),
            ("Prix 3.5 millions. Oui.", &["Prix 3.5 millions.", "Oui."]),
            ("etc. et la suite.", &["etc. et la suite."]),
        ];
        for (input, want) in cases {
            assert_eq!(&split(input), want, "input: {input}");
        }
    }
}
