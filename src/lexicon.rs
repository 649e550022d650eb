//! The entity lexicon: knowledge kept as data (`data/lexicon/*.tsv`, format in
//! its README) and compiled once into one Aho-Corasick automaton over folded
//! surface forms.
//!
//! A surface form has one or more [`Sense`]s: a named entity, a demonym
//! pointing to a country, an office of a country (resolved to its holder on
//! the article's date), or "the counterpart" of a country. The automaton is
//! built once and searched many times; `lexicon` does no IO after [`Lexicon::load`].

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use jiff::civil::Date;
use serde::Serialize;

use crate::error::LexiconError;
use crate::figures::Unit;
use crate::text::{fold, on_word_boundaries, Span};

/// The seven entity types of the ontology.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityType {
    Person,
    Organization,
    Country,
    Place,
    Agreement,
    MilitaryForce,
    Media,
}

impl EntityType {
    pub const ALL: [EntityType; 7] = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Country,
        EntityType::Place,
        EntityType::Agreement,
        EntityType::MilitaryForce,
        EntityType::Media,
    ];

    pub fn name(self) -> &'static str {
        match self {
            EntityType::Person => "Person",
            EntityType::Organization => "Organization",
            EntityType::Country => "Country",
            EntityType::Place => "Place",
            EntityType::Agreement => "Agreement",
            EntityType::MilitaryForce => "MilitaryForce",
            EntityType::Media => "Media",
        }
    }

    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.name() == s)
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    pub key: String,
    pub kind: EntityType,
    pub en: String,
    pub fr: String,
    pub wikidata: Option<String>,
    pub aliases: Vec<String>,
    pub part_of: Option<usize>,
    pub stands_for: Option<usize>,
    /// For an article of a treaty: its number.
    pub article: Option<u32>,
}

#[derive(Debug, Clone)]
pub struct Role {
    pub key: String,
    pub fr: String,
    pub en: String,
}

/// An armed conflict: every country of one side is at war with every
/// country of the other, between two dates (inclusive, `None` is open).
#[derive(Debug, Clone)]
pub struct Conflict {
    pub a: Vec<usize>,
    pub b: Vec<usize>,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

/// A period of office; bounds are inclusive, `None` is open.
#[derive(Debug, Clone)]
pub struct Office {
    pub holder: usize,
    pub role: usize,
    pub country: usize,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum MentionKind {
    Name,
    Demonym,
    Descriptor,
    TitleCue,
}

impl MentionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Demonym => "demonym",
            MentionKind::Descriptor => "descriptor",
            MentionKind::TitleCue => "title-cue",
        }
    }
}

/// What a surface form can mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sense {
    Entity(usize),
    Demonym(usize),
    Office {
        role: usize,
        country: usize,
    },
    /// "son homologue nord-coréen": the holder, in that country, of the office
    /// held by the person just mentioned.
    Counterpart {
        country: usize,
    },
}

