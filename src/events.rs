//! Events and figures: who did what to whom, where, when, how many, according
//! to whom.
//!
//! Per sentence: triggers from `triggers.tsv` (verbs with all their forms,
//! nouns, adjectives) are found on the folded view; their arguments come from
//! the entity mentions around them. The subject is the first actor of the
//! sentence before the trigger that no preposition governs (so appositions
//! and "Le président russe, Vladimir Poutine, a ..." work); passive voice
//! takes the agent after "par"; complements attach by the cue the trigger
//! row gives (direct, à, avec, en, de); places are entities after "à", "en",
//! "dans", "près de"; sources come from "selon", "d'après", "cité par",
//! "citant", inverted speech verbs ("a annoncé le Kremlin") and "selon
//! lui". Capitals and palaces stand for their governments as actors.
//! Figures (`figures`) become claims attributed to the sentence's source
//! and attach to the event they count. `events` does no IO and mints no IRI.

use std::collections::BTreeSet;

use jiff::civil::Date;
use serde::Serialize;

use crate::figures::{self, Qualifier};
use crate::lexicon::{EntityType, Lexicon, TriggerKind};
use crate::model::{Mention, Sentence};
use crate::text::{CharIndex, Folded, Span};
use crate::time::{self, TimeExpr, TimeValue};

/// The event classes of the ontology (local names).
pub const EVENT_TYPES: &[&str] = &[
    "Meeting",
    "Visit",
    "Thanks",
    "Statement",
    "Letter",
    "TroopDeployment",
    "Casualties",
    "AgreementSigning",
    "Ratification",
    "MilitaryOperation",
    "Supply",
    "Capture",
    "PledgeOfSupport",
    "Attack",
    "Negotiation",
    "Sanction",
    "OtherEvent",
];

/// One document's report of an event.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// Identity across documents: reports with the same key are one event.
    pub key: String,
    pub kind: String,
    pub cameo: Option<String>,
    pub agent: Option<String>,
    /// Recipients (thanked, supplied, written to) and participants (met).
    pub recipients: Vec<String>,
    pub participants: Vec<String>,
    pub place: Option<String>,
    /// The agreement signed or ratified, when there is one.
    pub theme: Option<String>,
    pub date: Option<TimeValue>,
    pub date_text: Option<String>,
    /// What a supply event says is supplied (unit keys: shells, missiles...).
    pub items: Vec<String>,
    /// Index into the document's claims: the figure this report gives.
    pub count: Option<usize>,
    pub source: Option<String>,
    pub sentence: usize,
    pub trigger: Span,
    pub trigger_chars: (usize, usize),
    pub trigger_text: String,
    pub confidence: f32,
    /// Conditional or reported ("auraient été tués").
    pub hedged: bool,
    /// Only noun or adjective triggers report it (no verb).
    #[serde(skip)]
    pub noun_only: bool,
    /// A noun whose participle names its agent ("l'incursion lancée par Kiev").
    #[serde(skip)]
    pub agent_by: bool,
    /// Made by a quotation whose sentence has no speech verb for it.
    #[serde(skip)]
    pub from_quote: bool,
}

/// A figure asserted by a source.
#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    pub span: Span,
    pub chars: (usize, usize),
    pub sentence: usize,
    pub value: Option<u64>,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub qualifier: Qualifier,
    /// The unit's key (soldiers, killed, shells, people).
    pub what: String,
    /// The counted phrase as written ("soldats nord-coréens tués").
    pub what_text: String,
    /// The country of the counted people or things, from a demonym.
    pub of: Option<String>,
    pub source: Option<String>,
    pub event: Option<usize>,
    pub text: String,
}

/// What the event extractor reads.
pub struct Input<'a> {
    pub doc_id: &'a str,
    pub text: &'a str,
    pub folded: &'a Folded,
    pub chars: &'a CharIndex,
    pub sentences: &'a [Sentence],
    /// Sorted by start.
    pub mentions: &'a [Mention],
    pub published: Option<Date>,
    pub lexicon: &'a Lexicon,
    /// The document's quotations, with their speakers.
    pub quotes: &'a [crate::quotes::Quote],
    /// Entities found in the document that the lexicon lacks.
    pub found: &'a [crate::model::FoundEntity],
    /// Offices asserted beside names ("X, chef adjoint du quartier général ...,").
    pub roles: &'a [crate::model::RoleAssertion],
}

/// Cues that introduce a source phrase ("selon le Kremlin").
const SOURCE_CUES: &[&str] =
    &["selon ", "d'apres ", "cite par ", "citee par ", "cites par ", "citees par ", "citant ", "de source "];

/// Speech verbs that name a source when their subject follows them, after a
/// comma or a quotation: ", a annoncé le Kremlin", ", rapporte l'agence".
const INVERTED_CUES: &[&str] = &[
    "a rapporte ",
    "ont rapporte ",
    "rapporte ",
    "rapportent ",
    "a annonce ",
    "ont annonce ",
    "annonce ",
    "a indique ",
    "ont indique ",
    "indique ",
    "a precise ",
    "precise ",
    "a affirme ",
    "affirme ",
    "a confirme ",
    "a ecrit ",
    "ecrit ",
    "a assure ",
    "assure ",
    "a declare ",
    "declare ",
    "a souligne ",
    "souligne ",
    "a estime ",
    "estime ",
    "a evalue ",
    "a ajoute ",
    "ajoute ",
    "a explique ",
    "explique ",
    "a rappele ",
    "rappelle ",
    "a reconnu ",
    "a revele ",
    "revele ",
    "a fait savoir ",
    "a confie ",
    "a insiste ",
];

/// All source cues in one automaton: the first `SOURCE_CUES.len()` patterns
/// are the plain ones, the rest inverted speech verbs.
static CUES: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    aho_corasick::AhoCorasick::new(SOURCE_CUES.iter().chain(INVERTED_CUES.iter())).expect("valid cues")
});

/// Which way an event's count must point: the unit's event, or people.
fn count_fits(event: &str, claim: &Claim, unit_event: Option<&str>) -> bool {
    match unit_event {
        // "Deux soldats ont été faits prisonniers": soldiers counted by a capture.
        // "4 000 soldats mis hors de combat": soldiers counted by a toll.
        // "57 assauts russes", "14 attaques repoussées": strikes counted by an operation.
        Some(e) => {
            e == event
                || (e == "TroopDeployment" && matches!(event, "Capture" | "Casualties"))
                || (e == "Attack" && event == "MilitaryOperation")
        }
        None => {
            // ("a sanctionné une quarantaine de personnes": the people a
            // sanction targets.)
            (claim.what == "people" && matches!(event, "TroopDeployment" | "Casualties" | "Capture" | "Sanction"))
                // ("sanctions contre onze responsables nord-coréens".)
                || (claim.what == "officials" && event == "Sanction")
                // ("un soldat nord-coréen a été fait prisonnier": one captive.)
                || (claim.what == "captive" && event == "Capture")
                || (matches!(claim.what.as_str(), "civilians" | "children" | "inhabitants") && event == "Casualties")
                // "a livré plus d'un million de barils": cargo counts a
                // delivery its verb tells, and makes none by itself.
                || (matches!(claim.what.as_str(), "tonnes" | "barrels" | "wagons" | "ships") && event == "Supply")
        }
    }
}

struct Ctx<'a> {
    input: &'a Input<'a>,
    times: Vec<TimeExpr>,
}

impl Ctx<'_> {
    fn kind(&self, key: &str) -> Option<EntityType> {
        crate::model::kind_of(self.input.lexicon, self.input.found, key)
    }

    /// The actor a mention stands for: people, organizations, countries,
    /// forces and media as they are; a capital or palace as its government.
    fn actor(&self, m: &Mention) -> Option<String> {
        let lex = self.input.lexicon;
        match self.kind(&m.entity)? {
            EntityType::Place => {
                let e = lex.get(&m.entity)?;
                lex.entities[e].stands_for.map(|s| lex.entities[s].key.clone())
            }
            EntityType::Agreement => None,
            // "l'armée russe a bombardé", "les forces ukrainiennes ont affronté":
            // a country's forces named generically act for the country (a
            // named force, "l'Armée populaire de Corée", acts as itself).
            EntityType::MilitaryForce => {
                let lex = self.input.lexicon;
                let f = crate::text::fold(&m.surface);
                let generic = ["armee ", "armees ", "forces ", "troupes "].iter().any(|g| f.starts_with(g));
                let country = lex
                    .get(&m.entity)
                    .and_then(|e| lex.entities[e].part_of)
                    .filter(|&c| lex.entities[c].kind == EntityType::Country)
                    .map(|c| lex.entities[c].key.clone());
                match country {
                    Some(c) if generic => Some(c),
                    _ => Some(m.entity.clone()),
                }
            }
            _ => Some(m.entity.clone()),
        }
    }

    fn is_place(&self, m: &Mention) -> bool {
        matches!(self.kind(&m.entity), Some(EntityType::Place | EntityType::Country))
    }

    /// The folded words just before an original byte offset, within the
    /// sentence.
    fn words_before(&self, sentence: &Sentence, at: usize, n: usize) -> Vec<&str> {
        let f = self.input.folded;
        let from = f.from_original(sentence.span.start);
        let to = f.from_original(at);
        let s = &f.folded[from..to];
        s.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty()).rev().take(n).collect()
    }

    /// Is the mention the agent of a passive: "par X", "par l'armée ukrainienne"?
    fn by_agent(&self, sentence: &Sentence, m: &Mention) -> bool {
        let before = self.words_before(sentence, m.span.start, 4);
        // "par le général Ivan Petrov": determiners and a title word between.
        let skip_det = |w: &&&str| {
            !matches!(**w, "le" | "la" | "les" | "l" | "un" | "une" | "son" | "sa" | "ses" | "leur" | "leurs")
                && (m.kind != crate::lexicon::MentionKind::TitleCue || !self.input.lexicon.is_title(w))
        };
        let mut words = before.iter().filter(skip_det);
        match words.next().copied() {
            Some("par") => true,
            // A demonym follows the noun it qualifies ("par les forces
            // spéciales ukrainiennes": and an adjective of that noun).
            Some(_) if m.kind == crate::lexicon::MentionKind::Demonym => {
                let (a, b) = (words.next().copied(), words.next().copied());
                a == Some("par") || (b == Some("par") && a.is_some_and(|w| w.ends_with(['s', 'e']) && w.len() > 4))
            }
            _ => false,
        }
    }

    /// The word before the "par" that governs a by-agent: "lancée" in
    /// "l'incursion lancée par Kiev", "jeudi" in "ratifié jeudi par la Douma".
    fn word_before_par(&self, sentence: &Sentence, m: &Mention) -> Option<&str> {
        let before = self.words_before(sentence, m.span.start, 5);
        let at = before.iter().position(|w| *w == "par")?;
        before.get(at + 1).copied()
    }

    /// The preposition a place name hangs on, through a place noun and
    /// "près de": "près du village de X" and "près de X" give "pres", "dans la
    /// ville de X" gives "dans", "de X" gives "de".
    fn place_governor(&self, sentence: &Sentence, m: &Mention) -> Option<&str> {
        const NOUNS: &[&str] = &[
            "village",
            "villages",
            "ville",
            "localite",
            "commune",
            "bourg",
            "hameau",
            "district",
            "port",
            "cite",
            "oblast",
            "province",
            "secteur",
            "aeroport",
            "base",
            "ile",
            "peninsule",
            "raion",
            "region",
            "quartier",
            "gare",
            "capitale",
            "frontiere",
            "abords",
            "banlieue",
            "environs",
            "alentours",
        ];
        const NEAR: &[&str] = &["pres", "autour", "proximite", "abords", "environs", "alentours", "large"];
        let words = self.words_before(sentence, m.span.start, 8);
        // ("du", "des" are "de" here: "près des villages de X", "la prise du
        // village de X".)
        let mut words = words.into_iter().filter(|w| matches!(*w, "du" | "des") || !DETERMINERS.contains(w));
        let mut w = words.next()?;
        loop {
            let of = matches!(w, "de" | "du" | "d" | "des");
            let next = words.next();
            match next {
                Some(n) if of && NOUNS.contains(&n) => w = words.next()?,
                Some(n) if of && NEAR.contains(&n) => return Some("pres"),
                _ => return crate::text::PREPOSITIONS.contains(&w).then_some(w),
            }
        }
    }

    fn governed(&self, sentence: &Sentence, m: &Mention) -> Option<&str> {
        let f = self.input.folded;
        let prefix = &f.folded[f.from_original(sentence.span.start)..f.from_original(m.span.start)];
        // "avec son homologue Choe Son Hui", "avec M. Lee", "par le général
        // nord-coréen Kim": titles and honorifics before a person's name
        // belong to the phrase the preposition heads.
        if self.kind(&m.entity) == Some(EntityType::Person) {
            let lex = self.input.lexicon;
            // ("un message du président russe": "du" is "de le".)
            return crate::text::preposition_before(prefix, 6, |w| {
                (DETERMINERS.contains(&w) && w != "du")
                    || matches!(w, "m" | "mme" | "mm" | "dr" | "pr")
                    || lex.is_title(w)
                    || lex.demonym(w).is_some()
            });
        }
        crate::text::governing_preposition(prefix)
    }
}

enum Fired {
    /// Launched, fired, aimed at something.
    At,
    /// Shot down, intercepted, destroyed.
    Down,
    No,
}

/// What a figure of weapons in a folded sentence (`at` its byte range)
/// says was done with them: the words of its clause before it ("a lancé",
/// "a tiré sur Kiev", "a visé X avec", "dit avoir abattu") and just after it
/// ("abattus", "lancés contre", "contre l'Ukraine").
fn fired(sentence: &str, start: usize, end: usize) -> Fired {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).map(str::to_string).collect()
    };
    let clause_start = sentence[..start].rfind([',', ';', '(']).map_or(0, |i| i + 1);
    let before: Vec<String> = words(&sentence[clause_start..start]).into_iter().rev().take(8).collect();
    let clause_end = sentence[end..].find([',', ';', '.', '(']).map_or(sentence.len(), |i| end + i);
    let after: Vec<String> = words(&sentence[end..clause_end]).into_iter().take(8).collect();
    let down = |w: &str| ["abattu", "intercept", "detrui", "neutralis"].iter().any(|p| w.starts_with(p));
    // "Deux missiles se sont abattus sur Kharkiv": weapons that fell struck.
    let fell = after.windows(3).any(|p| matches!(p[0].as_str(), "se" | "s") && p[2].starts_with("abattu"))
        || after.windows(2).any(|p| p[0] == "s" && p[1] == "est")
        || after.first().is_some_and(|w| w == "s");
    if fell && after.iter().any(|w| w.starts_with("abattu")) {
        return Fired::At;
    }
    if before.iter().chain(after.iter()).any(|w| down(w)) {
        return Fired::Down;
    }
    let fire = |w: &str| {
        matches!(
            w,
            "lance"
                | "lances"
                | "lancees"
                | "lancent"
                | "lancait"
                | "lancaient"
                | "lancer"
                | "lancant"
                | "tire"
                | "tires"
                | "tirees"
                | "tirent"
                | "tirait"
                | "tiraient"
                | "tirer"
                | "tirant"
                | "vise"
                | "visait"
                | "visaient"
                | "visant"
                | "frappe"
                | "frappee"
                | "bombarde"
        )
    };
    let delivered = |w: &str| {
        ["livr", "fourn", "expedi", "envoy", "achemin", "transf", "vend", "recu", "recoi", "stock", "produi", "fabriqu"]
            .iter()
            .any(|p| w.starts_with(p))
    };
    if before.iter().any(|w| delivered(w)) {
        return Fired::No;
    }
    if before.iter().any(|w| fire(w)) || after.iter().any(|w| fire(w) || w == "contre") {
        return Fired::At;
    }
    Fired::No
}

/// The source phrases of a sentence: (original span of the phrase, source
/// entity). "selon un député citant le NIS" gives the NIS.
fn sources(ctx: &Ctx, sentence: &Sentence, mentions: &[&Mention]) -> Vec<(Span, String)> {
    let f = ctx.input.folded;
    let from = f.from_original(sentence.span.start);
    let to = f.from_original(sentence.span.end);
    let s = &f.folded[from..to];
    let mut out = Vec::new();
    for hit in CUES.find_overlapping_iter(s) {
        let (start, at) = (hit.start(), hit.end());
        let inverted = hit.pattern().as_usize() >= SOURCE_CUES.len();
        if start > 0 && s[..start].chars().next_back().is_some_and(char::is_alphanumeric) {
            continue;
        }
        // An inverted speech verb follows a comma or a quotation, and its
        // subject comes within a few words.
        if inverted {
            let lead = s[..start].trim_end();
            if !(lead.ends_with(',') || lead.ends_with('»') || lead.ends_with('"') || lead.ends_with('”')) {
                continue;
            }
        }
        let cue_end = f.to_original(from + start..from + at, ctx.input.text).end;
        // "le NIS, selon lequel 100 missiles ont été livrés": the source is
        // the one named before the relative pronoun; the clause is the fact.
        if !inverted {
            let rest = &s[at..];
            let relative =
                ["lequel ", "laquelle ", "lesquels ", "lesquelles ", "qui "].iter().find(|r| rest.starts_with(*r));
            if let Some(r) = relative {
                let cue_start = f.to_original(from + start..from + at, ctx.input.text).start;
                let named: Vec<&&Mention> = mentions
                    .iter()
                    .rev()
                    .filter(|m| m.span.end <= cue_start)
                    .filter(|m| ctx.actor(m).is_some() || ctx.kind(&m.entity) == Some(EntityType::Media))
                    .collect();
                // "le Service national de renseignement (NIS) sud-coréen, selon
                // lequel": the body named, not the nationality after it.
                let antecedent = named
                    .iter()
                    .take_while(|m| named.first().is_some_and(|f| m.span.end + 80 >= f.span.start))
                    .find(|m| m.kind != crate::lexicon::MentionKind::Demonym)
                    .or(named.first());
                if let Some(m) = antecedent {
                    let key = ctx.actor(m).unwrap_or_else(|| m.entity.clone());
                    out.push((cue_start..f.to_original(from..from + at + r.len(), ctx.input.text).end, key));
                }
                continue;
            }
        }
        // The phrase runs to the next comma or the end of the sentence.
        let phrase_end = s[at..].find([',', ';', '.', '«']).map_or(to, |e| from + at + e);
        // ", a confirmé que ...", ", a indiqué jeudi que ...": a verb with its
        // clause, not an inverted subject.
        let clause_follows = {
            let mut rest = &s[at..];
            loop {
                let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                let skip = !word.is_empty()
                    && (crate::time::is_calendar_word(word)
                        || matches!(
                            word,
                            "hier"
                                | "soir"
                                | "matin"
                                | "dernier"
                                | "derniere"
                                | "encore"
                                | "aussi"
                                | "egalement"
                                | "toutefois"
                                | "cependant"
                                | "deja"
                                | "ensuite"
                                | "enfin"
                                | "ainsi"
                                | "alors"
                                | "ce"
                                | "cette"
                                | "meme"
                                | "jour"
                                | "apres-midi"
                        ));
                if !skip {
                    break;
                }
                rest = rest[word.len()..].trim_start();
            }
            rest.starts_with("que ") || rest.starts_with("qu'")
        };
        if inverted && clause_follows {
            continue;
        }
        let mut phrase_end_o = f.to_original(from..phrase_end, ctx.input.text).end;
        let reach = if inverted { (cue_end + 48).min(phrase_end_o) } else { phrase_end_o };
        // "a annoncé mardi à Pyongyang le secrétaire ...": after an inverted
        // verb, a place or date complement is not its subject.
        let mut inside: Vec<&&Mention> = mentions
            .iter()
            .filter(|m| m.span.start >= cue_end && m.span.start <= reach && m.span.end <= phrase_end_o)
            .filter(|m| !inverted || ctx.governed(sentence, m).is_none())
            .collect();
        // "selon sa porte-parole, Sabrina Singh,": the person in apposition
        // (a title in the phrase, the name closed by a comma; not "Selon le
        // Kremlin, Vladimir Poutine s'est entretenu ...").
        let titled = s[at..phrase_end - from]
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .any(|w| ctx.input.lexicon.is_title(w));
        if !inside.iter().any(|m| ctx.kind(&m.entity) == Some(EntityType::Person))
            && titled
            && s[phrase_end - from..].starts_with(", ")
        {
            let next = f.to_original(from..phrase_end + 2, ctx.input.text).end;
            if let Some(m) = mentions
                .iter()
                .find(|m| m.span.start == next && ctx.kind(&m.entity) == Some(EntityType::Person))
                .filter(|_| inside.iter().all(|x| ctx.kind(&x.entity) != Some(EntityType::Media)))
                .filter(|m| {
                    let rest = ctx.input.text[m.span.end..sentence.span.end].trim_start();
                    rest.is_empty() || rest.starts_with([',', ')', '.', ';'])
                })
            {
                inside = vec![m];
                phrase_end_o = m.span.end;
            }
        }
        // "citant" later in the phrase names the first-hand source.
        let chosen =
            inside.iter().rev().find(|m| ctx.actor(m).is_some() || ctx.kind(&m.entity) == Some(EntityType::Media));
        let media = inside.iter().find(|m| ctx.kind(&m.entity) == Some(EntityType::Media));
        let chosen = if s[at..phrase_end - from].contains("citant") {
            chosen
        } else {
            media.or_else(|| inside.iter().find(|m| ctx.actor(m).is_some()))
        };
        if let Some(m) = chosen {
            let key = ctx.actor(m).unwrap_or_else(|| m.entity.clone());
            let cue_start = f.to_original(from + start..from + at, ctx.input.text).start;
            out.push((cue_start..phrase_end_o, key));
        } else if let Some(key) = named_before(ctx, s[at..].trim_start(), cue_end) {
            // "a rapporté l'agence", "cité par le ministère": the agency or
            // ministry named before.
            let cue_start = f.to_original(from + start..from + at, ctx.input.text).start;
            out.push((cue_start..phrase_end_o, key));
        } else if s[at..].starts_with("lui") || s[at..].starts_with("elle") || s[at..].starts_with("eux") {
            let cue_start = f.to_original(from + start..from + at, ctx.input.text).start;
            out.push((cue_start..cue_end + 3, String::new()));
        }
    }
    out.sort_by_key(|(s, _)| s.start);
    out
}

/// "l'agence", "le ministère" with no name: the last agency (a medium) or
/// ministry the document named before `before`.
fn named_before(ctx: &Ctx, phrase: &str, before: usize) -> Option<String> {
    let word_end = |p: &str| !phrase[p.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
    let media = phrase.starts_with("l'agence") && word_end("l'agence");
    let ministry = phrase.starts_with("le ministere") && word_end("le ministere");
    if !media && !ministry {
        return None;
    }
    ctx.input
        .mentions
        .iter()
        .rev()
        .filter(|m| m.span.end <= before)
        .find(|m| {
            if media {
                ctx.kind(&m.entity) == Some(EntityType::Media)
            } else {
                ctx.kind(&m.entity) == Some(EntityType::Organization)
                    && crate::text::fold(&m.surface).starts_with("ministere")
            }
        })
        .map(|m| m.entity.clone())
}

/// The country a place lies in (through `part_of`), or the country itself.
fn country_of(ctx: &Ctx, key: &str) -> Option<String> {
    let lex = ctx.input.lexicon;
    let c = lex.country_of(lex.get(key)?)?;
    (lex.entities[c].key != key).then(|| lex.entities[c].key.clone())
}

/// The end of a wire dateline opening a sentence ("SÉOUL, 28 octobre 2024
/// (AFP) - ", "KHARKIV (Reuters) – "): a city in capitals, an optional date,
/// an agency in parentheses, a dash.
fn dateline_end(sentence: &str) -> Option<usize> {
    static DATELINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^\s*\p{Lu}[\p{Lu}'’ -]{1,40}(?:,[^()\n]{0,40})?\s*\([^()\n]{1,30}\)\s*[-–—]\s*")
            .expect("valid regex")
    });
    DATELINE.find(sentence).map(|m| m.end())
}

/// The country an agent belongs to (a force's, a ministry's), if any.
fn country_of_agent(ctx: &Ctx, agent: Option<&str>) -> Option<String> {
    agent.and_then(|a| country_of(ctx, a))
}

/// The first person mentioned in the sentences just before `si` (for
/// "selon lui", "a-t-il dit").
fn previous_person(ctx: &Ctx, si: usize, before: Option<usize>) -> Option<String> {
    let ms = ctx.input.mentions;
    // In this sentence, before the position.
    if let Some(at) = before {
        if let Some(m) = ms
            .iter()
            .rev()
            .find(|m| m.sentence == si && m.span.end <= at && ctx.kind(&m.entity) == Some(EntityType::Person))
        {
            return Some(m.entity.clone());
        }
    }
    for back in 1..=3 {
        let Some(s) = si.checked_sub(back) else { break };
        if let Some(m) = ms.iter().find(|m| m.sentence == s && ctx.kind(&m.entity) == Some(EntityType::Person)) {
            return Some(m.entity.clone());
        }
    }
    None
}

/// The person who spoke last, within the two sentences before `si`: the
/// agent of a statement, or the speaker of a quotation.
fn last_speaker(events: &[Event], quotes: &[crate::quotes::Quote], si: usize) -> Option<String> {
    let statement = events
        .iter()
        .rev()
        .filter(|e| e.kind == "Statement" && e.sentence < si && e.sentence + 2 >= si)
        .find_map(|e| e.agent.clone().map(|a| (e.sentence, a)));
    let quoted = quotes
        .iter()
        .rev()
        .filter(|q| q.sentence < si && q.sentence + 2 >= si)
        .find_map(|q| q.speaker.clone().map(|s| (q.sentence, s)));
    match (statement, quoted) {
        (Some(a), Some(b)) => Some(if b.0 >= a.0 { b.1 } else { a.1 }),
        (a, b) => a.or(b).map(|x| x.1),
    }
}

/// The last person mentioned before byte `before`, within `window` sentences
/// back from sentence `si`, other than `agent` (the one "l'a reçu" or "il
/// l'a rencontré" points to).
fn last_other_person(ctx: &Ctx, si: usize, before: usize, window: usize, agent: Option<&String>) -> Option<String> {
    ctx.input
        .mentions
        .iter()
        .rev()
        .filter(|m| m.span.end <= before && m.sentence + window >= si)
        .filter(|m| ctx.kind(&m.entity) == Some(EntityType::Person))
        .map(|m| m.entity.clone())
        .find(|e| Some(e) != agent)
}

