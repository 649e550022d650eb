//! Figures: numbers with what they count. "10 000 soldats", "10.000",
//! "environ 3 500 soldats sud-coréens seraient morts", "plus de 40 000
//! tués et blessés", "un millier de soldats", "des milliers de soldats", "de
//! 12 000 à plus de 18 000 troupes". A number counts only when a unit of
//! `units.tsv` (or a nationality noun, "8 000 Nord-Coréens") follows it:
//! years, days and ages are not figures.
//!
//! Works on the folded view; `figures` does no IO.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::text::Span;

/// How the text hedges a figure (the gold format's qualifiers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Qualifier {
    Exact,
    About,
    MoreThan,
    AtLeast,
    UpTo,
    LessThan,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more than",
            Qualifier::AtLeast => "at least",
            Qualifier::UpTo => "up to",
            Qualifier::LessThan => "less than",
        }
    }
}

/// A row of `units.tsv`.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Folded forms, longest first.
    pub forms: Vec<String>,
    pub what: String,
    pub event: Option<String>,
}

/// A number and what it counts, in folded offsets.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RawFigure {
    pub folded: Span,
    /// The unit phrase, folded offsets.
    pub unit_span: Span,
    pub value: Option<u64>,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub qualifier: Qualifier,
    /// The unit's key (soldiers, killed, shells...), or `people` for a
    /// nationality noun.
    pub what: String,
    pub event: Option<String>,
    /// A vague amount ("des milliers"): `value` is a lower bound.
    pub vague: bool,
}

const SMALL: &[(&str, u64)] = &[
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
    ("cent", 100),
    ("cents", 100),
    ("mille", 1000),
];

/// (folded noun, value, vague, qualifier) for amounts said in words.
const AMOUNTS: &[(&str, u64, bool, Qualifier)] = &[
    ("une dizaine", 10, false, Qualifier::About),
    ("une douzaine", 12, false, Qualifier::About),
    ("une quinzaine", 15, false, Qualifier::About),
    ("une vingtaine", 20, false, Qualifier::About),
    ("une trentaine", 30, false, Qualifier::About),
    ("une quarantaine", 40, false, Qualifier::About),
    ("une cinquantaine", 50, false, Qualifier::About),
    ("une soixantaine", 60, false, Qualifier::About),
    ("une centaine", 100, false, Qualifier::About),
    ("un millier", 1000, false, Qualifier::About),
    // "le travail du millier de démineurs envoyés".
    ("le millier", 1000, false, Qualifier::About),
    ("du millier", 1000, false, Qualifier::About),
    ("la centaine", 100, false, Qualifier::About),
    ("une dizaine de milliers", 10_000, false, Qualifier::About),
    ("une vingtaine de milliers", 20_000, false, Qualifier::About),
    ("une centaine de milliers", 100_000, false, Qualifier::About),
    ("un million", 1_000_000, false, Qualifier::Exact),
    ("un milliard", 1_000_000_000, false, Qualifier::Exact),
    ("des dizaines", 10, true, Qualifier::MoreThan),
    ("des centaines", 100, true, Qualifier::MoreThan),
    ("plusieurs centaines", 100, true, Qualifier::MoreThan),
    ("des milliers", 1000, true, Qualifier::MoreThan),
    ("plusieurs milliers", 1000, true, Qualifier::MoreThan),
    ("des dizaines de milliers", 10_000, true, Qualifier::MoreThan),
    ("plusieurs dizaines de milliers", 10_000, true, Qualifier::MoreThan),
];

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    // "un" and "une" are no number words: they have a group of their own
    // (`one`), read below, and "un millier" is an amount.
    let words = SMALL.iter().map(|s| s.0).filter(|w| !matches!(*w, "un" | "une")).collect::<Vec<_>>().join("|");
    // Verbose mode ignores spaces, even in classes: escape them.
    // Longest first: the alternation takes the first that matches ("des
    // dizaines de milliers" before "des dizaines").
    let mut amounts = AMOUNTS.iter().map(|a| a.0).collect::<Vec<_>>();
    amounts.sort_by_key(|a| std::cmp::Reverse(a.len()));
    let amounts = amounts.iter().map(|a| regex::escape(a).replace(' ', "\\ ")).collect::<Vec<_>>().join("|");
    Regex::new(&format!(
        r"(?x)(?-u:\b)
        (?P<qual>environ|quelque|pres\ de|pres\ d'|presque|plus\ de|plus\ d'|au\ moins|pas\ moins\ de|pas\ moins\ d'|jusqu'a|moins\ de|moins\ d'|au\ total|un\ total\ de|entre|de|d')?\ ?
        (?:
          (?P<amount>{amounts})
        | (?P<num>[0-9]{{1,3}}(?:[\x20.][0-9]{{3}})+|[0-9]+(?:,[0-9]+)?)(?:\ (?P<mult>millions?|milliards?|mille))?
        | (?P<words>(?:(?:{words})(?:[\x20\-](?:{words}))*))(?:\ (?P<wmult>millions|milliards))?
        | (?P<one>une|un)
        )
        (?:\ (?:a|et)\ (?P<qual2>plus\ de\ |pres\ de\ |environ\ )?(?P<num2>[0-9]{{1,3}}(?:[\x20.][0-9]{{3}})+|[0-9]+))?
        (?:\ d'|\ de\ |\ )",
    ))
    .expect("valid regex")
});