/// A row of `triggers.tsv`: a word that reports an event.
#[derive(Debug, Clone)]
pub struct Trigger {
    pub event: String,
    pub cameo: Option<String>,
    pub kind: TriggerKind,
    pub lemma: String,
    /// (cue, role) pairs: how complements attach ("direct", "a", "avec"...).
    pub objects: Vec<(String, String)>,
    pub speech: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TriggerKind {
    Verb,
    Noun,
    Adj,
}

fn read_triggers(
    rows: &Rows,
    err: &dyn Fn(&str, usize, String) -> LexiconError,
) -> Result<(Vec<Trigger>, Vec<(String, usize)>), LexiconError> {
    let mut triggers = Vec::new();
    let mut forms: Vec<(String, usize)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (line, r) in rows {
        let kind = match cell(r, "kind").as_str() {
            "verb" => TriggerKind::Verb,
            "noun" => TriggerKind::Noun,
            "adj" => TriggerKind::Adj,
            other => return Err(err("triggers.tsv", *line, format!("unknown kind {other:?}"))),
        };
        let event = cell(r, "event");
        if !crate::events::EVENT_TYPES.contains(&event.as_str()) {
            return Err(err("triggers.tsv", *line, format!("unknown event type {event:?}")));
        }
        let cues: Vec<String> = list(&cell(r, "object")).map(str::to_string).collect();
        let roles: Vec<String> = list(&cell(r, "object_role")).map(str::to_string).collect();
        let objects = cues
            .iter()
            .enumerate()
            .map(|(i, c)| (c.clone(), roles.get(i).or(roles.last()).cloned().unwrap_or_default()))
            .collect();
        let idx = triggers.len();
        triggers.push(Trigger {
            event,
            cameo: Some(cell(r, "cameo")).filter(|c| !c.is_empty()),
            kind,
            lemma: cell(r, "lemma"),
            objects,
            speech: cell(r, "speech") == "yes",
        });
        for f in list(&cell(r, "forms")) {
            let f = fold(f);
            if seen.insert(f.clone()) {
                forms.push((f, idx));
            }
        }
    }
    Ok((triggers, forms))
}

/// A raw lexicon hit in a text (before date and context resolution).
#[derive(Debug, Clone)]
pub struct Hit {
    pub span: Span,
    pub senses: Vec<Sense>,
}

pub struct Lexicon {
    pub entities: Vec<Entity>,
    pub roles: Vec<Role>,
    pub offices: Vec<Office>,
    by_key: HashMap<String, usize>,
    /// Folded full labels and aliases, for looking names up.
    by_name: HashMap<String, usize>,
    /// Folded demonym -> country.
    demonym_of: HashMap<String, usize>,
    /// Person titles ("ministre", "porte-parole", "général"), folded.
    pub titles: Vec<String>,
    matcher: AhoCorasick,
    patterns: Vec<Pattern>,
    /// Event triggers (`triggers.tsv`) and their matcher.
    pub triggers: Vec<Trigger>,
    trigger_matcher: AhoCorasick,
    trigger_of_pattern: Vec<usize>,
    /// A noun trigger whose form is also a participle of a verb trigger of
    /// the same event ("rencontré" folds to "rencontre", "visité" to
    /// "visite"): noun index -> verb index.
    pub verb_of_noun: HashMap<usize, usize>,
    /// What figures count (`units.tsv`).
    pub units: Vec<Unit>,
    /// Sides of armed conflicts (`conflicts.tsv`).
    pub conflicts: Vec<Conflict>,
    /// Office descriptors with no country ("le chef de l'État", "la ministre
    /// des Affaires étrangères"), folded, from the role templates: (form, role).
    pub bare_offices: Vec<(String, usize)>,
    /// National bodies named without their country ("le ministère des
    /// Affaires étrangères", "le ministère de l'Unification"): folded form ->
    /// the bodies of each country it names.
    pub bare_bodies: Vec<(String, Vec<usize>)>,
    /// One matcher over `bare_offices` forms, one over `bare_bodies` forms
    /// (pattern i is entry i).
    pub bare_office_matcher: AhoCorasick,
    pub bare_body_matcher: AhoCorasick,
    /// sha256 of every file read, in order: changes when the lexicon does.
    pub fingerprint: String,
}

struct Pattern {
    /// Original-case form for `=` forms (matched case-sensitively).
    exact: Option<String>,
    senses: Vec<Sense>,
}

type Rows = Vec<(usize, HashMap<String, String>)>;

/// The table files of a lexicon, in the order they are read.
pub const FILES: [&str; 8] = [
    "entities.tsv",
    "countries.tsv",
    "roles.tsv",
    "offices.tsv",
    "titles.tsv",
    "triggers.tsv",
    "units.tsv",
    "conflicts.tsv",
];

/// The lexicon compiled into the binary (`data/lexicon/`), used unless
/// `--lexicon` names another folder.
const BUNDLED: [&str; 8] = [
    include_str!("../data/lexicon/entities.tsv"),
    include_str!("../data/lexicon/countries.tsv"),
    include_str!("../data/lexicon/roles.tsv"),
    include_str!("../data/lexicon/offices.tsv"),
    include_str!("../data/lexicon/titles.tsv"),
    include_str!("../data/lexicon/triggers.tsv"),
    include_str!("../data/lexicon/units.tsv"),
    include_str!("../data/lexicon/conflicts.tsv"),
];

/// The `from` and `to` cells of a row (inclusive bounds; empty is open).
fn period(row: &HashMap<String, String>) -> Result<(Option<Date>, Option<Date>), String> {
    let bound = |col: &str, end: bool| -> Result<Option<Date>, String> {
        let v = row.get(col).map(String::as_str).unwrap_or("");
        if v.is_empty() {
            return Ok(None);
        }
        parse_bound(v, end).map(Some).ok_or_else(|| format!("bad date {v:?} in {col}"))
    };
    Ok((bound("from", false)?, bound("to", true)?))
}

fn read_tsv(dir: &str, name: &str, text: Option<&str>, hasher: &mut Vec<u8>) -> Result<Rows, LexiconError> {
    let display = format!("{dir}/{name}");
    let Some(text) = text else {
        return Ok(Vec::new());
    };
    hasher.extend_from_slice(name.as_bytes());
    hasher.extend_from_slice(text.as_bytes());
    let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with('#') && !l.trim().is_empty());
    let Some((_, header)) = lines.next() else {
        return Ok(Vec::new());
    };
    let columns: Vec<&str> = header.split('\t').map(str::trim).collect();
    let mut rows = Vec::new();
    for (i, line) in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() > columns.len() {
            return Err(LexiconError {
                path: display,
                line: i + 1,
                message: format!("{} cells, the header has {}", cells.len(), columns.len()),
            });
        }
        let row = columns
            .iter()
            .enumerate()
            .map(|(k, c)| (c.to_string(), cells.get(k).map_or("", |s| s.trim()).to_string()))
            .collect();
        rows.push((i + 1, row));
    }
    Ok(rows)
}

/// A cell by column name; a missing column reads as empty.
fn cell(row: &HashMap<String, String>, col: &str) -> String {
    row.get(col).cloned().unwrap_or_default()
}