/// [`last_other_person`] for a pronoun of a known gender ("elle a été reçue
/// par X"): people the text marks as of the other gender are skipped, and
/// for "elle" a woman named before comes first.
fn last_other_person_for(
    ctx: &Ctx,
    si: usize,
    before: usize,
    window: usize,
    agent: Option<&String>,
    feminine: Option<bool>,
) -> Option<String> {
    let Some(f) = feminine else { return last_other_person(ctx, si, before, window, agent) };
    let i = ctx.input;
    let q = crate::quotes::Input {
        text: i.text,
        folded: i.folded,
        chars: i.chars,
        sentences: i.sentences,
        mentions: i.mentions,
        found: i.found,
        roles: i.roles,
        lexicon: i.lexicon,
    };
    let people = || {
        i.mentions
            .iter()
            .rev()
            .filter(|m| m.span.end <= before && m.sentence + window >= si)
            .filter(|m| ctx.kind(&m.entity) == Some(EntityType::Person) && Some(&m.entity) != agent)
    };
    let known = people().find(|m| crate::quotes::is_feminine(&q, &m.entity) == Some(f)).map(|m| m.entity.clone());
    let open = people().find(|m| crate::quotes::is_feminine(&q, &m.entity) != Some(!f)).map(|m| m.entity.clone());
    if f {
        known.or(open)
    } else {
        open
    }
}

/// A letter's addressee ("lui a remis", "a remis à son hôte"): the person
/// named last before `before` in the two sentences before `si` (and in `si`
/// itself when `this_sentence`), neither its author nor its bearer (the last
/// person named in the sentence before `before`).
fn person_told_before(
    ctx: &Ctx,
    si: usize,
    before: usize,
    this_sentence: bool,
    author: Option<&String>,
) -> Option<String> {
    let people = || {
        ctx.input
            .mentions
            .iter()
            .rev()
            .filter(move |m| m.span.end <= before && ctx.kind(&m.entity) == Some(EntityType::Person))
    };
    let bearer = people().find(|m| m.sentence == si).map(|m| m.entity.clone());
    people()
        .filter(|m| m.sentence + 2 >= si && (this_sentence || m.sentence < si))
        .map(|m| m.entity.clone())
        .find(|e| Some(e) != author && Some(e) != bearer.as_ref())
}