/// Parses digits with space or dot grouping, or a decimal comma.
fn parse_digits(s: &str) -> Option<f64> {
    let cleaned: String = s.chars().filter(|c| !matches!(c, ' ' | '.')).collect();
    cleaned.replace(',', ".").parse().ok()
}

fn parse_words(s: &str) -> Option<u64> {
    let mut total = 0u64;
    let mut current = 0u64;
    for w in s.split([' ', '-']) {
        let v = SMALL.iter().find(|x| x.0 == w)?.1;
        match v {
            100 => current = current.max(1) * 100,
            1000 => {
                total += current.max(1) * 1000;
                current = 0;
            }
            _ => current += v,
        }
    }
    Some(total + current)
}

fn qualifier(q: Option<&str>) -> Qualifier {
    match q {
        Some("environ" | "quelque" | "pres de" | "pres d'" | "presque") => Qualifier::About,
        Some("plus de" | "plus d'") => Qualifier::MoreThan,
        Some("au moins" | "pas moins de" | "pas moins d'") => Qualifier::AtLeast,
        Some("jusqu'a") => Qualifier::UpTo,
        Some("moins de" | "moins d'") => Qualifier::LessThan,
        _ => Qualifier::Exact,
    }
}

/// Finds figures in a folded text. `units` are the rows of `units.tsv`;
/// `is_nationality` tells whether a folded word is a nationality noun.
pub fn find(folded: &str, units: &[Unit], is_nationality: &dyn Fn(&str) -> bool) -> Vec<RawFigure> {
    let mut out: Vec<RawFigure> = Vec::new();
    let mut pos = 0;
    while let Some(c) = NUMBER.captures_at(folded, pos) {
        let m = c.get(0).expect("group 0");
        pos = if m.end() > pos { m.end() } else { pos + 1 };
        while pos < folded.len() && !folded.is_char_boundary(pos) {
            pos += 1;
        }
        // "à partir d'octobre 2024 et environ 4 700 d'entre eux": a year is
        // no figure, nor the start of a range; read on after it.
        if let Some(n) = c.name("num") {
            let year = n.as_str().len() == 4
                && n.as_str().parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
                && folded[..n.start()]
                    .split(|ch: char| !ch.is_alphanumeric())
                    .rfind(|w| !w.is_empty())
                    .is_some_and(|w| crate::time::is_calendar_word(w) || matches!(w, "en" | "depuis" | "an" | "annee"));
            if year {
                pos = n.end();
                continue;
            }
        }
        let qual_text = c.name("qual").map(|q| q.as_str());
        // "un" and "une" are articles far more often than counts; they count
        // one after "au moins", before a toll's own noun ("a fait un mort et
        // quatre blessés", "d'un civil blessé"), and for a captive ("un
        // soldat nord-coréen a été fait prisonnier").
        if let Some(one) = c.name("one") {
            let after = &folded[one.end()..];
            let after = after.trim_start();
            let after = &after[..after.char_indices().nth(90).map_or(after.len(), |(i, _)| i)];
            let word = |w: &str| after.starts_with(w) && !after[w.len()..].starts_with(char::is_alphanumeric);
            let toll = ["mort", "blesse", "blessee", "victime", "tue", "tuee", "civil blesse", "civil tue"]
                .iter()
                .any(|w| word(w));
            // ("ont capturé dimanche un soldat nord-coréen": the verb before.)
            let from = one.start().saturating_sub(30);
            let from = (from..=one.start()).find(|&i| folded.is_char_boundary(i)).unwrap_or(one.start());
            let captive = ["soldat", "militaire", "combattant", "prisonnier"].iter().any(|w| word(w))
                && (after.contains("captur")
                    || after.contains("fait prisonnier")
                    || folded[from..one.start()].contains("captur"));
            // ("l'un blessé à la mâchoire, l'autre ...": one of those told of.)
            let head = &folded[..one.start()];
            let elided = head.strip_suffix("l'").is_some_and(|h| !h.ends_with(char::is_alphanumeric));
            if elided || !(qual_text == Some("au moins") || toll || captive) {
                continue;
            }
        }
        let mut q = qualifier(qual_text);
        let (mut value, mut vague) = (None, false);
        if c.name("one").is_some() {
            value = Some(1);
        } else if let Some(a) = c.name("amount") {
            if let Some(&(_, v, vg, aq)) = AMOUNTS.iter().find(|x| x.0 == a.as_str()) {
                value = Some(v);
                vague = vg;
                if q == Qualifier::Exact {
                    q = aq;
                }
            }
        } else if let Some(n) = c.name("num") {
            let mult = match c.name("mult").map(|m| m.as_str()) {
                Some(m) if m.starts_with("million") => 1e6,
                Some(m) if m.starts_with("milliard") => 1e9,
                Some("mille") => 1e3,
                _ => 1.0,
            };
            value = parse_digits(n.as_str()).map(|v| (v * mult).round() as u64);
        } else if let Some(w) = c.name("words") {
            // "deux millions d'obus".
            let mult = match c.name("wmult").map(|m| m.as_str()) {
                Some("millions") => 1_000_000,
                Some("milliards") => 1_000_000_000,
                _ => 1,
            };
            value = parse_words(w.as_str()).map(|v| v * mult);
            // "les deux pays" names things already mentioned.
            let before = folded[..m.start()].trim_end();
            let det = before.rsplit(' ').next().unwrap_or("");
            // ("Les deux soldats nord-coréens capturés en janvier": captives
            // are counted, even named again.)
            let after = &folded[m.end()..];
            let after = &after[..after.char_indices().nth(90).map_or(after.len(), |(i, _)| i)];
            // ("Les deux Nord-Coréens capturés": a nationality noun too.)
            let noun: String = after.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '-').collect();
            let captives =
                (["soldat", "militaire", "homme", "prisonnier"].iter().any(|p| after.trim_start().starts_with(p))
                    || is_nationality(&noun))
                    && (after.contains("captur") || after.contains("prisonnier"));
            if matches!(det, "les" | "ces" | "leurs" | "nos" | "vos" | "ses" | "des") && !captives {
                continue;
            }
        }
        let Some(v) = value else { continue };
        // The unit right after the number, or after "le nombre de" or
        // "autres" ("évalue à environ 11 000 le nombre de militaires", "et
        // 800 autres blessés").
        let rest = &folded[m.end()..];
        // "4 000 de leurs hommes": a possessive before the noun.
        let skip = [
            "le nombre de ",
            "le nombre d'",
            "le total de ",
            "le bilan de ",
            "autres ",
            "leurs ",
            "nos ",
            "ses ",
            // "à près de 5 000 celui des blessés".
            "celui des ",
            "celui de ",
            "celle des ",
            "celle de ",
        ]
        .iter()
        .find(|p| rest.starts_with(**p))
        .map_or(0, |p| p.len());
        let rest = &rest[skip..];
        let unit = units
            .iter()
            .flat_map(|u| u.forms.iter().map(move |f| (u, f)))
            .filter(|(_, f)| {
                rest.starts_with(f.as_str()) && !rest[f.len()..].starts_with(|c: char| c.is_alphanumeric())
            })
            .max_by_key(|(_, f)| f.len())
            .map(|(u, f)| (u, f.len()));
        let (what, event, unit_len) = match unit {
            Some((u, len)) => (u.what.clone(), u.event.clone(), len),
            None => {
                let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '-').collect();
                // "quelque 2 000 d'entre eux y auraient perdu la vie".
                let verb_next = matches!(
                    word.as_str(),
                    "seraient" | "sont" | "ont" | "auraient" | "avaient" | "etaient" | "furent" | "y" | "en"
                ) || ["d'entre eux ", "d'entre elles ", "entre eux ", "entre elles "]
                    .iter()
                    .any(|p| rest.starts_with(p));
                // "sur les quelque 15 000 envoyés en Russie": soldiers, unsaid
                // ("7 000 déjà positionnés": past an adverb).
                let participle = rest
                    .split_whitespace()
                    .find(|w| !matches!(*w, "deja" | "desormais" | "encore" | "aujourd'hui" | "actuellement"))
                    .unwrap_or("")
                    .trim_end_matches([',', '.', ';']);
                let sent = matches!(
                    participle,
                    "envoyes"
                        | "deployes"
                        | "depeches"
                        | "achemines"
                        | "mobilises"
                        | "stationnes"
                        | "engages"
                        | "positionnes"
                        | "postes"
                );
                // "tuant au moins sept autres civils", "en blessant plus de
                // quarante personnes": a figure after a verb of casualties.
                let head_word = folded[..m.start()].split(|ch: char| !ch.is_alphanumeric()).rfind(|w| !w.is_empty());
                let toll = match head_word {
                    Some("tuant" | "tue" | "tues" | "tuee" | "tuees") => Some("killed"),
                    Some("blessant" | "blesse" | "blesses" | "blessee" | "blessees") => Some("wounded"),
                    _ => None,
                };
                if !word.is_empty() && is_nationality(&word) {
                    ("people".to_string(), None, word.len())
                } else if let Some(t) = toll {
                    (t.to_string(), Some("Casualties".to_string()), 0)
                } else if sent {
                    ("soldiers".to_string(), Some("TroopDeployment".to_string()), 0)
                } else if !verb_next {
                    continue;
                } else {
                    // "au moins 4 000 seraient morts": a toll whose noun is the
                    // verb after it (found below, or the figure is dropped).
                    (String::new(), None, 0)
                }
            }
        };
        let mut unit_len = unit_len + skip;
        // A casualty word a few words on turns soldiers into killed or
        // wounded: "3 500 soldats sud-coreens seraient morts".
        let (mut what, mut event) = (what, event);
        let tail_end = (m.end() + unit_len + 60).min(folded.len());
        let tail_end = (tail_end..=folded.len()).find(|&i| folded.is_char_boundary(i)).unwrap_or(folded.len());
        let tail = &folded[m.end() + unit_len..tail_end];
        // The casualty word belongs to the figure's own clause: not after
        // "pour", "afin" ("3 000 hommes pour combler ces pertes").
        let clause_end = [",", ";", ".", ":", " pour ", " afin ", " apres ", " avant "]
            .iter()
            .filter_map(|p| tail.find(p))
            .min()
            .unwrap_or(tail.len());
        // "les pertes ... oscillent entre 4 000 et 5 000 hommes": a casualty
        // noun just before the figure, in the same clause, counts too.
        let head_start = m.start().saturating_sub(50);
        let head_start = (head_start..=m.start()).find(|&i| folded.is_char_boundary(i)).unwrap_or(m.start());
        let head = &folded[head_start..m.start()];
        let head = &head[head.rfind([',', ';', '.', ':']).map_or(0, |i| i + 1)..];
        let casualty_before = units
            .iter()
            .filter(|u| u.event.as_deref() == Some("Casualties"))
            .find(|u| u.forms.iter().any(|f| f.starts_with("perte") && word_find(head, f).is_some()));
        if let (Some(u), true) = (casualty_before, event.as_deref() == Some("TroopDeployment")) {
            what = u.what.clone();
            event = u.event.clone();
        }
        // "deux militaires blessés sont capturés": the wounded are taken, not counted dead.
        // "la capture de deux militaires blessés": so is a capture just before.
        let captured = ["captur", "prisonnier", "fait prisonnier", "faits prisonniers"]
            .iter()
            .any(|w| tail[..clause_end].contains(w))
            || {
                let h = head.trim_end();
                let h = h.strip_suffix(" de").or_else(|| h.strip_suffix(" d'")).unwrap_or(h);
                h.ends_with("capture") || h.ends_with("captures")
            }
            // ("ont capturé dimanche deux soldats blessés": the verb before.)
            || [" a capture ", " ont capture ", " avoir capture "].iter().any(|w| head.contains(w));
        // ("militaires blessés" is a unit of its own: captives are soldiers.)
        if captured && event.as_deref() == Some("Casualties") && matches!(what.as_str(), "wounded" | "killed") {
            what = "soldiers".to_string();
            event = Some("TroopDeployment".to_string());
        }
        if event.as_deref() != Some("Casualties") && !captured {
            // The first casualty word, in its longest form ("morts ou blessés").
            let found = units
                .iter()
                .filter(|u| u.event.as_deref() == Some("Casualties"))
                .flat_map(|u| {
                    u.forms.iter().filter_map(move |f| word_find(&tail[..clause_end], f).map(|at| (at, f.len(), u)))
                })
                .min_by_key(|&(at, len, _)| (at, std::cmp::Reverse(len)));
            if let Some((at, len, u)) = found.filter(|&(at, _, _)| at <= 40) {
                what = u.what.clone();
                event = u.event.clone();
                unit_len += at + len;
            }
        }
        // "Environ 8 000 d'entre eux se trouvent déjà dans la région": with
        // no casualty word, the soldiers counted just before.
        // (The pattern may have taken the "d'" already.)
        let among =
            ["d'entre eux ", "d'entre elles ", "entre eux ", "entre elles "].iter().find(|p| rest.starts_with(**p));
        if let (true, Some(p)) = (what.is_empty(), among) {
            if let Some(f) = out.last().filter(|f| f.what == "soldiers" && f.folded.end + 400 >= m.start()) {
                what = f.what.clone();
                event = f.event.clone();
                unit_len = skip + p.len() - 1;
            }
        }
        if what.is_empty() {
            continue;
        }
        // One captive counts the capture told of; alone it tells of no troops sent.
        if c.name("one").is_some() && event.as_deref() == Some("TroopDeployment") {
            what = "captive".to_string();
            event = None;
        }
        let (mut min, mut max) = (None, None);
        if let Some(n2) = c.name("num2").and_then(|n| parse_digits(n.as_str())) {
            min = Some(v);
            max = Some(n2 as u64);
            if c.name("qual2").is_some() {
                q = Qualifier::MoreThan;
            }
        }
        let value = if min.is_some() { None } else { Some(v) };
        // "de 10 000" alone is not a qualifier; "de 10 000 à 15 000" is a range.
        if qual_text == Some("de") && min.is_none() {
            q = Qualifier::Exact;
        }
        // The figure starts at its qualifier, else at the number itself (not at
        // a space the pattern allowed before it, which may lie outside the sentence).
        let number_start =
            ["amount", "num", "words", "one"].iter().find_map(|g| c.name(g)).map_or(m.start(), |g| g.start());
        let start = match c.name("qual") {
            Some(q) if !(qual_text == Some("de") && min.is_none()) => q.start(),
            _ => number_start,
        };
        out.push(RawFigure {
            folded: start..m.end() + unit_len,
            unit_span: m.end()..m.end() + unit_len,
            value,
            min,
            max,
            qualifier: q,
            what,
            event,
            vague,
        });
    }
    out
}

