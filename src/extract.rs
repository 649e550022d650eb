//! Extraction: from a [`Document`] to a [`DocExtraction`].
//!
//! Order of work, each step reading only what the previous ones produced:
//! article blocks (`clean`), sentences (`text`), lexicon hits over the folded
//! view, resolution of descriptors by the publication date and of
//! "son homologue ..." by the person just mentioned, treaty articles by the
//! agreement they follow, people the lexicon lacks by title cues, and
//! role assertions from appositions; then quotations (`quotes`), and events
//! and figures (`events`), which use the quotations' speakers. `extract`
//! does no IO.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::clean::{article_blocks_folded, BlockKind};
use crate::corpus::Document;
use crate::lexicon::{article_number, EntityType, Lexicon, MentionKind, Sense};
use crate::model::{DocExtraction, FoundEntity, Mention, RoleAssertion, Sentence};
use crate::text::{fold, on_word_boundaries, sentences, CharIndex, Folded, Span};

/// Treaty articles: "article 4", "l'article 4 du traité", "le quatrième article".
static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(article (\d+)|(premier|deuxieme|second|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|\d+e|\d+eme) article)(?-u:\b)")
        .expect("valid regex")
});

/// A capitalized name: words starting with an upper-case letter (with
/// hyphenated parts and apostrophes), French particles inside, initials.
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"\p{Lu}[\p{Ll}\p{Lu}]*(?:[-'’]\p{Lu}?[\p{Ll}\p{Lu}]+)*";
    let part = format!(r"(?:{word}|\p{{Lu}}\.)");
    Regex::new(&format!(
        r"{part}(?:\s+(?:(?:de|du|des|van|von|der|den|al|el|ben|bin|da|di|dos|le|la)\s+){{0,2}}{part})*"
    ))
    .expect("valid regex")
});

/// An agreement the lexicon lacks, named by what it is about and a proper
/// noun: "l'accord sur la construction d'un pont sur le fleuve X".
/// "le village de Tiotkino", "le port de Rajin", "près de la localité de
/// Malaya Loknya": a place noun and "de" before a capitalized name.
static PLACE_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:villages?|villes?|localités?|communes?|bourgs?|hameaux?|hameau|districts?|ports?|cités?|oblasts?|provinces?|secteurs?|aéroports?|bases? aériennes?|bases? navales?|îles?|péninsules?|presqu['’]île|raïons?|régions?|quartiers?|gares?) (?:de |d['’])(\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+)*)",
    )
    .expect("valid regex")
});

static AGREEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:accord|traité|convention|pacte)s? sur (?:[\p{Ll}'’-]+ ){1,10}\p{Lu}[\p{L}-]*").expect("valid regex")
});

/// Capitalized nouns that open a French organization name.
const ORG_HEADS: &[&str] = &[
    "Institut",
    "Centre",
    "Université",
    "Agence",
    "Académie",
    "Fondation",
    "Observatoire",
    "Conseil",
    "Comité",
    "Commission",
    "Cour",
    "Tribunal",
    "Parti",
    "Fédération",
    "Association",
    "Organisation",
    "Banque",
    "Forum",
    "Bureau",
    "Direction",
    "Ministère",
    "École",
    "Laboratoire",
    "Assemblée",
    "Chambre",
    "Sénat",
    "Présidium",
    "Département",
    "Secrétariat",
    "Administration",
    "Ambassade",
    "Haut-Commissariat",
    "Commandement",
    "Garde",
];

/// English head nouns, inside a capitalized run.
const ORG_HEADS_EN: &[&str] = &[
    "Institute",
    "Center",
    "University",
    "Agency",
    "Council",
    "Committee",
    "Foundation",
    "Office",
    "Party",
    "Ministry",
    "Academy",
    "Bureau",
    "Forum",
];

/// Particles inside organization names ("de", "of"...); a name never ends on one.
const ORG_PARTICLES: &[&str] =
    &["de", "d", "des", "du", "la", "le", "l", "et", "for", "of", "the", "and", "on", "en", "sur", "pour"];

/// Words that end an organization name (verbs and connectives).
const ORG_STOP: &[&str] = &[
    "a", "ont", "est", "sont", "avait", "avaient", "qui", "que", "qu", "selon", "dans", "pour", "avec", "par",
    "a-t-il", "estime", "indique", "affirme", "a-t-elle", "mais", "ou", "si", "lors", "apres", "avant", "depuis",
    "contre", "entre", "vers", "sans", "sous", "chez", "s", "n", "se", "ne", "y", "lui", "leur", "dont", "ou",
];

/// (byte offset, word) of the words of `s` (letters, digits, hyphens).
fn word_spans(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let inside = c.is_alphanumeric() || c == '-';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(b)) => {
                out.push((b, &s[b..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(b) = start {
        out.push((b, &s[b..]));
    }
    out
}

/// Honorifics that introduce a surname: M. Dupont, Mme Durand.
/// Ministerial portfolios (folded) that a capitalized run may open before a
/// name: "le ministre de la Défense X".
const PORTFOLIOS: &[&str] = &[
    "transports",
    "defense",
    "finances",
    "industrie",
    "economie",
    "commerce",
    "energie",
    "agriculture",
    "culture",
    "sante",
    "justice",
    "interieur",
    "travail",
    "unification",
    "sports",
    "education",
    "armees",
    "peches",
    "sciences",
    "communications",
];

const HONORIFICS: &[&str] = &["M.", "Mme", "Mlle", "MM.", "Mgr", "Me", "Dr", "Pr"];

/// Does `before` end with an honorific and a space ("... selon M. ")?
fn ends_with_honorific(before: &str) -> bool {
    let t = before.trim_end();
    t.len() < before.len()
        && HONORIFICS
            .iter()
            .any(|h| t.strip_suffix(h).is_some_and(|rest| !rest.chars().next_back().is_some_and(char::is_alphanumeric)))
}

/// Words that start a capitalized run without being part of a name.
const NOT_NAMES: &[&str] = &[
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "de",
    "l",
    "d",
    "selon",
    "pour",
    "dans",
    "en",
    "au",
    "aux",
    "et",
    "mais",
    "or",
    "il",
    "elle",
    "ils",
    "elles",
    "ce",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "lors",
    "alors",
    "apres",
    "avant",
    "depuis",
    "a",
    "nous",
    "vous",
    "on",
    "si",
    "quand",
    "comme",
    "toutefois",
    "cependant",
    "ainsi",
    "interroge",
    "interrogee",
    "guerre",
    "president",
    "ministre",
    "general",
    "porte-parole",
    "m",
    "mme",
];

/// The commonest Korean family names as the press romanizes them, South and
/// North ("Ri" and "Rim" for "Lee" and "Lim", "Choe" for "Choi").
const KOREAN_FAMILY_NAMES: &[&str] = &[
    "Kim", "Lee", "Ri", "Yi", "Park", "Pak", "Choi", "Choe", "Jung", "Jong", "Chung", "Kang", "Cho", "Jo", "Yoon",
    "Yun", "Jang", "Chang", "Lim", "Rim", "Han", "Oh", "O", "Seo", "So", "Shin", "Sin", "Kwon", "Hwang", "Ahn", "An",
    "Song", "Ryu", "Yu", "Hong", "Jeon", "Jon", "Ko", "Moon", "Mun", "Yang", "Son", "Bae", "Baek", "Paek", "Heo", "Ho",
    "Nam", "Noh", "No", "Ha", "Kwak", "Sung", "Cha", "Ju", "Woo", "Min", "Ryo", "Chon", "Thae", "Hyon", "Jin",
];

/// Words for an envoy, folded: "l'ambassadeur", "la représentante".
const ENVOYS: [&str; 5] = ["ambassadeur", "ambassadrice", "representant", "representante", "emissaire"];

/// Extraction settings that are not knowledge.
#[derive(Debug, Clone)]
pub struct Config {
    /// How many sentences back "son homologue" looks for the person it is
    /// relative to.
    pub counterpart_window: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config { counterpart_window: 2 }
    }
}

pub struct Extractor<'a> {
    pub lexicon: &'a Lexicon,
    pub config: Config,
}

struct Work<'d> {
    text: &'d str,
    date: Option<Date>,
    folded: Folded,
    chars: CharIndex,
    sentences: Vec<Sentence>,
    mentions: Vec<Mention>,
    found: Vec<FoundEntity>,
    roles: Vec<RoleAssertion>,
    /// Mentions inside another mention, added once the rules have run.
    nested: Vec<Mention>,
}

impl Work<'_> {
    fn chars(&self, span: &Span) -> (usize, usize) {
        (self.chars.char_offset(self.text, span.start), self.chars.char_offset(self.text, span.end))
    }

    fn sentence_of(&self, span: &Span) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.start <= span.start).checked_sub(1)?;
        (span.end <= self.sentences[i].span.end).then_some(i)
    }

    fn covered(&self, span: &Span) -> bool {
        self.mentions.iter().any(|m| m.span.start < span.end && span.start < m.span.end)
    }

    fn push_mention(&mut self, span: Span, sentence: usize, entity: String, kind: MentionKind) {
        let chars = self.chars(&span);
        let surface = self.text[span.clone()].to_string();
        self.mentions.push(Mention { span, chars, sentence, entity, kind, surface });
    }

    fn found_key(&mut self, kind: EntityType, label: &str, part_of: Option<String>) -> String {
        let slug = crate::text::slug(label);
        let key = match &part_of {
            Some(p) => format!("{}/{slug}", p.trim_start_matches("name:")),
            None => slug,
        };
        let key = format!("name:{key}");
        if !self.found.iter().any(|f| f.key == key) {
            self.found.push(FoundEntity { key: key.clone(), kind, label: label.to_string(), part_of });
        }
        key
    }
}