/// Extracts events and claims.
pub fn extract(input: &Input) -> (Vec<Event>, Vec<Claim>) {
    let times = time::find(&input.folded.folded, input.published);
    let ctx = Ctx { input, times };
    let lex = input.lexicon;
    let mut events: Vec<Event> = Vec::new();
    let mut claims: Vec<Claim> = Vec::new();
    let nationality = |w: &str| lex.demonym(w).is_some();
    let all_figures = figures::find(&input.folded.folded, &lex.units, &nationality);
    let triggers = lex.trigger_hits(&input.folded.folded);
    let body_index: Vec<usize> = (0..input.sentences.len()).collect();
    let first_body = input.sentences.iter().position(|s| s.block == crate::clean::BlockKind::Paragraph).unwrap_or(0);

    // Dates of statements that gave way to the event they report: the day
    // the story is told, for the events narrated next.
    let mut said_dates: Vec<(usize, usize, TimeValue, Option<String>)> = Vec::new();
    for &si in &body_index {
        let sentence = &input.sentences[si];
        let fs = input.folded.from_original(sentence.span.start);
        let fe = input.folded.from_original(sentence.span.end);
        let (m0, m1) =
            (input.mentions.partition_point(|m| m.sentence < si), input.mentions.partition_point(|m| m.sentence <= si));
        // "SÉOUL, 28 octobre 2024 (AFP) - La Corée du Nord a envoyé ...": the
        // dateline's city is where the wire was filed, no actor.
        let dateline = dateline_end(&input.text[sentence.span.clone()]).map(|e| sentence.span.start + e);
        let mentions: Vec<&Mention> =
            input.mentions[m0..m1].iter().filter(|m| dateline.is_none_or(|d| m.span.start >= d)).collect();
        let srcs = sources(&ctx, sentence, &mentions);
        let in_source = |m: &Mention| srcs.iter().any(|(s, _)| m.span.start >= s.start && m.span.end <= s.end);
        let mut source = srcs.iter().map(|(_, k)| k.clone()).find(|k| !k.is_empty());
        if source.is_none() && srcs.iter().any(|(_, k)| k.is_empty()) {
            source = previous_person(&ctx, si, srcs.first().map(|(s, _)| s.start));
        }
        let hedged_sentence = {
            let t = &input.folded.folded[fs..fe];
            ["aurait ", "auraient ", "pourrait ", "pourraient ", "serait ", "seraient "].iter().any(|w| t.contains(w))
        };

        // Figures of this sentence become claims.
        let claim_base = claims.len();
        for fig in all_figures.iter().filter(|f| f.folded.start >= fs && f.folded.end <= fe) {
            let span = input.folded.to_original(fig.folded.clone(), input.text);
            let unit = input.folded.to_original(fig.unit_span.clone(), input.text);
            let of = mentions
                .iter()
                .find(|m| {
                    m.span.start >= unit.start
                        && m.span.start <= unit.end + 2
                        && ctx.kind(&m.entity) == Some(EntityType::Country)
                })
                .map(|m| m.entity.clone())
                // "100 soldats nord-coréens tués et 1 000 autres blessés": the
                // others are of the same country as the figure before.
                .or_else(|| {
                    input.folded.folded[fig.unit_span.clone()]
                        .starts_with("autres")
                        .then(|| claims[claim_base..].last().and_then(|c: &Claim| c.of.clone()))
                        .flatten()
                });
            claims.push(Claim {
                chars: (input.chars.char_offset(input.text, span.start), input.chars.char_offset(input.text, span.end)),
                text: input.text[span.clone()].to_string(),
                span,
                sentence: si,
                value: fig.value,
                min: fig.min,
                max: fig.max,
                qualifier: fig.qualifier,
                what: fig.what.clone(),
                what_text: input.text[unit].trim().to_string(),
                of,
                source: source.clone(),
                event: None,
            });
        }
        let sentence_claims: Vec<usize> = (claim_base..claims.len()).collect();

        let mut sentence_events: Vec<Event> = Vec::new();
        let mut unasserted_ends: Vec<usize> = Vec::new();
        let (t0, t1) =
            (triggers.partition_point(|(s, _)| s.start < fs), triggers.partition_point(|(s, _)| s.start < fe));
        for (tspan, ti) in triggers[t0..t1].iter().filter(|(s, _)| s.end <= fe) {
            // "a rencontré", "ont été capturés", "avait visité": after an
            // auxiliary, a form shared with a noun is the verb's participle.
            let aux = input.folded.folded[fs..tspan.start].split_whitespace().next_back().unwrap_or("");
            let aux = aux.rsplit('\'').next().unwrap_or(aux);
            let participle = avoir_form(aux) || aux == "ete";
            let ti = match lex.verb_of_noun.get(ti) {
                Some(v) if participle => v,
                _ => ti,
            };
            let trig = &lex.triggers[*ti];
            let ospan = input.folded.to_original(tspan.clone(), input.text);
            // An inverted speech verb (", a déclaré M. Choïgou") names both the
            // sentence's source and the speaker of a statement.
            let inverted_speaker = if trig.speech {
                srcs.iter().find(|(s, _)| ospan.start >= s.start && ospan.start < s.end).map(|(_, k)| k.clone())
            } else {
                None
            };
            if trig.speech
                && srcs.iter().any(|(s, _)| ospan.start >= s.start && ospan.start < s.end)
                && inverted_speaker.as_deref().is_none_or(str::is_empty)
            {
                continue;
            }
            // "aucun déplacement", "une éventuelle visite": nothing happened.
            let lead: Vec<&str> = input.folded.folded[fs..tspan.start]
                .rsplit([',', ';', ':', '«', '»', '"', '“', '”', '(', ')'])
                .next()
                .unwrap_or("")
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .rev()
                .take(4)
                .collect();
            if lead.iter().any(|w| {
                matches!(
                    *w,
                    "aucun"
                        | "aucune"
                        | "eventuel"
                        | "eventuelle"
                        | "eventuels"
                        | "hypothetique"
                        | "sans"
                        | "pas"
                        | "jamais"
                        | "ni"
                        | "cas"
                        | "risque"
                        | "menace"
                        // "n'avait été signé", "ne fournisse": denied or feared.
                        | "ne"
                        | "n"
                )
            }) {
                continue;
            }
            // "pourrait livrer", "doit encore être approuvé", "soupçonnent X de
            // préparer des livraisons": a possibility, a plan or a wish, not a fact.
            if unasserted(&input.folded.folded[fs..tspan.start]) {
                unasserted_ends.push(tspan.end);
                continue;
            }
            // "se prépare à envoyer de nouveaux renforts": the object of a verb
            // that did not happen did not happen either.
            if trig.kind == TriggerKind::Noun
                && unasserted_ends.iter().any(|&e| {
                    e <= tspan.start && {
                        let between = &input.folded.folded[e..tspan.start];
                        !between.contains([',', ';', ':', '.']) && between.split_whitespace().count() <= 5
                    }
                })
            {
                continue;
            }
            // "pour accueillir ces hommes", "afin de livrer": an infinitive of
            // purpose tells what is meant to happen, not what happened.
            let infinitive = trig.kind == TriggerKind::Verb
                && input.folded.folded[tspan.clone()]
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"));
            let purpose = {
                let mut words = input.folded.folded[fs..tspan.start]
                    .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .filter(|w| !w.is_empty())
                    .rev()
                    .skip_while(|w| matches!(*w, "se" | "s" | "y" | "en" | "le" | "la" | "les" | "l" | "lui" | "leur"));
                match words.next() {
                    Some("pour") => true,
                    Some("de" | "d") => words.next() == Some("afin"),
                    _ => false,
                }
            };
            if infinitive && purpose {
                continue;
            }
            // "dans ce qu'il a qualifié de lutte sacrée": words named in passing.
            if trig.speech {
                let tail = &input.folded.folded[fs..tspan.start];
                let tail = &tail[tail.char_indices().rev().nth(39).map_or(0, |(i, _)| i)..];
                if tail.rfind("ce qu").is_some_and(|i| !tail[i..].contains(',')) {
                    continue;
                }
            }
            // "a fait visiter l'usine à la délégation": the guest visits, not the host.
            if trig.event == "Visit" && causative(&input.folded.folded[fs..tspan.start]) {
                continue;
            }
            // "cette visite", "ces livraisons": a noun after a demonstrative
            // points back to an event already reported.
            if trig.kind == TriggerKind::Noun && matches!(lead.first().copied(), Some("ce" | "cet" | "cette" | "ces")) {
                continue;
            }
            // "X a jugé que l'entrée en action des Nord-Coréens confirmait ...":
            // a speech verb inside the clause another one reports speaks only
            // with a subject of its own (not a nationality or a complement).
            if trig.speech && trig.kind == TriggerKind::Verb {
                let before = &input.folded.folded[fs..tspan.start];
                let opened = [" que ", " qu'"].iter().filter_map(|c| before.rfind(c)).max();
                // (Only a clause opening on a noun phrase: "que l'entrée en action ...".)
                let noun_subject = |q: usize| {
                    let rest = before[q..].trim_start_matches([' ', 'q', 'u', 'e', '\'']);
                    ["l'", "le ", "la ", "les ", "un ", "une ", "des ", "ces ", "cette ", "ce "]
                        .iter()
                        .any(|d| rest.starts_with(d))
                };
                if let Some(q) = opened.filter(|&q| noun_subject(q)) {
                    let reported =
                        triggers.iter().any(|(sp, t)| sp.start >= fs && sp.end <= fs + q && lex.triggers[*t].speech);
                    let subject = mentions.iter().rfind(|m| {
                        let at = input.folded.from_original(m.span.start);
                        at > fs + q && at < tspan.start
                    });
                    let own = subject.is_some_and(|m| {
                        m.kind != crate::lexicon::MentionKind::Demonym && ctx.governed(sentence, m).is_none()
                    });
                    if reported && !own {
                        continue;
                    }
                }
            }
            // Words inside a quotation are the speaker's, not reported events.
            if inside_quote(input.text, sentence, ospan.start) {
                continue;
            }
            // "chef adjoint du quartier général pour les prisonniers de guerre":
            // words of an office beside a name report no event.
            if input.roles.iter().any(|r| r.span.start <= ospan.start && ospan.end <= r.span.end) {
                continue;
            }
            if mentions.iter().any(|m| ospan.start < m.span.end && m.span.start < ospan.end) {
                // A trigger word inside a name ("Rencontre" in a title of an entity).
                continue;
            }
            let mut ev = Event {
                key: String::new(),
                kind: trig.event.clone(),
                cameo: trig.cameo.clone(),
                agent: None,
                recipients: Vec::new(),
                participants: Vec::new(),
                place: None,
                theme: None,
                date: None,
                date_text: None,
                items: Vec::new(),
                count: None,
                source: source.clone(),
                sentence: si,
                trigger_chars: (
                    input.chars.char_offset(input.text, ospan.start),
                    input.chars.char_offset(input.text, ospan.end),
                ),
                trigger_text: input.text[ospan.clone()].to_string(),
                trigger: ospan.clone(),
                confidence: if trig.kind == TriggerKind::Verb { 0.8 } else { 0.6 },
                hedged: hedged_sentence,
                noun_only: trig.kind != TriggerKind::Verb
                    && !supported(&input.folded.folded[fs..tspan.start])
                    && !subject_of_verb(&input.folded.folded[fs..tspan.start], &input.folded.folded[tspan.end..fe]),
                agent_by: false,
                from_quote: false,
            };
            // "en réclamant des sanctions", "appelle à un cessez-le-feu": an
            // event asked for has not happened.
            if trig.kind == TriggerKind::Noun && demanded(&input.folded.folded[fs..tspan.start]) {
                continue;
            }
            // "les révélations du renseignement sur l'envoi de soldats", "les
            // agences de voyages", "depuis leur arrivée sur le front": an event
            // talked about, a kind of thing, or troops arriving, not a report.
            if trig.kind == TriggerKind::Noun {
                let before: Vec<&str> = input.folded.folded[fs..tspan.start]
                    .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .filter(|w| !w.is_empty())
                    .rev()
                    .take(6)
                    .collect();
                let about = before.iter().position(|w| *w == "sur").is_some_and(|at| {
                    at <= 2
                        && before[at + 1..].iter().take(4).any(|w| {
                            matches!(
                                *w,
                                "revelations"
                                    | "informations"
                                    | "questions"
                                    | "question"
                                    | "accusations"
                                    | "rumeurs"
                                    | "debat"
                                    | "rapport"
                                    | "rapports"
                                    | "interroge"
                                    | "interrogee"
                                    | "commentaires"
                            )
                        })
                });
                let generic_visit = trig.event == "Visit"
                    && (matches!(before.first(), Some(&("de" | "les" | "des" | "leur" | "leurs")))
                        && input.folded.folded[tspan.clone()].ends_with('s')
                        || matches!(before.first(), Some(&("leur" | "leurs"))));
                if about || generic_visit {
                    continue;
                }
            }
            // Journeys that are none, or that were told already:
            // - "l'arrivée au pouvoir de X": no journey;
            // - "plutôt que de se rendre": a surrender, with no destination;
            // - "une invitation à se rendre à Moscou", "invité pour une visite": a
            //   journey offered, not made;
            // - "la visite confirme ...", "consacrée à la visite", "la veille de
            //   l'arrivée de X", "depuis leur arrivée": the visit told of before,
            //   or a time it marks.
            if trig.event == "Visit" {
                let after = &input.folded.folded[tspan.end..fe];
                let after = &after[..after.find([',', ';', ':']).unwrap_or(after.len())];
                let next: Vec<&str> = after
                    .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .filter(|w| !w.is_empty())
                    .take(8)
                    .collect();
                // (A destination within a few words: "l'arrivée du ministre en
                // Corée du Nord".)
                let destination =
                    next.iter().any(|w| matches!(*w, "a" | "au" | "aux" | "en" | "dans" | "chez" | "vers" | "jusqu"));
                let prev = ctx.words_before(sentence, ospan.start, 10);
                let no_journey =
                    trig.lemma == "arriver" && next.first() == Some(&"au") && next.get(1) == Some(&"pouvoir");
                let surrender = trig.lemma == "se rendre" && prev.first() == Some(&"de") && !destination;
                let offered = prev.iter().any(|w| w.starts_with("invit"));
                let noun = trig.kind == TriggerKind::Noun
                    || (trig.lemma == "arriver" && trig_noun_form(&input.folded.folded[tspan.clone()]));
                let anaphoric = noun
                    && matches!(prev.first(), Some(&("la" | "cette" | "l")))
                    && !next.first().is_some_and(|w| {
                        matches!(
                            *w,
                            "de" | "du" | "des" | "d" | "a" | "au" | "aux" | "en" | "dans" | "officielle" | "d'etat"
                        )
                    });
                let marks_time = noun
                    && prev.iter().take(3).any(|w| matches!(*w, "veille" | "avant" | "depuis" | "jusqu" | "lendemain"))
                    && !destination;
                if no_journey || surrender || offered || anaphoric || marks_time {
                    continue;
                }
            }
            // "Environ 2 000 sapeurs sont arrivés en juillet": troops that
            // arrive are deployed; no one visits.
            // (A verb only: "un millier de démineurs, dépêchés après la visite
            // de X" is X's visit.)
            if trig.event == "Visit" && trig.kind == TriggerKind::Verb {
                let troops_before = all_figures.iter().any(|f| {
                    f.folded.start >= fs && f.folded.end <= tspan.start && f.event.as_deref() == Some("TroopDeployment")
                });
                if troops_before {
                    ev.kind = "TroopDeployment".to_string();
                }
            }
            // "envoyé des troupes combattre sur le sol russe", "envoyait les
            // soldats à l'assaut": what troops are sent to do is the deployment.
            if matches!(trig.event.as_str(), "MilitaryOperation" | "Attack") {
                let before: Vec<&str> = input.folded.folded[fs..tspan.start]
                    .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .filter(|w| !w.is_empty())
                    .rev()
                    .take(6)
                    .collect();
                let sent = before.iter().any(|w| {
                    w.starts_with("envoy")
                        || w.starts_with("envoi")
                        || w.starts_with("deploy")
                        || w.starts_with("depech")
                });
                if sent {
                    continue;
                }
            }
            // "1 500 soldats ont été transportés par navire": people carried are
            // deployed, not supplied.
            if trig.event == "Supply" && trig.lemma == "transporter" {
                let troops = all_figures.iter().any(|f| {
                    f.folded.start >= fs && f.folded.end <= fe && f.event.as_deref() == Some("TroopDeployment")
                });
                if troops {
                    ev.kind = "TroopDeployment".to_string();
                }
            }
            // "a remercié les États-Unis pour leur soutien": support received
            // is what the thanks are for, not a pledge.
            if trig.event == "PledgeOfSupport" && trig.kind == TriggerKind::Noun {
                let near: Vec<&str> = input.folded.folded[fs..tspan.start]
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .rev()
                    .take(3)
                    .collect();
                let thanked = triggers
                    .iter()
                    .any(|(sp, t)| sp.start >= fs && sp.end <= tspan.start && lex.triggers[*t].event == "Thanks");
                if thanked && near.contains(&"pour") {
                    continue;
                }
            }
            let candidates: Vec<&&Mention> = mentions
                .iter()
                .filter(|m| !in_source(m))
                // (A letter's addressee is not someone its quoted words name:
                // "« ... prêts à les rendre à Kim Jong Un ... »".)
                .filter(|m| {
                    trig.event != "Letter"
                        || inside_quote(input.text, sentence, ospan.start)
                        || !inside_quote(input.text, sentence, m.span.start)
                })
                // (Nor are thanks given to someone the words quoted for their
                // reason name: "a remercié les Européens pour une décision « qui
                // frappe le Kremlin »".)
                .filter(|m| {
                    trig.event != "Thanks"
                        || m.span.start < ospan.end
                        || !inside_quote(input.text, sentence, m.span.start)
                        || input.text[ospan.end..m.span.start]
                            .rfind(['«', '“'])
                            .is_none_or(|q| !crate::text::fold(&input.text[ospan.end..ospan.end + q]).contains("pour "))
                })
                .collect();
            let folded_before = &input.folded.folded[fs..tspan.start];
            let trig_folded = &input.folded.folded[tspan.clone()];
            // "a été signé", "est signé" (but not the pronominal "s'est entretenu").
            // ("était entièrement reprise": adverbs between are skipped.)
            let last_word =
                folded_before.split_whitespace().rev().find(|w| !(w.len() > 6 && w.ends_with("ment"))).unwrap_or("");
            let next_word = input.folded.folded[tspan.end..fe].split_whitespace().next().unwrap_or("");
            // "se sont entretenus par téléphone", "s'est rendu" are pronominal,
            // never passive.
            let pronominal = {
                let mut ws = folded_before.split_whitespace().rev().filter(|w| !(w.len() > 6 && w.ends_with("ment")));
                let (w1, w2) = (ws.next().unwrap_or(""), ws.next().unwrap_or(""));
                trig.kind == TriggerKind::Verb && (w1.starts_with("s'") || w2 == "se")
            };
            // "est arrivée à Moscou": a verb of motion takes "être" and has no
            // passive.
            let pronominal = pronominal
                || (trig.kind == TriggerKind::Verb
                    && trig.event == "Visit"
                    && !trig.objects.iter().any(|(c, _)| c == "direct"));
            // "l'avait ratifié par décret": after "avoir", "par" gives a means.
            let active = avoir_form(last_word.rsplit('\'').next().unwrap_or(""));
            // "Le traité, signé en juin 2024 par X et Y, ...": a bare participle
            // with "par" a few words on is a passive too.
            let par_soon = {
                let after = &input.folded.folded[tspan.end..fe];
                let upto = after.find([',', ';', ':', '(']).unwrap_or(after.len()).min(48);
                let upto = (upto..=after.len()).find(|&i| after.is_char_boundary(i)).unwrap_or(after.len());
                after[..upto].contains(" par ") || trig_folded.ends_with(" par")
            };
            let bare_participle = trig.kind == TriggerKind::Verb
                && (folded_before.trim_end().ends_with(',') || last_word.ends_with(','))
                && trig_folded.split(' ').next().is_some_and(|w| w.ends_with(['e', 's']));
            let passive = !pronominal
                && (matches!(last_word, "ete" | "etes" | "etait" | "etaient" | "sont" | "est" | "etre")
                    || trig_folded.starts_with("ete ")
                    || trig_folded.starts_with("sont ")
                    || (trig.kind == TriggerKind::Verb && next_word == "par" && !active)
                    || (bare_participle && par_soon && !active));

            // "le traité conclu entre X et Y", "3 000 soldats déployés dans
            // l'est": a participle after a noun qualifies it; the sentence's
            // subject is not its agent.
            // (Read on the original text: "le chercheur affirme que" is a verb
            // in the present, which folding makes look like "affirmé".)
            let present = {
                let first = input.text[ospan.clone()].split_whitespace().next().unwrap_or("");
                (first.ends_with('e') && !first.ends_with("ée")) || first.ends_with("ent")
            };
            let adjectival = trig.kind == TriggerKind::Verb
                && !present
                && participle_after_noun(folded_before, trig_folded)
                // (A nationality before it belongs to the noun: "le contingent
                // nord-coréen envoyé en Russie".)
                && !mentions.iter().any(|m| {
                    ctx.actor(m).is_some()
                        && m.kind != crate::lexicon::MentionKind::Demonym
                        && m.span.end <= ospan.start
                        && input.text[m.span.end..ospan.start].chars().all(|c| c.is_whitespace() || c == ')')
                });

            // "Signé en juin à Pyongyang par X, le texte ...": a participle
            // opening the sentence takes its agent after "par".
            let opening = trig.kind == TriggerKind::Verb && ctx.words_before(sentence, ospan.start, 1).is_empty();
            // Agent.
            if passive || adjectival || opening {
                let comma =
                    input.text[ospan.end..sentence.span.end].find(',').map_or(sentence.span.end, |c| ospan.end + c);
                let by: Vec<&&&Mention> = candidates
                    .iter()
                    .filter(|m| m.span.start > ospan.end && (passive || m.span.start < comma))
                    .filter(|m| ctx.by_agent(sentence, m) || m.span.start < comma)
                    .collect();
                // "était reprise, neuf mois après l'incursion lancée par Kiev":
                // a "par" right after another participle is that one's agent.
                let own = |m: &Mention| {
                    let head = ctx.word_before_par(sentence, m).unwrap_or("");
                    !par_participle(head) || trig_folded.ends_with(head)
                };
                // "le contingent nord-coréen envoyé en Russie": with no "par",
                // the nationality of the troops sent is the sender.
                if adjectival && ev.kind == "TroopDeployment" {
                    ev.agent = mentions
                        .iter()
                        .filter(|m| m.kind == crate::lexicon::MentionKind::Demonym && m.span.end <= ospan.start)
                        .find(|m| input.text[m.span.end..ospan.start].trim().is_empty())
                        .map(|m| m.entity.clone());
                }
                if let Some(i) = by.iter().position(|m| ctx.by_agent(sentence, m) && ctx.actor(m).is_some() && own(m)) {
                    ev.agent = ctx.actor(by[i]);
                    // "par Vladimir Poutine et Kim Jong Un": the second signs too.
                    // (A name inside a descriptor overlaps it: no gap, no pair.)
                    if let Some(n) = by.get(i + 1).filter(|n| n.span.start >= by[i].span.end) {
                        let gap = &input.text[by[i].span.end..n.span.start];
                        if gap.trim() == "et" && matches!(ev.kind.as_str(), "Meeting" | "AgreementSigning") {
                            ev.participants.extend(ctx.actor(n));
                        }
                    }
                }
            }
            // "conclu entre Vladimir Poutine et Kim Jong Un": both parties.
            if matches!(ev.kind.as_str(), "Meeting" | "AgreementSigning" | "Negotiation") {
                let after = &input.folded.folded[tspan.end..fe];
                if let Some(at) = word_at(after, "entre").filter(|&a| a < 40) {
                    let from = input.folded.to_original(tspan.end..tspan.end + at, input.text).end;
                    let parties: Vec<String> = candidates
                        .iter()
                        .filter(|m| m.span.start > from && m.span.start < from + 80)
                        .filter_map(|m| ctx.actor(m))
                        .take(2)
                        .collect();
                    if parties.len() == 2 {
                        if ev.agent.is_none() || adjectival {
                            ev.agent = Some(parties[0].clone());
                        }
                        for p in parties {
                            if Some(&p) != ev.agent.as_ref() {
                                push_unique(&mut ev.participants, p);
                            }
                        }
                    }
                }
            }
            if let Some(sp) = inverted_speaker.clone().filter(|k| !k.is_empty()) {
                // ", a indiqué le ministère" after a clause of narration names the
                // source of that clause; only after a quotation does it report
                // words of the speaker's own.
                let lead = input.text[sentence.span.start..ospan.start].trim_end();
                let lead = ["a", "ont", "avait", "avaient"]
                    .iter()
                    .find_map(|aux| lead.strip_suffix(aux).filter(|l| l.ends_with([' ', ','])))
                    .unwrap_or(lead);
                let after_quote =
                    lead.trim_end_matches(|c: char| c == ',' || c.is_whitespace()).ends_with(['»', '"', '”']);
                // "Ce rapprochement offre à Pyongyang des devises, estime X": an
                // opinion with no fact of its own is X's statement.
                let tells_fact = triggers
                    .iter()
                    .any(|(sp, t)| sp.start >= fs && sp.end <= tspan.start && lex.triggers[*t].event != "Statement")
                    // (A figure of something events count: "KN-23" is a name.)
                    || sentence_claims.iter().any(|&c| {
                        claims[c].span.end <= ospan.start
                            && lex.units.iter().any(|u| u.what == claims[c].what && u.event.is_some())
                    });
                // (", a rapporté le ministère", ", précise l'agence": a source.)
                let opinion = matches!(
                    trig.lemma.as_str(),
                    "estimer"
                        | "juger"
                        | "souligner"
                        | "regretter"
                        | "déplorer"
                        | "dénoncer"
                        | "avertir"
                        | "prévenir"
                        | "ironiser"
                        | "insister"
                        | "marteler"
                        | "assurer"
                        | "affirmer"
                        | "déclarer"
                        | "expliquer"
                        | "critiquer"
                        | "condamner"
                        | "mettre en garde"
                );
                if !after_quote && (tells_fact || !opinion) {
                    continue;
                }
                ev.agent = Some(sp);
                ev.source = None;
            }
            // A speech verb just after a quotation (", a déclaré M. Choïgou"),
            // or introducing one ("X a déclaré : «...»"), has its speaker.
            if trig.speech {
                // "« ... », selon le ministère": the source gives the words, the
                // speech verb's own subject said them.
                let sourced = |q: &&crate::quotes::Quote| {
                    let tail = crate::text::fold(
                        input.text[q.span.end..sentence.span.end].trim_start_matches(['»', '"', '”', ' ', ',']),
                    );
                    tail.starts_with("selon ") || tail.starts_with("d'apres ")
                };
                let beside =
                    input.quotes.iter().filter(|q| q.sentence == si && q.speaker.is_some() && !sourced(q)).find(|q| {
                        (q.span.end <= ospan.start && ospan.start - q.span.end <= 40) || q.span.start >= ospan.end
                    });
                // ("« ... », a rapporté l'agence KCNA": the agency reports the
                // words; it makes no statement, and the speaker's is told elsewhere.)
                let reporting_medium = inverted_speaker.as_deref().is_some_and(|k| {
                    !k.is_empty()
                        && ctx.kind(k) == Some(EntityType::Media)
                        && beside.is_some_and(|q| q.speaker.as_deref() != Some(k))
                });
                if reporting_medium {
                    continue;
                }
                if let Some(q) = beside {
                    ev.agent = q.speaker.clone();
                    // "Selon KCNA, le dirigeant s'est dit « ... »": a source
                    // before the speech verb reports the statement.
                    ev.source = srcs
                        .iter()
                        .find(|(sp, k)| !k.is_empty() && sp.end <= ospan.start && Some(k) != q.speaker.as_ref())
                        .map(|(_, k)| k.clone());
                    // « Nous nous tiendrons aux côtés de nos camarades russes »:
                    // words of support are the pledge itself, made to the country
                    // they name.
                    let (qs, qe) = (input.folded.from_original(q.span.start), input.folded.from_original(q.span.end));
                    let quoted = &input.folded.folded[qs..qe];
                    let pledge = quoted.contains("aux cotes d")
                        || triggers.iter().any(|(sp, t)| {
                            sp.start >= qs && sp.end <= qe && lex.triggers[*t].event == "PledgeOfSupport"
                        });
                    let to = mentions
                        .iter()
                        .filter(|m| m.span.start >= q.span.start && m.span.end <= q.span.end)
                        .find(|m| ctx.kind(&m.entity) == Some(EntityType::Country))
                        .map(|m| m.entity.clone());
                    if let Some(to) = to.filter(|_| pledge) {
                        ev.kind = "PledgeOfSupport".to_string();
                        ev.recipients = vec![to];
                    }
                }
                // "lui a répondu jeudi par un message", "a écrit dans une
                // lettre": words sent in writing are a letter.
                let clause_after = &input.folded.folded[tspan.end..fe];
                let clause_after =
                    &clause_after[..clause_after.find([',', ';', ':', '«']).unwrap_or(clause_after.len())];
                let written = [
                    "par un message",
                    "par une lettre",
                    "par un courrier",
                    "par un telegramme",
                    "dans une lettre",
                    "dans un telegramme",
                    "dans une missive",
                ]
                .iter()
                .any(|w| clause_after.contains(w));
                if written && trig.event == "Statement" {
                    ev.kind = "Letter".to_string();
                    if ev.recipients.is_empty() && folded_before.contains(" lui ") {
                        if let Some(to) = last_other_person(&ctx, si, ospan.start, 2, ev.agent.as_ref()) {
                            ev.recipients.push(to);
                        }
                    }
                }
                // "a annoncé de nouvelles sanctions", "a annoncé l'envoi de
                // troupes": the act announced is the event, not a statement.
                let after = &input.folded.folded[tspan.end..fe];
                let window_end = after
                    .char_indices()
                    .filter(|(_, c)| c.is_whitespace())
                    .nth(6)
                    .map_or(after.len(), |(i, _)| i)
                    .min(after.find([',', ';', ':', '.', '«']).unwrap_or(after.len()));
                let object_event = !after.starts_with(" que")
                    && !after.starts_with(" qu'")
                    && {
                        // "a annoncé jeudi de nouvelles sanctions": past the date.
                        let words: Vec<&str> = after[..window_end]
                            .split_whitespace()
                            .skip_while(|w| {
                                crate::time::is_calendar_word(w)
                                    || matches!(
                                        *w,
                                        "dernier" | "derniere" | "soir" | "matin" | "hier" | "aussi" | "egalement"
                                    )
                            })
                            .collect();
                        matches!(
                            words.first().copied(),
                            Some(
                                "de" | "des"
                                    | "un"
                                    | "une"
                                    | "le"
                                    | "la"
                                    | "les"
                                    | "l"
                                    | "son"
                                    | "sa"
                                    | "ses"
                                    | "leur"
                                    | "leurs"
                                    | "nouvelles"
                                    | "nouveaux"
                            )
                        ) || words.first().is_some_and(|w| w.starts_with("l'"))
                    }
                    && triggers.iter().any(|(sp, t)| {
                        sp.start > tspan.end
                            && sp.start <= tspan.end + window_end
                            && lex.triggers[*t].kind == TriggerKind::Noun
                            && !matches!(lex.triggers[*t].event.as_str(), "Statement" | "Meeting" | "Letter")
                    });
                let asks = matches!(
                    trig.lemma.as_str(),
                    "réclamer" | "demander" | "exiger" | "appeler (à)" | "plaider" | "exhorter" | "menacer"
                );
                if trig.event == "Statement" && object_event && !asks {
                    continue;
                }
                // "qui l'avait appelé pour lui souhaiter ...": a call on the
                // telephone, not a call on someone to act.
                if trig.lemma == "appeler (à)" {
                    let clitic = folded_before.trim_end().rsplit(' ').next().is_some_and(|w| {
                        w.starts_with("l'")
                            || w.starts_with("m'")
                            || w.starts_with("t'")
                            || matches!(w, "les" | "nous" | "vous")
                    });
                    if clitic {
                        continue;
                    }
                }
                // "sans confirmer ni démentir": nothing said.
                if matches!(folded_before.split_whitespace().next_back(), Some("sans" | "ni")) {
                    continue;
                }
                // "a confirmé dimanche cette capture": a word on an event already
                // told is its source, not a statement of its own.
                let next: Vec<&str> = input.folded.folded[tspan.end..fe].split_whitespace().take(3).collect();
                if let Some(k) = next.iter().position(|w| matches!(*w, "ce" | "cet" | "cette" | "ces")) {
                    let at = input.folded.folded[tspan.end..fe]
                        .match_indices(next[k])
                        .map(|(i, _)| tspan.end + i + next[k].len() + 1)
                        .next()
                        .unwrap_or(fe);
                    if triggers.iter().any(|(sp, t)| sp.start == at && lex.triggers[*t].kind == TriggerKind::Noun) {
                        continue;
                    }
                }
            }
            // "accusent Pyongyang d'avoir envoyé des soldats": the accused acts.
            if ev.agent.is_none() && !passive {
                let fb = folded_before.trim_end();
                if fb.ends_with("d'avoir") || fb.ends_with(" de") || fb.ends_with(" d'") {
                    let accuse = ["accuse", "accusent", "accusant", "soupconne", "soupconnent", "soupconnant"]
                        .iter()
                        .filter_map(|w| word_at(fb, w))
                        .max();
                    if let Some(a) = accuse {
                        let from = input.folded.to_original(fs..fs + a, input.text).end;
                        ev.agent = candidates
                            .iter()
                            .filter(|m| m.span.start > from && m.span.end <= ospan.start)
                            .find(|m| ctx.actor(m).is_some() && ctx.governed(sentence, m).is_none())
                            .and_then(|m| ctx.actor(m));
                    }
                }
            }
            // "Il avait salué ...": a sentence opening on a pronoun continues
            // with the person named before.
            if !passive && !adjectival && ev.agent.is_none() && relative_clause_start(folded_before).is_none() {
                let head = &input.folded.folded[fs..tspan.start];
                if head.starts_with("il ") || head.starts_with("elle ") {
                    // "Elle a exigé ...": who speaks again is the one who spoke last.
                    ev.agent = trig
                        .speech
                        .then(|| last_speaker(&events, input.quotes, si))
                        .flatten()
                        .or_else(|| previous_person(&ctx, si, None));
                }
                // "Le ministre a également remercié ...": a title with no name
                // opening the sentence is the person told of before.
                let words: Vec<&str> = head
                    .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .filter(|w| !w.is_empty())
                    .take(3)
                    .collect();
                let titled = matches!(words.first(), Some(&("le" | "la" | "l")))
                    && words.get(1).is_some_and(|w| lex.is_title(w));
                let named = candidates.iter().any(|m| m.span.end <= ospan.start && ctx.actor(m).is_some());
                if ev.agent.is_none() && titled && !named {
                    ev.agent = previous_person(&ctx, si, None);
                }
            }
            // "a-t-il affirmé", "a-t-elle déclaré": the person named before.
            let fb = folded_before.trim_end();
            if !passive
                && !adjectival
                && ev.agent.is_none()
                && (fb.ends_with("-t-il") || fb.ends_with("-t-elle") || fb.ends_with("-il") || fb.ends_with("-elle"))
            {
                ev.agent = trig
                    .speech
                    .then(|| last_speaker(&events, input.quotes, si))
                    .flatten()
                    .or_else(|| previous_person(&ctx, si, Some(ospan.start)));
            }
            // "Arrivée mardi en Russie, la ministre ... a": a participle opening
            // the sentence has the main clause's subject.
            if !passive
                && !adjectival
                && ev.agent.is_none()
                && trig.kind != TriggerKind::Adj
                && ctx.words_before(sentence, ospan.start, 2).is_empty()
            {
                let comma = input.text[ospan.end..sentence.span.end].find(',').map(|c| ospan.end + c);
                if let Some(c) = comma {
                    let subject = candidates
                        .iter()
                        .filter(|m| m.span.start > c)
                        .find(|m| ctx.actor(m).is_some() && ctx.governed(sentence, m).is_none())
                        .and_then(|m| ctx.actor(m));
                    // "Capturés en janvier par les forces spéciales, X et Y ...":
                    // a participle that takes an object says what befell the
                    // subject, not what it did.
                    let undergoes = trig.kind == TriggerKind::Verb
                        && trig.objects.iter().any(|(c, _)| c == "direct")
                        && !matches!(ev.kind.as_str(), "Visit");
                    match subject {
                        Some(s) if undergoes => {
                            if matches!(ev.kind.as_str(), "Meeting" | "Negotiation") {
                                push_unique(&mut ev.participants, s);
                            } else {
                                push_unique(&mut ev.recipients, s);
                            }
                        }
                        s => ev.agent = s,
                    }
                }
            }
            // "..., les Nord-Coréens fournissant des armes": a participle clause
            // has its subject right before the participle, after the comma.
            if !passive
                && !adjectival
                && ev.agent.is_none()
                && trig.kind == TriggerKind::Verb
                && trig_folded.ends_with("ant")
            {
                let comma = folded_before
                    .rfind(',')
                    .map_or(sentence.span.start, |c| input.folded.to_original(fs..fs + c + 1, input.text).end);
                ev.agent = candidates
                    .iter()
                    .rev()
                    .find(|m| m.span.start >= comma && m.span.end <= ospan.start && ctx.actor(m).is_some())
                    .and_then(|m| ctx.actor(m));
            }
            if !passive && !adjectival && ev.agent.is_none() {
                let clause_start = relative_clause_start(folded_before).map(|r| fs + r);
                ev.agent = match clause_start {
                    // "... les soldats qui ont combattu": the antecedent of "qui"
                    // (even when it is also the subject of an inverted speech
                    // verb: "a affirmé Kim Jong Un, qui a promis ...").
                    Some(q) => mentions
                        .iter()
                        .rev()
                        .find(|m| input.folded.from_original(m.span.end) <= q && ctx.actor(m).is_some())
                        .and_then(|m| ctx.actor(m)),
                    None => {
                        // "X ont conclu un accord, et le Japon a livré ...": the
                        // subject of the last coordinated clause.
                        let from_clause = last_coordination(folded_before)
                            .map(|r| input.folded.to_original(fs..fs + r, input.text).end)
                            .unwrap_or(sentence.span.start);
                        // "..., jour où Vladimir Poutine a promulgué": a clause
                        // opened by "où" has its own subject.
                        let from_clause = input.text[sentence.span.start..ospan.start]
                            .rfind(" où ")
                            .map_or(from_clause, |i| from_clause.max(sentence.span.start + i + " où ".len()));
                        // The first ungoverned actor; but a person in apposition
                        // names the subject better ("Le porte-parole du
                        // gouvernement japonais, Yoshimasa Hayashi, a ...").
                        let subject = |from: usize| {
                            let subjects: Vec<&&&Mention> = candidates
                                .iter()
                                .filter(|m| m.span.start >= from && m.span.end <= ospan.start)
                                .filter(|m| ctx.actor(m).is_some() && ctx.governed(sentence, m).is_none())
                                // Words in a quotation are no subject of the narration.
                                .filter(|m| !inside_quote(input.text, sentence, m.span.start))
                                .collect();
                            // ... and only before the first verb: after it, an
                            // apposed person is an object ("a assuré le ministre, X, de").
                            let first_verb = triggers
                                .iter()
                                .filter(|(s, t)| s.start >= fs && lex.triggers[*t].kind == TriggerKind::Verb)
                                .map(|(s, _)| input.folded.to_original(s.clone(), input.text).start)
                                .find(|&at| at >= from)
                                .unwrap_or(ospan.start);
                            let apposed = subjects.iter().find(|m| {
                                ctx.kind(&m.entity) == Some(EntityType::Person)
                                    && m.span.end <= first_verb
                                    && input.text[..m.span.start].trim_end().ends_with(',')
                                    && input.text[m.span.end..].trim_start().starts_with(',')
                            });
                            // "Une délégation ... conduite par le général X est
                            // arrivée": the one who leads a delegation acts for it.
                            let led = candidates
                                .iter()
                                .filter(|m| m.span.start >= from && m.span.end <= first_verb)
                                .find(|m| {
                                    ctx.kind(&m.entity) == Some(EntityType::Person)
                                        && matches!(
                                            ctx.word_before_par(sentence, m),
                                            Some(
                                                "conduite"
                                                    | "conduit"
                                                    | "menee"
                                                    | "mene"
                                                    | "dirigee"
                                                    | "dirige"
                                                    | "emmenee"
                                                    | "emmene"
                                            )
                                        )
                                        && ["delegation", "mission", "equipe"].iter().any(|w| {
                                            word_at(&crate::text::fold(&input.text[from..m.span.start]), w).is_some()
                                        })
                                });
                            led.map(|m| &**m)
                                .or(apposed.map(|m| &***m))
                                .or(subjects.first().map(|m| &***m))
                                .and_then(|m| ctx.actor(m))
                        };
                        // "a affirmé que des groupes d'assaut nord-coréens
                        // avaient repris ...": a clause after "que" has its own
                        // subject (a nationality will do), and the main subject
                        // tells it; only a pronoun ("qu'il avait") points back.
                        let own_clause = from_clause > sentence.span.start
                            && input.text[from_clause..ospan.start].split_whitespace().next().is_some_and(|w| {
                                !matches!(w.to_lowercase().as_str(), "il" | "elle" | "ils" | "elles" | "on")
                            });
                        match subject(from_clause) {
                            Some(s) => Some(s),
                            None if own_clause => {
                                let reported_fact =
                                    matches!(ev.kind.as_str(), "Casualties" | "TroopDeployment" | "Supply" | "Capture");
                                if ev.source.is_none() && reported_fact {
                                    ev.source = subject(sentence.span.start).filter(|s| {
                                        matches!(
                                            ctx.kind(s),
                                            Some(EntityType::Organization | EntityType::Media | EntityType::Person)
                                        )
                                    });
                                }
                                candidates
                                    .iter()
                                    .filter(|m| m.span.start >= from_clause && m.span.end <= ospan.start)
                                    .find(|m| m.kind == crate::lexicon::MentionKind::Demonym)
                                    .map(|m| m.entity.clone())
                            }
                            None => subject(sentence.span.start),
                        }
                    }
                };
            }
            // "une frappe de missiles ukrainienne", "l'offensive russe": the
            // nationality of a strike or an offensive is who strikes.
            if matches!(ev.kind.as_str(), "Attack" | "MilitaryOperation") && trig.kind == TriggerKind::Noun {
                let near = mentions.iter().find(|m| {
                    m.kind == crate::lexicon::MentionKind::Demonym
                        && m.span.start >= ospan.end
                        && m.span.start <= ospan.end + 30
                        && input.folded.folded[tspan.end..input.folded.from_original(m.span.start)]
                            .split_whitespace()
                            .all(|w| {
                                matches!(
                                    w,
                                    "de" | "d"
                                        | "missiles"
                                        | "missile"
                                        | "drones"
                                        | "drone"
                                        | "d'artillerie"
                                        | "artillerie"
                                        | "aerienne"
                                        | "aeriennes"
                                )
                            })
                });
                if let Some(m) = near {
                    ev.agent = Some(m.entity.clone());
                }
            }
            // "Un missile tiré par les forces russes s'est abattu sur ...",
            // "un drone russe s'est abattu sur ...": the weapon is the subject;
            // who fired it, or its nationality, strikes.
            if ev.kind == "Attack" && ev.agent.is_none() && trig.kind == TriggerKind::Verb {
                let weapon = |w: &str| {
                    ["missile", "drone", "obus", "roquette", "bombe", "projectile"].iter().any(|p| w.starts_with(p))
                };
                ev.agent = candidates
                    .iter()
                    .filter(|m| m.span.end <= ospan.start)
                    .find(|m| {
                        ctx.by_agent(sentence, m)
                            && ctx.word_before_par(sentence, m).is_some_and(|w| {
                                matches!(w.trim_end_matches('s'), "tire" | "tiree" | "lance" | "lancee")
                            })
                    })
                    .or_else(|| {
                        candidates.iter().filter(|m| m.span.end <= ospan.start).find(|m| {
                            m.kind == crate::lexicon::MentionKind::Demonym
                                && ctx.words_before(sentence, m.span.start, 1).first().is_some_and(|w| weapon(w))
                        })
                    })
                    .and_then(|m| ctx.actor(m));
            }
            // A noun trigger: "l'envoi de troupes nord-coréennes", "la visite
            // du président russe": the "de" complement is the agent.
            if trig.kind != TriggerKind::Verb {
                if let Some(m) = candidates.iter().find(|m| {
                    m.span.start >= ospan.end
                        && m.span.start <= ospan.end + 40
                        && ctx.actor(m).is_some()
                        && match ctx.governed(sentence, m) {
                            Some("de" | "du" | "des" | "d") => true,
                            // "l'envoi de troupes nord-coréennes" (not "six assauts
                            // contre les positions ukrainiennes": the target).
                            None => {
                                m.kind == crate::lexicon::MentionKind::Demonym
                                    && m.span.start <= ospan.end + 40
                                    && !input.folded.folded[tspan.end..input.folded.from_original(m.span.start)]
                                        .split_whitespace()
                                        .any(|w| matches!(w, "contre" | "sur" | "vers" | "visant" | "aux" | "a"))
                            }
                            _ => false,
                        }
                }) {
                    // "l'envoi de troupes nord-coréennes", "la visite du président
                    // russe", "une lettre de Kim": the complement acts. Not so
                    // for "un entretien avec X" or "le soutien de Moscou à X".
                    let complement_acts = matches!(ev.kind.as_str(), "TroopDeployment" | "Visit" | "Letter" | "Supply");
                    // "deux prisonniers nord-coréens", "la capture de soldats
                    // russes": the complement of a capture is the one taken.
                    if ev.kind == "Capture" {
                        if let Some(a) = ctx.actor(m).filter(|a| Some(a) != ev.agent.as_ref()) {
                            push_unique(&mut ev.recipients, a);
                        }
                    } else if ev.agent.is_none() || (trig.kind == TriggerKind::Noun && complement_acts) {
                        ev.agent = ctx.actor(m);
                    } else if ev.kind == "Meeting" && trig.kind == TriggerKind::Noun && ctx.actor(m) != ev.agent {
                        // "a présidé une réunion du Conseil de sécurité nationale".
                        if let Some(a) = ctx.actor(m) {
                            push_unique(&mut ev.participants, a);
                        }
                    }
                }
            }
            // "l'opération militaire menée par la Russie", "l'incursion lancée
            // par Kiev": a participle and "par" after a noun name who acts.
            let mut noun_by = false;
            if trig.kind == TriggerKind::Noun {
                let by = candidates.iter().find(|m| {
                    m.span.start >= ospan.end
                        && m.span.start <= ospan.end + 60
                        && ctx.actor(m).is_some()
                        && ctx.by_agent(sentence, m)
                        // ("la capture par l'armée ukrainienne de ...": right
                        // after the noun too.)
                        && ctx.word_before_par(sentence, m).is_some_and(|w| {
                            par_participle(w) || trig_folded.split_whitespace().next_back() == Some(w)
                        })
                        && !input.text[ospan.end..m.span.start].contains([',', ';'])
                        && input.text[ospan.end..m.span.start].split_whitespace().count() <= 5
                });
                if let Some(m) = by {
                    ev.agent = ctx.actor(m);
                    noun_by = true;
                    ev.agent_by = true;
                }
            }
            // "des groupes d'assaut", "des avions de combat": a bare battle noun
            // after "de" qualifies the noun before it.
            // But "une série de frappes", "une vague d'attaques" count them.
            let fb_trim = folded_before.trim_end();
            let of_noun = fb_trim
                .trim_end_matches(['d', 'e', '\'', '’'])
                .split(|c: char| !c.is_alphanumeric())
                .rfind(|w| !w.is_empty())
                .unwrap_or("");
            let quantity = matches!(
                of_noun,
                "serie"
                    | "series"
                    | "vague"
                    | "vagues"
                    | "salve"
                    | "salves"
                    | "dizaine"
                    | "dizaines"
                    | "centaine"
                    | "centaines"
                    | "millier"
                    | "milliers"
                    | "nombre"
                    | "succession"
                    | "multitude"
                    | "plusieurs"
            );
            if matches!(ev.kind.as_str(), "MilitaryOperation" | "Attack")
                && trig.kind == TriggerKind::Noun
                && !quantity
                && (fb_trim.ends_with(" d'") || fb_trim.ends_with(" de") || fb_trim.ends_with(" d’"))
            {
                continue;
            }
            // "la libération de soldats détenus", "libérer les otages": a release
            // of people, not a conquest.
            if ev.kind == "MilitaryOperation" && trig.lemma.starts_with("lib") {
                let next: Vec<&str> = input.folded.folded[tspan.end..fe]
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .take(4)
                    .collect();
                let people =
                    ["prisonnier", "otage", "detenu", "soldat", "militaire", "captif", "civil", "ressortissant"];
                // (Also "157 militaires ukrainiens ont été libérés".)
                let prev: Vec<&str> = input.folded.folded[fs..tspan.start]
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .rev()
                    .take(6)
                    .collect();
                let passive = prev.first().is_some_and(|w| *w == "ete") || prev.iter().take(2).any(|w| *w == "sont");
                if next.iter().any(|w| people.iter().any(|p| w.starts_with(p)))
                    || (passive && prev.iter().any(|w| people.iter().any(|p| w.starts_with(p))))
                {
                    continue;
                }
            }
            // A battle noun alone ("les combats", "la reconquête de la région",
            // "des groupes d'assaut") is no evidence of who operates: it needs an
            // agent of its own ("menée par X", "l'offensive russe", "l'offensive
            // de l'armée russe") or a name ("l'opération militaire spéciale").
            if ev.kind == "MilitaryOperation" && trig.kind != TriggerKind::Verb && !noun_by {
                let after_words: Vec<&str> = input.folded.folded[tspan.end..fe]
                    .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .filter(|w| !w.is_empty())
                    .take(2)
                    .collect();
                // "l'opération militaire", "l'opération spéciale", "l'opération
                // de libération de ...": a noun that says which operation.
                let qualified = matches!(
                    after_words.first().copied(),
                    Some("militaire" | "speciale" | "terrestre" | "aerienne" | "navale" | "amphibie")
                ) || (matches!(after_words.first().copied(), Some("de" | "d"))
                    && after_words.get(1).is_some_and(|w| {
                        ["liberation", "reconquete", "invasion", "conquete", "encerclement", "contre-offensive"]
                            .contains(w)
                    }));
                // "la prise du village de X", "la conquête de la ville de X":
                // the taking of a place is named by the place.
                let taking = matches!(trig.lemma.as_str(), "prise" | "conquête" | "reprendre")
                    && candidates.iter().any(|m| {
                        m.span.start >= ospan.end
                            && m.span.start <= ospan.end + 40
                            && ctx.kind(&m.entity) == Some(EntityType::Place)
                            && !input.text[ospan.end..m.span.start].contains([',', ';', '.'])
                    });
                let named = qualified
                    || taking
                    || input.text[ospan.end..]
                        .trim_start()
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c == '«' || c == '"');
                let own = candidates.iter().find(|m| {
                    m.span.start >= ospan.end
                        && m.span.start <= ospan.end + 30
                        && matches!(ctx.kind(&m.entity), Some(EntityType::Country | EntityType::MilitaryForce))
                        && !input.text[ospan.end..m.span.start].contains([',', ';'])
                        && !input.folded.folded[tspan.end..input.folded.from_original(m.span.start)]
                            .split_whitespace()
                            .any(|w| matches!(w, "contre" | "sur" | "vers" | "visant" | "aux" | "a"))
                        && match ctx.governed(sentence, m) {
                            Some("de" | "du" | "des" | "d") => true,
                            None => m.kind == crate::lexicon::MentionKind::Demonym,
                            _ => false,
                        }
                });
                // "De violents combats ont eu lieu dimanche", "Des combats se
                // poursuivent": fighting told as a fact, with no side named.
                let after_trigger = &input.folded.folded[tspan.end..fe];
                let told = subject_of_verb(&input.folded.folded[fs..tspan.start], after_trigger)
                    || after_trigger
                        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                        .filter(|w| !w.is_empty())
                        .take(4)
                        .collect::<Vec<_>>()
                        .windows(2)
                        .any(|p| {
                            matches!(
                                (p[0], p[1]),
                                ("se", "poursuivent" | "poursuivaient" | "deroulent" | "sont")
                                    | ("font" | "faisaient", "rage")
                                    | ("ont" | "avaient", "eclate" | "eu" | "repris")
                                    | ("continuent" | "durent" | "persistent", _)
                            )
                        });
                // ("L'armée ukrainienne avait lancé une offensive": a noun that a
                // verb asserts has that verb's subject for agent.)
                let asserted = !ev.noun_only && ev.agent.is_some();
                // "les accrochages entre l'armée ukrainienne et des soldats
                // nord-coréens": the two sides, the first as agent.
                let sides: Vec<String> = if after_words.first() == Some(&"entre") {
                    let mut sides: Vec<String> = candidates
                        .iter()
                        .filter(|m| m.span.start >= ospan.end && m.span.start <= ospan.end + 120)
                        .filter(|m| !input.text[ospan.end..m.span.start].contains([',', ';', '.']))
                        .filter_map(|m| ctx.actor(m))
                        .collect();
                    sides.dedup();
                    sides.truncate(2);
                    sides
                } else {
                    Vec::new()
                };
                if let [a, b] = &sides[..] {
                    ev.agent = Some(a.clone());
                    ev.recipients.retain(|r| r != a);
                    push_unique(&mut ev.recipients, b.clone());
                }
                match own {
                    _ if sides.len() == 2 => {}
                    Some(m) => ev.agent = ctx.actor(m),
                    None if asserted => {}
                    None if told && !named => ev.agent = None,
                    // A person announcing or leading it speaks for the country
                    // that operates.
                    None if named => {
                        if let Some(p) = ev.agent.clone().filter(|a| ctx.kind(a) == Some(EntityType::Person)) {
                            let lex = ctx.input.lexicon;
                            ev.agent = lex
                                .offices
                                .iter()
                                .find(|o| lex.entities[o.holder].key == p)
                                .map(|o| lex.entities[o.country].key.clone());
                        }
                    }
                    None => continue,
                }
            }
            // Complements after the trigger, in its clause.
            let clause_end = clause_end_after(&input.folded.folded[tspan.end..fe])
                .map_or(sentence.span.end, |e| input.folded.to_original(fs..tspan.end + e, input.text).end);
            for (cue, role) in &trig.objects {
                let found = candidates.iter().find(|m| {
                    m.span.start >= ospan.end
                        && m.span.start < clause_end
                        && Some(&m.entity) != ev.agent.as_ref()
                        && matches!(
                            (cue.as_str(), ctx.governed(sentence, m)),
                            ("direct", None | Some("de" | "du" | "des" | "d"))
                                | ("a", Some("a" | "au" | "aux"))
                                | ("avec", Some("avec"))
                                | ("en", Some("en"))
                                | ("de", Some("de" | "du" | "des" | "d"))
                        )
                });
                let Some(m) = found else { continue };
                // "a convoqué l'ambassadeur de Russie, X": the person in
                // apposition to the title, not the country of its complement.
                // (Not after a present participle: "Recevant l'ambassadeur de
                // Russie, X, Kim a ..." is read with the main clause below.)
                let m = if cue == "direct"
                    && !trig_folded.ends_with("ant")
                    && matches!(ctx.governed(sentence, m), Some("de" | "du" | "des" | "d"))
                {
                    candidates
                        .iter()
                        .find(|p| {
                            p.span.start > m.span.end
                                && ctx.kind(&p.entity) == Some(EntityType::Person)
                                && Some(&p.entity) != ev.agent.as_ref()
                                && input.text[m.span.end..p.span.start].trim() == ","
                        })
                        .unwrap_or(m)
                } else {
                    m
                };
                // "ont combattu aux côtés des forces russes": allies, not the enemy.
                let beside = input.folded.folded[..input.folded.from_original(m.span.start)]
                    .trim_end()
                    .rsplit(' ')
                    .nth(1)
                    .is_some_and(|w| w == "cotes");
                let role = if beside && role == "recipient" { "participant" } else { role.as_str() };
                match role {
                    // "tués près du village de X": only attacks target places.
                    "recipient"
                        if ctx.actor(m).is_none()
                            && ctx.kind(&m.entity) == Some(EntityType::Place)
                            && !matches!(ev.kind.as_str(), "Attack" | "MilitaryOperation") => {}
                    "recipient" => push_unique(&mut ev.recipients, ctx.actor(m).unwrap_or_else(|| m.entity.clone())),
                    "participant" => {
                        if let Some(a) = ctx.actor(m) {
                            push_unique(&mut ev.participants, a);
                        }
                    }
                    "place" if ctx.is_place(m) => ev.place = Some(m.entity.clone()),
                    "agent" if ctx.actor(m).is_some() && !passive => ev.agent = ctx.actor(m),
                    "theme" if ctx.kind(&m.entity) == Some(EntityType::Agreement) => ev.theme = Some(m.entity.clone()),
                    _ => {}
                }
            }
            // "a salué l'héroïsme des soldats", "a salué un traité": praise of a
            // deed or a thing is a statement; praise of someone ("a salué Kim")
            // thanks them.
            if trig.event == "Thanks" && trig.kind == TriggerKind::Verb && trig.lemma == "saluer" {
                let object = candidates.iter().find(|m| m.span.start >= ospan.end).filter(|m| {
                    ctx.actor(m).is_some()
                        && input.folded.folded[tspan.end..input.folded.from_original(m.span.start)]
                            .split(|c: char| !c.is_alphanumeric())
                            .all(|w| w.is_empty() || DETERMINERS.contains(&w) || w.ends_with("ment"))
                });
                if object.is_none() {
                    ev.kind = "Statement".to_string();
                }
            }
            // "a remercié son homologue pour ...", "s'est entretenu avec son
            // homologue": the other leader of the story.
            {
                let after: Vec<&str> = input.folded.folded[tspan.end..fe]
                    .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .filter(|w| !w.is_empty())
                    .skip_while(|w| {
                        w.len() > 6 && w.ends_with("ment")
                            || matches!(*w, "avec" | "une" | "nouvelle" | "fois" | "encore" | "aussi")
                    })
                    .take(3)
                    .collect();
                // ("a invité son interlocuteur à se rendre à Moscou", "son hôte".)
                let bare = matches!(after.first(), Some(&("son" | "sa" | "leur")))
                    && matches!(
                        after.get(1),
                        Some(&("homologue" | "interlocuteur" | "interlocutrice" | "hote" | "invite" | "visiteur"))
                    )
                    && after.get(2).is_none_or(|w| lex.demonym(w).is_none());
                let named = candidates.iter().any(|m| {
                    m.span.start >= ospan.end
                        && m.span.start <= ospan.end + 40
                        && ctx.kind(&m.entity) == Some(EntityType::Person)
                });
                if bare && !named {
                    // A counterpart holds an office too: a known office holder first.
                    let office_holder = ctx
                        .input
                        .mentions
                        .iter()
                        .rev()
                        .filter(|m| m.span.end <= ospan.start && m.sentence + 3 >= si)
                        .filter(|m| Some(&m.entity) != ev.agent.as_ref())
                        .find(|m| {
                            lex.get(&m.entity).is_some_and(|e| {
                                lex.entities[e].kind == EntityType::Person
                                    && lex.offices_of(e, input.published).next().is_some()
                            })
                        })
                        .map(|m| m.entity.clone());
                    if let Some(o) =
                        office_holder.or_else(|| last_other_person(&ctx, si, ospan.start, 3, ev.agent.as_ref()))
                    {
                        if matches!(ev.kind.as_str(), "Meeting" | "Negotiation") {
                            push_unique(&mut ev.participants, o);
                        } else {
                            ev.recipients.insert(0, o);
                        }
                    }
                }
            }
            // A clitic object ("Choïgou l'a accueilli", "l'ont reçu"): the
            // person named before, other than the agent.
            if trig.kind == TriggerKind::Verb && ev.recipients.is_empty() && ev.participants.is_empty() {
                // ("l'a de nouveau invité", "l'a également reçu": an adverb between.)
                let mut fb = folded_before.trim_end();
                for adverb in [" de nouveau", " egalement", " aussi", " ensuite", " deja", " alors", " encore"] {
                    fb = fb.strip_suffix(adverb).unwrap_or(fb);
                }
                let clitic =
                    ["l'a", "l'ont", "l'avait", "l'avaient", "les a", "les ont", "l'a-t-il", "lui a", "leur a"]
                        .iter()
                        .any(|c| fb.ends_with(c) && fb[..fb.len() - c.len()].ends_with([' ', ',']));
                // "Kim l'avait ratifié": a text, not a person.
                if clitic && !matches!(ev.kind.as_str(), "Ratification" | "AgreementSigning") {
                    let other = last_other_person(&ctx, si, ospan.start, 2, ev.agent.as_ref());
                    if let Some(o) = other {
                        if matches!(ev.kind.as_str(), "Meeting" | "Negotiation") {
                            ev.participants.push(o);
                        } else {
                            ev.recipients.push(o);
                        }
                    }
                }
            }
            // "Elle a été reçue au Kremlin par Vladimir Poutine", "après avoir
            // été reçu par le président X": the one received is the sentence's
            // subject, or the person told of before.
            if ev.kind == "Meeting"
                && passive
                && ev.agent.is_some()
                && ev.participants.is_empty()
                && ev.recipients.is_empty()
            {
                let subject = candidates
                    .iter()
                    .filter(|m| m.span.end <= ospan.start && ctx.kind(&m.entity) == Some(EntityType::Person))
                    .filter(|m| ctx.governed(sentence, m).is_none() && Some(&m.entity) != ev.agent.as_ref())
                    .map(|m| m.entity.clone())
                    .next();
                let feminine = if fb.starts_with("elle ") || fb.contains(" elle ") {
                    Some(true)
                } else if fb.starts_with("il ") || fb.contains(" il ") {
                    Some(false)
                } else {
                    None
                };
                if let Some(o) =
                    subject.or_else(|| last_other_person_for(&ctx, si, ospan.start, 2, ev.agent.as_ref(), feminine))
                {
                    ev.participants.push(o);
                }
            }
            // "dans un entretien accordé à un média": an interview, not a meeting.
            if ev.kind == "Meeting"
                && trig.kind == TriggerKind::Noun
                && (folded_before.trim_end().ends_with("dans un")
                    || folded_before.trim_end().ends_with("dans une")
                    || next_word.starts_with("accord"))
            {
                continue;
            }
            // People meet: "a annoncé ..., X, à l'issue d'un entretien avec Y",
            // "a confirmé X, après avoir reçu une délégation", "lors de son
            // entretien avec Y" take the person named last before them (or, for
            // "son entretien", "a-t-il déclaré", the person told of before),
            // not the subject of the main clause.
            let fb = folded_before.trim_end();
            let infinitive =
                ["apres avoir", "avant d'avoir", "apres s'etre", "sans avoir"].iter().any(|c| fb.ends_with(c));
            if (ev.kind == "Meeting" && trig.kind == TriggerKind::Noun || infinitive)
                && !passive
                && ev.agent.as_deref().is_none_or(|a| ctx.kind(a) != Some(EntityType::Person))
            {
                let last = mentions
                    .iter()
                    .rev()
                    .filter(|m| m.span.end <= ospan.start && ctx.kind(&m.entity) == Some(EntityType::Person))
                    .find(|m| ctx.governed(sentence, m).is_none())
                    .map(|m| m.entity.clone());
                let told =
                    fb.ends_with(" son") || fb.ends_with(" sa") || fb.contains("-t-il") || fb.contains("-t-elle");
                let person = last.or_else(|| told.then(|| previous_person(&ctx, si, None)).flatten());
                if let Some(p) = person {
                    ev.participants.retain(|x| *x != p);
                    ev.recipients.retain(|x| *x != p);
                    if let Some(a) = ev.agent.take().filter(|a| ctx.kind(a) == Some(EntityType::Person)) {
                        push_unique(&mut ev.participants, a);
                    }
                    ev.agent = Some(p);
                }
            }
            // "il avait été reçu par Y": the pronoun is the person told of before.
            if passive
                && matches!(ev.kind.as_str(), "Meeting" | "Visit" | "Thanks")
                && ev.participants.is_empty()
                && ev.recipients.is_empty()
                && (folded_before.starts_with("il ")
                    || folded_before.starts_with("elle ")
                    || fb.contains(" il ")
                    || fb.contains(" elle "))
            {
                let feminine = Some(folded_before.starts_with("elle ") || fb.contains(" elle "));
                let other = last_other_person_for(&ctx, si, ospan.start, 3, ev.agent.as_ref(), feminine);
                if let Some(o) = other {
                    if ev.kind == "Meeting" {
                        ev.participants.push(o);
                    } else {
                        ev.recipients.push(o);
                    }
                }
            }
            // A noun: "une lettre à Kim", "un entretien avec Lavrov".
            if trig.kind != TriggerKind::Verb && ev.recipients.is_empty() && ev.participants.is_empty() {
                let after = candidates.iter().filter(|m| m.span.start >= ospan.end && m.span.start < clause_end);
                for m in after {
                    match ctx.governed(sentence, m) {
                        Some("a" | "au" | "aux")
                            if ctx.actor(m).is_some() && ctx.kind(&m.entity) != Some(EntityType::Place) =>
                        {
                            push_unique(&mut ev.recipients, ctx.actor(m).unwrap_or_default());
                            break;
                        }
                        Some("avec") if ctx.actor(m).is_some() => {
                            push_unique(&mut ev.participants, ctx.actor(m).unwrap_or_default());
                            break;
                        }
                        _ => {}
                    }
                }
                // "X a assuré Y de son soutien": Y, the object of the verb.
                if ev.recipients.is_empty() && matches!(ev.kind.as_str(), "PledgeOfSupport" | "Thanks" | "Supply") {
                    let from_clause = last_coordination(folded_before)
                        .map(|r| input.folded.to_original(fs..fs + r, input.text).end)
                        .unwrap_or(sentence.span.start);
                    if let Some(m) = candidates.iter().find(|m| {
                        m.span.start >= from_clause
                            && m.span.end <= ospan.start
                            && ctx.actor(m).is_some()
                            && ctx.actor(m) != ev.agent
                            && ctx.governed(sentence, m).is_none()
                    }) {
                        push_unique(&mut ev.recipients, ctx.actor(m).unwrap_or_default());
                    }
                }
            }
            // "reçue par X, à qui elle a remis un message de Kim", "a remis à
            // son hôte, X, une lettre": the one a relative or an apposition
            // names.
            if ev.kind == "Letter" && ev.recipients.is_empty() {
                let named = candidates.iter().filter(|m| m.span.end <= ospan.start).find(|m| {
                    let after = crate::text::fold(&input.text[m.span.end..ospan.start]);
                    let before = crate::text::fold(&input.text[sentence.span.start..m.span.start]);
                    let before = before.trim_end();
                    ctx.kind(&m.entity) == Some(EntityType::Person)
                        && ([", a qui ", ", auquel ", ", a laquelle "].iter().any(|r| after.starts_with(r))
                            || ["a son hote,", "a son homologue,", "a son interlocuteur,", "a son invite,"]
                                .iter()
                                .any(|r| before.ends_with(r)))
                });
                if let Some(to) = named.and_then(|m| ctx.actor(m)).filter(|a| Some(a) != ev.agent.as_ref()) {
                    ev.recipients.push(to);
                }
            }
            // "Le général lui a remis une lettre de Vladimir Poutine": "lui" is
            // the person told of before, neither the author nor the bearer.
            if ev.kind == "Letter" && ev.recipients.is_empty() {
                let clause = &folded_before[folded_before.rfind([',', ';']).map_or(0, |i| i + 1)..];
                if clause.contains(" lui ") || clause.starts_with("lui ") {
                    let to = person_told_before(&ctx, si, ospan.start, false, ev.agent.as_ref());
                    if let Some(to) = to {
                        ev.recipients.push(to);
                    }
                }
            }
            // "avait adressé à Vladimir Poutine une lettre": the addressee
            // before the noun, after the verb that sends it.
            if ev.kind == "Letter" && trig.kind == TriggerKind::Noun && ev.recipients.is_empty() {
                let from_clause = last_coordination(folded_before)
                    .map(|r| input.folded.to_original(fs..fs + r, input.text).end)
                    .unwrap_or(sentence.span.start);
                if let Some(m) = candidates.iter().rev().find(|m| {
                    m.span.start >= from_clause
                        && m.span.end <= ospan.start
                        && ctx.actor(m).is_some()
                        && ctx.actor(m) != ev.agent
                        && matches!(ctx.governed(sentence, m), Some("a" | "au" | "aux"))
                }) {
                    push_unique(&mut ev.recipients, ctx.actor(m).unwrap_or_default());
                } else if ["a son hote", "a son homologue", "a son interlocuteur", "a son invite"]
                    .iter()
                    .any(|w| folded_before.contains(w))
                {
                    // "Celui-ci a remis à son hôte un message de X": the host is the
                    // person named before who is neither the author nor the bearer.
                    let host = person_told_before(&ctx, si, ospan.start, true, ev.agent.as_ref());
                    if let Some(h) = host {
                        ev.recipients.push(h);
                    }
                }
            }
            // "a écrit X sur Telegram": writing to no one is a statement; a
            // letter has an addressee or is named as one.
            if ev.kind == "Letter" && trig.kind == TriggerKind::Verb && ev.recipients.is_empty() {
                let object = input.folded.folded[tspan.end..fe].trim_start();
                let letter_named = ["une lettre", "un message", "une missive", "un courrier", "un telegramme"]
                    .iter()
                    .any(|w| object.starts_with(w));
                if !letter_named {
                    ev.kind = "Statement".to_string();
                }
            }
            // "le Japon, la Corée du Sud et les États-Unis ont condamné": a joint
            // statement; the others speak with the first.
            if ev.kind == "Statement" && !passive {
                if let Some(first) = ev.agent.clone().and_then(|a| {
                    candidates.iter().position(|m| m.span.end <= ospan.start && ctx.actor(m).as_ref() == Some(&a))
                }) {
                    let mut prev = candidates[first].span.end;
                    for m in candidates[first + 1..].iter().filter(|m| m.span.end <= ospan.start) {
                        if m.span.start < prev {
                            continue;
                        }
                        let gap = input.text[prev..m.span.start].trim();
                        let gap = gap.trim_start_matches(',').trim();
                        let det =
                            ["", "et", "et le", "et la", "et les", "et l'", "le", "la", "les", "l'", "et l’", "l’"];
                        if !det.contains(&gap) {
                            break;
                        }
                        if let Some(a) = ctx.actor(m).filter(|a| Some(a) != ev.agent.as_ref()) {
                            push_unique(&mut ev.participants, a);
                        }
                        prev = m.span.end;
                    }
                }
            }
            // "s'est dit prêt à remettre les prisonniers à Kim": an offer, made
            // to the one named after.
            if trig.speech && trig.kind == TriggerKind::Verb {
                let after = input.folded.folded[tspan.end..fe].trim_start();
                if ["pret a ", "prete a ", "prets a ", "pretes a ", "disposee a ", "dispose a ", "disposes a "]
                    .iter()
                    .any(|p| after.starts_with(p))
                {
                    ev.kind = "OtherEvent".to_string();
                    ev.cameo = None;
                    ev.recipients.clear();
                    let skip = input.folded.to_original(tspan.end..tspan.end + 12, input.text).end;
                    if let Some(m) = candidates.iter().find(|m| {
                        m.span.start >= skip
                            && m.span.start < clause_end
                            && ctx.actor(m).is_some()
                            && matches!(ctx.governed(sentence, m), Some("a" | "au" | "aux"))
                    }) {
                        ev.recipients.push(ctx.actor(m).unwrap_or_default());
                    }
                }
            }
            // "X et Y ont signé", "les deux dirigeants", "Kiev et Moscou ont
            // procédé à un échange": more participants.
            if matches!(ev.kind.as_str(), "Meeting" | "AgreementSigning" | "Negotiation" | "OtherEvent")
                && !adjectival
                && !bare_participle
            {
                for m in candidates.iter().filter(|m| {
                    m.span.end <= ospan.start
                        && ctx.governed(sentence, m).is_none()
                        && !inside_quote(input.text, sentence, m.span.start)
                }) {
                    if let Some(a) = ctx.actor(m) {
                        if Some(&a) != ev.agent.as_ref() {
                            push_unique(&mut ev.participants, a);
                        }
                    }
                }
                let before = &input.folded.folded[fs..tspan.start];
                // "Les deux dirigeants ont signé": the pair named before, even
                // when a person before the clause was taken for the agent.
                if !passive && [before, &input.folded.folded[tspan.end..fe]].iter().any(|t| both_of_them(t)) {
                    let pair = last_two_actors(&ctx, si);
                    if let Some((a, b)) = pair {
                        ev.agent = Some(a);
                        push_unique(&mut ev.participants, b);
                    }
                }
                // "X et Y se sont entretenus": a reciprocal meeting; the first
                // named leads it.
                if !passive && ev.kind == "Meeting" && ev.agent.is_none() && ev.participants.len() >= 2 {
                    ev.agent = Some(ev.participants.remove(0));
                }
            }
            // Place: after "à", "en", "dans", "près de" in the clause.
            if ev.place.is_none() {
                let military = matches!(ev.kind.as_str(), "MilitaryOperation" | "Attack" | "Capture");
                let fits = |m: &&&&Mention| {
                    // "ont discuté de la situation en Ukraine": a topic, not where.
                    let topic =
                        ctx.words_before(sentence, m.span.start, 4).iter().any(|w| {
                            matches!(
                                *w,
                                "situation"
                                    | "guerre"
                                    | "conflit"
                                    | "crise"
                                    | "dossier"
                                    | "question"
                                    | "paix"
                                    | "front"
                                    | "offensive"
                                    | "invasion"
                                    | "conflits"
                                    | "guerres"
                            )
                        }) && !matches!(ev.kind.as_str(), "MilitaryOperation" | "Attack" | "Casualties" | "Capture");
                    if topic {
                        return false;
                    }
                    let gov = ctx.place_governor(sentence, m);
                    let prep_ok = matches!(gov, Some("a" | "au" | "aux" | "en" | "dans" | "pres" | "vers" | "sur"))
                        // "la reprise de la ville de Soudja"
                        || (military && matches!(gov, Some("de" | "du" | "des" | "d")) && m.span.start <= ospan.end + 30);
                    let actor = ctx.actor(m);
                    prep_ok
                        && (ctx.kind(&m.entity) != Some(EntityType::Country)
                            || matches!(
                                ev.kind.as_str(),
                                "Visit"
                                    | "TroopDeployment"
                                    | "MilitaryOperation"
                                    | "Meeting"
                                    | "Attack"
                                    | "Capture"
                                    | "Casualties"
                            ))
                        && Some(&m.entity) != ev.agent.as_ref()
                        && !actor.as_ref().is_some_and(|a| ev.recipients.contains(a))
                };
                // After a speech verb, places of the words reported ("a prévenu
                // que ... à Kiev") are not where it was said.
                let said_end = if trig.speech {
                    let after = &input.folded.folded[tspan.end..fe];
                    [" que ", " qu'", ":", "«", "\""]
                        .iter()
                        .filter_map(|c| after.find(c))
                        .min()
                        .map_or(clause_end, |e| {
                            input.folded.to_original(fs..tspan.end + e, input.text).end.min(clause_end)
                        })
                } else {
                    clause_end
                };
                let after = candidates
                    .iter()
                    .filter(|m| m.span.start >= ospan.end && m.span.start < said_end && ctx.is_place(m))
                    .find(fits);
                // "Réuni mardi à New York, le Conseil ...", "Interrogé à Pékin,
                // le porte-parole ...": a participle opening the sentence sets
                // its scene up to the first comma.
                let participle_scene = |m: &Mention| {
                    let head = input.text[sentence.span.start..m.span.start].trim_start();
                    let first = head.split_whitespace().next().unwrap_or("");
                    let participle = first.chars().next().is_some_and(char::is_uppercase)
                        && (["é", "ée", "és", "ées"].iter().any(|e| first.ends_with(e))
                            || ["Réuni", "Réunie", "Réunis", "Réunies"].contains(&first));
                    participle && !head.contains([',', ';', ':'])
                };
                let before = || {
                    candidates
                        .iter()
                        .filter(|m| {
                            // "À Pékin, Poutine remercie ...": a place framing the sentence.
                            let occasion = matches!(
                                ev.kind.as_str(),
                                "Statement" | "Meeting" | "OtherEvent" | "Sanction" | "PledgeOfSupport" | "Thanks"
                            );
                            let framing = ctx.words_before(sentence, m.span.start, 4).len() <= 2
                                || (occasion && participle_scene(m));
                            // "À Kiev, le GUR avance un bilan": a capital framing
                            // the sentence is where its government speaks, not
                            // where soldiers fall or arms go.
                            let speaking_capital = framing
                                && ctx.actor(m).is_some()
                                && matches!(
                                    ev.kind.as_str(),
                                    "Casualties"
                                        | "TroopDeployment"
                                        | "Supply"
                                        | "Capture"
                                        | "Attack"
                                        | "MilitaryOperation"
                                );
                            m.span.end <= ospan.start
                                && ctx.is_place(m)
                                && !speaking_capital
                                && (framing || !input.text[m.span.end..ospan.start].contains(','))
                        })
                        .rfind(fits)
                };
                // "À Tokyo, le ministre a qualifié ...": a statement is made where
                // the sentence opens.
                let framing = || {
                    candidates.iter().filter(|m| m.span.end <= ospan.start && ctx.is_place(m)).find(|m| {
                        ((ctx.words_before(sentence, m.span.start, 3).len() <= 1
                            && input.text[m.span.end..].trim_start().starts_with(','))
                            || participle_scene(m))
                            && fits(m)
                    })
                };
                ev.place = if ev.kind == "Statement" {
                    framing().or(after).or_else(before).map(|m| m.entity.clone())
                } else {
                    after.or_else(before).map(|m| m.entity.clone())
                };
            }
            // "est arrivé à Pyongyang pour sa visite en Corée du Nord",
            // "envoyé en Russie ... dans la région de Koursk": the most specific
            // place the clause names, a city or region over the country it lies
            // in (a capital after a preposition is a place, not its government).
            if !trig.speech {
                if let Some(c) = ev.place.clone().filter(|p| ctx.kind(p) == Some(EntityType::Country)) {
                    // A relative clause (", dont une partie a combattu dans ...")
                    // tells of another event.
                    let tail = &input.text[ospan.end..clause_end];
                    let end = [", dont ", ", qui ", ", où ", ", lorsque ", ", alors que "]
                        .iter()
                        .filter_map(|r| tail.find(r))
                        .min()
                        .map_or(clause_end, |i| ospan.end + i);
                    let inner = candidates
                        .iter()
                        .filter(|m| {
                            (m.span.start >= ospan.end && m.span.start < end
                                || m.span.end <= ospan.start && !input.text[m.span.end..ospan.start].contains(','))
                                && ctx.kind(&m.entity) == Some(EntityType::Place)
                                && country_of(&ctx, &m.entity).as_ref() == Some(&c)
                                && matches!(
                                    ctx.governed(sentence, m),
                                    Some("a" | "au" | "aux" | "en" | "dans" | "pres" | "vers" | "sur")
                                )
                        })
                        .min_by_key(|m| m.span.start.abs_diff(ospan.start));
                    if let Some(m) = inner {
                        ev.place = Some(m.entity.clone());
                    }
                }
            }
            // "Des frappes ont touché la région de Kharkiv": a strike noun
            // that is the subject of a verb of hitting hit the place it
            // governs.
            if ev.place.is_none() && ev.kind == "Attack" && trig.kind == TriggerKind::Noun {
                let after = &input.folded.folded[tspan.end..fe];
                let words: Vec<(usize, &str)> = after
                    .split_whitespace()
                    .scan(0, |at, w| {
                        let start = after[*at..].find(w).map_or(*at, |i| *at + i);
                        *at = start + w.len();
                        Some((start, w))
                    })
                    .take(8)
                    .collect();
                let hit = words.windows(2).find(|p| {
                    matches!(p[0].1, "a" | "ont" | "avait" | "avaient")
                        && ["touche", "frappe", "vise", "atteint", "ravage", "endommage", "detruit"]
                            .iter()
                            .any(|v| p[1].1.strip_prefix(v).is_some_and(|rest| matches!(rest, "" | "e" | "s" | "es")))
                });
                if let Some(p) = hit {
                    let from = input.folded.to_original(fs..tspan.end + p[1].0, input.text).end;
                    ev.place = candidates
                        .iter()
                        .filter(|m| m.span.start >= from && m.span.start < clause_end)
                        .find(|m| ctx.kind(&m.entity) == Some(EntityType::Place))
                        .map(|m| m.entity.clone());
                    ev.noun_only = false;
                }
            }
            // "la région de Koursk, où l'armée ukrainienne occupe ...": the place
            // a clause opened by "où" refers back to; "la région était reprise":
            // the place taken is the subject of a passive.
            if ev.place.is_none() && matches!(ev.kind.as_str(), "MilitaryOperation" | "Capture" | "Attack") {
                let head = &input.text[sentence.span.start..ospan.start];
                let upto = head.rfind(", où ").map(|i| sentence.span.start + i).or_else(|| {
                    (passive && trig.objects.iter().any(|(c, r)| c == "direct" && r == "place")).then_some(ospan.start)
                });
                if let Some(upto) = upto {
                    ev.place = candidates
                        .iter()
                        .rev()
                        .find(|m| m.span.end <= upto && ctx.kind(&m.entity) == Some(EntityType::Place))
                        .map(|m| m.entity.clone());
                }
            }
            // "l'opération menée par la Russie en Ukraine": the country an
            // operation is fought in is its target.
            // "six assauts contre les positions ukrainiennes": the side named
            // after "contre" is the target.
            if matches!(ev.kind.as_str(), "Attack" | "MilitaryOperation") && ev.recipients.is_empty() {
                let target = candidates.iter().find(|m| {
                    m.span.start >= ospan.end
                        && m.span.start < clause_end
                        && ctx.kind(&m.entity) == Some(EntityType::Country)
                        && Some(&m.entity) != ev.agent.as_ref()
                        && input.folded.folded[tspan.end..input.folded.from_original(m.span.start)]
                            .split_whitespace()
                            .rev()
                            .take(4)
                            .any(|w| w == "contre")
                });
                if let Some(m) = target {
                    ev.recipients.push(m.entity.clone());
                }
            }
            // "la région de Koursk était entièrement reprise aux forces
            // ukrainiennes", "la reconquête de la région": land taken back
            // with no one named goes back to the country it belongs to, from
            // the side named after "à".
            let retaking = matches!(
                crate::text::fold(&trig.lemma).as_str(),
                "reprendre" | "reconquerir" | "reconquete" | "liberer" | "liberation"
            );
            // ("X avait annoncé à Poutine la reprise de Gornal": the one who
            // announces it is no agent of it.)
            if retaking && ev.agent.as_deref().is_some_and(|a| ctx.kind(a) == Some(EntityType::Person)) {
                ev.agent = None;
            }
            // The side it was taken from: after "à" ("reprise aux forces
            // ukrainiennes": through a force noun and its nationality).
            let from = candidates
                .iter()
                .filter(|m| retaking && m.span.start >= ospan.end && m.span.start < clause_end)
                .filter(|m| {
                    let head = &input.folded.folded[tspan.end..input.folded.from_original(m.span.start)];
                    let head = match m.kind {
                        crate::lexicon::MentionKind::Demonym => {
                            head.trim_end().rsplit_once(' ').map_or(head, |(h, _)| h)
                        }
                        _ => head,
                    };
                    matches!(crate::text::governing_preposition(head), Some("a" | "au" | "aux"))
                })
                .find_map(|m| ctx.actor(m))
                .map(|a| country_of(&ctx, &a).unwrap_or(a));
            // (Nor is the side it was taken from, nor is it where: the place
            // is the land taken, the subject of a passive.)
            if retaking && from.is_some() && ev.agent == from {
                ev.agent = None;
            }
            if retaking && from.is_some() && ev.place.as_deref().is_some_and(|p| Some(p) == from.as_deref()) {
                ev.place = candidates
                    .iter()
                    .rev()
                    .find(|m| m.span.end <= ospan.start && ctx.kind(&m.entity) == Some(EntityType::Place))
                    .map(|m| m.entity.clone());
            }
            if ev.kind == "MilitaryOperation" && retaking && ev.agent.is_none() {
                let owner = ev.place.as_deref().and_then(|p| {
                    if ctx.kind(p) == Some(EntityType::Country) {
                        Some(p.to_string())
                    } else {
                        country_of(&ctx, p)
                    }
                });
                if let Some(owner) = owner {
                    ev.recipients.retain(|r| *r != owner);
                    ev.recipients.extend(from.filter(|a| *a != owner));
                    ev.agent = Some(owner);
                }
            }
            if ev.kind == "MilitaryOperation" && ev.recipients.is_empty() {
                if let Some(p) = ev.place.clone().filter(|p| ctx.kind(p) == Some(EntityType::Country)) {
                    if Some(&p) != ev.agent.as_ref() {
                        ev.recipients.push(p);
                    }
                }
            }
            // "ont bombardé plusieurs localités du district de Koupiansk": a
            // place struck is where it happens, and its country is the target;
            // with none, the other side the clause names ("un poste où se
            // trouvaient des officiers nord-coréens").
            if matches!(ev.kind.as_str(), "Attack" | "MilitaryOperation") {
                let (places, actors): (Vec<String>, Vec<String>) =
                    ev.recipients.drain(..).partition(|r| ctx.kind(r) == Some(EntityType::Place));
                ev.recipients = actors;
                for p in places {
                    let country = country_of(&ctx, &p);
                    if ev.place.as_ref().is_none_or(|q| country_of(&ctx, q).is_none() && country.is_some()) {
                        ev.place = Some(p);
                    }
                    if let Some(c) = country.filter(|c| Some(c) != ev.agent.as_ref()) {
                        push_unique(&mut ev.recipients, c);
                    }
                }
                // "une frappe de drones ukrainiens a visé un convoi près de
                // Lgov, tuant cinq militaires nord-coréens": the troops of
                // another side named after the trigger are struck, not the
                // land they stand on.
                let struck = candidates
                    .iter()
                    .filter(|m| m.span.start >= ospan.end && m.kind == crate::lexicon::MentionKind::Demonym)
                    .filter(|m| ctx.kind(&m.entity) == Some(EntityType::Country))
                    .filter(|m| troops_before(&input.folded.folded[fs..input.folded.from_original(m.span.start)]))
                    .map(|m| m.entity.clone())
                    .find(|c| {
                        Some(c) != ev.agent.as_ref()
                            && Some(c) != country_of_agent(&ctx, ev.agent.as_deref()).as_ref()
                            && !ev.recipients.contains(c)
                    });
                if ev.recipients.is_empty() {
                    let target = ev
                        .place
                        .as_deref()
                        .and_then(|p| {
                            if ctx.kind(p) == Some(EntityType::Country) {
                                Some(p.to_string())
                            } else {
                                country_of(&ctx, p)
                            }
                        })
                        .filter(|c| Some(c) != ev.agent.as_ref())
                        .or_else(|| {
                            // After the trigger first, then before it ("les forces
                            // ukrainiennes ont repoussé des assauts menés par ...").
                            let other_side = |m: &&&&Mention| {
                                matches!(ctx.kind(&m.entity), Some(EntityType::Country | EntityType::MilitaryForce))
                                    && Some(&m.entity) != ev.agent.as_ref()
                                    && Some(&m.entity) != country_of_agent(&ctx, ev.agent.as_deref()).as_ref()
                            };
                            { candidates.iter().filter(|m| m.span.start >= ospan.end).find(other_side) }
                                .or_else(|| candidates.iter().filter(|m| m.span.end <= ospan.start).find(other_side))
                                // A country's forces are struck: the country is the target.
                                .map(|m| country_of(&ctx, &m.entity).unwrap_or_else(|| m.entity.clone()))
                        });
                    if let Some(t) = target {
                        ev.recipients.push(t);
                    }
                }
                let land = ev.place.as_deref().and_then(|p| country_of(&ctx, p));
                if let Some(c) = struck.filter(|_| ev.recipients.iter().all(|r| Some(r) == land.as_ref())) {
                    ev.recipients = vec![c];
                }
            }
            // Theme: an agreement named in the sentence.
            if ev.theme.is_none() && matches!(ev.kind.as_str(), "AgreementSigning" | "Ratification") {
                ev.theme = candidates
                    .iter()
                    .find(|m| ctx.kind(&m.entity) == Some(EntityType::Agreement))
                    .map(|m| m.entity.clone())
                    // "le texte", "la loi de ratification": the treaty named last.
                    .or_else(|| {
                        input
                            .mentions
                            .iter()
                            .rev()
                            .filter(|m| m.span.end <= ospan.start && ctx.kind(&m.entity) == Some(EntityType::Agreement))
                            .find(|m| lex.get(&m.entity).is_none_or(|e| lex.entities[e].part_of.is_none()))
                            .map(|m| m.entity.clone())
                    });
            }
            // "un mémorial dédié aux militaires tombés au combat": a participle
            // qualifying the people honoured, with no figure, tells no toll.
            let qualifying = participle_after_noun(folded_before, trig_folded.split_whitespace().next().unwrap_or(""))
                && !mentions.iter().any(|m| {
                    m.kind != crate::lexicon::MentionKind::Demonym
                        && m.span.end <= ospan.start
                        && input.text[m.span.end..ospan.start].trim().is_empty()
                });
            if ev.kind == "Casualties" && (adjectival || qualifying) && sentence_claims.is_empty() {
                continue;
            }
            // "l'arrivée des troupes de Pyongyang": troops arrive, no one visits.
            if ev.kind == "Visit" {
                let next: Vec<&str> = input.folded.folded[tspan.end..fe]
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .take(2)
                    .collect();
                let troops = ["troupes", "soldats", "militaires", "forces", "unites", "renforts", "combattants"];
                if matches!(next.first().copied(), Some("de" | "des" | "du" | "d"))
                    && next.get(1).is_some_and(|w| troops.contains(w))
                {
                    continue;
                }
            }
            // Casualties and deployments: the people counted.
            if matches!(ev.kind.as_str(), "Casualties" | "Capture") {
                for &c in &sentence_claims {
                    if let Some(of) = &claims[c].of {
                        push_unique(&mut ev.recipients, of.clone());
                    }
                }
                if ev.recipients.is_empty() {
                    // "des équipages nord-coréens ont bombardé ..., tuant quatre
                    // civils": the victims are the side struck, not the attackers.
                    let strike = sentence_events
                        .iter()
                        .rev()
                        .find(|e| matches!(e.kind.as_str(), "Attack" | "MilitaryOperation") && e.agent.is_some());
                    // (Not the nationality of a body: "le renseignement sud-coréen (NIS)".)
                    let of_body = |m: &Mention| {
                        mentions.iter().any(|o| {
                            o.span.end <= m.span.start
                                && input.text[o.span.end..m.span.start].trim_matches([' ', '(', ')']).is_empty()
                                && matches!(ctx.kind(&o.entity), Some(EntityType::Organization | EntityType::Media))
                        }) || crate::text::fold(&input.text[sentence.span.start..m.span.start])
                            .trim_end()
                            .ends_with("renseignement")
                    };
                    if let Some(m) =
                        candidates.iter().find(|m| m.kind == crate::lexicon::MentionKind::Demonym && !of_body(m))
                    {
                        match strike {
                            Some(st) if st.agent.as_ref() == Some(&m.entity) => {
                                ev.recipients.extend(st.recipients.clone())
                            }
                            _ => ev.recipients.push(m.entity.clone()),
                        }
                    }
                }
                if ev.kind == "Casualties" && ev.agent.as_ref().is_some_and(|a| ev.recipients.contains(a)) {
                    ev.agent = None;
                }
            }
            // Where troops or arms go: the countries named after the trigger
            // ("en Russie", "sur le sol russe", "la région russe de Koursk").
            if matches!(ev.kind.as_str(), "TroopDeployment" | "Supply" | "Visit") {
                for m in candidates.iter().filter(|m| m.span.start >= ospan.end && m.span.start < clause_end) {
                    if ctx.kind(&m.entity) != Some(EntityType::Country) || Some(&m.entity) == ev.agent.as_ref() {
                        continue;
                    }
                    // "livrés à la Russie par la Corée du Nord": the one after
                    // "par" sends.
                    if ctx.by_agent(sentence, m) {
                        if ev.agent.is_none() {
                            ev.agent = Some(m.entity.clone());
                        }
                        continue;
                    }
                    push_unique(&mut ev.recipients, m.entity.clone());
                }
            }
            // "Des unités nord-coréennes ont été déployées": in a passive with
            // no "par", the nationality of what is sent names the sender.
            if passive && ev.agent.is_none() && matches!(ev.kind.as_str(), "TroopDeployment" | "Supply") {
                // ... of the clause: not "le renseignement sud-coréen estime que".
                let from_clause = last_coordination(folded_before)
                    .map(|r| input.folded.to_original(fs..fs + r, input.text).end)
                    .unwrap_or(sentence.span.start);
                ev.agent = candidates
                    .iter()
                    .filter(|m| m.span.start >= from_clause && m.span.end <= ospan.start)
                    .rfind(|m| m.kind == crate::lexicon::MentionKind::Demonym)
                    .map(|m| m.entity.clone());
            }
            // "Pyongyang aurait reçu en échange des systèmes de défense
            // antiaérienne russes": receiving goods is a supply to the
            // subject, from the side named with them.
            if ev.kind == "Meeting" && trig.lemma == "recevoir" && !passive {
                let fclause_end = input.folded.from_original(clause_end).max(tspan.end);
                let clause = &input.folded.folded[tspan.end..fclause_end];
                let goods = lex
                    .units
                    .iter()
                    .filter(|u| u.event.as_deref() == Some("Supply"))
                    .any(|u| u.forms.iter().any(|f| word_at(clause, f).is_some()));
                if goods {
                    let receiver = ev.agent.take();
                    let sender = ev
                        .participants
                        .iter()
                        .chain(&ev.recipients)
                        .filter(|p| Some(*p) != receiver.as_ref())
                        .map(|p| country_of(&ctx, p).unwrap_or_else(|| p.clone()))
                        .find(|p| ctx.kind(p) == Some(EntityType::Country));
                    ev.kind = "Supply".to_string();
                    ev.participants.clear();
                    ev.recipients = receiver.into_iter().collect();
                    ev.agent = sender;
                }
            }
            // What is supplied: the units named in the clause after the trigger.
            if ev.kind == "Supply" {
                let fclause_end = input.folded.from_original(clause_end).max(tspan.end);
                let clause = &input.folded.folded[tspan.end..fclause_end];
                let mut found: Vec<(usize, String)> = Vec::new();
                for u in lex.units.iter().filter(|u| matches!(u.event.as_deref(), Some("Supply" | "TroopDeployment"))) {
                    if let Some(at) = u.forms.iter().filter_map(|f| word_at(clause, f)).min() {
                        found.push((at, u.what.clone()));
                    }
                }
                found.sort();
                for (_, w) in found {
                    push_unique(&mut ev.items, w);
                }
            }
            if ev.kind == "Supply" {
                // "a offert son soutien", "les chiffres proviennent du ministère":
                // a gift, or a provenance, is a supply only of things supplied
                // (named after a gift, before a provenance).
                let before_items = || {
                    let clause = &input.folded.folded[fs..tspan.start];
                    lex.units
                        .iter()
                        .filter(|u| u.event.as_deref() == Some("Supply"))
                        .any(|u| u.forms.iter().any(|f| word_at(clause, f).is_some()))
                };
                let needs_items = trig.objects.iter().any(|(_, r)| r == "agent");
                if (needs_items && !before_items())
                    || (matches!(trig.lemma.as_str(), "offrir" | "expédier") && ev.items.is_empty())
                {
                    continue;
                }
                // "les obus utilisés par l'armée russe": who uses them received them.
                let user = mentions.iter().find(|m| {
                    m.span.start >= ospan.start.saturating_sub(120)
                        && m.span.start < sentence.span.end
                        && ctx.actor(m).is_some()
                        && ctx.by_agent(sentence, m)
                        && ctx.word_before_par(sentence, m).is_some_and(|w| {
                            let w = w.trim_end_matches('s').trim_end_matches('e');
                            matches!(w, "utilise" | "tire" | "employe" | "utilis" | "tir" | "employ")
                        })
                });
                if let Some(u) = user.and_then(|m| ctx.actor(m)) {
                    ev.recipients = vec![u];
                }
                // "à son hôte": the visitor the story follows.
                if ev.recipients.is_empty() {
                    let after = &input.folded.folded[tspan.end..fe];
                    if ["a son hote", "a ses hotes", "a son invite", "a ses invites"].iter().any(|c| after.contains(c))
                    {
                        if let Some(v) = events.iter().rev().find(|e| e.kind == "Visit").and_then(|e| e.agent.clone()) {
                            ev.recipients.push(v);
                        }
                    }
                }
                // Arms go to a state: "l'armée russe" receives for Russia.
                for r in ev.recipients.iter_mut() {
                    if ctx.kind(r) == Some(EntityType::MilitaryForce) {
                        if let Some(c) = lex.get(r).and_then(|e| lex.entities[e].part_of) {
                            if lex.entities[c].kind == EntityType::Country {
                                *r = lex.entities[c].key.clone();
                            }
                        }
                    }
                }
                let agent = ev.agent.clone();
                ev.recipients.retain(|r| Some(r) != agent.as_ref());
            }
            // Date: the nearest time expression of the sentence.
            // "la première visite depuis juillet 2000": a "depuis" date starts a
            // state (an occupation, a deployment), it does not date a visit.
            let lasting = matches!(ev.kind.as_str(), "MilitaryOperation" | "TroopDeployment" | "Supply" | "Attack");
            // Only a date of the trigger's own segment ("... mardi : il avait
            // déjà été reçu le 4 juin" dates two events). A cumulative toll has
            // no date of its own: the day after a speech verb ("a estimé
            // jeudi") is when it was told.
            let segment = |at: usize| input.folded.folded[fs..at].matches([':', ';']).count();
            let date = ctx
                .times
                .iter()
                .filter(|t| t.folded.start >= fs && t.folded.end <= fe && (lasting || !t.since))
                .filter(|t| segment(t.folded.start) == segment(tspan.start))
                // "reprise ..., neuf mois après l'incursion lancée à l'été 2024":
                // a date after "après" or "avant" dates the other event.
                .filter(|t| {
                    t.folded.start < tspan.end || {
                        let between = &input.folded.folded[tspan.end..t.folded.start];
                        !(between.contains(" apres ") || between.contains(" avant "))
                    }
                })
                .filter(|t| ev.kind != "Casualties" || !after_speech_verb(&triggers, lex, t.folded.start))
                // "« C'était vrai en 2023 », tranche-t-elle": a date in the
                // words quoted is not when they were said.
                .filter(|t| {
                    !inside_quote(input.text, sentence, input.folded.to_original(t.folded.clone(), input.text).start)
                })
                .min_by_key(|t| t.folded.start.abs_diff(tspan.start));
            if let Some(t) = date {
                ev.date = Some(t.value);
                ev.date_text = Some(input.text[input.folded.to_original(t.folded.clone(), input.text)].to_string());
            } else if si <= first_body + 1
                && matches!(
                    ev.kind.as_str(),
                    "Meeting" | "Thanks" | "Statement" | "Letter" | "PledgeOfSupport" | "Visit"
                )
            {
                // The lead of a news story reports the news of the day (unless
                // it goes on about an event already dated: "Les deux ministres
                // ont discuté ...").
                fn actors(e: &Event) -> Vec<&String> {
                    let mut v: Vec<&String> = e.agent.iter().chain(&e.participants).chain(&e.recipients).collect();
                    v.sort();
                    v
                }
                // ... or about the occasion just dated ("reçue mardi à Moscou ...
                // Elle a assuré ..."): that day, set below.
                let told = events.iter().any(|e| e.kind == ev.kind && e.date.is_some() && actors(e) == actors(&ev))
                    || events.iter().chain(sentence_events.iter()).any(|e| {
                        e.sentence + 2 >= si
                            && e.date.is_some_and(|d| matches!(d.precision, crate::time::Precision::Day))
                            && matches!(e.kind.as_str(), "Meeting" | "Visit" | "Statement" | "Thanks" | "Letter")
                    });
                if let Some(p) = input.published.filter(|_| !told) {
                    ev.date = Some(TimeValue::day(p));
                    ev.confidence -= 0.1;
                }
            }
            sentence_events.push(ev);
        }

        // "Pour X, chercheuse à ..., ce rapprochement « offre à Pyongyang des
        // devises »", "a renvoyé aux « déclarations déjà faites »": words
        // quoted are a statement by their speaker, unless the sentence already
        // has the speaker act.
        for q in input.quotes.iter().filter(|q| q.sentence == si) {
            let Some(speaker) = q.speaker.clone() else { continue };
            if !matches!(ctx.kind(&speaker), Some(EntityType::Person | EntityType::Organization | EntityType::Country))
                || sentence_events.iter().any(|e| e.agent.as_ref() == Some(&speaker))
            {
                continue;
            }
            let date = ctx
                .times
                .iter()
                .filter(|t| t.folded.start >= fs && t.folded.end <= fe && !t.since)
                .filter(|t| {
                    !inside_quote(input.text, sentence, input.folded.to_original(t.folded.clone(), input.text).start)
                })
                .min_by_key(|t| t.folded.start.abs_diff(input.folded.from_original(q.span.start)));
            let cameo = lex.triggers.iter().find(|t| t.event == "Statement").and_then(|t| t.cameo.clone());
            sentence_events.push(Event {
                key: String::new(),
                kind: "Statement".to_string(),
                cameo,
                agent: Some(speaker),
                recipients: Vec::new(),
                participants: Vec::new(),
                place: None,
                theme: None,
                date: date.map(|t| t.value),
                date_text: date.map(|t| input.text[input.folded.to_original(t.folded.clone(), input.text)].to_string()),
                items: Vec::new(),
                count: None,
                source: None,
                sentence: si,
                trigger: q.span.clone(),
                trigger_chars: q.chars,
                trigger_text: q.text.clone(),
                confidence: 0.5,
                hedged: hedged_sentence,
                noun_only: false,
                agent_by: false,
                from_quote: true,
            });
        }
        // "Recevant lundi l'ambassadeur de Russie, X, Kim Jong Un a affirmé
        // ...": a present participle opening the sentence has the main
        // clause's subject; the people its own phrase names act in nothing.
        let opening_word = input.folded.folded[fs..fe].split_whitespace().next().unwrap_or("");
        let present_participle = opening_word.len() > 5
            && opening_word.ends_with("ant")
            && !matches!(opening_word, "pendant" | "cependant" | "maintenant" | "durant" | "suivant" | "devant");
        if present_participle {
            let main = mentions.iter().find(|m| {
                ctx.actor(m).is_some()
                    && input.text[..m.span.start].trim_end().ends_with(',')
                    && [" a ", " ont ", " avait ", " avaient ", " s'est ", " s’est ", " est ", " aurait "]
                        .iter()
                        .any(|v| input.text[m.span.end..sentence.span.end].starts_with(v))
            });
            if let Some(main) = main {
                let subject = ctx.actor(main);
                for e in sentence_events.iter_mut() {
                    let inside = |k: &String| {
                        mentions.iter().any(|m| m.entity == *k && m.span.end <= main.span.start)
                            && !mentions.iter().any(|m| m.entity == *k && m.span.start >= main.span.start)
                    };
                    if e.agent.as_ref().is_some_and(inside) && e.agent != subject {
                        let old = e.agent.take();
                        e.agent = subject.clone();
                        if e.kind == "Meeting" {
                            e.participants.extend(old);
                        }
                        if let Some(a) = e.agent.clone() {
                            e.participants.retain(|p| *p != a);
                            e.recipients.retain(|p| *p != a);
                        }
                    }
                }
            }
        }
        // "Selon Kyrylo Boudanov, le chef du renseignement militaire ukrainien,
        // la Corée du Nord a fourni ...": the source of a reported fact is not
        // its agent (an apposition after the source phrase names it again).
        for e in sentence_events.iter_mut().filter(|e| {
            matches!(
                e.kind.as_str(),
                "Supply" | "TroopDeployment" | "Casualties" | "Capture" | "MilitaryOperation" | "Attack"
            )
        }) {
            let Some(agent) = e.agent.clone() else { continue };
            if !srcs.iter().any(|(_, s)| *s == agent) {
                continue;
            }
            // (Nor is anything in that apposition: "..., le chef du GUR, ...".)
            let appositions: Vec<Span> = srcs
                .iter()
                .filter(|(_, s)| *s == agent)
                .filter_map(|(sp, _)| {
                    let rest = &input.text[sp.end..sentence.span.end];
                    let body = rest.strip_prefix(',')?;
                    Some(sp.end..sp.end + 1 + body.find(',').map_or(body.len(), |c| c + 1))
                })
                .collect();
            // (An agent named again outside the source and its apposition
            // stays: "Une frappe de drones ukrainiens a visé ..., a-t-on appris
            // de source militaire ukrainienne".)
            let fighting = matches!(e.kind.as_str(), "MilitaryOperation" | "Attack");
            let named_apart = fighting
                && mentions.iter().any(|m| {
                    !in_source(m)
                        && !appositions.iter().any(|a| m.span.start >= a.start && m.span.end <= a.end)
                        && ctx.actor(m).as_ref() == Some(&agent)
                        && m.span.end + 40 >= e.trigger.start
                        && m.span.start <= e.trigger.end + 40
                });
            if named_apart {
                continue;
            }
            e.agent = mentions
                .iter()
                .filter(|m| m.span.end <= e.trigger.start && !in_source(m) && m.entity != agent)
                .filter(|m| !appositions.iter().any(|a| m.span.start >= a.start && m.span.end <= a.end))
                .filter(|m| ctx.governed(sentence, m).is_none() && m.kind != crate::lexicon::MentionKind::Descriptor)
                // (A capital acts as its government: "..., Pyongyang a livré".)
                .filter_map(|m| ctx.actor(m))
                .filter(|a| {
                    matches!(
                        ctx.kind(a),
                        Some(EntityType::Country | EntityType::Organization | EntityType::MilitaryForce)
                    )
                })
                .find(|a| *a != agent);
        }
        // "a promis que son pays « restera aux côtés de l'armée et du peuple
        // russes »": the country named after a pledge, even inside its
        // quotation, is the one supported (an object before the noun, "a
        // assuré Moscou de son soutien", is read with the trigger's complements).
        for e in sentence_events.iter_mut().filter(|e| e.kind == "PledgeOfSupport" && e.recipients.is_empty()) {
            let own = e.agent.as_deref().and_then(|a| country_of(&ctx, a)).or_else(|| e.agent.clone());
            let supported = mentions
                .iter()
                .filter(|m| m.span.start >= e.trigger.end && !in_source(m))
                .filter_map(|m| ctx.actor(m))
                .filter(|a| ctx.kind(a) == Some(EntityType::Country))
                .find(|a| Some(a) != e.agent.as_ref() && Some(a) != own.as_ref());
            if let Some(c) = supported {
                e.recipients.push(c);
            }
        }
        // "Le traité est entré en vigueur": what comes into force takes part.
        for e in sentence_events
            .iter_mut()
            .filter(|e| e.kind == "OtherEvent" && crate::text::fold(&e.trigger_text).contains("vigueur"))
        {
            if let Some(m) = mentions.iter().find(|m| ctx.kind(&m.entity) == Some(EntityType::Agreement)) {
                push_unique(&mut e.participants, m.entity.clone());
            }
        }
        // "le gel des avoirs de onze entités russes et nord-coréennes",
        // "des sanctions contre la Russie": the countries named after a
        // sanction are its targets.
        for e in sentence_events.iter_mut().filter(|e| e.kind == "Sanction" && e.recipients.is_empty()) {
            for m in mentions.iter().filter(|m| m.span.start >= e.trigger.end && !in_source(m)) {
                if ctx.kind(&m.entity) == Some(EntityType::Country) && e.agent.as_ref() != Some(&m.entity) {
                    push_unique(&mut e.recipients, m.entity.clone());
                }
            }
        }
        // "deux militaires nord-coréens blessés sont capturés": wounded said
        // of captives describes them; the capture is the event.
        if sentence_events.iter().any(|e| e.kind == "Capture") {
            sentence_events.retain(|e| {
                e.kind != "Casualties" || !crate::text::fold(&e.trigger_text).starts_with("bless") || {
                    let before = ctx.words_before(sentence, e.trigger.start, 1);
                    matches!(
                        before.first().copied(),
                        Some(
                            "ete"
                                | "sont"
                                | "ont"
                                | "a"
                                | "avaient"
                                | "etaient"
                                | "seraient"
                                | "auraient"
                                | "furent"
                                | "ayant"
                                | "etant"
                        )
                    )
                }
            });
        }
        // Counts: the closest pairs of a claim and an event it fits first
        // ("près de 15 000 militaires ..., et quelque 2 000 d'entre eux y
        // auraient perdu la vie": the toll is the figure next to it).
        let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
        for &c in &sentence_claims {
            let unit_event = all_figures
                .iter()
                .find(|f| input.folded.to_original(f.folded.clone(), input.text) == claims[c].span)
                .and_then(|f| f.event.clone());
            for (i, e) in sentence_events.iter().enumerate() {
                if count_fits(&e.kind, &claims[c], unit_event.as_deref()) {
                    pairs.push((e.trigger.start.abs_diff(claims[c].span.start), c, i));
                }
            }
        }
        pairs.sort_unstable();
        let mut taken: Vec<usize> = Vec::new();
        for (_, c, i) in pairs {
            let ev = &mut sentence_events[i];
            if taken.contains(&c) || ev.count.is_some() {
                continue;
            }
            taken.push(c);
            ev.count = Some(c);
            // "8 000 Nord-Coréens ont été envoyés": the country of the
            // soldiers sent is the sender.
            if ev.kind == "TroopDeployment" && ev.agent.is_none() {
                ev.agent = claims[c].of.clone();
            }
        }

        // A figure of soldiers sent, people killed, prisoners or shells that
        // no trigger took reports an event by itself ("environ 8 000 soldats
        // nord-coréens se trouvaient déjà dans la région de Koursk").
        for &c in &sentence_claims {
            if sentence_events.iter().any(|e| e.count == Some(c)) {
                continue;
            }
            let unit_event = all_figures
                .iter()
                .find(|f| input.folded.to_original(f.folded.clone(), input.text) == claims[c].span)
                .and_then(|f| f.event.clone());
            let Some(kind) =
                unit_event.filter(|k| matches!(k.as_str(), "TroopDeployment" | "Casualties" | "Capture" | "Supply"))
            else {
                continue;
            };
            // "un échange de prisonniers : 157 militaires ukrainiens ont été
            // libérés": soldiers counted in an exchange are its figure.
            if matches!(kind.as_str(), "TroopDeployment" | "Capture") {
                if let Some(e) = sentence_events
                    .iter_mut()
                    .find(|e| e.kind == "OtherEvent" && crate::text::fold(&e.trigger_text).contains("echange"))
                {
                    if e.count.is_none() {
                        e.count = Some(c);
                    }
                    continue;
                }
            }
            let claim = &claims[c];
            let fspan = input.folded.from_original(claim.span.start)..input.folded.from_original(claim.span.end);
            // "la Russie a lancé 110 drones contre l'Ukraine", "qui dit avoir
            // abattu 62 drones": weapons fired make a strike, weapons shot down
            // no event; neither is a delivery.
            let how = fired(&input.folded.folded[fs..fe], fspan.start - fs, fspan.end - fs);
            // "la Russie a tiré 66 missiles ... et 145 drones": weapons told
            // with a strike, where nothing is delivered, are that strike's.
            if kind == "Supply"
                && matches!(how, Fired::No)
                && sentence_events.iter().any(|e| matches!(e.kind.as_str(), "Attack" | "MilitaryOperation"))
                && !["livr", "fourn", "expedi", "transf", "vend", "achemin", "envoy"]
                    .iter()
                    .any(|w| input.folded.folded[fs..fe].contains(w))
            {
                continue;
            }
            let shot_down = matches!((kind.as_str(), &how), ("Supply", Fired::Down));
            let kind = match (kind.as_str(), how) {
                // "La défense antiaérienne a abattu 74 drones": an interception
                // is an operation of its own, unless the strike it answers is
                // told in the same sentence ("..., qui dit en avoir abattu 90").
                ("Supply", Fired::Down) => {
                    if sentence_events.iter().any(|e| matches!(e.kind.as_str(), "Attack" | "MilitaryOperation")) {
                        continue;
                    }
                    "MilitaryOperation".to_string()
                }
                ("Supply", Fired::At) => {
                    if let Some(e) = sentence_events.iter_mut().find(|e| e.kind == "Attack") {
                        // A second figure of the same strike, or the figure of a
                        // strike its noun named ("une attaque de 200 drones").
                        if e.count.is_none() {
                            e.count = Some(c);
                        }
                        continue;
                    }
                    "Attack".to_string()
                }
                _ => kind,
            };
            let (agent, recipients) = match kind.as_str() {
                // Who shoots down: the subject before the figure; the weapons'
                // nationality is the other side's.
                _ if shot_down => {
                    let subject = mentions
                        .iter()
                        .filter(|m| !in_source(m) && m.span.end <= claim.span.start)
                        .find(|m| ctx.actor(m).is_some() && ctx.governed(sentence, m).is_none())
                        .and_then(|m| ctx.actor(m));
                    (subject, claim.of.iter().cloned().collect())
                }
                // The soldiers' country sends them to the other countries named;
                // a strike's side fires at the countries named after it.
                "TroopDeployment" | "Supply" | "Attack" => {
                    // Who sends: the nationality counted, else the sentence's subject.
                    // "... ont été livrés à la Russie par la Corée du Nord".
                    let by = mentions
                        .iter()
                        .filter(|m| !in_source(m) && m.span.start >= claim.span.end && ctx.by_agent(sentence, m))
                        .find_map(|m| ctx.actor(m));
                    let sender = claim.of.clone().or(by.clone()).or_else(|| {
                        mentions
                            .iter()
                            .filter(|m| !in_source(m) && m.span.end <= claim.span.start)
                            .find(|m| ctx.actor(m).is_some() && ctx.governed(sentence, m).is_none())
                            .and_then(|m| ctx.actor(m))
                    });
                    let to = mentions
                        .iter()
                        .filter(|m| {
                            !in_source(m)
                                && m.span.start >= claim.span.end
                                && !ctx.by_agent(sentence, m)
                                && ctx.kind(&m.entity) == Some(EntityType::Country)
                                // "... à un média ukrainien": a nationality
                                // after the figure qualifies something else,
                                // unless a land ("sur le sol russe").
                                && (m.kind != crate::lexicon::MentionKind::Demonym
                                    || ctx.words_before(sentence, m.span.start, 1).first().is_some_and(|w| {
                                        matches!(*w, "sol" | "territoire" | "region" | "frontiere" | "front" | "cote")
                                    }))
                        })
                        .map(|m| m.entity.clone())
                        .filter(|e| Some(e) != claim.of.as_ref())
                        .fold(Vec::new(), |mut v, e| {
                            push_unique(&mut v, e);
                            v
                        });
                    (sender, to)
                }
                _ => (None, claim.of.iter().cloned().collect()),
            };
            let place = mentions
                .iter()
                .filter(|m| !in_source(m) && ctx.kind(&m.entity) == Some(EntityType::Place))
                .find(|m| {
                    matches!(
                        ctx.governed(sentence, m),
                        Some("a" | "au" | "aux" | "en" | "dans" | "pres" | "vers" | "sur")
                    )
                })
                .map(|m| m.entity.clone());
            let date = ctx
                .times
                .iter()
                .filter(|t| t.folded.start >= fs && t.folded.end <= fe)
                .min_by_key(|t| t.folded.start.abs_diff(fspan.start));
            let cameo = lex.triggers.iter().find(|t| t.event == kind).and_then(|t| t.cameo.clone());
            // "Le renseignement sud-coréen a relevé son estimation à 10 000
            // militaires": a body that estimates a figure is its source.
            let clause = &input.folded.folded[fs..fe];
            let assesses = ["estim", "evalu", "chiffr", "releve", "avanc", "fait etat", "bilan", "recens", "decompte"]
                .iter()
                .any(|w| clause.contains(w));
            let assessor = (source.is_none() && assesses)
                .then(|| {
                    mentions
                        .iter()
                        .filter(|m| m.span.end <= claim.span.start && ctx.governed(sentence, m).is_none())
                        .find(|m| {
                            matches!(
                                ctx.kind(&m.entity),
                                Some(EntityType::Organization | EntityType::Media | EntityType::Person)
                            )
                        })
                        .map(|m| m.entity.clone())
                })
                .flatten();
            sentence_events.push(Event {
                key: String::new(),
                kind,
                cameo,
                agent,
                recipients,
                participants: Vec::new(),
                place,
                theme: None,
                date: date.map(|t| t.value),
                date_text: date.map(|t| input.text[input.folded.to_original(t.folded.clone(), input.text)].to_string()),
                items: Vec::new(),
                count: Some(c),
                source: source.clone().or(assessor),
                sentence: si,
                trigger: claim.span.clone(),
                trigger_chars: claim.chars,
                trigger_text: claim.text.clone(),
                confidence: 0.5,
                hedged: hedged_sentence,
                noun_only: false,
                agent_by: false,
                from_quote: false,
            });
        }

        // "100 missiles et deux millions d'obus ont été livrés à la Russie par
        // la Corée du Nord": a second figure of the same fact has its sender
        // and its recipients.
        let told: Vec<(String, Option<String>, Vec<String>)> = sentence_events
            .iter()
            .filter(|e| e.agent.is_some() && matches!(e.kind.as_str(), "Supply" | "TroopDeployment"))
            .map(|e| (e.kind.clone(), e.agent.clone(), e.recipients.clone()))
            .collect();
        for e in sentence_events.iter_mut().filter(|e| e.agent.is_none()) {
            if let Some((_, agent, to)) = told.iter().find(|(k, _, _)| *k == e.kind) {
                e.agent = agent.clone();
                e.recipients = to.clone();
            }
        }
        // "300 tués et près de 2 700 blessés": the wounded are of the same side.
        let victims: Option<Vec<String>> = sentence_events
            .iter()
            .find(|e| e.kind == "Casualties" && !e.recipients.is_empty())
            .map(|e| e.recipients.clone());
        if let Some(v) = victims {
            for e in sentence_events.iter_mut().filter(|e| e.kind == "Casualties" && e.recipients.is_empty()) {
                e.recipients = v.clone();
            }
        }
        // "Le NIS évalue à 11 000 le nombre de militaires envoyés", "le GUR a
        // fait état de 200 tués": who speaks is the source, not the actor.
        let speakers: Vec<(usize, String)> = sentence_events
            .iter()
            .filter(|e| e.kind == "Statement")
            .filter_map(|e| e.agent.clone().map(|a| (e.trigger.start, a)))
            .collect();
        // "Le ministère russe de la Défense a revendiqué la prise de X",
        // "l'état-major a recensé 57 assauts": a ministry or a general staff
        // claims or counts the fighting; its country fights.
        for e in sentence_events.iter_mut().filter(|e| matches!(e.kind.as_str(), "MilitaryOperation" | "Attack")) {
            let Some(a) = e.agent.clone() else { continue };
            let Some(x) = lex.get(&a).filter(|&x| lex.entities[x].kind == EntityType::Organization) else { continue };
            let en = &lex.entities[x].en;
            let claims =
                ["Ministry", "General Staff", "Kremlin", "Office of the President"].iter().any(|w| en.contains(w));
            if let Some(country) = country_of(&ctx, &a).filter(|_| claims) {
                e.source = e.source.take().or(Some(a));
                e.recipients.retain(|r| *r != country);
                e.agent = Some(country);
            }
        }
        for e in sentence_events
            .iter_mut()
            .filter(|e| matches!(e.kind.as_str(), "Casualties" | "TroopDeployment" | "Capture" | "Supply"))
        {
            let Some(a) = e.agent.clone() else { continue };
            let speaks = speakers.iter().any(|(at, s)| *s == a && *at < e.trigger.start);
            let assessor =
                matches!(ctx.kind(&a), Some(EntityType::Organization | EntityType::Media | EntityType::Person));
            // An intelligence service or a newspaper sends no troops: it reports them.
            let institution = matches!(ctx.kind(&a), Some(EntityType::Organization | EntityType::Media))
                && lex.get(&a).is_none_or(|x| lex.entities[x].stands_for.is_none());
            // "a affirmé avoir offert ...": the speaker tells of their own act.
            let own_act = {
                let b = input.folded.folded[..input.folded.from_original(e.trigger.start)].trim_end();
                b.ends_with(" avoir") || b.ends_with("d'avoir")
            };
            if speaks && own_act && ctx.kind(&a) == Some(EntityType::Person) {
                e.source = e.source.take().or(Some(a.clone()));
            }
            if (speaks && assessor && !own_act) || (e.kind == "Casualties" && assessor) || institution {
                e.source = e.source.take().or(Some(a));
                e.agent = e.count.and_then(|c| claims[c].of.clone()).filter(|_| e.kind != "Casualties");
            }
        }
        // "X a assuré que Pyongyang soutiendrait ...", "a reconnu avoir
        // déployé ...": a statement whose clause reports a typed event is that
        // event, told by X (a pledge or thanks is made by saying it).
        let mut told: Vec<usize> = Vec::new();
        for si_ in 0..sentence_events.len() {
            let s_ev = &sentence_events[si_];
            let Some(speaker) = s_ev.agent.clone().filter(|_| s_ev.kind == "Statement" && !s_ev.noun_only) else {
                continue;
            };
            let s_end = input.folded.from_original(s_ev.trigger.end);
            let reported_clause = |e: &Event| {
                !matches!(e.kind.as_str(), "Statement" | "OtherEvent")
                    && !e.noun_only
                    && e.trigger.start >= sentence_events[si_].trigger.end
                    && {
                        let between = &input.folded.folded[s_end..input.folded.from_original(e.trigger.start)];
                        let opens = between.contains(" que ")
                            || between.contains(" qu'")
                            || between.starts_with("que ")
                            || between.starts_with("qu'")
                            || word_at(between, "avoir").is_some();
                        opens
                            && !["tandis qu", "alors qu", "; ", ". ", ", mais ", ", et "]
                                .iter()
                                .any(|c| between.contains(c))
                    }
            };
            // Every fact of the clause ("qu'au moins 300 soldats avaient été
            // tués et près de 2 700 blessés"), not only the first.
            let eis: Vec<usize> =
                (0..sentence_events.len()).filter(|&k| reported_clause(&sentence_events[k])).collect();
            if eis.is_empty() {
                continue;
            }
            let s_at = sentence_events[si_].trigger.start;
            for ei in eis {
                let e = &mut sentence_events[ei];
                if matches!(e.kind.as_str(), "PledgeOfSupport" | "Thanks") {
                    if e.agent.as_ref().is_none_or(|a| ctx.kind(a) == Some(EntityType::Country)) {
                        e.agent = Some(speaker.clone());
                    }
                } else if e.agent.as_ref() != Some(&speaker) {
                    // The one whose clause tells it is its nearest source. A
                    // "selon" inside the clause (after the speech verb, before
                    // the fact) is nearer; one framing the sentence, before the
                    // verb or after the fact ("..., d'après l'agence Yonhap"),
                    // reports the speaker.
                    let farther = srcs
                        .iter()
                        .filter(|(_, k)| Some(k) == e.source.as_ref())
                        .all(|(sp, _)| sp.end <= s_at || sp.start >= e.trigger.end);
                    if e.source.is_none() || farther {
                        e.source = Some(speaker.clone());
                    }
                }
            }
            told.push(si_);
        }
        for &t in &told {
            let e = &sentence_events[t];
            if let Some(d) = e.date.filter(|d| matches!(d.precision, crate::time::Precision::Day)) {
                said_dates.push((si, e.trigger.start, d, None));
            }
        }
        let mut i_ = 0;
        sentence_events.retain(|_| {
            i_ += 1;
            !told.contains(&(i_ - 1))
        });
        // A figure or a fact someone reports is one event attributed to them,
        // not also a statement of theirs.
        // ("a déclaré X, à l'issue de la réunion": a bare noun reports nothing.)
        let reported: Vec<String> = sentence_events
            .iter()
            .filter(|e| e.kind != "Statement" && (e.count.is_some() || (e.source.is_some() && !e.noun_only)))
            .filter_map(|e| e.source.clone())
            .collect();
        // A statement whose own clause goes on to give a figure ("X a
        // affirmé que 100 soldats ont été tués") is that report; one in another
        // clause ("..., tandis que le GUR a fait état de 200 tués") is not.
        let figure_at: Vec<usize> = sentence_events
            .iter()
            .filter(|e| e.kind != "Statement" && e.count.is_some())
            .map(|e| claims[e.count.unwrap_or_default()].span.start)
            .collect();
        let reports_figure = |e: &Event| {
            figure_at.iter().any(|&at| {
                let (a, b) = (e.trigger.start.min(at), e.trigger.end.max(at));
                let between = &input.folded.folded[input.folded.from_original(a)..input.folded.from_original(b)];
                !["tandis qu", "alors qu", "; ", ". ", ", mais ", ", et "].iter().any(|c| between.contains(c))
            })
        };
        sentence_events.retain(|e| {
            e.kind != "Statement" || !(reports_figure(e) || e.agent.as_ref().is_some_and(|a| reported.contains(a)))
        });

        // One event per type per sentence: the reports of one trigger phrase
        // ("s'est entretenu ... lors de cette rencontre") merge.
        // But "reprise neuf mois après l'incursion": events set apart in time
        // are two.
        let apart = |a: &Event, b: &Event| {
            let (x, y) = (a.trigger.end.min(b.trigger.end), a.trigger.start.max(b.trigger.start));
            x < y && {
                let between = &input.folded.folded[input.folded.from_original(x)..input.folded.from_original(y)];
                [" apres ", " avant ", " depuis "].iter().any(|c| between.contains(c))
            }
        };
        let mut merged: Vec<Event> = Vec::new();
        for ev in sentence_events {
            match merged.iter_mut().find(|m| m.kind == ev.kind && compatible(m, &ev) && !apart(m, &ev)) {
                Some(m) => absorb(m, ev),
                None => merged.push(ev),
            }
        }
        // "a promis un soutien total à l'opération menée par la Russie": support
        // for an operation goes to the one who leads it.
        let operations: Vec<(usize, String)> = merged
            .iter()
            .filter(|e| e.kind == "MilitaryOperation")
            .filter_map(|e| e.agent.clone().map(|a| (e.trigger.start, a)))
            .collect();
        for mut ev in merged {
            if ev.kind == "PledgeOfSupport" && ev.recipients.is_empty() {
                if let Some((_, a)) =
                    operations.iter().find(|(at, a)| *at > ev.trigger.start && Some(a) != ev.agent.as_ref())
                {
                    ev.recipients.push(a.clone());
                }
            }
            // News follows one traveller at a time: a visit with no visitor is
            // made by the person named last ("Arrivée mardi en Russie, la
            // cheffe de la diplomatie ..."), one with no destination goes where
            // the story just was, and its host is the country of its place.
            if ev.kind == "Visit" {
                if ev.agent.is_none() {
                    ev.agent = previous_person(&ctx, si, Some(ev.trigger.start));
                }
                if ev.place.is_none() && ev.recipients.is_empty() {
                    ev.place = events.iter().rev().take_while(|e| e.sentence + 2 >= si).find_map(|e| e.place.clone());
                }
                // "sa visite en Corée du Nord": in the city of that country the
                // story has been in.
                if let Some(c) = ev.place.clone().filter(|p| ctx.kind(p) == Some(EntityType::Country)) {
                    if let Some(city) = events
                        .iter()
                        .rev()
                        .filter_map(|e| e.place.clone())
                        .find(|p| country_of(&ctx, p).as_ref() == Some(&c))
                    {
                        push_unique(&mut ev.recipients, c);
                        ev.place = Some(city);
                    }
                }
                if let Some(country) = ev.place.as_deref().and_then(|p| country_of(&ctx, p)) {
                    if Some(&country) != ev.agent.as_ref() {
                        push_unique(&mut ev.recipients, country);
                    }
                }
            }
            // "déployées dans la région russe de Koursk": troops and arms go to
            // the country of the place they are sent to.
            if matches!(ev.kind.as_str(), "TroopDeployment" | "Supply") && ev.recipients.is_empty() {
                if let Some(country) = ev.place.as_deref().and_then(|p| country_of(&ctx, p)) {
                    if Some(&country) != ev.agent.as_ref() {
                        ev.recipients.push(country);
                    }
                }
            }
            // "plus de dix mille soldats ont été dépêchés": who sends them is
            // who was said to send troops just before.
            if ev.kind == "TroopDeployment" && ev.agent.is_none() {
                ev.agent = events
                    .iter()
                    .rev()
                    .take_while(|e| e.sentence + 3 >= si)
                    .filter(|e| e.kind == "TroopDeployment")
                    .find_map(|e| e.agent.clone())
                    // ... or whose troops were named just before ("l'envoi de
                    // troupes nord-coréennes").
                    .or_else(|| {
                        input
                            .mentions
                            .iter()
                            .filter(|m| m.sentence + 1 >= si && m.span.end <= ev.trigger.start)
                            .filter(|m| m.kind == crate::lexicon::MentionKind::Demonym)
                            .rfind(|m| {
                                let w = ctx.words_before(&input.sentences[m.sentence], m.span.start, 1);
                                w.first().is_some_and(|w| {
                                    matches!(
                                        *w,
                                        "troupes" | "soldats" | "militaires" | "unites" | "forces" | "contingent"
                                    )
                                })
                            })
                            .map(|m| m.entity.clone())
                    });
            }
            // A story follows one flow of arms: "Pyongyang a également livré
            // 148 missiles" goes where its supplies went before.
            if ev.kind == "Supply" && ev.recipients.is_empty() && ev.agent.is_some() {
                if let Some(r) =
                    events.iter().rev().find(|e| e.kind == "Supply" && e.agent == ev.agent && !e.recipients.is_empty())
                {
                    ev.recipients = r.recipients.clone();
                }
            }
            // "Le Conseil de sécurité s'est réuni à la demande de X et de Y": a
            // body convened by its members meets with those who asked.
            if ev.kind == "Meeting"
                && ev.participants.is_empty()
                && ev.recipients.is_empty()
                && ev.agent.as_deref().is_some_and(|a| ctx.kind(a) == Some(EntityType::Organization))
            {
                let sentence = &input.sentences[ev.sentence];
                let text = &input.text[ev.trigger.end..sentence.span.end];
                if let Some(at) = text.find("à la demande d") {
                    let from = ev.trigger.end + at;
                    let rest = &text[at..];
                    let end = from + rest.find(" pour ").or_else(|| rest.find(';')).unwrap_or(rest.len());
                    for m in input.mentions.iter().filter(|m| m.span.start > from && m.span.end <= end) {
                        if let Some(a) = ctx.actor(m).filter(|a| Some(a) != ev.agent.as_ref()) {
                            push_unique(&mut ev.participants, a);
                        }
                    }
                }
            }
            // Thanks need someone thanked, a meeting someone met, a visit a
            // visitor, a statement someone who speaks.
            if ev.kind == "Statement" && ev.agent.is_none() {
                // "La visite a été dénoncée jeudi à Kiev": no speaker, but a
                // dated occasion for the words reported next.
                if let Some(d) = ev.date.filter(|d| matches!(d.precision, crate::time::Precision::Day)) {
                    said_dates.push((ev.sentence, ev.trigger.start, d, ev.place.clone()));
                }
                continue;
            }
            // "Réuni mardi à New York, le Conseil de sécurité a ...": a
            // participle opening the sentence has the main clause's subject.
            if ev.agent.is_none() && ev.trigger.start == input.sentences[ev.sentence].span.start {
                let s = &input.sentences[ev.sentence];
                if let Some(comma) = input.text[s.span.clone()].find(',') {
                    let at = s.span.start + comma;
                    ev.agent = input
                        .mentions
                        .iter()
                        .filter(|m| m.sentence == ev.sentence && m.span.start > at)
                        .find(|m| {
                            let prefix = &input.folded.folded
                                [input.folded.from_original(s.span.start)..input.folded.from_original(m.span.start)];
                            crate::text::governing_preposition(prefix).is_none()
                        })
                        .and_then(|m| ctx.actor(m));
                }
            }
            // "les soldats nord-coréens capturés en janvier": a capture told by
            // its participle after the captives has them as its victims; its
            // captor, if any, comes with "par".
            if ev.kind == "Capture" {
                let t = crate::text::fold(&ev.trigger_text);
                let participle = t.starts_with("captur") && t != "capture" || t.starts_with("fait");
                let before = input.folded.folded[..input.folded.from_original(ev.trigger.start)].trim_end();
                let last = before.rsplit([' ', '\'']).next().unwrap_or("");
                let active = avoir_form(last) || matches!(last, "a" | "ont" | "avait" | "avaient");
                let after = &input.folded.folded[input.folded.from_original(ev.trigger.end)..];
                let after = &after[..after.find([',', '.', ';']).unwrap_or(after.len())];
                let by = after.starts_with("par ") || after.contains(" par ");
                // (Only the captives' own nationality: "L'Ukraine détient deux
                // soldats nord-coréens capturés" keeps its captor.)
                let captives = |a: &str| {
                    input.mentions.iter().any(|m| {
                        m.sentence == ev.sentence
                            && m.entity == a
                            && m.kind == crate::lexicon::MentionKind::Demonym
                            && m.span.end <= ev.trigger.start
                            && ev.trigger.start - m.span.end <= 3
                    })
                };
                if participle && !active && !ev.agent_by && !by && ev.agent.as_deref().is_some_and(captives) {
                    if let Some(a) = ev.agent.take() {
                        push_unique(&mut ev.recipients, a);
                    }
                }
                // "les soldats nord-coréens capturés par les forces ukrainiennes":
                // the captor is the one after "par".
                // ("Capturés par les forces ukrainiennes, les deux soldats ...":
                // a participle opening the sentence has its captives after it.)
                let opening = ev.trigger.start == input.sentences[ev.sentence].span.start;
                if participle && !active && by && (opening || ev.agent.as_deref().is_some_and(captives)) {
                    let sentence = &input.sentences[ev.sentence];
                    let captor = input
                        .mentions
                        .iter()
                        .filter(|m| m.sentence == ev.sentence && m.span.start >= ev.trigger.end)
                        .find(|m| ctx.by_agent(sentence, m) && ctx.actor(m).is_some())
                        .and_then(|m| ctx.actor(m));
                    if let Some(c) = captor {
                        if let Some(a) = ev.agent.replace(c) {
                            push_unique(&mut ev.recipients, a);
                        }
                    }
                }
                // "les deux prisonniers", "l'un des prisonniers", "lors de sa
                // capture": captives and captures told of before.
                let words: Vec<&str> = before.rsplit([' ', '\'']).filter(|w| !w.is_empty()).take(3).collect();
                let det = |w: &str| matches!(w, "les" | "ces" | "leurs" | "ses" | "nos" | "sa" | "leur" | "son");
                let number =
                    |w: &str| w.chars().all(|c| c.is_ascii_digit()) || matches!(w, "deux" | "trois" | "quatre");
                // (But "les deux prisonniers nord-coréens capturés par l'Ukraine
                // en janvier" tells the capture again with its participle.)
                let told_again = after.split_whitespace().take(3).any(|w| w.starts_with("captur"));
                let anaphoric = (t.starts_with("prisonnier") || t.starts_with("captif") || t == "capture")
                    && !told_again
                    && match words.as_slice() {
                        [w, ..] if det(w) => true,
                        [n, w, ..] if number(n) && (det(w) || *w == "des") => true,
                        ["des", "un" | "une" | "l", ..] => true,
                        _ => false,
                    };
                if anaphoric {
                    continue;
                }
                // "Un soldat nord-coréen a été capturé près de Soudja": with no
                // captor named, the other side of the war captured him
                // (`conflicts.tsv`, when that side is one country).
                if ev.agent.is_none() {
                    let lex = input.lexicon;
                    ev.agent = ev
                        .recipients
                        .iter()
                        .filter_map(|r| lex.get(r))
                        .find_map(|r| lex.opponent(r, input.published))
                        .map(|c| lex.entities[c].key.clone());
                }
                // "un échange de 390 prisonniers": prisoners exchanged or freed
                // are no capture.
                let s = &input.sentences[ev.sentence];
                let sf = &input.folded.folded
                    [input.folded.from_original(s.span.start)..input.folded.from_original(s.span.end)];
                if t.starts_with("prisonnier")
                    && ["echang", "libere", "liberes", "rapatri", "retrouve"].iter().any(|w| sf.contains(w))
                {
                    // "un échange de 150 prisonniers": the exchange, with its figure,
                    // between the sides named (a bare "échange de prisonniers" is a
                    // trigger of its own).
                    let lead: Vec<&str> = before.rsplit(' ').take(4).collect();
                    let numbered = lead.first().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit() || c == '.'));
                    if numbered && lead.iter().any(|w| w.starts_with("echange")) {
                        ev.kind = "OtherEvent".to_string();
                        for r in std::mem::take(&mut ev.recipients) {
                            push_unique(&mut ev.participants, r);
                        }
                    } else {
                        continue;
                    }
                }
            }
            // "un interprète envoyé par Séoul", "a envoyé une délégation": a verb
            // of sending deploys troops only when troops are what it sends.
            if ev.kind == "TroopDeployment" && ev.count.is_none() {
                let t = crate::text::fold(&ev.trigger_text);
                let sending = ["envoy", "depech", "transfer", "achemin"].iter().any(|p| t.contains(p));
                if sending {
                    let s = &input.sentences[ev.sentence];
                    let from = input.folded.from_original(ev.trigger.start.saturating_sub(60).max(s.span.start));
                    let to = input.folded.from_original((ev.trigger.end + 80).min(s.span.end));
                    let from = (from..=to).find(|&i| input.folded.folded.is_char_boundary(i)).unwrap_or(to);
                    let window = &input.folded.folded[from..to];
                    const TROOPS: &[&str] = &[
                        "soldat",
                        "militaire",
                        "troupe",
                        "contingent",
                        "unite",
                        "homme",
                        "renfort",
                        "bataillon",
                        "brigade",
                        "regiment",
                        "division",
                        "officier",
                        "instructeur",
                        "sapeur",
                        "demineur",
                        "force",
                        "combattant",
                        "recrue",
                        "fantassin",
                        "artilleur",
                        "genie",
                        "commando",
                        "operateur",
                        "specialiste",
                        "ingenieur",
                        "technicien",
                        "pilote",
                        "equipage",
                        "personnel",
                    ];
                    if !TROOPS.iter().any(|w| window.contains(w)) {
                        // "Plusieurs milliers d'ouvriers nord-coréens ont été envoyés
                        // en Russie": workers sent are another kind of event, between
                        // the two countries.
                        if ["ouvrier", "travailleur", "main-d'oeuvre"].iter().any(|w| window.contains(w)) {
                            ev.kind = "OtherEvent".to_string();
                            if let Some(a) = ev.agent.take() {
                                push_unique(&mut ev.participants, a);
                            }
                            for r in std::mem::take(&mut ev.recipients) {
                                push_unique(&mut ev.participants, r);
                            }
                        } else {
                            continue;
                        }
                    }
                }
            }
            // "Un cargo a quitté le port de Rajin": only people leave at the end
            // of a visit; ships and trains carry a supply.
            let leaving = ev.kind == "OtherEvent" && crate::text::fold(&ev.trigger_text).contains("quitt");
            if (leaving && ev.agent.as_deref().is_none_or(|a| ctx.kind(a) != Some(EntityType::Person)))
                || (ev.kind == "Visit" && ev.agent.as_deref().is_some_and(|a| ctx.kind(a) != Some(EntityType::Person)))
                || (ev.kind == "Thanks" && ev.recipients.is_empty())
                // (A body that convenes meets by itself: "le Conseil de sécurité
                // s'est réuni".)
                || (ev.kind == "Meeting"
                    && ev.participants.is_empty()
                    && ev.recipients.is_empty()
                    && ev.agent.as_deref().is_none_or(|a| ctx.kind(a) != Some(EntityType::Organization)))
                // "l'officier le plus gradé reçu dans la capitale", "pour accueillir
                // ces hommes": one side and no host tells no meeting.
                || (ev.kind == "Meeting" && ev.agent.is_none() && ev.participants.len() + ev.recipients.len() < 2)
            {
                continue;
            }
            // An event with no argument at all says too little to keep.
            if ev.agent.is_none()
                && ev.recipients.is_empty()
                && ev.participants.is_empty()
                && ev.place.is_none()
                && ev.theme.is_none()
                && ev.count.is_none()
            {
                continue;
            }
            // A noun alone ("la libération", "une rencontre") names an event
            // only with a second argument, a figure or a treaty.
            if ev.noun_only {
                let args = [
                    ev.agent.is_some(),
                    !ev.recipients.is_empty() || !ev.participants.is_empty(),
                    ev.place.is_some(),
                    ev.source.is_some(),
                    ev.agent_by,
                ]
                .iter()
                .filter(|&&b| b)
                .count();
                if args < 2 && ev.count.is_none() && ev.theme.is_none() {
                    continue;
                }
            }
            if ev.agent.is_none() {
                ev.confidence -= 0.2;
            }
            if ev.hedged {
                ev.confidence -= 0.2;
            }
            ev.confidence = ev.confidence.clamp(0.1, 1.0);
            // No one is their own recipient or participant.
            if let Some(a) = ev.agent.clone() {
                ev.recipients.retain(|r| *r != a);
                ev.participants.retain(|p| *p != a);
            }
            let idx = events.len();
            if let Some(c) = ev.count {
                claims[c].event = Some(idx);
            }
            events.push(ev);
        }
    }

    // "Pyongyang avait acheminé ces troupes entre le 8 et le 27 octobre":
    // troops and arms told of again go where the story sent them.
    for i in 0..events.len() {
        if !matches!(events[i].kind.as_str(), "TroopDeployment" | "Supply" | "Casualties" | "Capture")
            || !events[i].recipients.is_empty()
        {
            continue;
        }
        let si = events[i].sentence;
        let before = events[..i]
            .iter()
            .rev()
            .take_while(|e| e.sentence + 4 >= si)
            .find(|e| {
                e.kind == events[i].kind
                    && !e.recipients.is_empty()
                    && (events[i].agent.is_none() || e.agent == events[i].agent)
            })
            .map(|e| (e.recipients.clone(), e.agent.clone()));
        if let Some((to, from)) = before {
            let agent = events[i].agent.clone().or(from);
            events[i].recipients = to.into_iter().filter(|r| Some(r) != agent.as_ref()).collect();
            events[i].agent = agent;
        }
    }

    // "Moscou a reçu depuis 2023 quelque 200 missiles", "Pyongyang aurait
    // reçu en échange du pétrole": a supply received with no sender named
    // comes from whoever supplied the receiver before, or from the one it
    // supplied (an exchange), in the four sentences before.
    for i in 0..events.len() {
        if events[i].kind != "Supply" || events[i].agent.is_some() || events[i].recipients.is_empty() {
            continue;
        }
        let si = events[i].sentence;
        let to = events[i].recipients.clone();
        let sender =
            events[..i].iter().rev().take_while(|e| e.sentence + 4 >= si).filter(|e| e.kind == "Supply").find_map(
                |e| {
                    let agent = e.agent.clone()?;
                    if e.recipients.iter().any(|r| to.contains(r)) {
                        Some(agent)
                    } else if to.contains(&agent) {
                        e.recipients.first().cloned()
                    } else {
                        None
                    }
                },
            );
        events[i].agent = sender;
    }

    // "15 000 soldats nord-coréens, dont environ 2 000 auraient été tués",
    // "Des drones ont frappé un cantonnement nord-coréen ... Trente hommes ont
    // été tués": a toll with no victims named counts the troops sent or the
    // side struck just before it (in its sentence first, then up to three
    // sentences back).
    for i in 0..events.len() {
        if events[i].kind != "Casualties" || !events[i].recipients.is_empty() {
            continue;
        }
        let si = events[i].sentence;
        let at = events[i].trigger.start;
        let side = |e: &Event| -> Option<Vec<String>> {
            match e.kind.as_str() {
                "TroopDeployment" => e.agent.clone().map(|a| vec![a]),
                "Attack" | "MilitaryOperation" if !e.recipients.is_empty() => Some(e.recipients.clone()),
                _ => None,
            }
        };
        // ("Combien de soldats nord-coréens sont tombés ?", "les pertes
        // nord-coréennes", "les troupes de Pyongyang": soldiers told with
        // their nationality.)
        let soldiers = input
            .mentions
            .iter()
            .filter(|m| m.span.end <= at && m.sentence + 3 >= si)
            .filter(|m| {
                let words = ctx.words_before(&input.sentences[m.sentence], m.span.start, 3);
                let noun = |w: &str| {
                    matches!(
                        w.trim_end_matches('s'),
                        "soldat"
                            | "militaire"
                            | "troupe"
                            | "combattant"
                            | "perte"
                            | "contingent"
                            | "fantassin"
                            | "unite"
                            | "homme"
                    )
                };
                match m.kind {
                    crate::lexicon::MentionKind::Demonym => words.first().is_some_and(|w| noun(w)),
                    _ => {
                        matches!(words.first(), Some(&("de" | "du" | "d")))
                            && words.get(1).is_some_and(|w| noun(w) || *w == "venus")
                    }
                }
            })
            .filter_map(|m| {
                let e = lex.get(&m.entity)?;
                let c = lex.entities[e].stands_for.map_or_else(|| lex.country_of(e), Some)?;
                (lex.entities[c].kind == EntityType::Country).then(|| (m.span.start, vec![lex.entities[c].key.clone()]))
            })
            .next_back();
        let same = events.iter().filter(|e| e.sentence == si && e.trigger.start < at).rev().find_map(side);
        let told = same.or_else(|| {
            events[..i].iter().rev().filter(|e| e.sentence < si).take_while(|e| e.sentence + 3 >= si).find_map(side)
        });
        let told_at = events
            .iter()
            .filter(|e| e.trigger.start < at && e.sentence + 3 >= si && side(e).is_some())
            .map(|e| e.trigger.start)
            .next_back();
        let victims = match (soldiers, told) {
            (Some((s, v)), Some(t)) => Some(if told_at.is_some_and(|a| a > s) { t } else { v }),
            (Some((_, v)), None) => Some(v),
            (None, t) => t,
        };
        if let Some(v) = victims {
            let agent = events[i].agent.clone();
            events[i].recipients = v.into_iter().filter(|r| Some(r) != agent.as_ref()).collect();
        }
    }

    // News narrates one day at a time: an undated statement, meeting, visit
    // or thanks takes the date of the event reported just before it (within
    // two sentences), at lower confidence. (Not a fact told in the pluperfect:
    // "Le 14 février, un missile s'était abattu sur Kharkiv" is background,
    // not the day of the words reported next; read once per event.)
    let pluperfect: Vec<bool> = events
        .iter()
        .map(|e| {
            let from = input.folded.from_original(input.sentences[e.sentence].span.start);
            let before = &input.folded.folded[from..input.folded.from_original(e.trigger.start)];
            before.split([' ', '\'']).any(|w| matches!(w, "avait" | "avaient" | "etait" | "etaient"))
        })
        .collect();
    for i in 0..events.len() {
        if events[i].date.is_some()
            || !matches!(
                events[i].kind.as_str(),
                "Statement" | "Meeting" | "Visit" | "Thanks" | "PledgeOfSupport" | "Letter"
            )
        {
            continue;
        }
        // "lors de son entretien avec le dirigeant": a meeting of the same
        // people already told from the other side is that one (one told
        // from the same side merges with it below).
        fn actors(e: &Event) -> BTreeSet<&str> {
            e.agent.iter().chain(&e.participants).chain(&e.recipients).map(String::as_str).collect()
        }
        let same = events[..i]
            .iter()
            .rev()
            .filter(|e| e.kind == events[i].kind && e.date.is_some() && actors(e).len() >= 2)
            .filter(|e| e.agent != events[i].agent)
            .find(|e| actors(e) == actors(&events[i]))
            .and_then(|e| e.date);
        if let Some(d) = same {
            events[i].date = Some(d);
            continue;
        }
        // "« ... », a-t-elle lancé": a speaker quoted again speaks at the
        // occasion already told (a briefing, an interview), not on the day of
        // whatever was reported in between.
        let occasion = (events[i].kind == "Statement" && events[i].agent.is_some())
            .then(|| {
                events[..i]
                    .iter()
                    .rev()
                    .find(|e| e.kind == "Statement" && e.agent == events[i].agent && e.date.is_some())
                    .map(|e| (e.date, e.place.clone()))
            })
            .flatten();
        if let Some((d, place)) = occasion {
            events[i].date = d;
            if events[i].place.is_none() {
                events[i].place = place;
            }
            continue;
        }
        let si = events[i].sentence;
        let here = (si, events[i].trigger.start);
        // Words, pledges and thanks belong to the meeting they were said at
        // ("reçu mercredi par Kim ... Arrivé la veille ... Selon KCNA, Kim a
        // promis ..."), before any nearer dated fact.
        let said = matches!(events[i].kind.as_str(), "Statement" | "PledgeOfSupport" | "Thanks");
        let occasion = said
            .then(|| {
                events[..i]
                    .iter()
                    .filter(|e| e.kind == "Meeting" && !e.from_quote && e.sentence + 5 >= si && e.sentence <= si)
                    .filter_map(|e| {
                        e.date
                            .filter(|d| matches!(d.precision, crate::time::Precision::Day))
                            .map(|d| (e.sentence, e.trigger.start, d, e.place.clone()))
                    })
                    .next_back()
            })
            .flatten();
        let prev = occasion.or_else(|| {
            events[..i]
                .iter()
                .zip(&pluperfect)
                .filter(|(e, &background)| !e.from_quote && !background)
                .map(|(e, _)| e)
                .filter_map(|e| {
                    e.date
                        .filter(|d| matches!(d.precision, crate::time::Precision::Day))
                        .map(|d| (e.sentence, e.trigger.start, d, e.place.clone()))
                })
                .chain(said_dates.iter().cloned())
                .filter(|&(s, at, _, _)| (s, at) < here && s + 2 >= si)
                .max_by_key(|&(s, at, _, _)| (s, at))
        });
        if let Some((_, _, d, place)) = prev {
            events[i].date = Some(d);
            events[i].confidence = (events[i].confidence - 0.1).max(0.1);
            // ... and, said at that occasion, its place (a phone call has none).
            let by_phone = input.folded.folded[input.folded.from_original(input.sentences[si].span.start)
                ..input.folded.from_original(input.sentences[si].span.end)]
                .contains("telephon");
            if events[i].place.is_none() && !by_phone {
                events[i].place = place;
            }
        }
    }

    // "Une frappe de missiles a visé Kharkiv dans la nuit. Elle a fait trois
    // morts": a toll with no place of its own is where the strike told just
    // before fell (the same sentence or the one before), and when.
    for i in 0..events.len() {
        if events[i].kind != "Casualties" || (events[i].place.is_some() && events[i].date.is_some()) {
            continue;
        }
        let si = events[i].sentence;
        let strike = events[..i]
            .iter()
            .rev()
            .take_while(|e| e.sentence + 1 >= si)
            .find(|e| matches!(e.kind.as_str(), "Attack" | "MilitaryOperation") && e.place.is_some())
            .map(|e| (e.place.clone(), e.date));
        if let Some((place, date)) = strike {
            if events[i].place.is_none() {
                events[i].place = place;
            }
            if events[i].date.is_none() {
                events[i].date = date;
            }
        }
    }
    // "Le NIS a fait état de 2 000 tués. Pyongyang aurait en outre envoyé
    // 3 000 hommes": a fact in the conditional with no source of its own is
    // still the source's told just before (within two sentences), as "de même
    // source" says outright.
    for i in 0..events.len() {
        let reported = matches!(
            events[i].kind.as_str(),
            "Casualties" | "TroopDeployment" | "Supply" | "Capture" | "MilitaryOperation" | "Attack"
        );
        if !reported || events[i].source.is_some() {
            continue;
        }
        let s = &input.sentences[events[i].sentence];
        let f = &input.folded.folded[input.folded.from_original(s.span.start)..input.folded.from_original(s.span.end)];
        let conditional = ["aurait ", "auraient ", "serait ", "seraient "].iter().any(|w| f.contains(w));
        let same_source = f.contains("de meme source");
        if !(conditional || same_source) {
            continue;
        }
        let si = events[i].sentence;
        let prev = events[..i]
            .iter()
            .rev()
            .take_while(|e| e.sentence + 2 >= si)
            .find(|e| e.sentence < si && e.source.is_some())
            .and_then(|e| e.source.clone());
        if prev.as_ref() != events[i].agent.as_ref() {
            events[i].source = prev;
        }
    }

    // "Kim Jong Un a adressé à son homologue une lettre ... « ... », écrit le
    // dirigeant": the words of a letter are told by its Letter event, not
    // as a statement of its author too.
    let letters: Vec<(usize, String)> =
        events.iter().filter(|e| e.kind == "Letter").filter_map(|e| e.agent.clone().map(|a| (e.sentence, a))).collect();
    let in_letter = |ev: &Event| {
        ev.kind == "Statement"
            && ev
                .agent
                .as_ref()
                .is_some_and(|a| letters.iter().any(|(s, l)| l == a && (*s..=*s + 1).contains(&ev.sentence)))
    };
    // Reports in one document with the same identity merge into the first.
    let mut out: Vec<Event> = Vec::new();
    let mut remap = vec![None; events.len()];
    for (i, mut ev) in events.into_iter().enumerate() {
        if in_letter(&ev) {
            continue;
        }
        // "Moscou rejette ces accusations", "a rapporté la chaîne publique
        // ukrainienne": a country is rarely the one who speaks; its leaders,
        // ministries and spokespeople are, and a country left as a speaker
        // is most often a misread subject.
        if ev.kind == "Statement" && ev.agent.as_deref().is_some_and(|a| ctx.kind(a) == Some(EntityType::Country)) {
            continue;
        }
        // "Lavrov a quitté la Corée du Nord au terme d'une visite": a visit
        // is to the country of its place; and no one visits their own country
        // ("Kim a reçu à Pyongyang X, arrivé la veille pour une visite": X).
        if ev.kind == "Visit" {
            let lex = input.lexicon;
            // "est arrivé mercredi à Séoul pour une visite consacrée à la
            // guerre en Ukraine": the place right after the verb is where the
            // visit goes, not one a later complement names.
            let right_after = input
                .mentions
                .iter()
                .filter(|m| m.sentence == ev.sentence && m.span.start >= ev.trigger.end)
                .filter(|m| ctx.kind(&m.entity) == Some(EntityType::Place))
                .find(|m| {
                    let gap = crate::text::fold(&input.text[ev.trigger.end..m.span.start]);
                    let words: Vec<&str> = gap
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty() && !crate::time::is_calendar_word(w))
                        .collect();
                    matches!(words[..], ["a"] | ["au"] | ["en"])
                })
                .map(|m| m.entity.clone());
            // "C'est déjà sa troisième visite en Corée du Nord": the possessor
            // is the person told of.
            if ev.agent.is_none() {
                let head = crate::text::fold(&input.text[input.sentences[ev.sentence].span.start..ev.trigger.start]);
                let words: Vec<&str> =
                    head.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).rev().take(2).collect();
                let possessive =
                    matches!(words[..], ["sa" | "son" | "leur", ..]) || matches!(words[..], [_, "sa" | "son" | "leur"]);
                if possessive {
                    // (Opening the story, the person the next sentence names.)
                    ev.agent = last_other_person(&ctx, ev.sentence, ev.trigger.start, 2, None).or_else(|| {
                        input
                            .mentions
                            .iter()
                            .filter(|m| m.sentence == ev.sentence + 1)
                            .find(|m| ctx.kind(&m.entity) == Some(EntityType::Person))
                            .map(|m| m.entity.clone())
                    });
                }
            }
            if let Some(p) = right_after.filter(|p| ev.place.as_ref() != Some(p)) {
                let country = country_of(&ctx, &p);
                let old = ev.place.as_deref().and_then(|q| country_of(&ctx, q).or(Some(q.to_string())));
                ev.recipients.retain(|r| Some(r) != old.as_ref());
                ev.place = Some(p);
                if let Some(c) = country {
                    if !ev.recipients.contains(&c) {
                        ev.recipients.insert(0, c);
                    }
                }
            }
            if ev.recipients.is_empty() {
                if let Some(c) = ev.place.as_deref().and_then(|p| lex.get(p)).and_then(|p| lex.country_of(p)) {
                    ev.recipients.push(lex.entities[c].key.clone());
                }
            }
            let visited: Vec<usize> =
                ev.recipients.iter().filter_map(|r| lex.get(r)).filter_map(|r| lex.country_of(r)).collect();
            let home = |key: &str| {
                lex.get(key).is_some_and(|p| lex.offices_of(p, input.published).any(|o| visited.contains(&o.country)))
            };
            if ev.agent.as_deref().is_some_and(home) {
                let agent = ev.agent.clone();
                ev.agent = input
                    .mentions
                    .iter()
                    .filter(|m| m.sentence == ev.sentence && ctx.kind(&m.entity) == Some(EntityType::Person))
                    .map(|m| m.entity.clone())
                    .find(|e| Some(e) != agent.as_ref() && !home(e));
                if let Some(host) = agent {
                    if ev.agent.is_some() {
                        push_unique(&mut ev.participants, host);
                    }
                }
            }
        }
        // "des officiers nord-coréens déployés dans le Donbass": a country
        // that joined a side sends its troops and arms to that side's
        // principal belligerent, not to the enemy whose land they fight on
        // (`conflicts.tsv`).
        if matches!(ev.kind.as_str(), "TroopDeployment" | "Supply") {
            let lex = input.lexicon;
            let sender =
                ev.agent.as_deref().and_then(|a| lex.get(a)).filter(|&a| lex.entities[a].kind == EntityType::Country);
            if let Some(principal) = sender.and_then(|a| lex.principal(a, input.published)) {
                let enemy = |r: &String| lex.get(r).is_some_and(|r| lex.at_war(principal, r, input.published));
                if ev.recipients.is_empty() || ev.recipients.iter().all(enemy) {
                    ev.recipients = vec![lex.entities[principal].key.clone()];
                }
            }
        }
        ev.key = event_key(&ev, input.doc_id);
        // An undated report of the same kind, by the same agent, with no
        // actor the other lacks, is a later mention of that event ("cette
        // rencontre").
        // Two figures, or two sources of a reported fact, are two reports
        // ("100 tués et 1 000 autres blessés"; the NIS and the Pentagon).
        let value = |e: &Event| e.count.map(|c| (claims[c].value, claims[c].min));
        let apart = |o: &Event| {
            (o.count.is_some() && ev.count.is_some() && value(o) != value(&ev))
                || (matches!(ev.kind.as_str(), "Casualties" | "TroopDeployment" | "Supply" | "Capture")
                    && o.source.is_some()
                    && ev.source.is_some()
                    && o.source != ev.source)
        };
        let same = out.iter().position(|o| o.key == ev.key && !apart(o)).or_else(|| {
            (ev.date.is_none() || out.iter().any(|o| o.date.is_none())).then(|| {
                out.iter().position(|o| {
                    o.kind == ev.kind
                        && (ev.date.is_none() || o.date.is_none())
                        && !apart(o)
                        // (Fighting in two places is two operations.)
                        && !(matches!(ev.kind.as_str(), "MilitaryOperation" | "Attack")
                            && ev.place.is_some()
                            && o.place.is_some()
                            && ev.place != o.place)
                        && ((ev.agent.is_some()
                            && o.agent == ev.agent
                            && matches!(
                                ev.kind.as_str(),
                                "Meeting" | "Visit" | "Letter" | "TroopDeployment" | "AgreementSigning" | "Statement"
                            ))
                            || ((ev.agent.is_none() || o.agent == ev.agent)
                                && ev.participants.iter().chain(&ev.recipients).all(|p| {
                                    o.participants.contains(p)
                                        || o.recipients.contains(p)
                                        || o.agent.as_ref() == Some(p)
                                })))
                })
            })?
        });
        match same {
            Some(j) => {
                absorb(&mut out[j], ev);
                remap[i] = Some(j);
            }
            None => {
                // Two reports kept apart must not share an identity either.
                if out.iter().any(|o| o.key == ev.key) {
                    let figure = value(&ev).map(|(v, m)| v.or(m).unwrap_or_default()).unwrap_or_default();
                    ev.key = format!("{}|{}|{}", ev.key, figure, ev.source.as_deref().unwrap_or(""));
                }
                remap[i] = Some(out.len());
                out.push(ev);
            }
        }
    }
    for c in claims.iter_mut() {
        c.event = c.event.and_then(|e| remap[e]);
    }
    (out, claims)
}