fn list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as the first (`end = false`) or
/// last (`end = true`) day it covers.
pub fn parse_bound(s: &str, end: bool) -> Option<Date> {
    let parts: Vec<&str> = s.split('-').collect();
    let y: i16 = parts.first()?.parse().ok()?;
    match parts.len() {
        1 => Date::new(y, if end { 12 } else { 1 }, if end { 31 } else { 1 }).ok(),
        2 => {
            let m: i8 = parts[1].parse().ok()?;
            let first = Date::new(y, m, 1).ok()?;
            Some(if end { first.last_of_month() } else { first })
        }
        3 => s.parse().ok(),
        _ => None,
    }
}

const ORDINALS: &[(&str, u32)] = &[
    ("premier", 1),
    ("deuxieme", 2),
    ("second", 2),
    ("troisieme", 3),
    ("quatrieme", 4),
    ("cinquieme", 5),
    ("sixieme", 6),
    ("septieme", 7),
    ("huitieme", 8),
    ("neuvieme", 9),
    ("dixieme", 10),
];

/// The number of a treaty article named by a folded form: "article 4",
/// "article 4 du traite", "quatrieme article", "4e article".
pub fn article_number(folded: &str) -> Option<u32> {
    let words: Vec<&str> = folded.split([' ', '-']).collect();
    if words.first() == Some(&"article") {
        return words.get(1)?.parse().ok();
    }
    if words.get(1) == Some(&"article") {
        let w = words[0];
        if let Some(&(_, n)) = ORDINALS.iter().find(|(o, _)| *o == w) {
            return Some(n);
        }
        return w.trim_end_matches(|c: char| c.is_alphabetic()).parse().ok();
    }
    None
}

impl Lexicon {
    /// The lexicon bundled in the binary.
    pub fn bundled() -> Result<Lexicon, LexiconError> {
        Lexicon::from_texts("data/lexicon", BUNDLED.map(Some))
    }