impl<'a> Extractor<'a> {
    pub fn new(lexicon: &'a Lexicon) -> Extractor<'a> {
        Extractor { lexicon, config: Config::default() }
    }

    pub fn extract(&self, doc: &Document) -> DocExtraction {
        let text = doc.text.as_str();
        let mut sents = Vec::new();
        let chars = CharIndex::new(text);
        let folded = Folded::new(text);
        for block in article_blocks_folded(text, &folded) {
            for span in sentences(text, block.span.clone()) {
                let c = (chars.char_offset(text, span.start), chars.char_offset(text, span.end));
                sents.push(Sentence { span, chars: c, block: block.kind });
            }
        }
        let mut w = Work {
            text,
            date: doc.meta.published,
            folded,
            chars,
            sentences: sents,
            mentions: Vec::new(),
            found: Vec::new(),
            roles: Vec::new(),
            nested: Vec::new(),
        };
        self.lexicon_mentions(&mut w);
        self.article_mentions(&mut w);
        self.title_cue_people(&mut w);
        self.organization_names(&mut w);
        self.agreement_names(&mut w);
        self.found_surnames(&mut w);
        self.place_names(&mut w);
        w.mentions.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(a.span.end.cmp(&b.span.end)));
        self.named_descriptors(&mut w);
        self.appositions(&mut w);
        self.national_titles(&mut w);
        self.bare_offices(&mut w);
        self.bare_bodies(&mut w);
        self.unnamed_spokespeople(&mut w);
        self.bare_counterparts(&mut w);
        // Quotations first: a speech verb beside one speaks for its speaker.
        let quotes = crate::quotes::extract(&crate::quotes::Input {
            text,
            folded: &w.folded,
            chars: &w.chars,
            sentences: &w.sentences,
            mentions: &w.mentions,
            found: &w.found,
            roles: &w.roles,
            lexicon: self.lexicon,
        });
        let (events, claims) = crate::events::extract(&crate::events::Input {
            doc_id: &doc.id,
            text,
            folded: &w.folded,
            chars: &w.chars,
            sentences: &w.sentences,
            mentions: &w.mentions,
            published: w.date,
            lexicon: self.lexicon,
            quotes: &quotes,
            found: &w.found,
            roles: &w.roles,
        });
        // A nested demonym whose person mention was taken by another finder
        // still names the country.
        let mut mentions = w.mentions;
        mentions.append(&mut w.nested);
        mentions.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(a.span.end.cmp(&b.span.end)));
        DocExtraction {
            id: doc.id.clone(),
            path: doc.path.display().to_string(),
            hash: doc.hash.clone(),
            meta: doc.meta.clone(),
            text: doc.text.clone(),
            sentences: w.sentences,
            mentions,
            found: w.found,
            roles: w.roles,
            events,
            claims,
            quotes,
        }
    }

    fn lexicon_mentions(&self, w: &mut Work) {
        let lex = self.lexicon;
        let hits = lex.hits(&w.folded.folded, w.text, |s| w.folded.to_original(s, w.text));
        for hit in hits {
            let span = w.folded.to_original(hit.span.clone(), w.text);
            let Some(sentence) = w.sentence_of(&span) else {
                continue;
            };
            // Prefer a named entity, then an office, then a demonym.
            let mut senses = hit.senses.clone();
            senses.sort_by_key(|s| match s {
                Sense::Entity(_) => 0,
                Sense::Office { .. } => 1,
                Sense::Counterpart { .. } => 2,
                Sense::Demonym(_) => 3,
            });
            // "Yoon Da-eun", "Park Jin-woo": a known person's name that goes on
            // with another name part is someone else's longer name.
            let longer_name = continues_name(&w.text[span.end..]);
            // "le général Jean-Marc Vautrin": a known family name after a given
            // name that is not the known person's is someone else's.
            let other_given = {
                let before = w.text[w.sentences[sentence].span.start..span.start].trim_end_matches(' ');
                let prev = before.rsplit([' ', '\n', '(', '«']).next().unwrap_or("");
                let single = !w.text[span.clone()].contains(' ');
                single
                    && before.len() < span.start - w.sentences[sentence].span.start
                    && prev.chars().next().is_some_and(char::is_uppercase)
                    && prev.chars().all(|c| c.is_alphabetic() || c == '-')
                    && prev.chars().any(char::is_lowercase)
                    && prev.chars().count() > 1
                    && !NOT_NAMES.contains(&fold(prev).as_str())
                    && !crate::time::is_calendar_word(&fold(prev))
                    && lex.demonym(&fold(prev)).is_none()
                    && !lex.is_title(&fold(prev))
                    && lex.by_name(&fold(prev)).is_none()
            };
            let longer_name = longer_name || other_given;
            // "le Conseil de sécurité nationale": a national body, not the UN's.
            let national = {
                let next = w.text[span.end..].trim_start();
                ["nationale", "national", "nationaux"]
                    .iter()
                    .any(|a| next.starts_with(a) && !next[a.len()..].starts_with(char::is_alphanumeric))
            };
            // "le vice-ministre des Affaires étrangères", "l'ancien ministre":
            // not the office's holder.
            let before_hit = &w.folded.folded[w.folded.from_original(w.sentences[sentence].span.start)..hit.span.start];
            let deputy = ["vice-", "vice ", "ex-", "sous-", "ancien ", "ancienne ", "anciens ", "futur ", "future "]
                .iter()
                .any(|p| before_hit.ends_with(p));
            let resolved = senses.iter().find_map(|s| match *s {
                Sense::Office { .. } | Sense::Counterpart { .. } if deputy => None,
                Sense::Entity(e) if longer_name && lex.entities[e].kind == EntityType::Person => None,
                Sense::Entity(e) if national && lex.entities[e].kind == EntityType::Organization => None,
                Sense::Entity(e) => Some((e, MentionKind::Name)),
                Sense::Demonym(c) => Some((c, MentionKind::Demonym)),
                Sense::Office { role, country } => {
                    lex.holder(role, country, w.date).map(|h| (h, MentionKind::Descriptor))
                }
                Sense::Counterpart { country } => {
                    self.counterpart(w, sentence, hit.span.start, country).map(|h| (h, MentionKind::Descriptor))
                }
            });
            if let Some((e, kind)) = resolved {
                w.push_mention(span.clone(), sentence, lex.entities[e].key.clone(), kind);
            }
            // "le secrétaire général de l'OTAN", "le porte-parole du
            // Kremlin": the organization a descriptor names is mentioned too,
            // even when the office's holder is not known.
            let descriptor = resolved.is_none_or(|(_, kind)| kind == MentionKind::Descriptor);
            // ("le ministère sud-coréen de l'Unification" names South Korea too.)
            let body = resolved
                .is_some_and(|(e, kind)| kind == MentionKind::Name && lex.entities[e].kind == EntityType::Organization);
            let inner = hit.span.clone();
            if descriptor {
                for (h, n) in lex.nested_entities(&w.folded.folded[inner.clone()]) {
                    if !matches!(
                        lex.entities[n].kind,
                        EntityType::Organization | EntityType::Media | EntityType::MilitaryForce | EntityType::Country
                    ) {
                        continue;
                    }
                    let nested = w.folded.to_original(inner.start + h.start..inner.start + h.end, w.text);
                    w.push_mention(nested, sentence, lex.entities[n].key.clone(), MentionKind::Name);
                }
            }
            // "le ministre sud-coréen de la Défense", "le ministère sud-coréen
            // de l'Unification" name South Korea too (kept for the graph, out
            // of the way of the rules, which read mentions that do not overlap).
            if descriptor || body {
                for (h, c) in lex.nested_demonyms(&w.folded.folded[inner.clone()]) {
                    let span = w.folded.to_original(inner.start + h.start..inner.start + h.end, w.text);
                    let chars = w.chars(&span);
                    let surface = w.text[span.clone()].to_string();
                    let entity = lex.entities[c].key.clone();
                    w.nested.push(Mention { span, chars, sentence, entity, kind: MentionKind::Demonym, surface });
                }
            }
        }
    }

    /// "son homologue nord-coréen": the person holding, in `country`, the
    /// office that the most recently mentioned office holder holds.
    /// (`at`: where "homologue" stands, in the folded text.)
    fn counterpart(&self, w: &Work, sentence: usize, at: usize, country: usize) -> Option<usize> {
        let lex = self.lexicon;
        let from = sentence.saturating_sub(self.config.counterpart_window);
        // ("L'ambassadeur ukrainien, X, a dénoncé « ». Son homologue
        // sud-coréen a fustigé « »": the counterpart of an envoy told of
        // after any office holder is an envoy too, whom the office table
        // does not know.)
        let envoy_after = |end: usize| {
            let gap = w.folded.folded.get(end.min(at)..at).unwrap_or("");
            ENVOYS
                .iter()
                .any(|e| gap.match_indices(e).any(|(i, _)| !gap[i + e.len()..].starts_with(char::is_alphanumeric)))
        };
        let window_start = w.folded.from_original(w.sentences[from].span.start);
        for m in w.mentions.iter().rev() {
            if m.sentence < from {
                break;
            }
            let Some(p) = lex.get(&m.entity) else {
                continue;
            };
            if lex.entities[p].kind != EntityType::Person {
                continue;
            }
            if let Some(office) = lex.offices_of(p, w.date).next() {
                if envoy_after(w.folded.from_original(m.span.end)) {
                    return None;
                }
                if let Some(h) = lex.holder(office.role, country, w.date) {
                    return Some(h);
                }
            }
        }
        if envoy_after(window_start) {
            return None;
        }
        let head = lex.roles.iter().position(|r| r.key == "head_of_state")?;
        lex.holder(head, country, w.date)
    }

    /// Articles of treaties, attached to the agreement last mentioned.
    fn article_mentions(&self, w: &mut Work) {
        let lex = self.lexicon;
        let folded = w.folded.folded.clone();
        for m in ARTICLE.find_iter(&folded) {
            let Some(n) = article_number(m.as_str()) else {
                continue;
            };
            let span = w.folded.to_original(m.start()..m.end(), w.text);
            let Some(sentence) = w.sentence_of(&span) else {
                continue;
            };
            if w.covered(&span) {
                continue;
            }
            // The agreement: the first one named after the article in the
            // same sentence ("l'article 4 du traité"), else the last before.
            let agreements = |m: &&Mention| {
                lex.get(&m.entity)
                    .is_some_and(|e| lex.entities[e].kind == EntityType::Agreement && lex.entities[e].part_of.is_none())
            };
            let after =
                w.mentions.iter().filter(agreements).find(|a| a.sentence == sentence && a.span.start >= span.end);
            let before = w.mentions.iter().filter(agreements).rfind(|a| a.span.end <= span.start);
            let Some(agreement) = after.or(before).map(|a| a.entity.clone()) else {
                continue;
            };
            let a = lex.get(&agreement).expect("filtered on lexicon entities");
            let key = match lex.article_of(a, n) {
                Some(e) => lex.entities[e].key.clone(),
                None => w.found_key(EntityType::Agreement, &format!("Article {n}"), Some(agreement)),
            };
            w.push_mention(span, sentence, key, MentionKind::Name);
        }
    }

    /// People the lexicon lacks, found by the titles around their names:
    /// "le général X Y", "X Y, porte-parole de ...", "la porte-parole de ..., X Y",
    /// "M. Y".
    fn title_cue_people(&self, w: &mut Work) {
        // "M. Kim" after "Kim Jong Un": a part of a name already read is that
        // person, not a new one.
        let lex = self.lexicon;
        let known_parts: std::collections::HashSet<String> = w
            .mentions
            .iter()
            .filter(|m| {
                m.kind == MentionKind::Name
                    && lex.get(&m.entity).is_some_and(|e| lex.entities[e].kind == EntityType::Person)
            })
            .flat_map(|m| m.surface.split_whitespace().map(fold).collect::<Vec<_>>())
            .collect();
        let mut found: Vec<(Span, usize, String, Option<Span>)> = Vec::new();
        for (si, s) in w.sentences.iter().enumerate() {
            let sentence = &w.text[s.span.clone()];
            for m in NAME.find_iter(sentence) {
                // A name starts on a word boundary (the pattern has no \b, which
                // would force the slow Unicode engines).
                if sentence[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric) {
                    continue;
                }
                let mut span = s.span.start + m.start()..s.span.start + m.end();
                let mut name = trim_name(&w.text[span.clone()]);
                // "Pour Hélène Vasseur", "Lundi Jean Dupont": a capitalized
                // word that opens the sentence is not part of the name.
                let mut nationality = false;
                loop {
                    let first = name.split_whitespace().next().unwrap_or("");
                    let f = fold(first);
                    // "l'Américain Mike Waltz": the nationality is no part of the name.
                    let demonym = lex.demonym(&f).is_some() && name.split_whitespace().count() >= 3;
                    nationality |= demonym;
                    // "L'économiste Mathieu Lefranc": a title opening the sentence.
                    let elided_title = f.split_once('\'').is_some_and(|(_, t)| lex.is_title(t));
                    if first.is_empty()
                        || !(NOT_NAMES.contains(&f.as_str())
                            || crate::time::is_calendar_word(&f)
                            || demonym
                            || elided_title)
                    {
                        break;
                    }
                    let rest = name[first.len()..].trim_start();
                    span.start += name.len() - rest.len();
                    name = rest;
                }
                span.end = span.start + name.len();
                // "l'ancien ambassadeur de France à Séoul Bernard X": a place
                // already read opens the capitalized run; the name follows it.
                while let Some(m) = w.mentions.iter().find(|m| m.span.start <= span.start && m.span.end > span.start) {
                    let rest = w.text[m.span.end.min(span.end)..span.end].trim_start();
                    if rest.split_whitespace().count() < 2 || !w.text[m.span.end.min(span.end)..].starts_with(' ') {
                        break;
                    }
                    span.start = span.end - rest.len();
                    name = rest;
                }
                // "le vice-ministre des Transports Kang Il-sop": a portfolio
                // after a title's "de" opens the run; the name follows it.
                if let Some(first) = name.split_whitespace().next().filter(|f| PORTFOLIOS.contains(&fold(f).as_str())) {
                    let lead = fold(&w.text[s.span.start..span.start]);
                    let rest = name[first.len()..].trim_start();
                    if rest.split_whitespace().count() >= 2
                        && [" des", " de la", " de l'", " du", " de"].iter().any(|d| lead.trim_end().ends_with(d))
                    {
                        span.start += name.len() - rest.len();
                        name = rest;
                    }
                }
                let tokens: Vec<&str> = name.split_whitespace().collect();
                if tokens.is_empty() {
                    continue;
                }
                if w.covered(&span) {
                    continue;
                }
                let before = &w.text[s.span.start..span.start];
                let after = &w.text[span.end..s.span.end];
                if tokens.len() == 1 && known_parts.contains(&fold(tokens[0])) {
                    continue;
                }
                let honorific = ends_with_honorific(before);
                let title_before = self.title_before(before);
                let title_after = self.title_after(after);
                // "Ri Myong-chol, 27 ans,": an age in apposition marks a person.
                let aged = {
                    let a = after.trim_start_matches([',', ' ']);
                    let digits = a.chars().take_while(char::is_ascii_digit).count();
                    (1..=3).contains(&digits) && after.starts_with(',') && {
                        let rest = &a[digits..];
                        rest.starts_with(" ans") && !rest[4..].starts_with(char::is_alphanumeric)
                    }
                };
                let base = s.span.start;
                // "Baek Ji-won", "Ri Chol-ung": a family name and a hyphenated
                // given name is a Korean person's name, with or without a title.
                let korean = tokens.len() == 2 && {
                    let fam = tokens[0];
                    let given: Vec<&str> = tokens[1].split('-').collect();
                    (2..=5).contains(&fam.chars().count())
                        && fam.chars().skip(1).all(|c| c.is_lowercase())
                        && given.len() == 2
                        && given[0].chars().next().is_some_and(char::is_uppercase)
                        && given[0].chars().skip(1).all(|c| c.is_lowercase())
                        && given[1].chars().all(|c| c.is_lowercase())
                        // (Romanized syllables run to six letters: "Seong-kweun", "Hyeong-jun".)
                        && (1..=6).contains(&given[0].chars().count())
                        && (1..=6).contains(&given[1].chars().count())
                };
                // "Sin Hong Chol", "Ri Kwang Song": a Korean family name and two
                // one-syllable given-name parts, as North Korean names are
                // romanized.
                let korean = korean
                    || tokens.len() == 3
                        && KOREAN_FAMILY_NAMES.contains(&tokens[0])
                        && tokens[1..].iter().all(|t| {
                            (2..=5).contains(&t.chars().count())
                                && t.chars().next().is_some_and(char::is_uppercase)
                                && t.chars().skip(1).all(|c| c.is_ascii_lowercase())
                        });
                // "l'Américain Mike Waltz", "le Sud-Coréen Kim X": a capitalized
                // nationality noun before a full name.
                let national = tokens.len() >= 2 && nationality;
                // "Olena Kravets, dont le fils est détenu, ...": a first and last
                // name with a relative "dont" after it is someone's.
                // ("Ihor Sokolenko, qui dirige à Kiev l'Institut ...": one who
                // heads something.)
                let relative = tokens.len() == 2
                    && [", dont ", ", qui dirige ", ", qui préside ", ", qui commande ", ", qui a dirigé "]
                        .iter()
                        .any(|r| after.starts_with(r))
                    && tokens.iter().all(|t| t.chars().skip(1).all(|c| c.is_lowercase() || c == '-'));
                // "chercheur à l'Institut Vauban": an organization's head noun
                // opens no person's name.
                if ORG_HEADS.contains(&tokens[0]) || ORG_HEADS_EN.contains(&tokens[0]) {
                    continue;
                }
                // "Antoine Ferrand, de l'Institut européen ...": a first and
                // last name in apposition to an organization's name.
                let of_body = tokens.len() == 2 && {
                    let a = after.strip_prefix(", de l'").or_else(|| after.strip_prefix(", de l’"));
                    let a = a.or_else(|| after.strip_prefix(", du ")).or_else(|| after.strip_prefix(", de la "));
                    a.and_then(|a| a.split_whitespace().next())
                        .is_some_and(|w| ORG_HEADS.contains(&w) || ORG_HEADS_EN.contains(&w))
                };
                // ("qui ne donne que son prénom, Taras", "un soldat prénommé Ivan":
                // a given name told as such.)
                let given = {
                    let b = before.trim_end();
                    let from = (b.len().saturating_sub(24)..=b.len()).find(|&i| b.is_char_boundary(i)).unwrap_or(0);
                    let b = fold(&b[from..]);
                    b.ends_with("prenom,")
                        || b.ends_with("prenom :")
                        || b.ends_with("prenomme")
                        || b.ends_with("prenommee")
                };
                // ("Natalia, 61 ans, habite ...": a first name alone, with an age.)
                let cue = if honorific || aged || given || korean || national || relative || of_body {
                    Some(None)
                } else if tokens.len() >= 2 {
                    title_before
                        .map(|(r, _)| Some(base + r.start..base + r.end))
                        .or(title_after.map(|r| Some(span.end + r.start..span.end + r.end)))
                } else {
                    // "raconte Taras, sergent d'une brigade d'assaut": a given
                    // name alone with its title after it.
                    title_before
                        .filter(|(_, direct)| *direct)
                        .map(|(r, _)| Some(base + r.start..base + r.end))
                        .or(title_after.map(|r| Some(span.end + r.start..span.end + r.end)))
                };
                let Some(role) = cue else { continue };
                found.push((span, si, name.to_string(), role));
            }
        }
        // "Le général Han" or "M. Han" after "le général Han Chol-u": the first
        // or last part of a found name read before is that person too (family
        // names come first in Korean and Chinese names).
        let mut read: Vec<(String, String)> = Vec::new();
        for (span, si, name, role) in found {
            let tokens: Vec<String> = name.split_whitespace().map(fold).collect();
            let earlier = match tokens.as_slice() {
                [one] => read.iter().find(|(full, _)| {
                    let parts: Vec<&str> = full.split_whitespace().collect();
                    parts.len() >= 2 && (parts[0] == one || parts[parts.len() - 1] == one)
                }),
                _ => None,
            };
            let key = match earlier {
                Some((_, key)) => key.clone(),
                None => w.found_key(EntityType::Person, &name, None),
            };
            if tokens.len() >= 2 {
                read.push((tokens.join(" "), key.clone()));
            }
            w.push_mention(span.clone(), si, key.clone(), MentionKind::TitleCue);
            if let Some(r) = role {
                let label = clean_role(&w.text[r.clone()]);
                if !label.is_empty() {
                    let chars = w.chars(&r);
                    w.roles.push(RoleAssertion { holder: key, label, of: None, sentence: si, span: r, chars });
                }
            }
        }
    }

    /// The role phrase before a name, relative to `before`, and whether the
    /// title word is the last word before the name. Two shapes: apposition
    /// ("la porte-parole du ministère ..., Ana Novak") where the clause before
    /// the comma starts with a title, and direct ("le général russe Ivan
    /// Petrov") where a title is among the last three words.
    fn title_before(&self, before: &str) -> Option<(Span, bool)> {
        let trimmed = before.trim_end();
        if let Some(clause_text) = trimmed.strip_suffix(',') {
            // ("le porte-parole des forces ... (SSO), X": an acronym in
            // parentheses is part of the clause.)
            let bare = match clause_text.strip_suffix(')').and_then(|t| t.rfind('(').map(|o| (o, &t[o + 1..]))) {
                Some((open, acronym)) if acronym.len() <= 12 && !acronym.contains(' ') => &clause_text[..open],
                _ => clause_text,
            };
            let start = clause_start(bare);
            let clause = &clause_text[start..];
            let lead = clause.len() - clause.trim_start().len();
            let folded = fold(clause);
            let words: Vec<&str> = folded.split([' ', '\'']).filter(|w| !w.is_empty()).collect();
            let first = words.iter().position(|w| !is_determiner(w))?;
            // The title opens the clause ("la porte-parole du ministère ...") or
            // follows a short inverted verb ("a rappelé lundi le porte-parole ...").
            // "avait affirmé vendredi dernier à Washington le porte-parole de
            // la Maison Blanche pour les questions de sécurité nationale, X".
            let at = (first..words.len().min(first + 10)).find(|&k| self.lexicon.is_title(words[k]))?;
            if words.len() > 24 {
                return None;
            }
            // The role runs from the title (and its determiner) to the comma.
            let from_word = if at > 0 && is_determiner(words[at - 1]) { at - 1 } else { at };
            let offset = if at == first { lead } else { nth_word_offset(clause, from_word).unwrap_or(lead) };
            return Some((start + offset..clause_text.len(), false));
        }
        let start = clause_start(trimmed);
        let clause = &trimmed[start..];
        let folded = fold(clause);
        let words: Vec<&str> = folded.split([' ', '\'']).filter(|w| !w.is_empty()).collect();
        let n = words.len();
        // "le général Ivan Petrov", "le vice-ministre des Affaires étrangères Andreï Roudenko".
        let at = (n.saturating_sub(5)..n).rev().find(|&k| self.lexicon.is_title(words[k]))?;
        // The role runs from its determiner (if any) to the name.
        let from_word = if at > 0 && is_determiner(words[at - 1]) { at - 1 } else { at };
        let offset = nth_word_offset(clause, from_word)?;
        Some((start + offset..trimmed.len(), at == n - 1))
    }

    /// ", porte-parole du président russe," after a name: the role span
    /// relative to `after`.
    fn title_after(&self, after: &str) -> Option<Span> {
        let rest = after.strip_prefix(',')?;
        let lead = rest.len() - rest.trim_start().len();
        let body = &rest[lead..];
        let end = body.find([',', ';', '.', ':', '(', '»', '«']).unwrap_or(body.len());
        let phrase = &body[..end];
        let folded = fold(phrase);
        let words: Vec<&str> = folded.split([' ', '\'']).filter(|w| !w.is_empty()).collect();
        let first = words.iter().position(|w| {
            !matches!(*w, "le" | "la" | "l" | "un" | "une" | "ancien" | "ancienne" | "actuel" | "actuelle")
        })?;
        // ("X, l'un des enquêteurs chargés du dossier": one of a plural title.)
        let one_of = first > 0 && matches!(words[first - 1], "un" | "une") && words[first] == "des";
        let title =
            if one_of { words.get(first + 1).map(|w| w.trim_end_matches(['s', 'x'])) } else { Some(words[first]) };
        if words.len() > 22 || !title.is_some_and(|t| self.lexicon.is_title(t)) {
            return None;
        }
        Some(1 + lead..1 + lead + phrase.trim_end().len())
    }

    /// Places the lexicon lacks, named after a place noun ("le village de
    /// Tiotkino"). A name the lexicon or another finder took stays theirs.
    fn place_names(&self, w: &mut Work) {
        let mut found = Vec::new();
        for c in PLACE_NOUN.captures_iter(w.text) {
            let Some(name) = c.get(1) else { continue };
            let span = name.range();
            if w.covered(&span) || self.lexicon.is_title(&fold(name.as_str())) {
                continue;
            }
            if let Some(si) = w.sentence_of(&span) {
                found.push((span, si, name.as_str().to_string()));
            }
        }
        for (span, si, name) in found {
            let key = w.found_key(EntityType::Place, &name, None);
            w.push_mention(span, si, key, MentionKind::Name);
        }
    }

    /// Organizations the lexicon lacks, by the head noun their names open
    /// with: "l'Institut d'études stratégiques de Lyon", "le Centre de
    /// recherche militaire de Kharkiv", "the Korea Institute for Defense
    /// Analyses". The name runs over particles, capitalized words and the
    /// lowercase words a particle introduces, up to punctuation or a verb.
    fn organization_names(&self, w: &mut Work) {
        let lex = self.lexicon;
        let mut found: Vec<(Span, usize, String)> = Vec::new();
        for (si, s) in w.sentences.iter().enumerate() {
            let sentence = &w.text[s.span.clone()];
            // Heads are capitalized: most sentences have no candidate at all.
            if !sentence.chars().any(char::is_uppercase) {
                continue;
            }
            for (at, word) in word_spans(sentence) {
                if !word.chars().next().is_some_and(char::is_uppercase)
                    && !matches!(word, "ministère" | "ambassade" | "parquet")
                {
                    continue;
                }
                // "le ministère de l'Unification": French writes ministries in lower case.
                let is_head = ORG_HEADS.contains(&word)
                    || ORG_HEADS_EN.contains(&word)
                    || matches!(word, "ministère" | "ambassade" | "parquet");
                if !is_head {
                    continue;
                }
                // English names put the head last or inside: take the
                // capitalized run around it ("Korea Institute for Defense Analyses").
                let start = if ORG_HEADS_EN.contains(&word) {
                    word_spans(&sentence[..at])
                        .into_iter()
                        .rev()
                        .take_while(|(_, w)| w.chars().next().is_some_and(char::is_uppercase))
                        .last()
                        .map_or(at, |(b, _)| b)
                } else {
                    at
                };
                let mut end = at + word.len();
                let mut after_particle = false;
                let mut words = 1;
                let base = end;
                for (b, next) in word_spans(&sentence[base..]).into_iter().map(|(b, w)| (b + base, w)) {
                    // Only spaces and apostrophes may stand between the words of a name.
                    if sentence[end..b].chars().any(|c| !(c.is_whitespace() || c == '\'' || c == '’')) || words >= 9 {
                        break;
                    }
                    let f = fold(next);
                    let particle = ORG_PARTICLES.contains(&f.as_str());
                    let capital = next.chars().next().is_some_and(char::is_uppercase);
                    if particle
                        || capital
                        || (after_particle && !ORG_STOP.contains(&f.as_str()))
                        || (words == 1
                            && next.chars().all(|c| c.is_lowercase() || c == '-')
                            && !ORG_STOP.contains(&f.as_str()))
                    {
                        after_particle = particle || (after_particle && !capital);
                        end = b + next.len();
                        words += 1;
                    } else {
                        break;
                    }
                }
                // Drop trailing particles ("... de la").
                let mut name = sentence[start..end].trim_end();
                loop {
                    let last = name.rsplit([' ', '\'', '’']).next().unwrap_or("");
                    let folded_last = fold(last);
                    if name.len() > last.len()
                        && (folded_last.is_empty() || ORG_PARTICLES.contains(&folded_last.as_str()))
                    {
                        name = name[..name.len() - last.len()].trim_end_matches([' ', '\'', '’']);
                    } else {
                        break;
                    }
                }
                let tokens = name.split_whitespace().count();
                // A name has a proper part: a capitalized word after the head.
                let proper = name
                    .split_whitespace()
                    .skip(1)
                    .map(|t| t.rsplit(['\'', '’']).next().unwrap_or(t))
                    .any(|t| t.chars().next().is_some_and(char::is_uppercase));
                // ... or French capitals on the head alone, mid-sentence ("le
                // Conseil de sécurité nationale", "le Département fédéral des
                // affaires étrangères").
                let head_capital = start > 0 && tokens >= 3 && !matches!(word, "ministère" | "ambassade" | "parquet");
                if tokens < 2 || !(proper || head_capital) {
                    continue;
                }
                let mut span = s.span.start + start..s.span.start + start + name.len();
                // "Présidium de l'Assemblée populaire suprême": a lexicon
                // organization that the name opens on runs to its end.
                if let Some(end) = w
                    .mentions
                    .iter()
                    .filter(|m| m.span.start > span.start && m.span.start < span.end && m.span.end > span.end)
                    .filter(|m| lex.get(&m.entity).is_some_and(|e| lex.entities[e].kind == EntityType::Organization))
                    .map(|m| m.span.end)
                    .max()
                {
                    span.end = end;
                }
                let name = &w.text[span.clone()];
                // The lexicon's own name for it ("le ministère ukrainien de la
                // Défense") stays the lexicon's.
                if w.mentions.iter().any(|m| m.span.start <= span.start && m.span.end >= span.end) {
                    continue;
                }
                // Places inside the name ("... de Kharkiv") give way to it.
                let inside_only =
                    w.mentions.iter().filter(|m| m.span.start < span.end && span.start < m.span.end).all(|m| {
                        m.span.start >= span.start
                            && m.span.end <= span.end
                            && lex.get(&m.entity).is_some_and(|e| {
                                matches!(
                                    lex.entities[e].kind,
                                    EntityType::Place | EntityType::Country | EntityType::Organization
                                )
                            })
                    });
                // A nationality inside ("le ministère sud-coréen de ...") still
                // points to its country.
                let inside = |m: &Mention| m.span.start >= span.start && m.span.end <= span.end;
                if inside_only {
                    w.mentions.retain(|m| !inside(m) || m.kind == MentionKind::Demonym);
                }
                let covered = w
                    .mentions
                    .iter()
                    .any(|m| m.span.start < span.end && span.start < m.span.end && !(inside_only && inside(m)));
                if !covered && !found.iter().any(|(f, _, _)| f.start < span.end && span.start < f.end) {
                    found.push((span, si, name.to_string()));
                }
            }
        }
        for (span, si, name) in found {
            let key = w.found_key(EntityType::Organization, &name, None);
            w.push_mention(span, si, key, MentionKind::Name);
        }
    }

    /// Agreements the lexicon lacks, named by their subject ("l'accord sur ...
    /// le fleuve X"): only lower-case words between the head and the proper
    /// noun that ends the name, none of them a verb or a participle.
    fn agreement_names(&self, w: &mut Work) {
        let lex = self.lexicon;
        let mut found: Vec<(Span, usize)> = Vec::new();
        for (si, s) in w.sentences.iter().enumerate() {
            let sentence = &w.text[s.span.clone()];
            for m in AGREEMENT.find_iter(sentence) {
                if sentence[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric) {
                    continue;
                }
                let verbal = m.as_str().split_whitespace().skip(1).any(|t| {
                    let f = fold(t);
                    ORG_STOP.contains(&f.as_str()) || ["é", "ée", "és", "ées"].iter().any(|e| t.ends_with(e))
                });
                if verbal {
                    continue;
                }
                let span = s.span.start + m.start()..s.span.start + m.end();
                let overlapping: Vec<&Mention> =
                    w.mentions.iter().filter(|x| x.span.start < span.end && span.start < x.span.end).collect();
                let places_inside = overlapping.iter().all(|x| {
                    x.span.start >= span.start
                        && x.span.end <= span.end
                        && lex
                            .get(&x.entity)
                            .is_some_and(|e| matches!(lex.entities[e].kind, EntityType::Place | EntityType::Country))
                });
                if places_inside {
                    found.push((span, si));
                }
            }
        }
        for (span, si) in found {
            w.mentions.retain(|x| !(x.span.start >= span.start && x.span.end <= span.end));
            let name = w.text[span.clone()].to_string();
            let key = w.found_key(EntityType::Agreement, &name, None);
            w.push_mention(span, si, key, MentionKind::Name);
        }
    }

    /// Later mentions of a person by one part of the name the text used:
    /// a found person by surname ("Novak"), a lexicon person by the first or
    /// last word of the name written ("Kim" after "Kim Jong Un", "Poutine"
    /// after "Vladimir Poutine"). A part two people share is left alone.
    fn found_surnames(&self, w: &mut Work) {
        let lex = self.lexicon;
        let mut parts: Vec<(String, String)> = w
            .found
            .iter()
            .filter(|f| f.kind == EntityType::Person)
            .flat_map(|f| {
                let words: Vec<&str> = f.label.split_whitespace().collect();
                // Both ends: the family name may come first ("Han Chol-u").
                // The whole name first: "Kim Jong Gyu" again is one mention.
                let ends =
                    if words.len() >= 2 { vec![f.label.as_str(), words[0], words[words.len() - 1]] } else { words };
                ends.into_iter().map(|s| (fold(s), f.key.clone())).collect::<Vec<_>>()
            })
            .collect();
        for m in &w.mentions {
            let is_person = lex.get(&m.entity).is_some_and(|e| lex.entities[e].kind == EntityType::Person);
            if !is_person || m.kind != MentionKind::Name {
                continue;
            }
            let words: Vec<&str> = m.surface.split_whitespace().collect();
            if words.len() < 2 {
                continue;
            }
            for w in [words[0], words[words.len() - 1]] {
                let first = w.split('-').next().unwrap_or(w);
                if first.chars().next().is_some_and(char::is_uppercase) {
                    parts.push((fold(first), m.entity.clone()));
                }
            }
        }
        parts.sort();
        parts.dedup();
        let shared: Vec<String> = parts.windows(2).filter(|p| p[0].0 == p[1].0).map(|p| p[0].0.clone()).collect();
        // "Yoon" after "Yoon Da-eun": a known person's bare family name is the
        // person this document names in full, unless it names the known one
        // in full too.
        let named_in_full = |e: usize| {
            w.mentions.iter().any(|m| {
                m.entity == lex.entities[e].key
                    && m.kind == MentionKind::Name
                    && m.surface.split_whitespace().count() > 1
            })
        };
        let mut repoint = Vec::new();
        for (surname, key) in parts.iter().filter(|(s, k)| !shared.contains(s) && k.starts_with("name:")) {
            let Some(e) = lex.by_name(surname).filter(|&e| lex.entities[e].kind == EntityType::Person) else {
                continue;
            };
            if named_in_full(e) {
                continue;
            }
            repoint.push((lex.entities[e].key.clone(), surname.clone(), key.clone()));
        }
        for (known, surname, key) in repoint {
            for m in w.mentions.iter_mut() {
                if m.entity == known && fold(&m.surface) == surname {
                    m.entity = key.clone();
                }
            }
        }
        let people: Vec<(String, String)> = parts
            .into_iter()
            .filter(|(s, _)| {
                // Two letters will do ("Ri", "Ko"): the part comes from a found name.
                s.chars().count() >= 2 && !shared.contains(s) && !self.lexicon.is_title(s) && lex.by_name(s).is_none()
            })
            .collect();
        let mut people = people;
        people.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        let folded = w.folded.folded.clone();
        for (surname, key) in people {
            for (at, _) in folded.match_indices(&surname) {
                let fspan = at..at + surname.len();
                if !on_word_boundaries(&folded, &fspan) {
                    continue;
                }
                let span = w.folded.to_original(fspan, w.text);
                let Some(si) = w.sentence_of(&span) else {
                    continue;
                };
                // A short part ("Ri") only where it is written as a name, and
                // never a French word ("Un", "Le").
                let short = surname.chars().count() <= 3;
                let written = w.text[span.clone()].chars().next().is_some_and(char::is_uppercase);
                let word = matches!(
                    surname.as_str(),
                    "un" | "le"
                        | "la"
                        | "les"
                        | "de"
                        | "du"
                        | "des"
                        | "il"
                        | "on"
                        | "en"
                        | "et"
                        | "ou"
                        | "au"
                        | "aux"
                        | "ce"
                        | "ces"
                        | "sa"
                        | "son"
                        | "ses"
                        | "ne"
                        | "se"
                        | "si"
                        | "a"
                        | "y"
                        | "une"
                        | "est"
                        | "pas"
                        | "par"
                        | "sur"
                        | "mer"
                );
                if short && (!written || word) {
                    continue;
                }
                if !w.covered(&span) {
                    w.push_mention(span, si, key.clone(), MentionKind::Name);
                }
            }
        }
    }

    /// "son homologue américain, Antony Blinken", "le ministre russe de la
    /// Défense Andreï Belooussov": a descriptor followed by a person's name
    /// is that person, whoever the office table or the counterpart rule
    /// guessed.
    fn named_descriptors(&self, w: &mut Work) {
        let kind = |key: &str| crate::model::kind_of(self.lexicon, &w.found, key);
        let mut renamed = Vec::new();
        for (i, pair) in w.mentions.windows(2).enumerate() {
            let (a, b) = (&pair[0], &pair[1]);
            if a.sentence != b.sentence || a.kind != MentionKind::Descriptor || a.entity == b.entity {
                continue;
            }
            if !matches!(b.kind, MentionKind::Name | MentionKind::TitleCue)
                || kind(&b.entity) != Some(EntityType::Person)
            {
                continue;
            }
            if matches!(fold(&w.text[a.span.end..b.span.start]).as_str(), "" | " " | ", " | ",") {
                renamed.push((i, b.entity.clone()));
            }
        }
        for (i, entity) in renamed {
            w.mentions[i].entity = entity;
        }
    }

    /// Role assertions from a descriptor beside a name of the same person
    /// ("le président russe Vladimir Poutine", "Andreï Beloussov, le
    /// ministre russe de la Défense,") and from titles beside lexicon people.
    fn appositions(&self, w: &mut Work) {
        let lex = self.lexicon;
        let mut out = Vec::new();
        // A title phrase at `span` naming the person of `m`; its organization
        // is the first other entity inside it.
        let role_of = |w: &Work, m: &Mention, span: Span| {
            let of = w
                .mentions
                .iter()
                .find(|o| o.span.start >= span.start && o.span.end <= span.end && o.entity != m.entity)
                .map(|o| o.entity.clone());
            RoleAssertion {
                holder: m.entity.clone(),
                label: clean_role(&w.text[span.clone()]),
                of,
                sentence: m.sentence,
                chars: w.chars(&span),
                span,
            }
        };
        for pair in w.mentions.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            if a.sentence != b.sentence || a.entity != b.entity {
                continue;
            }
            let gap = fold(&w.text[a.span.end..b.span.start]);
            if !matches!(gap.as_str(), "" | "," | ", le" | ", la" | ", l'") {
                continue;
            }
            let descriptor = match (a.kind, b.kind) {
                (MentionKind::Descriptor, MentionKind::Name) => a,
                (MentionKind::Name, MentionKind::Descriptor) => b,
                _ => continue,
            };
            // "son homologue X" says who, not what office.
            if fold(&descriptor.surface).starts_with("homologue") {
                continue;
            }
            let of = self.office_country(&descriptor.surface, w.date, &descriptor.entity);
            out.push(RoleAssertion {
                holder: descriptor.entity.clone(),
                label: clean_role(&descriptor.surface),
                of,
                sentence: descriptor.sentence,
                span: descriptor.span.clone(),
                chars: descriptor.chars,
            });
        }
        // Lexicon people with a title phrase in apposition.
        for m in &w.mentions {
            let Some(e) = lex.get(&m.entity) else {
                continue;
            };
            if lex.entities[e].kind != EntityType::Person || m.kind != MentionKind::Name {
                continue;
            }
            let s = &w.sentences[m.sentence];
            let after = &w.text[m.span.end..s.span.end];
            if let Some(r) = self.title_after(after) {
                let span = m.span.end + r.start..m.span.end + r.end;
                if w.mentions
                    .iter()
                    .any(|o| o.span.start >= span.start && o.span.end <= span.end && o.entity == m.entity)
                {
                    continue;
                }
                // "reçue par Vladimir Poutine, la ministre des Affaires
                // étrangères, Choe Son-hui, ...": the title introduces the
                // name after it.
                let next_name = w.mentions.iter().any(|o| {
                    o.span.start >= span.end
                        && w.text[span.end..o.span.start].trim().trim_start_matches(',').trim().is_empty()
                        && o.entity != m.entity
                        && lex.get(&o.entity).is_none_or(|e| lex.entities[e].kind == EntityType::Person)
                        && o.kind == MentionKind::Name
                });
                if next_name {
                    continue;
                }
                out.push(role_of(w, m, span));
            }
        }
        // Lexicon people who hold no office on the date, with a title phrase
        // before the name ("l'ambassadeur de Russie, Georgy Zinoviev, ...").
        for m in &w.mentions {
            let Some(e) = lex.get(&m.entity) else { continue };
            if lex.entities[e].kind != EntityType::Person
                || m.kind != MentionKind::Name
                || lex.offices_of(e, w.date).next().is_some()
            {
                continue;
            }
            let s = &w.sentences[m.sentence];
            let Some((r, _)) = self.title_before(&w.text[s.span.start..m.span.start]) else { continue };
            let span = s.span.start + r.start..s.span.start + r.end;
            out.push(role_of(w, m, span));
        }
        // Found people: the role's organization is the first entity inside it.
        for r in w.roles.iter_mut() {
            if r.of.is_none() {
                r.of = w
                    .mentions
                    .iter()
                    .find(|o| o.span.start >= r.span.start && o.span.end <= r.span.end && o.entity != r.holder)
                    .map(|o| o.entity.clone());
            }
        }
        w.roles.extend(out);
        w.roles.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(a.holder.cmp(&b.holder)));
        w.roles.dedup_by(|a, b| a.span == b.span && a.holder == b.holder);
    }

    /// "le ministre russe", "le général ukrainien", "cette diplomate
    /// chinoise": a title and a nationality that name no office point back
    /// to the last person of that country told of in the sentences before
    /// (by an office held on the date or a role in apposition).
    fn national_titles(&self, w: &mut Work) {
        const GENERIC: &[&str] =
            &["soldat", "militaire", "prisonnier", "prisonniere", "temoin", "homologue", "opposant", "opposante"];
        let lex = self.lexicon;
        let kind = |key: &str| crate::model::kind_of(lex, &w.found, key);
        let country_of = |key: &str| lex.get(key).and_then(|e| lex.country_of(e)).map(|c| lex.entities[c].key.clone());
        let person_country = |key: &str, before: usize| -> Option<String> {
            if let Some(p) = lex.get(key) {
                if let Some(o) = lex.offices_of(p, w.date).next() {
                    return Some(lex.entities[o.country].key.clone());
                }
            }
            w.roles
                .iter()
                .rev()
                .filter(|r| r.holder == key && r.span.end <= before)
                .find_map(|r| r.of.as_deref().and_then(country_of))
                .or_else(|| {
                    // ("Le représentant permanent de la Russie, X, ...": a
                    // title phrase set before the name, with a country in it.)
                    w.mentions.iter().filter(|o| o.entity == key && o.span.end <= before).find_map(|o| {
                        let s = &w.sentences[o.sentence];
                        let head = w.text[s.span.start..o.span.start].trim_end().strip_suffix(',')?;
                        let from = s.span.start + head.rfind([',', ';', ':', '(']).map_or(0, |c| c + 1);
                        let titled = fold(&w.text[from..s.span.start + head.len()])
                            .split(|c: char| !c.is_alphanumeric() && c != '-')
                            .any(|t| lex.is_title(t));
                        if !titled {
                            return None;
                        }
                        w.mentions
                            .iter()
                            .filter(|c| c.span.start >= from && c.span.end <= o.span.start)
                            .find_map(|c| lex.get(&c.entity).filter(|&e| lex.entities[e].kind == EntityType::Country))
                            .map(|c| lex.entities[c].key.clone())
                    })
                })
        };
        let mut renamed = Vec::new();
        for (i, m) in w.mentions.iter().enumerate() {
            if m.kind != MentionKind::Demonym {
                continue;
            }
            let s = &w.sentences[m.sentence];
            let pre = w.text[s.span.start..m.span.start].trim_end();
            let mut tokens = pre.rsplit(char::is_whitespace);
            let last = tokens.next().unwrap_or("");
            let (det, title) = match last.rsplit_once(['\'', '’']) {
                Some((d, t)) => (fold(d), fold(t)),
                None => (tokens.next().map(fold).unwrap_or_default(), fold(last)),
            };
            if !lex.is_title(&title)
                || GENERIC.contains(&title.as_str())
                || !matches!(det.as_str(), "le" | "la" | "l" | "ce" | "cet" | "cette")
            {
                continue;
            }
            // Where the title starts (after "l'").
            let start = s.span.start + pre.len() - last.len()
                + last.rfind(['\'', '’']).map_or(0, |a| a + last[a..].chars().next().map_or(1, char::len_utf8));
            // Covered by an office ("le ministre russe de la Défense"), with
            // a complement or a name of its own ("le général russe Ivan X").
            let after = fold(&w.text[m.span.end..s.span.end]);
            let next = after.split_whitespace().next().unwrap_or("");
            let named_next = w.mentions.iter().any(|o| {
                o.span.start >= m.span.end
                    && o.span.start <= m.span.end + 2
                    && kind(&o.entity) == Some(EntityType::Person)
            });
            let covered = w.mentions.iter().any(|o| o.span.start < m.span.start && o.span.end > start);
            if matches!(next, "de" | "des" | "du") || next.starts_with("d'") || named_next || covered {
                continue;
            }
            let candidates: Vec<(&Mention, Option<String>)> = w
                .mentions
                .iter()
                .rev()
                .filter(|o| o.span.end <= start && o.sentence + 5 >= m.sentence)
                .filter(|o| kind(&o.entity) == Some(EntityType::Person))
                .map(|o| (o, person_country(&o.entity, start)))
                .collect();
            // ("Lavrov ... a remis un message de Poutine. Le ministre russe a
            // résumé ...": of that country, one whose office or role has the
            // title's word comes first.)
            let titled = |key: &str| {
                let office = lex.get(key).is_some_and(|p| {
                    lex.offices_of(p, w.date)
                        .any(|o| fold(&lex.roles[o.role].fr).split_whitespace().any(|t| t == title))
                });
                office
                    || w.roles.iter().any(|r| r.holder == key && fold(&r.label).split_whitespace().any(|t| t == title))
            };
            // (Then the subject of its clause, not someone a preposition
            // governs: "X lui a transmis un message de Vladimir Poutine. « »,
            // a déclaré l'émissaire russe" is X.)
            let free = |o: &Mention| {
                let start = w.sentences[o.sentence].span.start;
                crate::text::governing_preposition(&fold(&w.text[start..o.span.start])).is_none()
            };
            let holder = candidates
                .iter()
                .filter(|(_, c)| c.as_deref() == Some(m.entity.as_str()))
                .find(|(o, _)| titled(&o.entity))
                .or_else(|| {
                    candidates
                        .iter()
                        .take_while(|(o, _)| o.sentence + 1 >= m.sentence)
                        .filter(|(_, c)| c.as_deref() == Some(m.entity.as_str()))
                        .find(|(o, _)| free(o))
                })
                .or_else(|| {
                    // (Someone of unknown country told of since may be meant.)
                    candidates
                        .iter()
                        .find(|(_, c)| c.as_deref().is_none_or(|c| c == m.entity))
                        .filter(|(_, c)| c.is_some())
                })
                .map(|(o, _)| o.entity.clone());
            if let Some(h) = holder {
                renamed.push((i, start, h));
            }
        }
        for (i, start, holder) in renamed {
            let demonym = w.mentions[i].clone();
            let span = start..demonym.span.end;
            w.mentions[i] = Mention {
                chars: w.chars(&span),
                surface: w.text[span.clone()].to_string(),
                span,
                sentence: demonym.sentence,
                entity: holder,
                kind: MentionKind::Descriptor,
            };
            w.nested.push(demonym);
        }
    }

    /// "Le chef de l'État lui a assuré ...", "la ministre des Affaires
    /// étrangères a ajouté": an office named with no country is held by the
    /// last person told of (in the four sentences before) who holds it on
    /// the date.
    fn bare_offices(&self, w: &mut Work) {
        let lex = self.lexicon;
        let kind = |key: &str| crate::model::kind_of(lex, &w.found, key);
        let mut add = Vec::new();
        for (si, s) in w.sentences.iter().enumerate() {
            let (fs, fe) = (w.folded.from_original(s.span.start), w.folded.from_original(s.span.end));
            let f = &w.folded.folded[fs..fe];
            for hit in lex.bare_office_matcher.find_overlapping_iter(f) {
                let role = &lex.bare_offices[hit.pattern().as_usize()].1;
                {
                    let (at, end) = (hit.start(), hit.end());
                    let det = ["le ", "la ", "l'"].iter().any(|d| f[..at].ends_with(d));
                    let word_end = !f[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
                    // Not "le président russe", "le président de la Russie".
                    let next = f[end..].split_whitespace().next().unwrap_or("");
                    let qualified = lex.demonym(next.trim_end_matches([',', '.'])).is_some()
                        || matches!(next, "de" | "du" | "des" | "adjoint" | "adjointe")
                        || next.starts_with("d'");
                    if !det || !word_end || qualified || (at > 0 && f[..at].ends_with("vice-")) {
                        continue;
                    }
                    let span = w.folded.to_original(fs + at..fs + end, w.text);
                    // (Not when a name follows: "le ministre des affaires
                    // étrangères, Andriï Sybiha," says who.)
                    let named = w.mentions.iter().any(|m| {
                        m.span.start >= span.end
                            && m.span.start <= span.end + 3
                            && kind(&m.entity) == Some(EntityType::Person)
                    });
                    if named || w.mentions.iter().any(|m| m.span.start < span.end && span.start < m.span.end) {
                        continue;
                    }
                    // (Whoever the story is about first: "Macron s'est entretenu
                    // avec Zelensky. Le chef de l'État lui a assuré ...".)
                    let holders: Vec<&Mention> = w
                        .mentions
                        .iter()
                        .rev()
                        .filter(|m| m.span.end <= span.start && m.sentence + 4 >= si)
                        .filter(|m| kind(&m.entity) == Some(EntityType::Person))
                        .filter(|m| {
                            lex.get(&m.entity).is_some_and(|p| lex.offices_of(p, w.date).any(|o| o.role == *role))
                        })
                        .collect();
                    let governed = |m: &Mention| {
                        let start = w.folded.from_original(w.sentences[m.sentence].span.start);
                        crate::text::governing_preposition(
                            &w.folded.folded[start..w.folded.from_original(m.span.start)],
                        )
                        .is_some()
                    };
                    let opens = |m: &Mention| {
                        w.mentions
                            .iter()
                            .find(|o| o.sentence == m.sentence && kind(&o.entity) == Some(EntityType::Person))
                            .is_some_and(|o| o.span == m.span)
                    };
                    let holder = holders
                        .iter()
                        .find(|m| opens(m) && !governed(m))
                        .or_else(|| holders.iter().find(|m| !governed(m)))
                        .or(holders.first())
                        .map(|m| m.entity.clone());
                    if let Some(h) = holder {
                        add.push((span, si, h));
                    }
                }
            }
        }
        add.sort_by_key(|(s, _, _)| (s.start, std::cmp::Reverse(s.end)));
        for (span, si, holder) in add {
            if !w.covered(&span) {
                w.push_mention(span, si, holder, MentionKind::Descriptor);
            }
        }
        w.mentions.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(a.span.end.cmp(&b.span.end)));
    }

    /// "À Séoul, le ministère des Affaires étrangères a ...": a national
    /// body named without its country is the one of the country the sentence
    /// opens on (a capital or a country after "à"/"en"), else the one of
    /// those bodies the document named before.
    fn bare_bodies(&self, w: &mut Work) {
        let lex = self.lexicon;
        let f = &w.folded.folded;
        let mut add: Vec<(Span, usize, usize)> = Vec::new();
        for hit in lex.bare_body_matcher.find_overlapping_iter(f.as_str()) {
            let bodies = &lex.bare_bodies[hit.pattern().as_usize()].1;
            {
                let (at, end) = (hit.start(), hit.end());
                let det = ["le ", "la ", "l'", "du ", "au ", "son ", "sa "].iter().any(|d| f[..at].ends_with(d));
                // ("La Chine a répété par la voix de son ministère des Affaires
                // étrangères": the possessor is the country the sentence opens on.)
                let possessive = ["son ", "sa "].iter().any(|d| f[..at].ends_with(d));
                if !det || f[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
                    continue;
                }
                let span = w.folded.to_original(at..end, w.text);
                let Some(si) = w.sentence_of(&span) else { continue };
                if w.mentions
                    .iter()
                    .any(|m| m.span.start < span.end && span.start < m.span.end && !m.entity.starts_with("name:"))
                {
                    continue;
                }
                let s = &w.sentences[si];
                let country_of = |key: &str| -> Option<usize> {
                    let e = lex.get(key)?;
                    match lex.entities[e].kind {
                        EntityType::Country => Some(e),
                        _ => lex.entities[e].stands_for.filter(|&c| lex.entities[c].kind == EntityType::Country),
                    }
                };
                let opening = w
                    .mentions
                    .iter()
                    .filter(|m| m.sentence == si && m.span.end <= span.start)
                    .find(|m| {
                        // ("Le même jour, à Séoul, le ministère ...": a place
                        // opening a clause of its own; "Côté ukrainien,
                        // l'état-major général ...": a side.)
                        let head = fold(&w.text[s.span.start..m.span.start]);
                        matches!(head.rsplit(',').next().unwrap_or("").trim(), "a" | "en" | "au" | "cote" | "du cote")
                    })
                    .and_then(|m| country_of(&m.entity));
                let subject = possessive
                    .then(|| {
                        w.mentions
                            .iter()
                            .filter(|m| m.sentence == si && m.span.end <= span.start)
                            .find_map(|m| country_of(&m.entity))
                    })
                    .flatten();
                let chosen = match opening.or(subject) {
                    Some(c) => bodies.iter().copied().find(|&b| lex.country_of(b) == Some(c)),
                    None => bodies.iter().copied().find(|&b| {
                        w.mentions.iter().any(|m| m.span.end <= span.start && m.entity == lex.entities[b].key)
                    }),
                };
                if let Some(b) = chosen {
                    add.push((span, si, b));
                }
            }
        }
        for (span, si, b) in add {
            w.mentions.retain(|m| !(m.span.start < span.end && span.start < m.span.end));
            w.push_mention(span, si, lex.entities[b].key.clone(), MentionKind::Name);
        }
        w.mentions.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(a.span.end.cmp(&b.span.end)));
    }

    /// "Le président russe a remercié son homologue pour ...": a counterpart
    /// with no country is the person told of nearby who holds, on the
    /// article's date, the office its owner (the last person named before it)
    /// holds, in another country.
    fn bare_counterparts(&self, w: &mut Work) {
        let lex = self.lexicon;
        let mut add = Vec::new();
        for (at, _) in w.folded.folded.match_indices("homologue") {
            let f = &w.folded.folded;
            let end = at + "homologue".len();
            let head = &f[..at];
            if !["son ", "sa "].iter().any(|d| head.ends_with(d)) || f[end..].starts_with(|c: char| c.is_alphanumeric())
            {
                continue;
            }
            let start = at - if head.ends_with("sa ") { 3 } else { 4 };
            let span = w.folded.to_original(start..end, w.text);
            let Some(si) = w.sentence_of(&span) else { continue };
            // (Not "son homologue nord-coréen", "son homologue, X,": the
            // country or the name says who.)
            let next = &f[end..];
            let next_word = next.trim_start().split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
            if next.starts_with(',') || lex.demonym(next_word).is_some() || w.covered(&span) {
                continue;
            }
            let person = |m: &&Mention| lex.get(&m.entity).filter(|&e| lex.entities[e].kind == EntityType::Person);
            let Some(owner) = w
                .mentions
                .iter()
                .rev()
                .filter(|m| m.span.end <= span.start && m.sentence + 1 >= si)
                .find_map(|m| person(&m))
            else {
                continue;
            };
            let Some(office) = lex.offices_of(owner, w.date).next() else { continue };
            let (role, country) = (office.role, office.country);
            let holds = |p: usize| lex.offices_of(p, w.date).any(|o| o.role == role && o.country != country);
            let near = |m: &&Mention| m.sentence + 3 >= si && m.sentence <= si;
            let before = w.mentions.iter().rev().filter(|m| m.span.end <= span.start).filter(near);
            let after = w.mentions.iter().filter(|m| m.span.start >= span.end && m.sentence == si);
            if let Some(h) = before.chain(after).filter_map(|m| person(&m)).find(|&p| p != owner && holds(p)) {
                add.push((span, si, lex.entities[h].key.clone()));
            }
        }
        for (span, si, holder) in add {
            w.push_mention(span, si, holder, MentionKind::Descriptor);
        }
        w.mentions.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(a.span.end.cmp(&b.span.end)));
    }

    /// "le porte-parole du Kremlin a balayé « ... »": a spokesperson the
    /// text never names speaks for the body, not as the office's holder of
    /// the day (the body itself is a mention of its own). Once the holder is
    /// named anywhere in the document, every such descriptor is that person.
    fn unnamed_spokespeople(&self, w: &mut Work) {
        let spokesperson = |m: &Mention| {
            m.kind == MentionKind::Descriptor && {
                let f = fold(&m.surface);
                ["porte-parole", "secretaire de presse", "attache de presse", "attachee de presse"]
                    .iter()
                    .any(|t| f.starts_with(t))
            }
        };
        let named: std::collections::HashSet<String> = w
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::TitleCue))
            .map(|m| m.entity.clone())
            .collect();
        // ("la porte-parole de la diplomatie russe a balayé « »": a foreign
        // ministry's spokesperson with no body named inside the descriptor
        // speaks for that country's ministry.)
        let lex = self.lexicon;
        let ministry = |m: &Mention| {
            let holder = lex.get(&m.entity)?;
            let office =
                lex.offices_of(holder, w.date).find(|o| lex.roles[o.role].key == "foreign_ministry_spokesperson")?;
            let body_inside = w.mentions.iter().any(|b| {
                b.span.start >= m.span.start
                    && b.span.end <= m.span.end
                    && b.kind == MentionKind::Name
                    && lex.get(&b.entity).is_some_and(|e| lex.entities[e].kind == EntityType::Organization)
            });
            if body_inside {
                return None;
            }
            lex.entities
                .iter()
                .find(|e| {
                    e.kind == EntityType::Organization
                        && e.part_of == Some(office.country)
                        && fold(&e.fr).contains("affaires etrangeres")
                })
                .map(|e| e.key.clone())
        };
        let bodies: Vec<(usize, String)> = w
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| spokesperson(m) && !named.contains(&m.entity))
            .filter_map(|(i, m)| ministry(m).map(|b| (i, b)))
            .collect();
        for (i, body) in bodies {
            w.mentions[i].entity = body;
        }
        w.mentions.retain(|m| {
            !spokesperson(m)
                || named.contains(&m.entity)
                || lex.get(&m.entity).is_some_and(|e| lex.entities[e].kind == EntityType::Organization)
        });
    }

    /// The country of the office a descriptor names, from the person's
    /// offices on the date.
    fn office_country(&self, _surface: &str, date: Option<Date>, holder: &str) -> Option<String> {
        let lex = self.lexicon;
        let p = lex.get(holder)?;
        lex.offices_of(p, date).next().map(|o| lex.entities[o.country].key.clone())
    }
}