/// Does an event noun end a clause opened by a verb that asserts it ("a
/// adopté un nouveau train de sanctions", "a mené une série de frappes",
/// "ont imposé des sanctions")? The noun then reports an event as a verb
/// would.
/// Is an event noun the subject of a verb in the past: "Une frappe de
/// drones ukrainiens a détruit ...", "De violents combats ont eu lieu ..."?
/// Only a determiner (and an adjective) opens its clause, and an auxiliary
/// follows within a few words, with no comma between.
fn subject_of_verb(before: &str, after: &str) -> bool {
    let clause = &before[before.rfind([',', ';', ':']).map_or(0, |i| i + 1)..];
    let lead: Vec<&str> = clause.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    let opens = match lead.as_slice() {
        [det] | [det, _] => {
            matches!(*det, "une" | "un" | "la" | "le" | "les" | "des" | "de" | "cette" | "ces" | "d" | "l")
        }
        _ => false,
    };
    if !opens {
        return false;
    }
    let head = &after[..after.find([',', ';', '.', ':']).unwrap_or(after.len())];
    head.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take(7)
        .any(|w| matches!(w, "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient"))
}

fn supported(before: &str) -> bool {
    const SUPPORT: &[&str] = &[
        "adopte",
        "adoptent",
        "adopter",
        "annonce",
        "annoncent",
        "annoncer",
        "impose",
        "imposent",
        "imposer",
        "decide",
        "decident",
        "decrete",
        "decretent",
        "prend",
        "prennent",
        "pris",
        "prendre",
        "mene",
        "menent",
        "mener",
        "lance",
        "lancent",
        "lancer",
        "effectue",
        "effectuent",
        "effectuer",
        "inflige",
        "infligent",
        "organise",
        "organisent",
        "preside",
        "presidait",
        "assiste",
        "assistait",
        "tenu",
        "tient",
        "tiennent",
        "conduit",
        "conduisent",
        "entame",
        "entament",
        "multiplie",
        "multiplient",
        "intensifie",
        "intensifient",
        "poursuit",
        "poursuivent",
        "poursuivi",
        "eu",
        "ordonne",
        "ordonnent",
        "declenche",
        "declenchent",
        "repousse",
        "repoussent",
        "remis",
        "remet",
        "remettent",
        "transmis",
        "transmet",
        "transmettent",
        "adresse",
        "adressent",
        "envoye",
        "envoie",
        "envoient",
        "porteur",
        "porteuse",
        "recu",
        "preside",
        "presidait",
        "president",
        "convoque",
        "convoquent",
        "tenue",
        "tenu",
        "procede",
        "procedent",
        "procedaient",
        "procedait",
        // "a opposé son veto", "a exercé son droit de veto".
        "oppose",
        "opposent",
        "opposait",
        "exerce",
        "exercent",
        "brandi",
    ];
    clause_names(before, 12, SUPPORT)
}