/// The position of `word` in `s` on word boundaries.
fn word_find(s: &str, word: &str) -> Option<usize> {
    s.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = s[..i].chars().next_back();
        let after = s[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    fn units() -> Vec<Unit> {
        let u = |forms: &[&str], what: &str, event: &str| Unit {
            forms: forms.iter().map(|f| fold(f)).collect(),
            what: what.into(),
            event: Some(event.into()),
        };
        vec![
            u(&["soldats", "troupes", "militaires"], "soldiers", "TroopDeployment"),
            u(&["tués et blessés", "tués", "morts"], "killed", "Casualties"),
            u(&["obus"], "shells", "Supply"),
            u(&["députés", "voix"], "lawmakers", "Ratification"),
        ]
    }

    fn figures(text: &str) -> Vec<(Option<u64>, Option<u64>, Option<u64>, &'static str, String)> {
        let nat = |w: &str| w == "nord-coreens";
        find(&fold(text), &units(), &nat)
            .into_iter()
            .map(|f| (f.value, f.min, f.max, f.qualifier.as_str(), f.what))
            .collect()
    }

    #[test]
    fn a_figure_starts_at_its_number_or_qualifier() {
        let nat = |_: &str| false;
        let text = fold("fin.\n\nDeux soldats ; puis environ 300 soldats");
        let found = find(&text, &units(), &nat);
        let starts: Vec<&str> = found.iter().map(|f| &text[f.folded.clone()]).collect();
        assert_eq!(starts, ["deux soldats", "environ 300 soldats"]);
    }

    #[test]
    fn figure_table() {
        let s = |x: &str| x.to_string();
        let cases: Vec<(&str, Vec<(Option<u64>, Option<u64>, Option<u64>, &str, String)>)> = vec![
            ("un contingent de 10\u{202F}000 soldats", vec![(Some(10_000), None, None, "exact", s("soldiers"))]),
            ("environ 3 500 soldats nord-coréens seraient morts", vec![(Some(3500), None, None, "about", s("killed"))]),
            ("plus de 52.000 tués et blessés", vec![(Some(52_000), None, None, "more than", s("killed"))]),
            ("des milliers de soldats", vec![(Some(1000), None, None, "more than", s("soldiers"))]),
            ("un millier de soldats", vec![(Some(1000), None, None, "about", s("soldiers"))]),
            (
                "allant de 12 000 à plus de 18 000 troupes",
                vec![(None, Some(12_000), Some(18_000), "more than", s("soldiers"))],
            ),
            ("environ 8 000 Nord‑Coréens auraient été envoyés", vec![(Some(8_000), None, None, "about", s("people"))]),
            ("deux mille obus", vec![(Some(2000), None, None, "exact", s("shells"))]),
            ("1,5 million d'obus", vec![(Some(1_500_000), None, None, "exact", s("shells"))]),
            ("le 26 avril 2025, âgé de 49 ans, en 2024", vec![]),
            ("plus d'un million d'obus", vec![(Some(1_000_000), None, None, "more than", s("shells"))]),
            ("deux millions d'obus", vec![(Some(2_000_000), None, None, "exact", s("shells"))]),
            ("au moins 4 000 seraient morts ou blessés", vec![(Some(4000), None, None, "at least", s("killed"))]),
            ("par 412 voix", vec![(Some(412), None, None, "exact", s("lawmakers"))]),
            ("quelque 2 000 d'entre eux auraient été tués", vec![(Some(2000), None, None, "about", s("killed"))]),
            ("deux soldats tués puis capturés", vec![(Some(2), None, None, "exact", s("soldiers"))]),
            ("en octobre 2024 et environ 4 700 soldats", vec![(Some(4700), None, None, "about", s("soldiers"))]),
            ("tuant au moins sept autres", vec![(Some(7), None, None, "at least", s("killed"))]),
            ("la capture de deux soldats tués", vec![(Some(2), None, None, "exact", s("soldiers"))]),
            ("le 12 mars deux soldats", vec![(Some(2), None, None, "exact", s("soldiers"))]),
            ("des dizaines de milliers de soldats", vec![(Some(10_000), None, None, "more than", s("soldiers"))]),
            ("une dizaine de milliers de soldats", vec![(Some(10_000), None, None, "about", s("soldiers"))]),
            ("quelque 4.000 de leurs soldats tués", vec![(Some(4000), None, None, "about", s("killed"))]),
            ("les quelque 15 000 envoyés en Russie", vec![(Some(15_000), None, None, "about", s("soldiers"))]),
        ];
        for (text, want) in cases {
            assert_eq!(figures(text), want, "{text}");
        }
    }
}