    /// Reads every table of a lexicon folder (`entities.tsv` is required).
    pub fn load(dir: &Path) -> Result<Lexicon, LexiconError> {
        let mut texts: [Option<String>; 8] = Default::default();
        for (i, name) in FILES.iter().enumerate() {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(t) => texts[i] = Some(t),
                Err(e) if i > 0 && e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(LexiconError { path: path.display().to_string(), line: 0, message: e.to_string() });
                }
            }
        }
        Lexicon::from_texts(&dir.display().to_string(), texts.each_ref().map(|t| t.as_deref()))
    }

    /// Builds a lexicon from the texts of its tables, in [`FILES`] order.
    pub fn from_texts(dir: &str, texts: [Option<&str>; 8]) -> Result<Lexicon, LexiconError> {
        let mut hashed = Vec::new();
        let ent_rows = read_tsv(dir, FILES[0], texts[0], &mut hashed)?;
        let country_rows = read_tsv(dir, FILES[1], texts[1], &mut hashed)?;
        let role_rows = read_tsv(dir, FILES[2], texts[2], &mut hashed)?;
        let office_rows = read_tsv(dir, FILES[3], texts[3], &mut hashed)?;
        let title_rows = read_tsv(dir, FILES[4], texts[4], &mut hashed)?;
        let trigger_rows = read_tsv(dir, FILES[5], texts[5], &mut hashed)?;
        let unit_rows = read_tsv(dir, FILES[6], texts[6], &mut hashed)?;
        let conflict_rows = read_tsv(dir, FILES[7], texts[7], &mut hashed)?;
        let err =
            |file: &str, line: usize, message: String| LexiconError { path: format!("{dir}/{file}"), line, message };

        let mut entities = Vec::new();
        let mut by_key = HashMap::new();
        let mut demonyms: Vec<(usize, Vec<String>)> = Vec::new();
        let mut links: Vec<(usize, usize, String, String)> = Vec::new();
        for (line, row) in &ent_rows {
            let key = cell(row, "id").clone();
            if key.is_empty() {
                return Err(err("entities.tsv", *line, "empty id".into()));
            }
            let kind = EntityType::parse(&cell(row, "type"))
                .ok_or_else(|| err("entities.tsv", *line, format!("unknown type {:?}", cell(row, "type"))))?;
            let wikidata = Some(row.get("wikidata").cloned().unwrap_or_default()).filter(|w| !w.is_empty());
            if let Some(w) = &wikidata {
                if !(w.starts_with('Q') && w.len() > 1 && w[1..].bytes().all(|b| b.is_ascii_digit())) {
                    return Err(err("entities.tsv", *line, format!("malformed Wikidata id {w:?}")));
                }
            }
            let idx = entities.len();
            if by_key.insert(key.clone(), idx).is_some() {
                return Err(err("entities.tsv", *line, format!("duplicate id {key:?}")));
            }
            let get = |c: &str| row.get(c).cloned().unwrap_or_default();
            entities.push(Entity {
                key,
                kind,
                en: get("en"),
                fr: get("fr"),
                wikidata,
                aliases: list(&get("aliases")).map(str::to_string).collect(),
                part_of: None,
                stands_for: None,
                article: None,
            });
            demonyms.push((idx, list(&get("demonyms")).map(str::to_string).collect()));
            links.push((*line, idx, get("part_of"), get("stands_for")));
        }
        for (line, idx, part_of, stands_for) in links {
            let resolve = |k: &str| {
                if k.is_empty() {
                    Ok(None)
                } else {
                    by_key
                        .get(k)
                        .copied()
                        .map(Some)
                        .ok_or_else(|| err("entities.tsv", line, format!("unknown id {k:?}")))
                }
            };
            entities[idx].part_of = resolve(&part_of)?;
            entities[idx].stands_for = resolve(&stands_for)?;
        }
        // Articles of treaties are found by number near a mention of their
        // treaty, not by their bare "article N" alias anywhere.
        for e in entities.iter_mut() {
            if e.part_of.is_some() && e.kind == EntityType::Agreement {
                e.article = e.aliases.iter().chain([&e.en, &e.fr]).find_map(|a| article_number(&fold(a)));
            }
        }

        let mut roles = Vec::new();
        let mut role_by_key = HashMap::new();
        let mut templates: Vec<(usize, Vec<String>)> = Vec::new();
        for (line, row) in &role_rows {
            let key = cell(row, "role").clone();
            if role_by_key.insert(key.clone(), roles.len()).is_some() {
                return Err(err("roles.tsv", *line, format!("duplicate role {key:?}")));
            }
            templates.push((roles.len(), list(&cell(row, "templates")).map(str::to_string).collect()));
            roles.push(Role { key, fr: cell(row, "fr").clone(), en: cell(row, "en").clone() });
        }

        let mut de_forms: HashMap<usize, Vec<String>> = HashMap::new();
        for (line, row) in &country_rows {
            let c = *by_key
                .get(&cell(row, "country"))
                .ok_or_else(|| err("countries.tsv", *line, format!("unknown id {:?}", cell(row, "country"))))?;
            de_forms.entry(c).or_default().extend(list(&cell(row, "de")).map(str::to_string));
        }

        let mut offices = Vec::new();
        let mut office_forms: Vec<(usize, usize, Vec<String>)> = Vec::new();
        for (line, row) in &office_rows {
            let get_id = |col: &str| {
                by_key
                    .get(&cell(row, col))
                    .copied()
                    .ok_or_else(|| err("offices.tsv", *line, format!("unknown id {:?}", cell(row, col))))
            };
            let holder = get_id("holder")?;
            let country = get_id("country")?;
            let role = *role_by_key
                .get(&cell(row, "role"))
                .ok_or_else(|| err("offices.tsv", *line, format!("unknown role {:?}", cell(row, "role"))))?;
            let (from, to) = period(row).map_err(|m| err("offices.tsv", *line, m))?;
            offices.push(Office { holder, role, country, from, to });
            office_forms.push((
                role,
                country,
                list(row.get("forms").map_or("", String::as_str)).map(str::to_string).collect(),
            ));
        }

        let (triggers, trigger_forms) = read_triggers(&trigger_rows, &err)?;
        let trigger_matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(trigger_forms.iter().map(|(f, _)| f))
            .map_err(|e| err("triggers.tsv", 0, format!("cannot build matcher: {e}")))?;
        let trigger_of_pattern = trigger_forms.iter().map(|(_, t)| *t).collect();
        let units = unit_rows
            .iter()
            .map(|(_, r)| {
                let mut forms: Vec<String> = list(&cell(r, "forms")).map(fold).collect();
                forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
                let event = Some(cell(r, "event")).filter(|e| !e.is_empty());
                Unit { forms, what: cell(r, "what"), event }
            })
            .filter(|u| !u.forms.is_empty())
            .collect();

        let mut demonym_of = HashMap::new();
        for (idx, ds) in &demonyms {
            for d in ds {
                demonym_of.entry(fold(d)).or_insert(*idx);
            }
        }
        let titles = title_rows.iter().map(|(_, r)| fold(&cell(r, "title"))).filter(|t| !t.is_empty()).collect();

        // Surface forms -> senses.
        let mut forms: Vec<(String, Option<String>, Sense)> = Vec::new();
        let mut by_name = HashMap::new();
        for (idx, e) in entities.iter().enumerate() {
            // A name also listed as `=Name` is matched case-sensitively only
            // (Le Monde, Libération: also common words).
            let exact: Vec<String> = e.aliases.iter().filter_map(|a| a.strip_prefix('=')).map(fold).collect();
            for name in [&e.en, &e.fr].into_iter().chain(e.aliases.iter()) {
                if name.is_empty() || (!name.starts_with('=') && exact.contains(&fold(name))) {
                    continue;
                }
                by_name.entry(fold(name.trim_start_matches('='))).or_insert(idx);
                if e.article.is_some() && article_number(&fold(name)).is_some() {
                    continue;
                }
                forms.push(form(name, Sense::Entity(idx)));
                // Korean names are written "Choe Son Hui", "Choe Son-hui" and
                // "Choe Son-Hui": each spelling of the given name matches.
                if e.kind == EntityType::Person && !name.starts_with('=') {
                    for variant in given_name_variants(name) {
                        if !exact.contains(&fold(&variant)) {
                            forms.push(form(&variant, Sense::Entity(idx)));
                        }
                    }
                }
            }
        }
        for (idx, ds) in &demonyms {
            for d in ds {
                forms.push(form(d, Sense::Demonym(*idx)));
            }
        }
        // "la capitale nord-coréenne": the capital that stands for the country.
        for (idx, e) in entities.iter().enumerate() {
            let Some(country) = e.stands_for.filter(|_| e.kind == EntityType::Place) else { continue };
            if entities[country].kind != EntityType::Country {
                continue;
            }
            if let Some(adj_f) = demonyms.iter().find(|(i, _)| *i == country).and_then(|(_, d)| d.get(1)) {
                forms.push(form(&format!("capitale {adj_f}"), Sense::Entity(idx)));
            }
        }
        // Countries that hold at least one office get role descriptors.
        let mut countries: Vec<usize> = offices.iter().map(|o| o.country).collect();
        countries.sort_unstable();
        countries.dedup();
        for &country in &countries {
            let adjs = &demonyms.iter().find(|(i, _)| *i == country).map(|(_, d)| d.clone()).unwrap_or_default();
            let adj_m = adjs.first().cloned();
            let adj_f = adjs.get(1).cloned();
            let des = de_forms.get(&country).cloned().unwrap_or_default();
            for (role, temps) in &templates {
                for t in temps {
                    for f in expand(t, adj_m.as_deref(), adj_f.as_deref(), &des) {
                        forms.push(form(&f, Sense::Office { role: *role, country }));
                    }
                }
            }
            for a in adjs {
                forms.push(form(&format!("homologue {a}"), Sense::Counterpart { country }));
            }
        }
        for (role, country, fs) in &office_forms {
            for f in fs {
                forms.push(form(f, Sense::Office { role: *role, country: *country }));
            }
        }

        // One pattern per (folded form, exactness), with every sense it has.
        let mut index: HashMap<(String, Option<String>), usize> = HashMap::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut folded_forms: Vec<String> = Vec::new();
        for (folded, exact, sense) in forms {
            if folded.is_empty() {
                continue;
            }
            let k = *index.entry((folded.clone(), exact.clone())).or_insert_with(|| {
                patterns.push(Pattern { exact: exact.clone(), senses: Vec::new() });
                folded_forms.push(folded.clone());
                patterns.len() - 1
            });
            if !patterns[k].senses.contains(&sense) {
                patterns[k].senses.push(sense);
            }
        }
        // A DFA: larger, but overlapping search over every document is the
        // hottest loop of extraction.
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&folded_forms)
            .map_err(|e| err("entities.tsv", 0, format!("cannot build matcher: {e}")))?;

        // "rencontre" / "rencontrer", "visite" / "visiter", "capture" /
        // "capturer": the verb whose infinitive is the noun plus "r".
        let verb_of_noun = triggers
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind == TriggerKind::Noun)
            .filter_map(|(n, t)| {
                let infinitive = format!("{}r", t.lemma);
                let v = triggers
                    .iter()
                    .position(|v| v.kind == TriggerKind::Verb && v.event == t.event && v.lemma == infinitive)?;
                Some((n, v))
            })
            .collect();
        let mut conflicts = Vec::new();
        for (line, row) in &conflict_rows {
            let side = |col: &str| -> Result<Vec<usize>, LexiconError> {
                list(row.get(col).map_or("", String::as_str))
                    .map(|k| {
                        by_key
                            .get(k)
                            .copied()
                            .filter(|&e| entities[e].kind == EntityType::Country)
                            .ok_or_else(|| err("conflicts.tsv", *line, format!("{k:?} is no country")))
                    })
                    .collect()
            };
            let (from, to) = period(row).map_err(|m| err("conflicts.tsv", *line, m))?;
            conflicts.push(Conflict { a: side("side_a")?, b: side("side_b")?, from, to });
        }
        let mut bare_offices: Vec<(String, usize)> = Vec::new();
        for (role, temps) in &templates {
            for t in temps {
                let bare = t.replace("{adjf}", "").replace("{adj}", "").replace("{de}", "");
                let bare = fold(&bare.split_whitespace().collect::<Vec<_>>().join(" "));
                if !bare.is_empty() && !bare_offices.iter().any(|(b, r)| *b == bare && r == role) {
                    bare_offices.push((bare, *role));
                }
            }
        }
        let mut bare_bodies: HashMap<String, Vec<usize>> = HashMap::new();
        for (idx, e) in entities.iter().enumerate() {
            // (The country a body belongs to, through the bodies it is part
            // of: the general staff under the ministry of defence.)
            let Some(country) = country_in(&entities, idx) else { continue };
            if e.kind != EntityType::Organization {
                continue;
            }
            let adjs = demonyms.iter().find(|(i, _)| *i == country).map(|(_, d)| d.clone()).unwrap_or_default();
            for label in std::iter::once(&e.fr).chain(e.aliases.iter()) {
                let f = fold(label);
                for a in &adjs {
                    let a = fold(a);
                    let bare = f.replace(&format!(" {a} "), " ");
                    let bare = bare.strip_suffix(&format!(" {a}")).unwrap_or(&bare).to_string();
                    if bare != f && bare.split_whitespace().count() >= 2 {
                        let v = bare_bodies.entry(bare).or_default();
                        if !v.contains(&idx) {
                            v.push(idx);
                        }
                    }
                }
            }
        }
        let mut bare_bodies: Vec<(String, Vec<usize>)> = bare_bodies.into_iter().collect();
        bare_bodies.sort();
        let build = |forms: Vec<&str>| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(forms)
                .map_err(|e| err("roles.tsv", 0, format!("cannot build matcher: {e}")))
        };
        let bare_office_matcher = build(bare_offices.iter().map(|(f, _)| f.as_str()).collect())?;
        let bare_body_matcher = build(bare_bodies.iter().map(|(f, _)| f.as_str()).collect())?;
        Ok(Lexicon {
            conflicts,
            bare_office_matcher,
            bare_body_matcher,
            bare_bodies,
            bare_offices,
            verb_of_noun,
            entities,
            roles,
            offices,
            by_key,
            by_name,
            demonym_of,
            titles,
            matcher,
            patterns,
            triggers,
            trigger_matcher,
            trigger_of_pattern,
            units,
            fingerprint: crate::corpus::content_hash(&hashed),
        })
    }

    pub fn get(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    /// The one country at war with `country` on the date, when the other
    /// side of its conflicts is a single country.
    pub fn opponent(&self, country: usize, date: Option<Date>) -> Option<usize> {
        let mut found = None;
        for c in &self.conflicts {
            if date.is_some_and(|d| c.from.is_some_and(|f| d < f) || c.to.is_some_and(|t| d > t)) {
                continue;
            }
            let other = if c.a.contains(&country) {
                &c.b
            } else if c.b.contains(&country) {
                &c.a
            } else {
                continue;
            };
            match (other.as_slice(), found) {
                ([one], None) => found = Some(*one),
                ([one], Some(f)) if f == *one => {}
                _ => return None,
            }
        }
        found
    }

    /// The principal belligerent of the side `country` joined, when it is
    /// not that principal itself (the first country of a side in
    /// `conflicts.tsv`): the one its troops and arms are sent to.
    pub fn principal(&self, country: usize, date: Option<Date>) -> Option<usize> {
        self.conflicts
            .iter()
            .filter(|c| !date.is_some_and(|d| c.from.is_some_and(|f| d < f) || c.to.is_some_and(|t| d > t)))
            .flat_map(|c| [&c.a, &c.b])
            .find(|side| side.iter().skip(1).any(|&x| x == country))
            .and_then(|side| side.first().copied())
    }

    /// Whether two countries are on opposite sides of a conflict at `date`.
    pub fn at_war(&self, x: usize, y: usize, date: Option<Date>) -> bool {
        self.conflicts
            .iter()
            .filter(|c| !date.is_some_and(|d| c.from.is_some_and(|f| d < f) || c.to.is_some_and(|t| d > t)))
            .any(|c| (c.a.contains(&x) && c.b.contains(&y)) || (c.b.contains(&x) && c.a.contains(&y)))
    }

    /// The country an entity belongs to through `part_of` (a ministry, a
    /// force, a city, a treaty's article), or the country itself.
    pub fn country_of(&self, entity: usize) -> Option<usize> {
        country_in(&self.entities, entity)
    }

    /// The entity whose label or alias folds to `name`.
    pub fn by_name(&self, name: &str) -> Option<usize> {
        self.by_name.get(&fold(name)).copied()
    }

    /// Event triggers in a folded text: (folded span, trigger index), on word
    /// boundaries, leftmost-longest.
    pub fn trigger_hits(&self, folded: &str) -> Vec<(Span, usize)> {
        let all = self
            .trigger_matcher
            .find_overlapping_iter(folded)
            .map(|m| (m.start()..m.end(), self.trigger_of_pattern[m.pattern().as_usize()]))
            .filter(|(s, _)| on_word_boundaries(folded, s))
            .chain(self.split_compound_hits(folded))
            .collect();
        leftmost_longest(all)
    }

    /// Compound forms written out in the table ("a appelé") found with words
    /// between the auxiliary and the participle: "a pour sa part appelé", "a,
    /// par ailleurs, appelé", "avait en outre déclaré". The hit runs from the
    /// auxiliary to the participle.
    fn split_compound_hits(&self, folded: &str) -> Vec<(Span, usize)> {
        let mut out = Vec::new();
        for (at, _) in folded.match_indices(['a', 'o', 's']) {
            // Most of these letters are inside a word: no auxiliary starts there.
            if folded[..at].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let rest = &folded[at..];
            let Some(aux) = AUXILIARIES.iter().find(|a| {
                rest.starts_with(**a) && !rest[a.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            }) else {
                continue;
            };
            if !on_word_boundaries(folded, &(at..at + aux.len())) {
                continue;
            }
            let mut pos = at + aux.len();
            let mut inserted = 0;
            while inserted < 3 {
                let tail = folded[pos..].trim_start_matches([' ', ',']);
                let skip = folded[pos..].len() - tail.len();
                let word_end = tail.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(tail.len());
                let word = &tail[..word_end];
                let len = INSERTIONS
                    .iter()
                    .find(|p| tail.starts_with(**p) && !tail[p.len()..].starts_with(char::is_alphanumeric))
                    .map(|p| p.len())
                    .or((word.len() > 6 && word.ends_with("ment")).then_some(word_end));
                let Some(len) = len else { break };
                pos += skip + len;
                inserted += 1;
            }
            if inserted == 0 {
                continue;
            }
            let tail = folded[pos..].trim_start_matches([' ', ',']);
            let start = folded.len() - tail.len();
            let end = start + tail.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(tail.len());
            let candidate = format!("{aux} {}", &folded[start..end]);
            if let Some(m) = self
                .trigger_matcher
                .find_overlapping_iter(&candidate)
                .find(|m| m.start() == 0 && m.end() == candidate.len())
            {
                out.push((at..end, self.trigger_of_pattern[m.pattern().as_usize()]));
            }
        }
        out
    }

    /// Entities named inside a longer form (a descriptor): every
    /// case-insensitive entity form on word boundaries that is not the whole
    /// text, leftmost-longest.
    pub fn nested_entities(&self, folded: &str) -> Vec<(Span, usize)> {
        self.nested(folded, |p| {
            let e = p.senses.iter().find_map(|s| if let Sense::Entity(e) = s { Some(*e) } else { None })?;
            p.exact.is_none().then_some(e)
        })
    }

    /// Demonyms inside a longer form ("sud-coréen" in "le ministre sud-coréen
    /// de la Défense"): (folded span relative to `folded`, country).
    pub fn nested_demonyms(&self, folded: &str) -> Vec<(Span, usize)> {
        self.nested(folded, |p| p.senses.iter().find_map(|s| if let Sense::Demonym(c) = s { Some(*c) } else { None }))
    }

    /// Forms inside a longer one, on word boundaries, leftmost-longest, with
    /// the index `pick` takes from each form's senses.
    fn nested(&self, folded: &str, pick: impl Fn(&Pattern) -> Option<usize>) -> Vec<(Span, usize)> {
        let all = self
            .matcher
            .find_overlapping_iter(folded)
            .filter(|m| !(m.start() == 0 && m.end() == folded.len()))
            .filter(|m| on_word_boundaries(folded, &(m.start()..m.end())))
            .filter_map(|m| pick(&self.patterns[m.pattern().as_usize()]).map(|i| (m.start()..m.end(), i)))
            .collect();
        leftmost_longest(all)
    }

    /// Finds lexicon forms in the folded view of a text: every hit on word
    /// boundaries, then leftmost-longest among them. Spans are folded offsets.
    pub fn hits(&self, folded: &str, original: &str, to_original: impl Fn(Span) -> Span) -> Vec<Hit> {
        let mut all: Vec<(Span, usize)> = Vec::new();
        for m in self.matcher.find_overlapping_iter(folded) {
            let span = m.start()..m.end();
            if !on_word_boundaries(folded, &span) {
                continue;
            }
            let p = &self.patterns[m.pattern().as_usize()];
            if let Some(exact) = &p.exact {
                if &original[to_original(span.clone())] != exact.as_str() {
                    continue;
                }
            }
            all.push((span, m.pattern().as_usize()));
        }
        leftmost_longest(all)
            .into_iter()
            .map(|(span, p)| Hit { span, senses: self.patterns[p].senses.clone() })
            .collect()
    }

    /// Who held `role` for `country` on `date` (or, with no date, the holder
    /// in office now, else the latest).
    pub fn holder(&self, role: usize, country: usize, date: Option<Date>) -> Option<usize> {
        let candidates = self.offices.iter().filter(|o| o.role == role && o.country == country);
        match date {
            // On a handover day both terms match: the one that starts later wins.
            Some(d) => candidates
                .filter(|o| o.from.is_none_or(|f| f <= d) && o.to.is_none_or(|t| d <= t))
                .max_by_key(|o| o.from)
                .map(|o| o.holder),
            None => {
                let all: Vec<&Office> = candidates.collect();
                all.iter().find(|o| o.to.is_none()).or(all.last()).map(|o| o.holder)
            }
        }
    }

    /// The offices `person` held on `date`.
    pub fn offices_of(&self, person: usize, date: Option<Date>) -> impl Iterator<Item = &Office> {
        self.offices.iter().filter(move |o| {
            o.holder == person && date.is_none_or(|d| o.from.is_none_or(|f| f <= d) && o.to.is_none_or(|t| d <= t))
        })
    }

    /// The article `number` of `agreement`, when the lexicon has it.
    pub fn article_of(&self, agreement: usize, number: u32) -> Option<usize> {
        self.entities.iter().position(|e| e.part_of == Some(agreement) && e.article == Some(number))
    }

    /// The country a folded demonym ("nord-coreens") points to.
    pub fn demonym(&self, folded: &str) -> Option<usize> {
        self.demonym_of.get(folded).copied()
    }

    /// Is `folded` a person title word ("ministre", "porte-parole")?
    /// A hyphenated compound of titles counts ("lieutenant-colonel",
    /// "ex-ministre").
    pub fn is_title(&self, folded: &str) -> bool {
        let one = |w: &str| self.titles.iter().any(|t| t == w);
        one(folded) || (folded.contains('-') && folded.split('-').next_back().is_some_and(one))
    }
}

/// Auxiliaries of compound tenses (folded).
const AUXILIARIES: &[&str] = &[
    "a-t-il",
    "a-t-elle",
    "ont-ils",
    "ont-elles",
    "avait-il",
    "avait-elle",
    "avaient",
    "avait",
    "auraient",
    "aurait",
    "auront",
    "aura",
    "ont",
    "a",
    "s'etaient",
    "s'etait",
    "s'est",
    "se sont",
    "se seraient",
    "se serait",
];

/// Words a reporter puts between an auxiliary and its participle (folded);
/// adverbs in "-ment" are taken as well.
const INSERTIONS: &[&str] = &[
    "pour sa part",
    "pour leur part",
    "de son cote",
    "de leur cote",
    "par ailleurs",
    "en outre",
    "quant a lui",
    "quant a elle",
    "lui aussi",
    "elle aussi",
    "eux aussi",
    "elles aussi",
    "de nouveau",
    "a nouveau",
    "une nouvelle fois",
    "a son tour",
    "a leur tour",
    "pour la premiere fois",
    "egalement",
    "aussi",
    "deja",
    "encore",
    "notamment",
    "toutefois",
    "cependant",
    "pourtant",
    "ensuite",
    "enfin",
    "alors",
    "donc",
    "bien",
    "ainsi",
    "aussitot",
    "meme",
    "plus tard",
    "hier",
    "pas",
    "jamais",
];

/// Leftmost, then longest; anything overlapping a chosen hit is dropped.
fn leftmost_longest<T>(mut all: Vec<(Span, T)>) -> Vec<(Span, T)> {
    all.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));
    let mut out = Vec::new();
    let mut end = 0;
    for (span, t) in all {
        if span.start < end {
            continue;
        }
        end = span.end;
        out.push((span, t));
    }
    out
}