/// A form of "avoir" that makes a compound tense ("a", "avaient", "aurait", "ayant").
fn avoir_form(w: &str) -> bool {
    matches!(w, "a" | "ont" | "avait" | "avaient" | "aura" | "auront" | "aurait" | "auraient" | "ayant" | "avoir")
}

/// Is one of `words` among the last `n` words of a folded text since its
/// last clause mark (comma, semicolon, colon, period or guillemet)?
fn clause_names(before: &str, n: usize, words: &[&str]) -> bool {
    let clause = before
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, ',' | ';' | ':' | '.' | '«' | '»'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    before[clause..]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .rev()
        .take(n)
        .any(|w| words.contains(&w))
}

/// Does an event noun end a clause that asks for it ("en réclamant de
/// nouvelles sanctions", "a appelé à des négociations")?
fn demanded(before: &str) -> bool {
    const ASK: &[&str] = &[
        "reclame",
        "reclament",
        "reclamant",
        "reclamer",
        "demande",
        "demandent",
        "demandant",
        "demander",
        "exige",
        "exigent",
        "exigeant",
        "exiger",
        "appele",
        "appelle",
        "appellent",
        "appelant",
        "plaide",
        "plaident",
        "plaidant",
        "souhaite",
        "souhaitent",
        "souhaitant",
        "menace",
        "menacent",
        "menacant",
        "exhorte",
        "exhortant",
        "prone",
        "pronent",
        "pronant",
    ];
    clause_names(before, 5, ASK)
}