/// Where the clause that ends `s` starts (after the last comma, colon,
/// parenthesis, guillemet or period).
/// Does the text after a name go on with another part of a name: a hyphen
/// and a letter ("-woo"), or a capitalized word in lower case after it
/// ("Da-eun", "Song")? Acronyms and lower-case words end a name.
fn continues_name(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        Some('-') => chars.next().is_some_and(char::is_alphabetic),
        Some(' ') => {
            let word: Vec<char> = chars.take_while(|c| c.is_alphabetic() || *c == '-').collect();
            word.len() >= 2 && word[0].is_uppercase() && word[1].is_lowercase()
        }
        _ => false,
    }
}

fn clause_start(s: &str) -> usize {
    let mark = s
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | ';' | ':' | '(' | '«' | '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    // ("SÉOUL, 31 octobre (AFP) - La Corée du Sud a convoqué l'ambassadeur":
    // a dateline's dash ends it too.)
    let dash = [" - ", " – ", " — "].iter().filter_map(|d| s.rfind(d).map(|i| i + d.len())).max().unwrap_or(0);
    mark.max(dash)
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "le" | "la"
            | "l"
            | "les"
            | "un"
            | "une"
            | "son"
            | "sa"
            | "leur"
            | "ce"
            | "cet"
            | "cette"
            | "ancien"
            | "ancienne"
            | "actuel"
            | "actuelle"
            | "nouveau"
            | "nouvelle"
    )
}