/// A form as (folded, exact original when case-sensitive, sense).
fn form(raw: &str, sense: Sense) -> (String, Option<String>, Sense) {
    match raw.strip_prefix('=') {
        Some(exact) => (fold(exact), Some(exact.to_string()), sense),
        None => (fold(raw), None, sense),
    }
}

/// Fills a role template for one country.
fn expand(t: &str, adj_m: Option<&str>, adj_f: Option<&str>, des: &[String]) -> Vec<String> {
    if t.contains("{de}") {
        return des.iter().map(|d| t.replace("{de}", d)).collect();
    }
    if t.contains("{adjf}") {
        return adj_f.map(|a| vec![t.replace("{adjf}", a)]).unwrap_or_default();
    }
    if t.contains("{adj}") {
        return adj_m.map(|a| vec![t.replace("{adj}", a)]).unwrap_or_default();
    }
    vec![t.to_string()]
}

/// The other spelling of a three-part name whose given name has two
/// syllables: "Choe Son Hui" and "Choe Son-hui" (the folded forms ignore case).
fn given_name_variants(name: &str) -> Vec<String> {
    let parts: Vec<&str> = name.split(' ').collect();
    let short = |p: &str| (1..=5).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic);
    match parts[..] {
        [family, a, b] if short(family) && short(a) && short(b) => vec![format!("{family} {a}-{b}")],
        [family, given] if short(family) => match given.split_once('-') {
            Some((a, b)) if short(a) && short(b) => vec![format!("{family} {a} {b}")],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The country an entity is or belongs to, up its `part_of` chain (a few
/// steps: an article of a treaty, a staff under a ministry of a government).
fn country_in(entities: &[Entity], entity: usize) -> Option<usize> {
    let mut at = entity;
    for _ in 0..6 {
        if entities[at].kind == EntityType::Country {
            return Some(at);
        }
        at = entities[at].part_of?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_numbers() {
        assert_eq!(article_number("article 4"), Some(4));
        assert_eq!(article_number("quatrieme article"), Some(4));
        assert_eq!(article_number("4e article"), Some(4));
        assert_eq!(article_number("accord"), None);
    }

    #[test]
    fn bounds_cover_their_precision() {
        assert_eq!(parse_bound("2024", true), Some(jiff::civil::date(2024, 12, 31)));
        assert_eq!(parse_bound("2024-02", true), Some(jiff::civil::date(2024, 2, 29)));
        assert_eq!(parse_bound("2024-02-03", false), Some(jiff::civil::date(2024, 2, 3)));
        assert_eq!(parse_bound("soon", false), None);
    }
}