/// Participles that take an agent with "par" after an event noun or in a
/// passive ("menée par", "lancée par", "conduite par").
fn par_participle(w: &str) -> bool {
    let one = w.strip_suffix('s').unwrap_or(w);
    let masc = one.strip_suffix('e').filter(|s| s.ends_with(['e', 't', 's'])).unwrap_or(one);
    [w, one, masc].iter().any(|stem| {
        matches!(
            *stem,
            "mene"
                | "lance"
                | "conduit"
                | "declenche"
                | "entrepris"
                | "engage"
                | "ordonne"
                | "perpetre"
                | "effectue"
                | "realise"
                | "orchestre"
                | "revendique"
                | "organise"
                | "decide"
                | "annonce"
        )
    })
}

fn push_unique(v: &mut Vec<String>, x: String) {
    if !v.contains(&x) {
        v.push(x);
    }
}

fn compatible(a: &Event, b: &Event) -> bool {
    let agents = a.agent.is_none() || b.agent.is_none() || a.agent == b.agent;
    // Two figures in one sentence are two reports ("100 tués et près de 1 000 blessés").
    let counts = a.count.is_none() || b.count.is_none() || a.count == b.count;
    // ... and so are two sources of a reported fact (the NIS, and the GUR that
    // "estime que").
    let sources = !matches!(a.kind.as_str(), "Casualties" | "TroopDeployment" | "Supply" | "Capture")
        || a.source.is_none()
        || b.source.is_none()
        || a.source == b.source;
    agents && counts && sources && (a.date.is_none() || b.date.is_none() || a.date == b.date)
}