/// Byte offset of the `n`th word (split on spaces and apostrophes) of `s`.
fn nth_word_offset(s: &str, n: usize) -> Option<usize> {
    let mut count = 0;
    let mut in_word = false;
    for (i, c) in s.char_indices() {
        let sep = c.is_whitespace() || matches!(c, '\'' | '’');
        if !sep && !in_word {
            if count == n {
                return Some(i);
            }
            count += 1;
        }
        in_word = !sep;
    }
    None
}

/// Drops trailing words that cannot end a name (a capitalized verb or
/// article swallowed by the pattern is rare; initials keep their period).
fn trim_name(s: &str) -> &str {
    s.trim_end_matches([' ', '-', '\''])
}

/// A role label: without leading determiner and surrounding punctuation.
fn clean_role(s: &str) -> String {
    let s = s.trim().trim_matches([',', ' ']);
    for det in ["le ", "la ", "l'", "l’", "Le ", "La ", "L'", "L’", "son ", "sa ", "Son ", "Sa "] {
        if let Some(rest) = s.strip_prefix(det) {
            return rest.trim().to_string();
        }
    }
    s.to_string()
}

/// The sentences of a document that come from its headline.
pub fn title_sentences(x: &DocExtraction) -> impl Iterator<Item = &Sentence> {
    x.sentences.iter().filter(|s| s.block == BlockKind::Title)
}