/// Folds the arguments of `b` into `a`.
fn absorb(a: &mut Event, b: Event) {
    if a.agent.is_none() {
        a.agent = b.agent;
    }
    for r in b.recipients {
        push_unique(&mut a.recipients, r);
    }
    for p in b.participants {
        push_unique(&mut a.participants, p);
    }
    if let Some(agent) = &a.agent {
        a.participants.retain(|p| p != agent);
        a.recipients.retain(|p| p != agent);
    }
    a.place = a.place.take().or(b.place);
    a.theme = a.theme.take().or(b.theme);
    if (a.date.is_none() || (b.date.is_some() && b.date.map(|d| d.precision) < a.date.map(|d| d.precision)))
        && b.date.is_some()
    {
        a.date = b.date;
        a.date_text = b.date_text;
    }
    a.count = a.count.or(b.count);
    for i in b.items {
        push_unique(&mut a.items, i);
    }
    a.source = a.source.take().or(b.source);
    a.confidence = a.confidence.max(b.confidence);
    a.noun_only &= b.noun_only;
    a.agent_by |= b.agent_by;
}

/// The position of `word` in `s` on word boundaries.
fn word_at(s: &str, word: &str) -> Option<usize> {
    s.match_indices(word).map(|(i, _)| i).find(|&i| {
        !s[..i].chars().next_back().is_some_and(char::is_alphanumeric)
            && !s[i + word.len()..].chars().next().is_some_and(char::is_alphanumeric)
    })
}

/// Determiners and possessives before a noun phrase.
const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre",
    "vos",
];

/// Does a time expression at folded offset `at` follow a speech verb
/// ("a estimé jeudi", "avait évoqué lundi")?
fn after_speech_verb(triggers: &[(Span, usize)], lex: &Lexicon, at: usize) -> bool {
    triggers.iter().any(|(s, t)| lex.triggers[*t].speech && s.end <= at && at - s.end <= 2)
}

/// Words that may stand between a modal and its infinitive ("pourrait
/// encore être approuvé", "doit y être envoyé").
fn filler(w: &str) -> bool {
    matches!(
        w,
        "de" | "d"
            | "a"
            | "etre"
            | "ete"
            | "y"
            | "se"
            | "s"
            | "en"
            | "ne"
            | "le"
            | "la"
            | "les"
            | "l"
            | "lui"
            | "leur"
            | "encore"
            | "bientot"
            | "aussi"
            | "meme"
            | "alors"
            | "donc"
            | "rapidement"
            | "un"
            | "une"
            | "des"
            | "du"
    ) || (w.len() > 6 && w.ends_with("ment"))
}

/// Does the clause before a trigger make it a possibility, an obligation,
/// a plan or a wish rather than a fact ("pourrait livrer", "doit encore être
/// approuvé", "envisage d'envoyer", "de préparer des livraisons")?
fn unasserted(before: &str) -> bool {
    let first = before
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .rev()
        .take(5)
        .find(|w| !filler(w));
    // "doit encore être approuvé ... avant d'être promulgué": what follows
    // "avant de" is as uncertain as what comes before.
    if first == Some("avant") {
        let mut words = before.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty()).rev();
        return words.by_ref().take_while(|w| *w != "avant").count() < 5 && words.take(10).any(modal);
    }
    if first.is_some_and(modal) {
        return true;
    }
    // "a invité Poutine à se rendre en Corée du Nord", "exhorte Moscou à
    // cesser": what someone is asked to do has not happened. Within the
    // clause: in "« ... si Séoul le demande », a déclaré", "a" is no "à".
    let before = before.rsplit([',', ';', ':', '«', '»', '"', '“', '”']).next().unwrap_or(before);
    let mut words = before.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty()).rev();
    let to =
        words.by_ref().find(|w| !matches!(*w, "se" | "s" | "y" | "en" | "le" | "la" | "les" | "l" | "lui" | "leur"));
    matches!(to, Some("a" | "de" | "d"))
        && words.take(8).any(|w| {
            [
                "invite",
                "invitent",
                "invitant",
                "exhorte",
                "exhortent",
                "exhortant",
                "appele",
                "appelle",
                "appellent",
                "appelant",
                "pousse",
                "poussent",
                "encourage",
                "encouragent",
                "incite",
                "incitent",
                "presse",
                "pressent",
                "convie",
                "prie",
                "demande",
                "demandent",
                // "se prépare à envoyer", "s'apprête à livrer", "compte envoyer".
                "prepare",
                "preparent",
                "apprete",
                "appretent",
                "pret",
                "prets",
                "prete",
                "pretes",
                "envisage",
                "envisagent",
                "cherche",
                "cherchent",
                "tente",
                "tentent",
                "menace",
                "menacent",
                // "a refusé de commenter", "s'est refusé à confirmer".
                "refuse",
                "refusent",
                "refusant",
                "refuser",
                "evite",
                "evitent",
                "evitant",
            ]
            .contains(&w)
        })
}

/// Verbs of possibility, obligation, plan or wish that take an infinitive.
fn modal(w: &str) -> bool {
    matches!(
        w,
        "pourrait"
            | "pourraient"
            | "pourra"
            | "pourront"
            | "pouvait"
            | "pouvaient"
            | "peut"
            | "peuvent"
            | "pourrait-il"
            | "pourrait-elle"
            | "devrait"
            | "devraient"
            | "devra"
            | "devront"
            | "doit"
            | "doivent"
            | "envisage"
            | "envisagent"
            | "envisager"
            | "envisageait"
            | "envisagerait"
            | "preparer"
            | "prepare"
            | "preparent"
            | "preparait"
            | "preparaient"
            | "projette"
            | "projettent"
            | "veut"
            | "veulent"
            | "voulait"
            | "voulaient"
            | "souhaite"
            | "souhaitent"
            | "souhaiterait"
            | "apprete"
            | "appretent"
            | "appretait"
            // "un traité qui prévoit une assistance mutuelle": what a text provides for.
            | "prevoit"
            | "prevoient"
            | "prevoyait"
            | "prevoyant"
    )
}

/// Is a verb trigger a past participle qualifying the noun before it ("le
/// traité conclu", "des soldats déployés")? The words since the last comma
/// hold a determiner and no auxiliary, pronoun or relative.
fn participle_after_noun(before: &str, trigger: &str) -> bool {
    let mut words = trigger.split_whitespace();
    let verb = words.next().unwrap_or("");
    if !words.all(|w| matches!(w, "par" | "en" | "avec" | "entre")) {
        return false;
    }
    let participle =
        ["e", "es", "ee", "ees", "i", "is", "ie", "ies", "u", "us", "ue", "ues"].iter().any(|e| verb.ends_with(e));
    if !participle || verb.starts_with("s'") {
        return false;
    }
    let clause = before.rsplit([',', ';', ':', '(']).next().unwrap_or(before);
    let near: Vec<&str> =
        clause.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty()).rev().take(6).collect();
    let aux = |w: &str| {
        avoir_form(w)
            || matches!(
                w,
                "est"
                    | "sont"
                    | "etait"
                    | "etaient"
                    | "sera"
                    | "seront"
                    | "serait"
                    | "seraient"
                    | "ete"
                    | "etre"
                    | "il"
                    | "elle"
                    | "ils"
                    | "elles"
                    | "on"
                    | "qui"
                    | "que"
                    | "qu"
                    | "se"
                    | "s"
                    | "nous"
                    | "vous"
                    | "je"
                    | "j"
                    | "ne"
                    | "n"
                    | "y"
            )
            || w.ends_with("-il")
            || w.ends_with("-elle")
    };
    !near.is_empty()
        && !near.first().is_some_and(|w| w.ends_with("ment"))
        && !near.iter().any(|w| aux(w))
        && near.iter().any(|w| {
            matches!(*w, "le" | "la" | "les" | "l" | "un" | "une" | "des" | "du" | "ce" | "cet" | "cette" | "ces")
        })
}

/// Is the trigger the infinitive of a causative "faire" ("a fait visiter")?
fn causative(before: &str) -> bool {
    let last = before.split_whitespace().next_back().unwrap_or("");
    matches!(last, "fait" | "faire" | "fera" | "font" | "faisait" | "faisant" | "feront" | "ferait")
}

/// Is byte offset `at` inside a quotation of its sentence?
fn inside_quote(text: &str, sentence: &Sentence, at: usize) -> bool {
    let before = &text[sentence.span.start..at];
    let opens = before.matches(['«', '“']).count();
    let closes = before.matches(['»', '”']).count();
    opens > closes || before.matches('"').count() % 2 == 1
}

/// Where "qui"/"que" opens a relative clause just before the trigger
/// (folded offset relative to the text given).
fn relative_clause_start(before: &str) -> Option<usize> {
    let t = before.trim_end();
    let words: Vec<(usize, &str)> = t
        .split_inclusive(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len();
            Some((start, w.trim()))
        })
        .collect();
    // "qui" within the last five words ("qui a promis de soutenir"), with no comma after it.
    for (start, w) in words.iter().rev().take(5) {
        if *w == "qui" && !t[*start..].contains(',') {
            return Some(*start);
        }
    }
    None
}

/// Where the last coordinated or subordinate clause starts in the folded text
/// before a trigger (", et ", ", mais ", "; ", " que "): "X a affirmé que la
/// Russie pourrait fournir" makes Russia the supplier.
fn last_coordination(before: &str) -> Option<usize> {
    static STARTS: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new([
            ", et ",
            ", mais ",
            "; ",
            ", puis ",
            ", alors que ",
            ", tandis que ",
            " que ",
            " qu'",
        ])
        .expect("valid patterns")
    });
    STARTS.find_overlapping_iter(before).map(|m| m.end()).max()
}

/// The end of the trigger's clause in the folded text after it: a comma
/// followed by a new clause, a semicolon, or "qui".
fn clause_end_after(after: &str) -> Option<usize> {
    static ENDS: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new([
            ", qui", ";", ", alors", ", tandis", ", mais", ", selon", " selon ", ", a ", ", ont ", ", a-t-", ", ont-",
            ", avait-",
        ])
        .expect("valid patterns")
    });
    ENDS.find(after).map(|m| m.start())
}

/// The last two distinct actors (people first, then countries) before
/// sentence `si`, for "les deux dirigeants", "les deux pays".
fn last_two_actors(ctx: &Ctx, si: usize) -> Option<(String, String)> {
    for want in [EntityType::Person, EntityType::Country] {
        // The two named last, the first named of them leading.
        let mut seen: Vec<String> = Vec::new();
        for m in ctx.input.mentions.iter().rev().filter(|m| m.sentence < si && m.sentence + 3 >= si) {
            if ctx.kind(&m.entity) == Some(want) && !seen.contains(&m.entity) {
                seen.push(m.entity.clone());
                if seen.len() == 2 {
                    return Some((seen[1].clone(), seen[0].clone()));
                }
            }
        }
    }
    None
}

/// Does a folded phrase name a pair told of before ("les deux dirigeants",
/// "les deux chefs de la diplomatie", "les deux pays")?
fn both_of_them(phrase: &str) -> bool {
    const PAIRS: &[&str] = &[
        "pays",
        "dirigeants",
        "hommes",
        "femmes",
        "chefs",
        "parties",
        "capitales",
        "ministres",
        "delegations",
        "allies",
        "responsables",
        "presidents",
        "diplomates",
        "gouvernements",
        "voisins",
        "leaders",
        "homologues",
    ];
    phrase.match_indices("les deux ").any(|(at, p)| {
        let next = phrase[at + p.len()..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        PAIRS.contains(&next)
    })
}

/// Identity of an event across documents: the signing of a treaty is one
/// event; otherwise type, actors and date (at its precision). An undated
/// event stays local to its document.
pub fn event_key(ev: &Event, doc: &str) -> String {
    if matches!(ev.kind.as_str(), "AgreementSigning") {
        if let Some(t) = &ev.theme {
            return format!("{}|{t}", ev.kind);
        }
    }
    if ev.kind == "Ratification" {
        if let Some(t) = &ev.theme {
            return format!("{}|{t}|{}", ev.kind, ev.agent.as_deref().unwrap_or(""));
        }
    }
    let mut actors: BTreeSet<&str> = BTreeSet::new();
    // A meeting has no direction; a letter, thanks, a strike or a supply
    // does: the reply to a letter is another letter.
    let directed = !matches!(ev.kind.as_str(), "Meeting" | "Negotiation" | "AgreementSigning");
    if !directed {
        actors.extend(ev.agent.as_deref());
    }
    actors.extend(ev.participants.iter().map(String::as_str));
    actors.extend(ev.recipients.iter().map(String::as_str));
    let mut actors: Vec<&str> = actors.into_iter().collect();
    if directed {
        if let Some(a) = ev.agent.as_deref() {
            actors.insert(0, a);
            actors.insert(1, ">");
        }
    }
    match &ev.date {
        Some(d) if !actors.is_empty() => format!("{}|{}|{}", ev.kind, actors.join("+"), d.key()),
        _ => format!(
            "{}|{}|{}|doc:{doc}:{}",
            ev.kind,
            actors.join("+"),
            ev.place.as_deref().unwrap_or(""),
            ev.trigger.start
        ),
    }
}

/// "arrivée" after a determiner is the noun ("son arrivée", "l'arrivée"),
/// which the lexicon lists with the verb's forms.
fn trig_noun_form(folded: &str) -> bool {
    matches!(folded, "arrivee" | "arrivees")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_are_found_at_the_start_only() {
        let s = "SÉOUL, 28 octobre 2024 (AFP) - Pyongyang a dépêché de nouveaux soldats.";
        assert_eq!(dateline_end(s).map(|e| &s[e..]), Some("Pyongyang a dépêché de nouveaux soldats."));
        let s = "KHARKIV (Reuters) – Une frappe a touché la ville.";
        assert_eq!(dateline_end(s).map(|e| &s[e..]), Some("Une frappe a touché la ville."));
        assert_eq!(dateline_end("Le NIS (Service national du renseignement) - qui estime ..."), None);
        assert_eq!(dateline_end("La Corée du Nord (RPDC) a envoyé des soldats."), None);
    }

    #[test]
    fn plans_demands_and_support_verbs() {
        assert!(demanded("tout en reclamant des"));
        assert!(!demanded("a adopte un nouveau train de"));
        assert!(supported("l'union europeenne a adopte lundi un nouveau train de"));
        assert!(supported("l'armee a mene dans la nuit une serie de"));
        assert!(!supported("les combats, dont la"));
    }
}

/// Whether the folded text before a nationality ends on people under arms
/// ("cinq militaires", "des fantassins", "un campement de soldats").
fn troops_before(before: &str) -> bool {
    before.split_whitespace().next_back().is_some_and(|w| {
        let w = w.trim_start_matches(|c: char| c != '\'' && !c.is_alphanumeric());
        let w = w.rsplit('\'').next().unwrap_or(w);
        [
            "soldat",
            "militaire",
            "fantassin",
            "troupe",
            "unite",
            "artilleur",
            "combattant",
            "commando",
            "bataillon",
            "equipage",
            "brigade",
            "force",
            "position",
            "conscrit",
        ]
        .iter()
        .any(|t| w.strip_prefix(t).is_some_and(|r| matches!(r, "" | "s")))
    })
}
