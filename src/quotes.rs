//! Quotations: text in «…», “…” or "…" of three words or more, with the
//! speaker resolved from the speech verb around it ("a déclaré M. Poutine",
//! "a-t-il affirmé" pointing back, "X a déclaré : «…»", "X a affirmé que …
//! «…»"), a quotation standing alone continuing the previous speaker, and
//! the medium the sentence names (letter, statement, Telegram, meeting...).
//! `quotes` does no IO.

use serde::Serialize;

use crate::lexicon::{EntityType, Lexicon};
use crate::model::{Mention, Sentence};
use crate::text::{fold, CharIndex, Folded, Span};

#[derive(Debug, Clone, Serialize)]
pub struct Quote {
    /// The text between the quotation marks (trimmed), as a span.
    pub span: Span,
    pub chars: (usize, usize),
    pub sentence: usize,
    pub text: String,
    pub speaker: Option<String>,
    pub medium: Option<String>,
}

pub struct Input<'a> {
    pub text: &'a str,
    pub folded: &'a Folded,
    pub chars: &'a CharIndex,
    pub sentences: &'a [Sentence],
    pub mentions: &'a [Mention],
    /// Entities found in the document that the lexicon lacks.
    pub found: &'a [crate::model::FoundEntity],
    /// Roles read in appositions ("le vice-ministre nord-coréen, X,").
    pub roles: &'a [crate::model::RoleAssertion],
    pub lexicon: &'a Lexicon,
}

/// Quotation spans inside one sentence: (between the marks, with the marks).
fn quote_spans(text: &str, within: &Span) -> Vec<(Span, Span)> {
    let s = &text[within.clone()];
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in s.char_indices() {
        match (open, c) {
            (None, '«' | '“' | '"') => open = Some((i, c)),
            (Some((start, '«')), '»') | (Some((start, '“')), '”') | (Some((start, '"')), '"') => {
                let mark = s[start..].chars().next().map_or(1, char::len_utf8);
                let outer = within.start + start..within.start + i + c.len_utf8();
                out.push((within.start + start + mark..within.start + i, outer));
                open = None;
            }
            _ => {}
        }
    }
    out
}

fn trim_span(text: &str, span: Span) -> Span {
    let piece = &text[span.clone()];
    let blank = |c: char| c.is_whitespace() || c == '\u{202F}' || c == '\u{a0}';
    let lead = piece.len() - piece.trim_start_matches(blank).len();
    let kept = piece[lead..].trim_end_matches(blank).len();
    span.start + lead..span.start + lead + kept
}

const PRONOUN_SPEECH: &[&str] = &["-t-il", "-t-elle", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles"];

pub fn extract(input: &Input) -> Vec<Quote> {
    let lex = input.lexicon;
    let kind = |key: &str| crate::model::kind_of(lex, input.found, key);
    let speaker_like = |m: &Mention| {
        matches!(
            kind(&m.entity),
            Some(
                EntityType::Person
                    | EntityType::Organization
                    | EntityType::Country
                    | EntityType::Media
                    | EntityType::MilitaryForce
            )
        ) || lex.get(&m.entity).and_then(|e| lex.entities[e].stands_for).is_some()
    };
    let speech_at = |folded: &str| -> Option<usize> {
        lex.trigger_hits(folded).into_iter().find(|(_, t)| lex.triggers[*t].speech).map(|(s, _)| s.start)
    };
    let mut out: Vec<Quote> = Vec::new();
    for (si, sentence) in input.sentences.iter().enumerate() {
        // A quotation in a headline repeats one from the body.
        if sentence.block != crate::clean::BlockKind::Paragraph {
            continue;
        }
        for (raw, outer) in quote_spans(input.text, &sentence.span) {
            let span = trim_span(input.text, raw.clone());
            let text = input.text[span.clone()].trim_end_matches([',', ' ']).to_string();
            if text.split_whitespace().count() < 3 {
                continue;
            }
            let mentions: Vec<&Mention> = input.mentions.iter().filter(|m| m.sentence == si).collect();
            let after = &input.text[outer.end.min(sentence.span.end)..sentence.span.end];
            let after_folded = fold(after);
            let mut speaker: Option<String> = None;

            // ", explique Thomas Berthier", ", a regretté mardi le président
            // ukrainien": a comma after a quotation, then a name within a few
            // words, is a speech tag whatever its verb.
            // A clause that goes on ("», tandis que ...") is no speech tag.
            let tag_word =
                after.trim_start().trim_start_matches(',').split_whitespace().next().unwrap_or("").to_lowercase();
            let goes_on = matches!(
                tag_word.as_str(),
                "tandis"
                    | "afin"
                    | "mais"
                    | "et"
                    | "alors"
                    | "puis"
                    | "car"
                    | "donc"
                    | "or"
                    | "ni"
                    | "selon"
                    | "d'après"
                    | "d’après"
                    | "dans"
                    | "en"
                    | "à"
                    | "au"
                    | "aux"
                    | "pour"
                    | "avec"
                    | "sans"
                    | "le"
                    | "la"
                    | "les"
                    | "un"
                    | "une"
                    | "des"
                    | "du"
                    | "de"
                    | "qui"
                    | "que"
                    | "dont"
                    | "où"
                    | "si"
                    | "lors"
                    | "après"
                    | "avant"
                    | "depuis"
                    | "tout"
                    | "ce"
                    | "cette"
                    // "», son porte-parole précisant que ...": another clause.
                    | "son"
                    | "sa"
                    | "ses"
                    | "leur"
                    | "leurs"
                    // "», y compris à la guerre qu'elle mène en Ukraine".
                    | "y"
                    | "soit"
                    | "parce"
                    | "puisque"
                    | "lorsque"
                    | "quand"
                    | "comme"
                    | "contre"
                    | "sur"
                    | "vers"
                    | "entre"
                    | "ou"
            );
            // ("», trois mois après la signature ...": a span of time goes on.)
            let goes_on = goes_on
                || tag_word.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    tag_word.as_str(),
                    "deux"
                        | "trois"
                        | "quatre"
                        | "cinq"
                        | "six"
                        | "sept"
                        | "huit"
                        | "neuf"
                        | "dix"
                        | "quelques"
                        | "plusieurs"
                        | "peu"
                );
            // "», conformément aux résolutions du Conseil": an adverb opens a
            // phrase that goes on, not a speech tag.
            let goes_on = goes_on || (tag_word.chars().count() > 6 && tag_word.ends_with("ment"));
            // ("», y compris ..." goes on; "», y confie le colonel X" is a tag.)
            let goes_on = goes_on
                && (tag_word != "y"
                    || after.trim_start().trim_start_matches(',').split_whitespace().nth(1) == Some("compris"));
            // "», jugeant que ...": a present participle goes on with the
            // sentence's own subject.
            let goes_on = goes_on || (tag_word.chars().count() > 5 && tag_word.ends_with("ant"));
            // « A, explique X, chercheuse à ... B »: a speech tag inside the
            // marks names the speaker of the whole quotation.
            if let Some(sp) = inner_incise(input, &out, si, &span, &mentions, &speaker_like, &kind) {
                speaker = Some(sp);
            }
            // "cite le dirigeant nord-coréen, selon qui « ... »", "X, pour qui
            // « ... »": the one the relative points to.
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start)).trim_end();
                let relative = ["selon qui", "pour qui", "d'apres qui", "selon lequel", "selon laquelle"]
                    .iter()
                    .find(|r| head.ends_with(*r));
                if let Some(r) = relative {
                    let base = input.folded.from_original(sentence.span.start);
                    let at = head.len() - r.len();
                    let cut = input.folded.to_original(base + at..base + at, input.text).start;
                    let before: Vec<&&Mention> =
                        mentions.iter().filter(|m| m.span.end <= cut && speaker_like(m)).collect();
                    speaker = before
                        .iter()
                        .rev()
                        .find(|m| input.text[m.span.end..cut].trim_matches([' ', ',']).is_empty())
                        .or_else(|| before.iter().rev().find(|m| kind(&m.entity) == Some(EntityType::Person)))
                        .map(|m| stand_in(lex, &m.entity));
                }
            }
            // "Kiev a dénoncé, par la voix de son ministre, X, « ... »": the
            // voice speaks.
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                if let Some(v) = head.rfind("par la voix d") {
                    let base = input.folded.from_original(sentence.span.start);
                    let from = input.folded.to_original(base + v..base + v + 1, input.text).start;
                    let voiced: Vec<&&Mention> = mentions
                        .iter()
                        .filter(|m| m.span.start > from && m.span.end <= outer.start && speaker_like(m))
                        .collect();
                    speaker = voiced
                        .iter()
                        .find(|m| kind(&m.entity) == Some(EntityType::Person))
                        .or(voiced.first())
                        .map(|m| stand_in(lex, &m.entity));
                }
            }
            // "le secteur est devenu, selon ses mots, « ... »", "à ses yeux":
            // the one told of before.
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                let back = [
                    "selon ses mots",
                    "selon ses termes",
                    "selon lui",
                    "selon elle",
                    "a ses yeux",
                    "d'apres lui",
                    "d'apres elle",
                    // ", a-t-il affirmé, ajoutant que « ... »".
                    "-t-il ",
                    "-t-elle ",
                ];
                if back.iter().any(|b| head.rfind(b).is_some_and(|at| head.len() - at <= 48)) {
                    speaker = previous_speaker(input, &out, si, outer.start, &kind);
                }
            }
            // The one most likely to speak among the mentions within a span.
            let ranked_within = |a: usize, b: usize| {
                mentions
                    .iter()
                    .filter(|m| m.span.start >= a && m.span.end <= b && speaker_like(m))
                    .min_by_key(|m| rank(kind(&m.entity)))
                    .map(|m| stand_in(lex, &m.entity))
            };
            // "l'accord prévoit, d'après le Kremlin, « ... »", "une visite
            // consacrée, selon Moscou, au « ... »": a source phrase set off by
            // commas just before the quotation (a preposition may follow it)
            // names its speaker, whoever the sentence's subject is.
            if speaker.is_none() {
                let head = input.text[sentence.span.start..outer.start.max(sentence.span.start)].trim_end();
                let head = ["à", "au", "aux", "de", "du", "des", "d'", "d’"]
                    .iter()
                    .find_map(|p| head.strip_suffix(p).filter(|h| h.ends_with([' ', ','])))
                    .map_or(head, str::trim_end);
                if let Some(h) = head.strip_suffix(',') {
                    let from = h.rfind([',', ';', ':', '(']).map_or(0, |c| c + 1);
                    let segment = fold(h[from..].trim_start());
                    let source = ["selon ", "d'apres "].iter().any(|o| segment.starts_with(o))
                        && !segment.contains("meme source")
                        && from > 0;
                    if source {
                        let (a, b) = (sentence.span.start + from, sentence.span.start + h.len());
                        speaker = ranked_within(a, b);
                    }
                }
            }
            // "l'agence KCNA a dénoncé « ... », citant un porte-parole du
            // ministère": the one cited after the quotation speaks, not the
            // one who relays.
            // ("», a rapporté le député X, citant le NIS": past the tag too.)
            let cited_at = {
                let tag = after_folded.split(['«', '“']).next().unwrap_or("");
                if tag.trim_start_matches([',', ' ']).starts_with("citant ") {
                    Some(tag.len() - tag.trim_start_matches([',', ' ']).len())
                } else {
                    tag.find(", citant ").map(|at| at + 2)
                }
            };
            if let Some(at) = cited_at.filter(|_| speaker.is_none()) {
                let base = input.folded.from_original(outer.end.min(sentence.span.end));
                let from = input.folded.to_original(base + at..base + at + 1, input.text).start;
                let tail = &input.text[from..sentence.span.end];
                let end = from + tail.find([',', ';', '.', '(']).unwrap_or(tail.len());
                speaker = ranked_within(from, end);
            }
            // "Le texte signé, a renchéri M. Poutine, « ... »": an incise
            // just before the quotation names its speaker.
            if speaker.is_none() {
                let head = input.text[sentence.span.start..outer.start.max(sentence.span.start)].trim_end();
                if let Some(h) = head.strip_suffix(',') {
                    let from = h.rfind(',').map_or(0, |c| c + 1);
                    let segment = fold(&h[from..]);
                    let verb_first = speech_at(&segment).is_some_and(|at| {
                        segment[..at].split_whitespace().all(|w| matches!(w, "a" | "ont" | "avait" | "avaient"))
                    }) || {
                        // (any verb in the passé composé: "a renchéri", "a tranché")
                        let mut w = segment.split_whitespace();
                        matches!(w.next(), Some("a" | "avait"))
                            && w.next().is_some_and(|p| p.len() > 3 && p.ends_with(['e', 'i', 'u']))
                    } || segment.split_whitespace().next().is_some_and(|w| INCISE_VERBS.contains(&w));
                    // ("Leur exploit, promet-il, « ... »": a pronoun after the verb.)
                    let lone: Vec<&str> = segment.split_whitespace().collect();
                    if let [verb] = lone[..] {
                        if PRONOUN_SPEECH.iter().any(|p| verb.ends_with(p)) {
                            speaker = pronoun_speaker(input, &out, si, outer.start, pronoun_gender(verb), &kind);
                        }
                    }
                    if verb_first && speaker.is_none() {
                        let (a, b) = (sentence.span.start + from, sentence.span.start + h.len());
                        speaker = ranked_within(a, b);
                        // ("Les deux bilans, souligne la chercheuse, « »",
                        // "Cette mesure, a estimé le ministère, « »": a title or
                        // a body's noun told of before.)
                        if speaker.is_none() {
                            let words: Vec<&str> = segment
                                .split(|c: char| !c.is_alphanumeric() && c != '-')
                                .filter(|w| !w.is_empty())
                                .filter(|w| !matches!(*w, "ancien" | "ancienne" | "jeune"))
                                .collect();
                            if let [.., det @ ("le" | "la" | "l"), noun] = words[..] {
                                speaker = if lex.is_title(noun) {
                                    titled(input, noun, sentence.span.start)
                                } else {
                                    anaphoric_source(input, &out, si, outer.start, &[det, noun], &kind)
                                };
                            }
                        }
                    }
                }
            }
            // "« ... », a fait savoir le Kremlin par la voix de son porte-parole,
            // X": the voice speaks, after the quotation too.
            let voice_after = {
                let tag = after_folded.split(['«', '“']).next().unwrap_or("");
                tag.find("par la voix d").filter(|&v| v <= 80).and_then(|v| {
                    let base = input.folded.from_original(outer.end.min(sentence.span.end));
                    let from = input.folded.to_original(base + v..base + v + 1, input.text).start;
                    mentions
                        .iter()
                        .filter(|m| m.span.start > from && m.span.start <= from + 120)
                        .find(|m| kind(&m.entity) == Some(EntityType::Person))
                        .map(|m| m.entity.clone())
                })
            };
            // ("L'entretien, qualifié par l'agence de « ... », s'est tenu ...":
            // the apposition names who said it; what follows is no tag.)
            let named_by = {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                let segment = &head[head.rfind(',').map_or(0, |c| c + 1)..];
                segment
                    .rfind(" par ")
                    .is_some_and(|par| segment[..par].split_whitespace().next_back().is_some_and(naming_participle))
            };
            // "L'accord a été qualifié de « ... » par le chef de la diplomatie
            // britannique, X": the agent of a naming participle says it.
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                let lead: Vec<&str> = head.split_whitespace().rev().take(2).collect();
                let named = matches!(lead[..], ["de" | "d'", w] if naming_participle(w))
                    || lead.first().is_some_and(|w| w.strip_prefix("d'").is_some_and(naming_participle));
                if named && after_folded.trim_start().starts_with("par ") {
                    let clause_end =
                        after_folded.find([',', ';', '.', '«']).filter(|&c| c > 4).unwrap_or(after_folded.len());
                    let clause_end = after_folded[clause_end..]
                        .starts_with(',')
                        .then(|| after_folded[clause_end + 1..].find([',', ';', '.', '«']).map(|c| clause_end + 1 + c))
                        .flatten()
                        .unwrap_or(clause_end);
                    let base = input.folded.from_original(outer.end.min(sentence.span.end));
                    let end = input.folded.to_original(base..base + clause_end.max(1), input.text).end;
                    let agents: Vec<&&Mention> = mentions
                        .iter()
                        .filter(|m| m.span.start >= outer.end && m.span.end <= end && speaker_like(m))
                        .filter(|m| m.kind != crate::lexicon::MentionKind::Demonym)
                        .collect();
                    speaker = agents.iter().min_by_key(|m| rank(kind(&m.entity))).map(|m| stand_in(lex, &m.entity));
                }
            }
            // After the quote: ", a déclaré X" / ", a-t-il affirmé".
            if let Some(at) =
                speech_at(&after_folded).filter(|&a| a <= 24 && !goes_on && !named_by && speaker.is_none())
            {
                let tail = &after_folded[at..];
                let verb_end = tail.find(' ').unwrap_or(tail.len());
                let verb = tail[..verb_end].trim_end_matches([',', '.', ';', ':']);
                let lead = &after_folded[..at];
                let plural_lead = lead.contains("-ils ") || lead.contains("-elles ");
                // ("», avait-il affirmé", "», a-t-elle ajouté": the pronoun is in
                // the auxiliary.)
                let lead_pronoun = lead.split_whitespace().next_back().and_then(pronoun_gender);
                if PRONOUN_SPEECH.iter().any(|p| verb.ends_with(p))
                    || lead.contains("-t-")
                    || plural_lead
                    || lead_pronoun.is_some()
                {
                    let feminine = pronoun_gender(verb).or(lead_pronoun);
                    // ("», ont-elles indiqué": a plural is the body or force
                    // the sentence before opened on.)
                    let plural = verb.ends_with("ils") || verb.ends_with("elles") || plural_lead;
                    let body = plural.then(|| plural_body(input, si, outer.start, &kind)).flatten();
                    speaker = body.or_else(|| pronoun_speaker(input, &out, si, outer.start, feminine, &kind));
                } else {
                    speaker = tagged_speaker(input, &out, si, &outer, &mentions, &speaker_like, &kind);
                }
            }
            if speaker.is_none() && after_folded.starts_with(',') && !goes_on && !named_by {
                let tag_verb = after_folded.split([',', '.']).nth(1).and_then(|tag| tag.split_whitespace().next());
                let pronoun = tag_verb.is_some_and(|w| PRONOUN_SPEECH.iter().any(|p| w.ends_with(p)));
                if pronoun {
                    let feminine = tag_verb.and_then(pronoun_gender);
                    speaker = pronoun_speaker(input, &out, si, outer.start, feminine, &kind);
                } else {
                    speaker = tagged_speaker(input, &out, si, &outer, &mentions, &speaker_like, &kind);
                }
            }
            if let Some(voice) = voice_after {
                speaker = Some(voice);
            }
            // "Kim Jong Un a pour sa part réaffirmé que son pays appuierait
            // « ... », a poursuivi le conseiller": someone who relays words
            // another person is the subject of, and says, before them.
            if let Some(relayer) = speaker.clone().filter(|s| kind(s) == Some(EntityType::Person)) {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                let originator = mentions
                    .iter()
                    .filter(|m| m.span.end <= outer.start && kind(&m.entity) == Some(EntityType::Person))
                    .find(|m| !governed(input.folded, sentence.span.start, m))
                    .filter(|m| m.entity != relayer && fslice(input, sentence.span.start, m.span.start).len() <= 2)
                    .filter(|m| {
                        let rest = fslice(input, m.span.end, outer.start);
                        speech_at(rest).is_some_and(|v| {
                            rest[..v].split_whitespace().count() <= 4
                                && rest[v..]
                                    .split_whitespace()
                                    .nth(1)
                                    .is_some_and(|w| w == "que" || w.starts_with("qu'"))
                        })
                    });
                if let Some(o) = originator.filter(|_| !head.contains(['«', '“'])) {
                    speaker = Some(o.entity.clone());
                }
            }
            // "Kim, qui a promis que son pays soutiendrait « ... », a rapporté
            // l'agence KCNA", "X ..., qu'il a remercié pour sa « fermeté », a
            // indiqué la présidence": an agency or a body after the quotation
            // reports; the person the sentence is about, who speaks or acts
            // before it, said the words.
            if speaker.as_deref().is_some_and(|s| kind(s) != Some(EntityType::Person)) {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                // ("Le vice-ministre a averti ... que Séoul « », a fait savoir
                // le ministère": someone told of by a title opens it.)
                let titled_subject = {
                    let w: Vec<&str> = head
                        .split(|c: char| !c.is_alphanumeric() && c != '-')
                        .filter(|w| !w.is_empty())
                        .take(2)
                        .collect();
                    matches!(w[..], ["le" | "la" | "l", t] if lex.is_title(t))
                };
                let person_acts = (titled_subject
                    || mentions.iter().any(|m| {
                        m.span.end <= outer.start
                            && kind(&m.entity) == Some(EntityType::Person)
                            && !in_source_phrase(fslice(input, sentence.span.start, m.span.start))
                    }))
                    && lex.trigger_hits(head).into_iter().any(|(_, t)| {
                        // (Speech or thanks: not "X a présidé une cérémonie pour les
                        // soldats « ... », a rapporté l'agence", the agency's words.)
                        let t = &lex.triggers[t];
                        t.speech || matches!(t.event.as_str(), "Thanks" | "PledgeOfSupport")
                    });
                let media = speaker.as_deref().is_some_and(|s| kind(s) == Some(EntityType::Media));
                if (media && speech_at(head).is_some()) || person_acts {
                    speaker = None;
                }
            }
            // "« ... » : c'est la position qu'a rappelée X", "« ... », c'est ce
            // qu'a affirmé X", "telle est l'analyse de X": a cleft after the
            // quotation names its speaker.
            if speaker.is_none() {
                let tail = after_folded.trim_start().trim_start_matches([',', ':']).trim_start();
                let cleft = ["c'est ", "tel est ", "telle est "].iter().find_map(|c| tail.strip_prefix(c));
                let relative = cleft.is_some_and(|rest| {
                    rest.find(" qu'").or_else(|| rest.find(" que ")).is_some_and(|q| q <= 32)
                        || rest.split_whitespace().take(4).any(|w| matches!(w, "de" | "du" | "d'"))
                });
                if relative {
                    let named: Vec<&&Mention> = mentions
                        .iter()
                        .filter(|m| m.span.start >= outer.end && speaker_like(m))
                        .filter(|m| m.kind != crate::lexicon::MentionKind::Demonym)
                        .collect();
                    speaker = named.iter().min_by_key(|m| rank(kind(&m.entity))).map(|m| stand_in(lex, &m.entity));
                }
            }
            // A second quotation in a sentence goes on with the first one's
            // speaker ("«...», explique-t-elle, en jugeant que ... «...»").
            // (Not across "..., tandis que son homologue, Y, a jugé « ... »".)
            if speaker.is_none() {
                let previous = out.iter().rev().find(|q| q.sentence == si);
                let other_clause = previous.is_some_and(|q| {
                    let someone_else = |m: &&&Mention| {
                        m.span.start >= q.span.end
                            && m.span.end <= outer.start
                            && kind(&m.entity) == Some(EntityType::Person)
                            && q.speaker.as_deref() != Some(m.entity.as_str())
                    };
                    // ("», a balayé X, en référence aux propos de Y, qui avait
                    // lancé que ... « »": someone else, with a speech verb of
                    // their own.)
                    let own_verb = mentions.iter().filter(someone_else).any(|m| {
                        let rest = fslice(input, m.span.end, outer.start);
                        rest.starts_with(", qui ") && speech_at(rest).is_some()
                    });
                    // (After the cue, anyone who may speak: "tandis que le
                    // représentant chinois appelait « »", "tandis qu'à
                    // Washington, le département d'État a appelé « »"; not a
                    // place or a complement.)
                    const CUES: [&str; 6] =
                        [", tandis que", " tandis qu'", ", alors que", " alors qu'", ", mais ", "; "];
                    // ("Poutine a remercié son hôte pour « ... », et Kim a assuré
                    // que ... « »": a new subject with its own verb.)
                    let new_subject = mentions.iter().any(|m| {
                        m.span.start >= q.span.end
                            && m.span.end <= outer.start
                            && speaker_like(m)
                            && fslice(input, q.span.end, m.span.start).ends_with(", et ")
                            && speech_at(fslice(input, m.span.end, outer.start)).is_some_and(|v| {
                                let rest = fslice(input, m.span.end, outer.start);
                                rest[..v].split_whitespace().all(|w| {
                                    matches!(
                                        w,
                                        "a" | "ont"
                                            | "avait"
                                            | "avaient"
                                            | "aurait"
                                            | "lui"
                                            | "leur"
                                            | "pour"
                                            | "sa"
                                            | "part"
                                    )
                                })
                            })
                    });
                    // (Or a title with its verb: "..., et le dirigeant a assuré
                    // son visiteur que ... « »".)
                    let titled_subject = {
                        let between = fslice(input, q.span.end, outer.start);
                        between.rfind(", et ").is_some_and(|at| {
                            let w: Vec<&str> = between[at + 5..]
                                .split(|c: char| !c.is_alphanumeric() && c != '-')
                                .filter(|w| !w.is_empty())
                                .take(4)
                                .collect();
                            matches!(w.first(), Some(&("le" | "la" | "l")))
                                && w.get(1).is_some_and(|t| lex.is_title(t))
                                && speech_at(&between[at + 5..]).is_some()
                        })
                    };
                    // (Or the other one of a pair: "..., tandis que son hôte
                    // promettait « »".)
                    let other_one = {
                        let between = fslice(input, q.span.end, outer.start);
                        CUES.iter().any(|c| {
                            between.rfind(c).is_some_and(|at| {
                                OTHER.iter().any(|o| between[at + c.len()..].trim_start().starts_with(o))
                            })
                        })
                    };
                    own_verb
                        || new_subject
                        || titled_subject
                        || other_one
                        || mentions.iter().any(|m| {
                            m.span.start >= q.span.end
                                && m.span.end <= outer.start
                                && speaker_like(m)
                                && CUES.iter().any(|c| fslice(input, q.span.end, m.span.start).contains(c))
                                && !matches!(
                                    crate::text::governing_preposition(fslice(
                                        input,
                                        sentence.span.start,
                                        m.span.start
                                    )),
                                    Some("a" | "au" | "aux" | "en" | "dans" | "de" | "du" | "des" | "d")
                                )
                        })
                });
                if !other_clause {
                    speaker = previous.and_then(|q| q.speaker.clone());
                }
            }
            // "un message du président russe remerciant ... « ... »": the
            // author of the message, letter or statement speaks.
            if speaker.is_none() {
                speaker = mentions
                    .iter()
                    .filter(|m| m.span.end <= outer.start && kind(&m.entity) == Some(EntityType::Person))
                    .find(|m| {
                        let before = fslice(input, sentence.span.start, m.span.start);
                        let words: Vec<&str> = before
                            .split(|c: char| !c.is_alphanumeric())
                            .filter(|w| !w.is_empty())
                            .rev()
                            .take(5)
                            .collect();
                        // ("une lettre adressée la veille par X": its author.)
                        let reach = if words.first() == Some(&"par") { 5 } else { 3 };
                        matches!(words.first(), Some(&("du" | "de" | "d" | "par")) | Some(&("la" | "le" | "l")))
                            && words.iter().take(reach).any(|w| {
                                matches!(
                                    *w,
                                    "message"
                                        | "lettre"
                                        | "declaration"
                                        | "communique"
                                        | "discours"
                                        | "allocution"
                                        | "courrier"
                                        | "missive"
                                )
                            })
                    })
                    .map(|m| m.entity.clone());
            }
            // "Et d'ajouter : « ... »", "avant de conclure : « ... »": a speech
            // verb with no subject goes on with the last speaker; so does
            // "Puis, un peu plus tard : « ... »", "Puis, s'adressant aux
            // captifs : « ... »" when no one is named before the colon.
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                let head = head.trim_start_matches(|c: char| !c.is_alphanumeric());
                let then = ["puis", "ensuite", "plus tard", "et puis"]
                    .iter()
                    .any(|p| head.strip_prefix(p).is_some_and(|r| r.starts_with([',', ' '])))
                    && head.trim_end().ends_with(':')
                    // ("Puis, se tournant vers la délégation russe : « »": a
                    // demonym names no subject.)
                    && !mentions.iter().any(|m| {
                        m.span.end <= outer.start
                            && speaker_like(m)
                            && m.kind != crate::lexicon::MentionKind::Demonym
                            && !governed(input.folded, sentence.span.start, m)
                    });
                if then {
                    speaker = previous_speaker(input, &out, si, sentence.span.start, &kind);
                }
            }
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                let head = head.trim_start_matches(|c: char| !c.is_alphanumeric());
                let narrative = ["et d'", "et de ", "avant d'", "avant de ", "puis d'", "puis de "].iter().any(|p| {
                    head.starts_with(p)
                        && (speech_at(&head[p.len()..]).is_some_and(|at| at == 0)
                                // (any infinitive alone before the colon: "Avant de nuancer : « »")
                                || head[p.len()..].trim_end().strip_suffix(':').is_some_and(|v| {
                                    let v = v.trim();
                                    !v.contains(' ') && ["er", "ir", "re"].iter().any(|e| v.ends_with(e))
                                }))
                });
                if narrative {
                    speaker = previous_speaker(input, &out, si, sentence.span.start, &kind);
                }
            }
            // "une décision qualifiée par le ministère d'« un signal fort »": a
            // speech participle and "par" name who said it.
            if speaker.is_none() {
                let head_folded = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                if let Some(par) = head_folded.rfind(" par ") {
                    // ("un porte-parole du ministère, cité par l'agence KCNA, a
                    // dénoncé « »": the agency relays, the subject speaks.)
                    let said = head_folded[..par]
                        .split_whitespace()
                        .rev()
                        .find(|w| !crate::time::is_calendar_word(w))
                        .is_some_and(|w| {
                            (speech_at(w).is_some() || naming_participle(w))
                                && !matches!(w, "cite" | "citee" | "cites" | "citees")
                        });
                    if said {
                        let from = input.folded.to_original(
                            input.folded.from_original(sentence.span.start) + par
                                ..input.folded.from_original(sentence.span.start) + par + 5,
                            input.text,
                        );
                        // (Not when someone acts between: "Dans un discours rapporté
                        // par KCNA, le numéro un nord-coréen a ... « »".)
                        let someone_between = mentions.iter().any(|m| {
                            m.span.start > from.end
                                && m.span.end <= outer.start
                                && kind(&m.entity) == Some(EntityType::Person)
                        });
                        speaker = mentions
                            .iter()
                            .filter(|_| !someone_between)
                            .find(|m| m.span.start >= from.end && m.span.end <= outer.start && speaker_like(m))
                            .map(|m| stand_in(lex, &m.entity))
                            .or_else(|| {
                                let words: Vec<&str> = head_folded[par + 5..]
                                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                                    .filter(|w| !w.is_empty())
                                    .take(2)
                                    .collect();
                                anaphoric_source(input, &out, si, outer.start, &words, &kind)
                            });
                    }
                }
            }
            // "Il a appelé Moscou à « ... »": a pronoun subject is the person
            // told of before, whatever the sentence names before the quotation.
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start);
                // (Not when a relative hands the words to someone else: "Elle a
                // rapporté que X avait reçu une délégation, à laquelle il a
                // assuré que « »".)
                let handed = [" il ", " elle "].iter().filter_map(|p| head.rfind(p)).max().is_some_and(|at| {
                    let lead = head[..at].trim_end();
                    at > 0 && TO_WHOM.iter().any(|r| lead.ends_with(r))
                });
                // ("Selon le ministère, il lui a signifié que Séoul « »": past a
                // source or a time that names no one.)
                let opening = head
                    .find(", ")
                    .filter(|&c| c <= 60 && ["selon ", "d'apres ", "de source "].iter().any(|p| head.starts_with(p)))
                    .filter(|&c| {
                        let base = input.folded.from_original(sentence.span.start);
                        let comma = input.folded.to_original(base + c..base + c + 1, input.text).start;
                        !mentions.iter().any(|m| m.span.end <= comma && kind(&m.entity) == Some(EntityType::Person))
                    })
                    .map_or(0, |c| c + 2);
                let subject = &head[opening..];
                if (subject.starts_with("il ") || subject.starts_with("elle ")) && !impersonal(subject) && !handed {
                    let feminine = Some(subject.starts_with("elle "));
                    speaker = pronoun_speaker(input, &out, si, sentence.span.start, feminine, &kind);
                } else if let [a, b, ..] = subject
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| !w.is_empty())
                    .take(2)
                    .collect::<Vec<_>>()[..]
                {
                    // "Celle-ci a ensuite promis « ... »", "Ce dernier juge « ... »"
                    // (unless a person is named before the quotation: "Celui-ci
                    // s'est tenu jeudi : sa présidente, X, a exhorté « ... »").
                    let named = mentions
                        .iter()
                        .any(|m| m.span.end <= outer.start && kind(&m.entity) == Some(EntityType::Person));
                    // ("Cette experte invite à relativiser : « ... »": a
                    // demonstrative and a title point back too.)
                    let titled_back = matches!(a, "ce" | "cet" | "cette") && lex.is_title(b);
                    if (demonstrative(a, b) || titled_back) && !named {
                        let feminine = Some(matches!(a, "celle-ci" | "cette"));
                        // ("Celle-ci a ajouté ...", after words given to a body by
                        // an unnamed spokeswoman: that body speaks on.)
                        speaker = last_person(input, &out, si, sentence.span.start, feminine, &kind).or_else(|| {
                            out.iter()
                                .rev()
                                .find(|q| q.sentence + 1 >= si && q.speaker.is_some())
                                .and_then(|q| q.speaker.clone())
                        });
                    }
                }
            }
            // "Selon lui, ... « ... »", "D'après le rapport, ...", "Pour X,
            // chercheuse à ..., ... « ... »": a source phrase opening the
            // sentence names the speaker, or points back to one.
            // ("...n'en faisaient pas partie : selon le ministère, leur
            // transfert reste « ... »": the clause after a colon opens too.)
            if speaker.is_none() {
                let whole = &input.text[sentence.span.start..outer.start.max(sentence.span.start)];
                // (Not when the quotation follows the colon: "Selon elle, X
                // attend ... : « ... »".)
                let after_colon = |c: &usize| whole[c + 1..].split_whitespace().count() >= 3;
                let from = sentence.span.start + whole.rfind([':', ';']).filter(after_colon).map_or(0, |c| c + 1);
                let from = from
                    + (input.text[from..outer.start.max(from)].len()
                        - input.text[from..outer.start.max(from)].trim_start().len());
                let head = &input.text[from..outer.start.max(from)];
                let head_folded = fold(head);
                // ("Aux yeux de celle-ci, ...", "Aux yeux du diplomate russe, ...".)
                let opener = ["selon ", "d'apres ", "pour ", "aux yeux de ", "aux yeux d'", "aux yeux du "]
                    .into_iter()
                    .find(|o| head_folded.starts_with(o));
                // A speech verb after the phrase has a subject of its own
                // ("Selon KCNA, le dirigeant a assuré « ... »").
                // ... or any act of a person named after it ("Selon un communiqué
                // du Kremlin, le président russe a adressé un message ... « »").
                let own_verb = head.find(',').is_some_and(|c| {
                    let rest = fslice(input, from + c, outer.start.max(from));
                    // "Selon KCNA, qui ..., le dirigeant a ..." : a title acts too.
                    // (Not a title a preposition governs: "Pour X, ..., la
                    // visite de la ministre « ... »".)
                    let titled_subject = std::iter::once("")
                        .chain(rest.split(|ch: char| !ch.is_alphanumeric() && ch != '-').filter(|w| !w.is_empty()))
                        .collect::<Vec<_>>()
                        .windows(3)
                        .any(|p| {
                            !matches!(p[0], "de" | "du" | "a" | "par" | "pour" | "avec" | "devant" | "aupres" | "sur")
                                && matches!(p[1], "le" | "la" | "l")
                                && lex.is_title(p[2])
                        });
                    // (A speech verb, not a noun after its determiner: "la
                    // concomitance de ces annonces n'a rien d'un hasard : « »" is
                    // still the opener's.)
                    // (And a verb with someone as its subject: not "cette visite
                    // confirme que « »", still the opener's.)
                    let someone = |upto: usize| {
                        let words: Vec<&str> = rest[..upto]
                            .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
                            .filter(|w| !w.is_empty())
                            .collect();
                        titled_subject
                            || words.iter().any(|w| matches!(*w, "il" | "elle" | "ils" | "elles" | "on"))
                            || mentions.iter().any(|m| {
                                m.span.start >= from + c
                                    && fslice(input, from + c, m.span.end).len() <= upto
                                    && speaker_like(m)
                                    && m.kind != crate::lexicon::MentionKind::Demonym
                            })
                    };
                    lex.trigger_hits(rest).into_iter().any(|(at, t)| {
                        // ("..., l'annonce n'a rien d'un hasard : « »": an elided
                        // determiner before a noun.)
                        let elided = rest[..at.start].ends_with("l'") || rest[..at.start].ends_with("d'");
                        lex.triggers[t].speech
                            && !elided
                            && !rest[..at.start].split_whitespace().next_back().is_some_and(|w| {
                                matches!(
                                    w,
                                    "le" | "la"
                                        | "les"
                                        | "ces"
                                        | "des"
                                        | "de"
                                        | "du"
                                        | "un"
                                        | "une"
                                        | "ses"
                                        | "leurs"
                                        | "sa"
                                        | "son"
                                        | "cette"
                                        | "ce"
                                )
                            })
                            && someone(at.start)
                    }) || (!lex.trigger_hits(rest).is_empty()
                        && (titled_subject
                            || mentions.iter().any(|m| {
                                // (Not someone a preposition governs: "Pour X,
                                // ..., la visite de Mme Choe « ... »".)
                                m.span.start >= from + c
                                    && m.span.end <= outer.start
                                    && kind(&m.entity) == Some(EntityType::Person)
                                    && !governed(input.folded, sentence.span.start, m)
                            })))
                });
                if let (Some(opener), Some(comma), false) = (opener, head.find(','), own_verb) {
                    // "Selon le conseiller du Kremlin, Iouri Ouchakov, ...": a
                    // name in apposition belongs to the phrase.
                    let comma_at = from + comma;
                    let end = mentions
                        .iter()
                        .find(|m| {
                            m.span.start > comma_at
                                && m.span.start <= comma_at + 2
                                && kind(&m.entity) == Some(EntityType::Person)
                        })
                        .map_or(comma_at, |m| m.span.end);
                    let phrase = from..end;
                    // "Pour la Russie, l'enjeu est ...": a country after "pour"
                    // is what is at stake, not who speaks.
                    let person_only = opener == "pour ";
                    // "Pour cette politologue qui ..., « ... »": a demonstrative
                    // and a title point back to the person told of.
                    let pointing = {
                        let w: Vec<&str> = head_folded[opener.len()..]
                            .split(|c: char| !c.is_alphanumeric() && c != '-')
                            .filter(|w| !w.is_empty())
                            .take(2)
                            .collect();
                        // (A definite article only when the phrase names no one:
                        // "Selon la diplomate, ...", not "Selon le conseiller du
                        // Kremlin, Iouri Ouchakov, ..." or "Selon le président russe".)
                        let named = mentions.iter().any(|m| {
                            m.span.start >= phrase.start
                                && m.span.end <= phrase.end
                                && speaker_like(m)
                                && m.kind != crate::lexicon::MentionKind::Demonym
                        });
                        (matches!(w.first(), Some(&("ce" | "cet" | "cette")))
                            && w.get(1).is_some_and(|t| lex.is_title(t)))
                            || (!named
                                && matches!(w.first(), Some(&("la" | "le" | "l" | "du")))
                                && w.get(1).is_some_and(|t| lex.is_title(t)))
                            || (!named && opener == "aux yeux du " && w.first().is_some_and(|t| lex.is_title(t)))
                            || (w.len() == 2 && demonstrative(w[0], w[1]))
                            || w.first().is_some_and(|a| demonstrative(a, ""))
                    };
                    // ("Selon ce chercheur", "Pour ce dernier": the last one named.)
                    if pointing {
                        let rest = &head_folded[opener.len()..];
                        let feminine = ["cette", "celle-ci", "la "].iter().any(|w| rest.starts_with(w));
                        speaker = last_person(input, &out, si, from, Some(feminine), &kind)
                            .or_else(|| previous_speaker(input, &out, si, from, &kind));
                    }
                    if speaker.is_none() {
                        speaker = mentions
                            .iter()
                            .filter(|m| m.span.start >= phrase.start && m.span.end <= phrase.end && speaker_like(m))
                            .filter(|m| {
                                !person_only
                                    || matches!(
                                        kind(&m.entity),
                                        Some(EntityType::Person | EntityType::Organization | EntityType::Media)
                                    )
                            })
                            .min_by_key(|m| rank(kind(&m.entity)))
                            .map(|m| stand_in(lex, &m.entity));
                    }
                    // ("Pour lui, ces deux hommes « ... »": the one who spoke.)
                    if speaker.is_none() && person_only {
                        let w = head_folded[opener.len()..].split([',', ' ']).next().unwrap_or("");
                        if matches!(w, "lui" | "elle") {
                            speaker = previous_speaker(input, &out, si, from, &kind);
                        }
                    }
                    if speaker.is_none() && !person_only {
                        let words: Vec<&str> = head_folded[opener.len()..]
                            .split(',')
                            .next()
                            .unwrap_or("")
                            .split(|c: char| !c.is_alphanumeric())
                            .filter(|w| !w.is_empty())
                            .collect();
                        speaker = anaphoric_source(input, &out, si, outer.start, &words, &kind);
                    }
                }
            }
            // "Les deux hommes ont discuté, selon la même source, « ... »":
            // the source told just before.
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                // (Not when one person opens the sentence as its subject: "La
                // ministre a jugé, selon la même source, que ... « »" is hers.)
                let w: Vec<&str> =
                    head.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).take(2).collect();
                let one_titled =
                    matches!(w.first(), Some(&("le" | "la" | "l"))) && w.get(1).is_some_and(|t| lex.is_title(t));
                let one_named = mentions.iter().find(|m| m.sentence == si).is_some_and(|m| {
                    kind(&m.entity) == Some(EntityType::Person)
                        && fslice(input, sentence.span.start, m.span.start).split_whitespace().count() <= 2
                });
                if ["selon la meme source", "de meme source", "d'apres la meme source"].iter().any(|p| head.contains(p))
                    && !one_titled
                    && !one_named
                {
                    // (A body a source phrase named first, else the last medium.)
                    let told =
                        || input.mentions.iter().rev().filter(|m| m.span.end <= outer.start && m.sentence + 3 >= si);
                    speaker = told()
                        .filter(|m| matches!(kind(&m.entity), Some(EntityType::Media | EntityType::Organization)))
                        .find(|m| {
                            let prefix = fslice(input, input.sentences[m.sentence].span.start, m.span.start);
                            in_source_phrase(prefix)
                        })
                        .or_else(|| told().find(|m| kind(&m.entity) == Some(EntityType::Media)))
                        .map(|m| m.entity.clone());
                }
            }
            // "Les deux ministres ont réaffirmé « ... », a rapporté le
            // ministère", "Les deux hommes ont évoqué, selon l'agence KCNA,
            // « ... »": words two people say together are the source's that
            // tells them.
            if speaker.is_none() {
                speaker = joint_source(input, sentence, &outer, &mentions, &speaker_like, &kind);
            }
            // "Un éditorial du Rodong Sinmun s'en prenait aux « ... »", "Un
            // communiqué de l'état-major dénonce « ... »": a document whose
            // issuer is named right after it speaks for that issuer.
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                let words: Vec<&str> =
                    head.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).take(3).collect();
                let issued = matches!(words.first(), Some(&("un" | "une" | "le" | "la" | "l" | "ce" | "cette")))
                    && words.get(1).is_some_and(|w| {
                        matches!(
                            *w,
                            "editorial" | "communique" | "rapport" | "texte" | "declaration" | "note" | "article"
                        )
                    })
                    && matches!(words.get(2), Some(&("du" | "de" | "des" | "d")));
                if issued {
                    let base = input.folded.from_original(sentence.span.start);
                    let noun_end = head.find(words[1]).map_or(0, |i| i + words[1].len());
                    let from = input.folded.to_original(base + noun_end..base + noun_end + 1, input.text).start;
                    speaker = mentions
                        .iter()
                        .find(|m| m.span.start >= from && m.span.start <= from + 12 && speaker_like(m))
                        .filter(|m| {
                            matches!(
                                kind(&m.entity),
                                Some(EntityType::Organization | EntityType::Media | EntityType::Person)
                            )
                        })
                        .map(|m| stand_in(lex, &m.entity));
                }
            }
            // "Le document fait état d'« ... »", "Le texte salue ...": a
            // document as subject speaks for whoever issued it.
            if speaker.is_none() {
                let whole = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                // ("Dans son bulletin du matin, l'état-major a affirmé « »": past
                // a phrase that sets the scene.)
                let lead = ["dans ", "lors ", "a l'issue ", "au cours ", "apres ", "en fin ", "en debut "]
                    .iter()
                    .any(|p| whole.starts_with(p))
                    .then(|| whole.find(", ").filter(|&c| c <= 80).map(|c| c + 2))
                    .flatten()
                    .unwrap_or(0);
                let head = &whole[lead..];
                let words: Vec<&str> =
                    head.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).take(2).collect();
                // (A document only: "L'agence KCNA a rapporté que X avait
                // assuré « »" is read through its speech verbs below.)
                let document = words.get(1).is_some_and(|w| {
                    matches!(
                        *w,
                        "communique" | "rapport" | "document" | "texte" | "declaration" | "message" | "bilan" | "note"
                    )
                });
                // ("Ses auteurs évoquent « ... »": those who wrote the report;
                // "Le ministère évoque « ... »": the ministry told of before,
                // unless the phrase names it.)
                let authors = matches!(words[..], ["les" | "ses" | "leurs", "auteurs"]);
                // (Not "Le ministère sud-coréen des Affaires étrangères a dit": a
                // body the phrase goes on to name.)
                let third = head.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).nth(2);
                let body = matches!(
                    words[..],
                    [
                        "le" | "l",
                        "ministere"
                            | "etat-major"
                            | "gouvernement"
                            | "parquet"
                            | "service"
                            | "renseignement"
                            | "agence"
                    ]
                ) && third
                    .is_some_and(|t| !matches!(t, "de" | "des" | "du" | "d") && lex.demonym(t).is_none())
                    && !mentions.iter().any(|m| {
                        m.span.start < outer.start
                            && fslice(input, sentence.span.start, m.span.start)
                                .get(lead..)
                                .is_some_and(|h| h.split_whitespace().count() <= 1)
                            && speaker_like(m)
                    });
                // ("Le communiqué cite aussi le dirigeant : « »": the one it cites.)
                let cited = document
                    .then(|| head.find(" cite ").map(|i| i + 1))
                    .flatten()
                    .and_then(|at| {
                        let base = input.folded.from_original(sentence.span.start) + lead;
                        let from = input.folded.to_original(base + at..base + at + 1, input.text).start;
                        mentions.iter().find(|m| m.span.start > from && m.span.end <= outer.start && speaker_like(m))
                    })
                    .map(|m| stand_in(lex, &m.entity));
                if cited.is_some() {
                    speaker = cited;
                } else if (matches!(words.first(), Some(&("le" | "la" | "l" | "ce" | "cette")))
                    && words.len() == 2
                    && document)
                    || authors
                    || body
                {
                    speaker = anaphoric_source(input, &out, si, outer.start, &words, &kind);
                }
            }
            // Before the quote: "X a déclaré : «…»", "X a affirmé que … «…»".
            // The speech verb's subject speaks, not a name in the clause it
            // governs ("Le dirigeant a réaffirmé que Pyongyang soutiendrait
            // « ... »": a title with no name is the person told of before).
            // (Not past "..., tandis que son hôte promettait « »": the other
            // one of a pair, which a later stage finds.)
            let other_one = {
                let before_folded = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                ["tandis que ", "alors que ", ", mais "].iter().any(|c| {
                    before_folded.rfind(c).is_some_and(|at| {
                        OTHER.iter().any(|o| before_folded[at + c.len()..].starts_with(o))
                            && unnamed_after(input, &mentions, sentence.span.start, at, outer.start)
                    })
                })
            };
            // "Et elle consacre, juge-t-il, le rôle des soldats : « »": an
            // incise with a pronoun inside the sentence before the quotation.
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                let incise = head.match_indices(", ").find_map(|(i, _)| {
                    let word = head[i + 2..].split([',', ' ']).next()?;
                    let after = &head[i + 2 + word.len()..];
                    (after.starts_with(", ") && PRONOUN_SPEECH.iter().any(|p| word.ends_with(p)) && word.len() > 6)
                        .then(|| pronoun_gender(word))
                });
                if let Some(feminine) = incise {
                    speaker = pronoun_speaker(input, &out, si, sentence.span.start, feminine, &kind);
                }
            }
            if speaker.is_none() && !other_one {
                let before = &input.text[sentence.span.start..outer.start.max(sentence.span.start)];
                let before_folded = fold(before);
                if let Some(verb_at) = speech_at(&before_folded) {
                    let subject_of = |m: &Mention| {
                        input.folded.from_original(m.span.start) - input.folded.from_original(sentence.span.start)
                            < verb_at
                    };
                    let subjects: Vec<&&Mention> = mentions
                        .iter()
                        .filter(|m| subject_of(m) && speaker_like(m) && !governed(input.folded, sentence.span.start, m))
                        .filter(|m| !in_source_phrase(fslice(input, sentence.span.start, m.span.start)))
                        .collect();
                    let subject_words = &before_folded[..verb_at];
                    // "Des officiers ont été déployés, a affirmé la GUR, qui y
                    // voit « ... »": a speech verb right after a comma is an
                    // incise whose subject follows it.
                    let bare_verb = subject_words.trim_end();
                    let bare_verb = ["a", "ont", "avait", "avaient", "aurait", "auraient"]
                        .iter()
                        .find_map(|aux| bare_verb.strip_suffix(aux).filter(|b| b.ends_with(' ')))
                        .unwrap_or(bare_verb);
                    // "le porte-parole, Guo Jiakun, a répondu": a name in
                    // apposition before the comma is the subject.
                    let comma_after_name = mentions
                        .iter()
                        .filter(|m| subject_of(m) && speaker_like(m) && !governed(input.folded, sentence.span.start, m))
                        .any(|m| {
                            let end = input.folded.from_original(m.span.end)
                                - input.folded.from_original(sentence.span.start);
                            bare_verb.get(end..).is_some_and(|gap| gap.trim_matches([' ', ')']) == ",")
                        });
                    // (Not a verb followed by "que": "L'ancienne diplomate, qui fut
                    // en poste à Séoul, estime que Moscou « ... »".)
                    let verb_then_que = before_folded[verb_at..]
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .nth(1)
                        .is_some_and(|w| matches!(w, "que" | "qu"));
                    let incise = bare_verb.trim_end().ends_with(',') && !comma_after_name && !verb_then_que;
                    let after_verb: Vec<&&Mention> = mentions
                        .iter()
                        .filter(|m| !subject_of(m) && m.span.end <= outer.start && speaker_like(m))
                        .filter(|m| !governed(input.folded, sentence.span.start, m))
                        .collect();
                    // The last speech verb before the quotation: "X, qui a
                    // promis que ... « »" speaks through its antecedent; "elle
                    // a répondu : « »" is the person told of before.
                    let last_verb_at = lex
                        .trigger_hits(&before_folded)
                        .into_iter()
                        .filter(|(_, t)| lex.triggers[*t].speech)
                        .map(|(s, _)| s.start)
                        .next_back()
                        .unwrap_or(verb_at);
                    let lead: Vec<&str> = before_folded[..last_verb_at]
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .rev()
                        .take(6)
                        .collect();
                    let aux = |w: &str| {
                        matches!(
                            w,
                            "a" | "avait"
                                | "aurait"
                                | "ont"
                                | "avaient"
                                | "auraient"
                                | "lui"
                                | "leur"
                                | "l"
                                | "les"
                                | "ne"
                                | "n"
                                | "s"
                                | "se"
                                | "est"
                        )
                    };
                    // ("Mme Choe a, quant à elle, réaffirmé": the aside is no subject.)
                    let aside = matches!(lead[..], [_, "a", "quant", ..]);
                    // ("La représentante des États-Unis a, elle, dénoncé": a
                    // stressed pronoun between commas repeats the subject.)
                    let stressed = [", elle,", ", lui,", ", eux,", ", elles,"]
                        .iter()
                        .any(|p| before_folded[..last_verb_at].trim_end().ends_with(p));
                    let skip = if aside {
                        3
                    } else if stressed {
                        1
                    } else {
                        0
                    };
                    let subject_word = lead.iter().skip(skip).find(|w| !aux(w)).copied();
                    let relative_of = (subject_word == Some("qui"))
                        .then(|| {
                            let qui = input.folded.to_original(
                                input.folded.from_original(sentence.span.start)
                                    ..input.folded.from_original(sentence.span.start)
                                        + before_folded[..last_verb_at].rfind("qui").unwrap_or(0),
                                input.text,
                            );
                            let before_qui: Vec<&&Mention> =
                                mentions.iter().filter(|m| m.span.end <= qui.end && speaker_like(m)).collect();
                            let last = before_qui.iter().rposition(|m| {
                                input.text[m.span.end..qui.end].trim_matches([' ', ',', ')']).is_empty()
                            })?;
                            // "la Direction (GUR) du ministère ..., qui": the
                            // head of the phrase, not its complement.
                            let mut at = last;
                            while at > 0
                                && matches!(
                                    crate::text::governing_preposition(fslice(
                                        input,
                                        sentence.span.start,
                                        before_qui[at].span.start
                                    )),
                                    Some("de" | "du" | "des" | "d")
                                )
                                && before_qui[at].span.start <= before_qui[at - 1].span.end + 40
                                // (Right after the head: not "X a rejeté les
                                // propos de Y, qui ...".)
                                && input.text[before_qui[at - 1].span.end..before_qui[at].span.start]
                                    .split_whitespace()
                                    .count()
                                    <= 3
                            {
                                at -= 1;
                            }
                            Some(stand_in(lex, &before_qui[at].entity))
                        })
                        .flatten()
                        .or_else(|| {
                            let qui = before_folded[..last_verb_at].rfind("qui")?;
                            let noun = official_noun(lex, before_folded[..qui].trim_end().trim_end_matches(','))?;
                            (subject_word == Some("qui"))
                                .then(|| anaphoric_source(input, &out, si, outer.start, &["le", noun], &kind))
                                .flatten()
                        });
                    // "X a estimé que ..., tandis que son homologue, Y, a jugé
                    // que ... « ... »": the subject of the last speech verb's
                    // own clause.
                    let to_original = |folded_at: usize| {
                        let base = input.folded.from_original(sentence.span.start);
                        input.folded.to_original(base..base + folded_at, input.text).end
                    };
                    // (" que " opens the speaker's own clause only when no speech
                    // verb comes before it: "une contribution que le président juge
                    // « »", not "X a répondu que Moscou ne commentait « »".)
                    let cues = if last_verb_at == verb_at { CLAUSE_CUES } else { &CLAUSE_CUES[..9] };
                    let clause_from =
                        cues.iter().filter_map(|c| before_folded[..last_verb_at].rfind(c).map(|i| i + c.len())).max();
                    let own_subject = clause_from.and_then(|from| {
                        let (from, to) = (to_original(from), to_original(last_verb_at));
                        let inside: Vec<&&Mention> = mentions
                            .iter()
                            .filter(|m| m.span.start >= from && m.span.end <= to && speaker_like(m))
                            .filter(|m| !governed(input.folded, sentence.span.start, m))
                            .collect();
                        inside.iter().min_by_key(|m| rank(kind(&m.entity))).map(|m| stand_in(lex, &m.entity))
                    });
                    // (A pronoun or a relative right before the verb is its
                    // subject: "..., que Donald Trump appelle de ses vœux, elle
                    // n'y voit pas ... : « »".)
                    let pronoun_subject = matches!(subject_word, Some("il" | "elle" | "ils" | "elles" | "qui"));
                    // "... a rapporté que Kim Jong Un avait assuré à son
                    // interlocuteur que ... « »": a person right before the last
                    // speech verb (auxiliaries between) says it; so does a body
                    // or an agency ("Lorsque X avait admis ..., l'agence KCNA
                    // avait assuré que « »").
                    let adjacent = mentions
                        .iter()
                        .filter(|m| {
                            matches!(
                                kind(&m.entity),
                                Some(EntityType::Person | EntityType::Organization | EntityType::Media)
                            ) && !governed(input.folded, sentence.span.start, m)
                        })
                        .find(|m| {
                            let end = input.folded.from_original(m.span.end)
                                - input.folded.from_original(sentence.span.start);
                            end <= last_verb_at
                                && before_folded[end..last_verb_at].split_whitespace().all(|w| {
                                    matches!(
                                        w,
                                        "a" | "avait"
                                            | "aurait"
                                            | "ont"
                                            | "avaient"
                                            | "lui"
                                            | "leur"
                                            | "s'est"
                                            | "a-t-il"
                                    )
                                })
                        })
                        .map(|m| stand_in(lex, &m.entity));
                    if let Some(s) = adjacent {
                        speaker = Some(s);
                    } else if let Some(s) = own_subject.filter(|_| !pronoun_subject) {
                        speaker = Some(s);
                    } else if let Some(antecedent) = relative_of {
                        speaker = Some(antecedent);
                    } else if matches!(subject_word, Some("ils" | "elles")) {
                        // "qu'ils jugent « ... »": the plural subject the sentence opened on.
                        // ("Dans un communiqué, elles ont affirmé « ... »": the
                        // body or force told of just before.)
                        speaker = plural_subject(input, sentence, &outer, &mentions, &speaker_like, &kind)
                            .or_else(|| plural_body(input, si, outer.start, &kind));
                    } else if matches!(subject_word, Some("il" | "elle")) {
                        let feminine = Some(subject_word == Some("elle"));
                        // "Quant à X, il a estimé ...": a person set out before
                        // the pronoun is the one it stands for.
                        let dislocated = mentions
                            .iter()
                            .filter(|m| m.span.end <= outer.start && kind(&m.entity) == Some(EntityType::Person))
                            .find(|m| {
                                let gap = fslice(input, m.span.end, (m.span.end + 8).min(sentence.span.end));
                                let lead = fslice(input, sentence.span.start, m.span.start).trim_end();
                                let quant = lead.rfind("quant a").is_some_and(|q| lead[q..].matches(',').count() <= 1);
                                // ("Quant au président, X, en déplacement à Ottawa,
                                // il a plaidé": an apposition between, with no one
                                // else named in it.)
                                // (Not someone in a relative: "Quant à un cessez-le-feu,
                                // que X appelle de ses vœux, elle n'y voit ...".)
                                let relative = lead.rfind("quant a").is_some_and(|q| {
                                    [" que ", " qu'", " qui ", " dont "].iter().any(|r| lead[q..].contains(r))
                                        || lead.ends_with(" que")
                                });
                                let set_out = quant && !relative && {
                                    let rest = fslice(input, m.span.end, outer.start);
                                    [", il ", ", elle "].iter().filter_map(|p| rest.find(p)).min().is_some_and(|p| {
                                        rest[..p].matches(',').count() <= 2
                                            && !mentions.iter().any(|o| {
                                                o.span.start >= m.span.end
                                                    && o.span.start < m.span.end + p
                                                    && kind(&o.entity) == Some(EntityType::Person)
                                                    && o.entity != m.entity
                                            })
                                    })
                                };
                                ((gap.starts_with(", il ") || gap.starts_with(", elle ")) && (quant || lead.is_empty())
                                    // ("Quant à l'ambassadeur ukrainien, X, il a jugé".)
                                    || set_out)
                                    && is_feminine(input, &m.entity) != feminine.map(|f| !f)
                            })
                            .map(|m| m.entity.clone());
                        // ("reçue par X, à qui elle a promis que ... « »": after a
                        // relative that points to someone else, the pronoun is
                        // the sentence's subject, of its gender.)
                        let pronoun_at =
                            before_folded[..last_verb_at].rfind(if feminine == Some(true) { " elle " } else { " il " });
                        let after_relative = pronoun_at.is_some_and(|at| {
                            let lead = before_folded[..at].trim_end();
                            // ("X s'était rendu dans un poste de commandement, où
                            // il avait exigé « »".)
                            TO_WHOM.iter().chain(&[", ou"]).any(|r| lead.ends_with(r))
                        });
                        let subject = after_relative
                            .then(|| {
                                mentions
                                    .iter()
                                    .filter(|m| {
                                        m.span.end <= outer.start && kind(&m.entity) == Some(EntityType::Person)
                                    })
                                    .filter(|m| !governed(input.folded, sentence.span.start, m))
                                    // (The subject, before any agent: not "il a été
                                    // reçu par le ministre, X, avec lequel il ...".)
                                    .filter(|m| !fslice(input, sentence.span.start, m.span.start).contains(" par "))
                                    .find(|m| is_feminine(input, &m.entity) != feminine.map(|f| !f))
                                    .map(|m| m.entity.clone())
                            })
                            .flatten();
                        // ("X a balayé ce qu'il a appelé « »", "X a assuré qu'elle
                        // jugeait « »": the elided pronoun is the person the
                        // sentence opens on.)
                        let elided = before_folded[..last_verb_at]
                            .rfind(if feminine == Some(true) { "qu'elle " } else { "qu'il " })
                            .and_then(|at| {
                                let at = to_original(at);
                                mentions
                                    .iter()
                                    .filter(|m| m.span.end <= at && kind(&m.entity) == Some(EntityType::Person))
                                    .filter(|m| !governed(input.folded, sentence.span.start, m))
                                    .filter(|m| !in_source_phrase(fslice(input, sentence.span.start, m.span.start)))
                                    .find(|m| is_feminine(input, &m.entity) != feminine.map(|f| !f))
                                    .map(|m| m.entity.clone())
                            });
                        // ("L'état-major ukrainien n'a pas confirmé ..., mais il a
                        // reconnu un « »": a pronoun after a joined clause is the
                        // body the sentence opens on.)
                        let pronoun = if feminine == Some(true) { "elle" } else { "il" };
                        let joined = [", mais ", ", et ", "; "]
                            .iter()
                            .any(|j| before_folded[..last_verb_at].contains(&format!("{j}{pronoun} ")));
                        let same_subject = || joined.then(|| opening_subject(input, si, &out, &kind)).flatten();
                        speaker = dislocated
                            .or(subject)
                            .or(elided)
                            .or_else(same_subject)
                            .or_else(|| pronoun_speaker(input, &out, si, sentence.span.start, feminine, &kind));
                    } else if incise && !after_verb.is_empty() {
                        speaker =
                            after_verb.iter().min_by_key(|m| rank(kind(&m.entity))).map(|m| stand_in(lex, &m.entity));
                    } else if let Some(body) = subjects.is_empty().then(|| unnamed_for(lex, subject_words)).flatten() {
                        // "un porte-parole du ministère ... a dénoncé « »": someone
                        // not named speaks for the body named with them.
                        speaker = mentions
                            .iter()
                            .filter(|m| subject_of(m) && m.span.start >= to_original(body))
                            .filter(|m| matches!(kind(&m.entity), Some(EntityType::Organization | EntityType::Media)))
                            .filter(|m| !in_source_phrase(fslice(input, sentence.span.start, m.span.start)))
                            .min_by_key(|m| rank(kind(&m.entity)))
                            .map(|m| stand_in(lex, &m.entity));
                    } else if subjects.is_empty()
                        && (subject_words
                            .split(|c: char| !c.is_alphanumeric() && c != '-')
                            .filter(|w| !w.is_empty())
                            .take(4)
                            .any(|w| input.lexicon.is_title(w))
                            // "..., le chef du renseignement a jugé": the title
                            // right before the verb.
                            || subject_words
                                .split(|c: char| !c.is_alphanumeric() && c != '-')
                                .filter(|w| !w.is_empty())
                                .rev()
                                .take(5)
                                .any(|w| input.lexicon.is_title(w)))
                    {
                        let title = subject_words
                            .split(|c: char| !c.is_alphanumeric() && c != '-')
                            .filter(|w| !w.is_empty())
                            .rev()
                            .take(5)
                            .find(|w| input.lexicon.is_title(w));
                        // ("La porte-parole du ministère de l'Unification a estimé
                        // « »": an unnamed official speaks for the body named
                        // right after the title.)
                        // ("la représentante des États-Unis a dénoncé « »": an
                        // envoy speaks for the country.)
                        let envoy =
                            |w: &&str| matches!(*w, "representant" | "representante" | "ambassadeur" | "ambassadrice");
                        let of_body = mentions
                            .iter()
                            .filter(|m| subject_of(m))
                            .filter(|m| {
                                matches!(
                                    kind(&m.entity),
                                    Some(EntityType::Organization | EntityType::Media | EntityType::Country)
                                )
                            })
                            .find(|m| {
                                let lead: Vec<&str> = fslice(input, sentence.span.start, m.span.start)
                                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                                    .filter(|w| !w.is_empty())
                                    .rev()
                                    // ("le représentant adjoint de la Russie".)
                                    .take(4)
                                    .collect();
                                let country = kind(&m.entity) == Some(EntityType::Country);
                                matches!(lead.first(), Some(&("du" | "de" | "des" | "la" | "l")))
                                    && lead.iter().skip(1).any(|w| {
                                        if country {
                                            envoy(w)
                                        } else {
                                            input.lexicon.is_title(w)
                                        }
                                    })
                            })
                            .map(|m| stand_in(lex, &m.entity));
                        // ("Son directeur adjoint a précisé que « »", "À l'issue de
                        // la réunion, son porte-parole a indiqué « »": the one the
                        // sentence before was about.)
                        // (Not "son homologue", "son collègue": someone else.)
                        let relational =
                            |t: &str| matches!(t, "homologue" | "collegue" | "successeur" | "predecesseur");
                        let possessed = title.filter(|t| !relational(t)).is_some_and(|t| {
                            let w: Vec<&str> = subject_words
                                .split(|c: char| !c.is_alphanumeric() && c != '-')
                                .filter(|w| !w.is_empty())
                                .collect();
                            w.iter().position(|x| *x == t).is_some_and(|at| {
                                w[at.saturating_sub(2)..at].iter().any(|p| matches!(*p, "son" | "sa"))
                            })
                        });
                        let possessor = possessed.then(|| possessor(input, si)).flatten();
                        speaker = of_body
                            .or(possessor)
                            .or_else(|| counterpart(input, sentence.span.start, to_original(verb_at)))
                            .or_else(|| title.and_then(|t| titled(input, t, sentence.span.start)))
                            .or_else(|| previous_speaker(input, &out, si, sentence.span.start, &kind));
                    } else if let Some(m) = {
                        // The subject is the last name before the clause's first
                        // verb ("X, ..., a convoqué l'ambassadeur Y pour exiger « »";
                        // "Dans une lettre adressée au président Y, X écrit : « »").
                        // (Read on the original text: a folded "à" is "a" too.)
                        let verb_orig = {
                            let base = input.folded.from_original(sentence.span.start);
                            input.folded.to_original(base..base + verb_at, input.text).end
                        };
                        let original = &input.text[sentence.span.start..verb_orig.max(sentence.span.start)];
                        let aux_at = [" a ", " ont ", " avait ", " avaient ", " est ", " sont ", " s'est ", " aurait "]
                            .iter()
                            .filter_map(|a| original.find(a))
                            .min();
                        let rel = |m: &Mention| m.span.start - sentence.span.start;
                        let before_verb: Vec<&&&Mention> =
                            subjects.iter().filter(|m| aux_at.is_none_or(|a| rel(m) < a)).collect();
                        // ("X, qui recevait le ministre, Y, a appelé « »": names
                        // inside the relative are not the subject, its antecedent is.)
                        let antecedent = original.find(", qui ").and_then(|q| {
                            before_verb
                                .iter()
                                .find(|m| {
                                    rel(m) < q
                                        && original
                                            .get(m.span.end - sentence.span.start..q)
                                            .is_some_and(|g| g.trim().is_empty())
                                })
                                .filter(|m| kind(&m.entity) == Some(EntityType::Person))
                        });
                        if let Some(a) = antecedent {
                            Some(*a)
                        } else if before_verb.is_empty() {
                            subjects.iter().rev().min_by_key(|m| rank(kind(&m.entity)))
                        } else {
                            before_verb.into_iter().rev().min_by_key(|m| rank(kind(&m.entity)))
                        }
                    } {
                        speaker = Some(stand_in(lex, &m.entity));
                    }
                }
            }
            if speaker.is_none() {
                let before = &input.text[sentence.span.start..outer.start.max(sentence.span.start)];
                let before_folded = fold(before);
                if let Some(verb_at) = speech_at(&before_folded).filter(|_| !other_one) {
                    let sources_end =
                        before_folded.find("selon ").map(|i| before_folded[i..].find(',').map_or(0, |c| i + c));
                    // ("Son invitée l'a assuré que la Corée du Nord resterait
                    // « »": a name in the clause the verb governs is no subject.)
                    let clause_at = before_folded[verb_at..]
                        .find(" que ")
                        .or_else(|| before_folded[verb_at..].find(" qu'"))
                        .map(|q| verb_at + q);
                    let before: Vec<&&Mention> = mentions
                        .iter()
                        .filter(|m| m.span.end <= outer.start)
                        .filter(|m| {
                            let rel = input.folded.from_original(m.span.start)
                                - input.folded.from_original(sentence.span.start);
                            clause_at.is_none_or(|q| rel < q)
                        })
                        .filter(|m| {
                            let rel = input.folded.from_original(m.span.start)
                                - input.folded.from_original(sentence.span.start);
                            sources_end.is_none_or(|e| rel > e)
                        })
                        .filter(|m| speaker_like(m) && !governed(input.folded, sentence.span.start, m))
                        .collect();
                    speaker = before.iter().min_by_key(|m| rank(kind(&m.entity))).map(|m| stand_in(lex, &m.entity));
                }
            }
            // "« ... », après trois semaines d'absence, a affirmé jeudi le
            // lieutenant-colonel X": a speech tag further on, past a phrase
            // that goes on, when no other quotation comes between.
            if speaker.is_none() && !named_by {
                let tag_at = [", a ", ", ont ", ", avait ", ", avaient "]
                    .iter()
                    .filter_map(|c| after_folded.find(c).map(|at| (at, c.len())))
                    .filter(|&(at, len)| {
                        at > 0
                            && !after_folded[..at].contains(['«', '“', '"'])
                            && speech_at(&after_folded[at + len..]).is_some_and(|v| v == 0)
                    })
                    .map(|(at, _)| at)
                    .min();
                if let Some(at) = tag_at {
                    let base = input.folded.from_original(outer.end.min(sentence.span.end));
                    let comma = input.folded.to_original(base + at..base + at + 1, input.text).start;
                    let tag = outer.start..comma;
                    let found = tagged_speaker(input, &out, si, &tag, &mentions, &speaker_like, &kind);
                    // (Only a name after the verb: not "..., de son côté, Y a ...".)
                    speaker = found.filter(|f| mentions.iter().any(|m| &m.entity == f && m.span.start > comma));
                }
            }
            // A quotation that is the whole sentence continues the last speaker.
            if speaker.is_none() {
                let whole = input.text[sentence.span.clone()].trim();
                // (One quotation: not "« A », a déclaré X, tandis que Y
                // promettait « B »".)
                let lead = input.text[sentence.span.start..outer.start.max(sentence.span.start)].trim();
                let is_whole = whole.starts_with(['«', '“', '"'])
                    && whole.trim_end_matches(['.', ' ']).ends_with(['»', '”', '"'])
                    && matches!(lead, "" | "«" | "“" | "\"");
                if is_whole {
                    // ("Pour le colonel X, ..., la présence ... ne fait guère de
                    // doute. « ... »": the one whose view the sentence before
                    // gave goes on.)
                    let viewer = si.checked_sub(1).and_then(|b| {
                        let start = input.sentences[b].span.start;
                        let head = fslice(input, start, input.sentences[b].span.end);
                        ["pour ", "selon ", "d'apres ", "aux yeux de "].iter().find(|o| head.starts_with(*o))?;
                        input
                            .mentions
                            .iter()
                            .filter(|m| m.sentence == b && kind(&m.entity) == Some(EntityType::Person))
                            .find(|m| !fslice(input, start, m.span.start).contains(','))
                            .map(|m| m.entity.clone())
                    });
                    // ("« ... » C'est par ces mots que le ministre, X, a ouvert la
                    // réunion": the next sentence says who, before anyone earlier.)
                    let named_next = input.sentences.get(si + 1).and_then(|next| {
                        let head = fslice(input, next.span.start, next.span.end);
                        [
                            "c'est par ces mots",
                            "c'est en ces termes",
                            "c'est par cette formule",
                            "c'est ainsi que",
                            "par ces mots",
                        ]
                        .iter()
                        .any(|c| head.starts_with(c))
                        .then(|| {
                            input
                                .mentions
                                .iter()
                                .filter(|m| m.sentence == si + 1 && m.kind != crate::lexicon::MentionKind::Demonym)
                                .filter(|m| {
                                    matches!(
                                        kind(&m.entity),
                                        Some(EntityType::Person | EntityType::Organization | EntityType::Media)
                                    )
                                })
                                .min_by_key(|m| rank(kind(&m.entity)))
                                .map(|m| stand_in(lex, &m.entity))
                        })
                        .flatten()
                    });
                    speaker = named_next
                        .or(viewer)
                        .or_else(|| out.iter().rev().find(|q| q.sentence + 2 >= si).and_then(|q| q.speaker.clone()));
                    // "« ... » C'est par cette formule que la porte-parole, X, a
                    // répondu": a quotation opening the story is given to
                    // whoever the next sentence names.
                    let told_before =
                        input.mentions.iter().any(|m| m.sentence < si && kind(&m.entity) == Some(EntityType::Person));
                    if speaker.is_none() && !told_before {
                        speaker = input
                            .mentions
                            .iter()
                            .find(|m| m.sentence == si + 1 && kind(&m.entity) == Some(EntityType::Person))
                            .map(|m| m.entity.clone());
                    }
                }
            }
            // "Le ministre a également remercié ... « ... »": a title with no
            // name opening the sentence is the person told of before; "Les
            // ministres des Affaires étrangères du G7 ont ..." speak for the
            // body they belong to.
            if speaker.is_none() {
                let whole = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                // ("L'ancienne diplomate juge ... « ... »": an adjective between.)
                let words_of = |h: &'_ str| -> Vec<String> {
                    h.split(|c: char| !c.is_alphanumeric() && c != '-')
                        .filter(|w| !w.is_empty())
                        .filter(|w| !matches!(*w, "ancien" | "ancienne" | "jeune" | "nouveau" | "nouvelle"))
                        .take(3)
                        .map(str::to_string)
                        .collect()
                };
                // ("Samedi, lors d'une visioconférence avec X, le général avait
                // salué « ... »": a title with its auxiliary after a comma.)
                let from = whole
                    .match_indices(", ")
                    .map(|(i, _)| i + 2)
                    .filter(|&i| {
                        let w = words_of(&whole[i..]);
                        w.len() == 3
                            && matches!(w[0].as_str(), "le" | "la" | "l")
                            && input.lexicon.is_title(&w[1])
                            && matches!(w[2].as_str(), "a" | "avait" | "aurait" | "s" | "n")
                    })
                    .last()
                    .unwrap_or(0);
                let words = words_of(&whole[from..]);
                let words: Vec<&str> = words.iter().take(2).map(String::as_str).collect();
                let named = mentions.iter().any(|m| {
                    m.span.end <= outer.start
                        && kind(&m.entity) == Some(EntityType::Person)
                        && (from == 0 || !governed(input.folded, sentence.span.start, m))
                });
                if let [det, title] = words[..] {
                    if matches!(det, "le" | "la" | "l") && input.lexicon.is_title(title) && !named {
                        speaker = titled(input, title, sentence.span.start)
                            .or_else(|| previous_speaker(input, &out, si, sentence.span.start, &kind));
                    } else if det == "les" && input.lexicon.is_title(title.trim_end_matches('s')) {
                        speaker = plural_subject(input, sentence, &outer, &mentions, &speaker_like, &kind);
                    }
                }
            }
            // "Lors du dîner, son invité a assuré que ... « ... »", "Son hôte a
            // salué « ... »": the other one of the pair told of, not the one
            // who spoke last.
            if speaker.is_none() {
                let whole = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                // ("..., tandis que son hôte promettait « »": after a cue too.)
                let other = std::iter::once(0)
                    .chain(whole.match_indices(", ").map(|(i, _)| i + 2))
                    .chain(whole.match_indices(" que ").map(|(i, _)| i + 5))
                    .find_map(|i| OTHER.iter().find(|o| whole[i..].starts_with(**o)));
                // ("Son invitée": a woman, when the text tells genders.)
                let feminine = other
                    .map(|o| matches!(*o, "son invitee " | "son hotesse " | "son interlocutrice " | "sa visiteuse "))
                    .filter(|_| other != Some(&"son homologue "));
                let told =
                    |m: &&Mention| m.span.end <= sentence.span.start && kind(&m.entity) == Some(EntityType::Person);
                // ("Sa visiteuse": the woman told of lately, when the text says
                // who is one.)
                let woman = (feminine == Some(true))
                    .then(|| {
                        input
                            .mentions
                            .iter()
                            .rev()
                            .filter(told)
                            .filter(|m| m.sentence + 2 >= si)
                            .filter(|m| !out.iter().any(|q| m.span.start >= q.span.start && m.span.end <= q.span.end))
                            .find(|m| is_feminine(input, &m.entity) == Some(true))
                    })
                    .flatten()
                    .map(|m| m.entity.clone());
                // ("Son homologue sud-coréen a fustigé « »" after an envoy: a
                // counterpart the office table does not know speaks for the
                // country.)
                let of_counterpart = (other == Some(&"son homologue "))
                    .then(|| counterpart(input, sentence.span.start, outer.start))
                    .flatten();
                if let Some(w) = woman {
                    speaker = Some(w);
                } else if let Some(c) = of_counterpart {
                    speaker = Some(c);
                } else if let Some(h) = matches!(other, Some(&("son hote " | "son hotesse ")))
                    .then(|| receiver(input, &out, si, sentence.span.start))
                    .flatten()
                {
                    speaker = Some(h);
                } else if other.is_some() {
                    // (Of the people told of lately, the one the story names most:
                    // a guest or a host is a principal, not an adviser in passing.)
                    let possessor = previous_speaker(input, &out, si, sentence.span.start, &kind);
                    // (Counted by sentence: "le président sud-coréen, Yoon Suk
                    // Yeol," is told of once.)
                    let times = |key: &str| {
                        let mut at: Vec<usize> = input
                            .mentions
                            .iter()
                            .filter(told)
                            .filter(|m| m.entity == key)
                            .map(|m| m.sentence)
                            .collect();
                        at.dedup();
                        at.len()
                    };
                    speaker = input
                        .mentions
                        .iter()
                        .rev()
                        .filter(told)
                        .filter(|m| m.sentence + 4 >= si)
                        .filter(|m| !out.iter().any(|q| m.span.start >= q.span.start && m.span.end <= q.span.end))
                        .filter(|m| possessor.as_deref() != Some(m.entity.as_str()))
                        .filter(|m| {
                            feminine.is_none() || is_feminine(input, &m.entity).is_none_or(|f| Some(f) == feminine)
                        })
                        .enumerate()
                        .max_by_key(|(i, m)| (times(&m.entity), std::cmp::Reverse(*i)))
                        .map(|(_, m)| m.entity.clone());
                }
            }
            // "reçu par le chef du Kremlin, qui a remercié Pyongyang pour sa
            // « ... »": the quotation inside a relative clause is its
            // antecedent's (the longest name ending before "qui").
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                if let Some(q) = head.rfind(", qui ").filter(|&q| !head[q + 6..].contains([',', ';'])) {
                    let base = input.folded.from_original(sentence.span.start);
                    let comma = input.folded.to_original(base + q..base + q + 1, input.text).start;
                    let ends = |m: &&&Mention| input.text[m.span.end..comma].trim_matches([' ', ')']).is_empty();
                    speaker = mentions
                        .iter()
                        .filter(|m| m.span.end <= comma && speaker_like(m))
                        .filter(ends)
                        .min_by_key(|m| m.span.start)
                        .map(|m| stand_in(lex, &m.entity));
                    // ("..., a fait savoir un porte-parole du ministère, qui a
                    // jugé « »": an unnamed official of a body told of before.)
                    if speaker.is_none() {
                        speaker = official_noun(lex, &head[..q])
                            .and_then(|n| anaphoric_source(input, &out, si, comma, &["le", n], &kind));
                    }
                }
            }
            // "Une source à l'Élysée va plus loin : « ... »": someone not named
            // opening the sentence speaks for the body named with them.
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                if let Some(at) = unnamed_for(lex, head).filter(|&at| head[..at].split_whitespace().count() <= 3) {
                    let base = input.folded.from_original(sentence.span.start);
                    let from = input.folded.to_original(base + at..base + at + 1, input.text).start;
                    let clause_end = head[at..].find([',', ':', ';']).map_or(outer.start, |c| {
                        input.folded.to_original(base + at + c..base + at + c + 1, input.text).start
                    });
                    speaker = mentions
                        .iter()
                        .filter(|m| m.span.start > from && m.span.end <= clause_end)
                        .filter(|m| matches!(kind(&m.entity), Some(EntityType::Organization | EntityType::Media)))
                        .map(|m| stand_in(lex, &m.entity))
                        .next();
                }
            }
            // "Au Kremlin, on a qualifié les images de « ... »", "À Moscou, on
            // assure que « ... »": the body (or the capital's country) the
            // impersonal "on" stands for.
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                let opens = ["au ", "aux ", "a la ", "a l'", "a "].iter().any(|p| head.starts_with(p));
                if let Some(on) = head.find(", on ").filter(|_| opens) {
                    let base = input.folded.from_original(sentence.span.start);
                    let comma = input.folded.to_original(base + on..base + on + 1, input.text).start;
                    speaker = mentions
                        .iter()
                        .filter(|m| m.span.end <= comma && speaker_like(m))
                        .find(|m| input.text[m.span.end..comma].trim().is_empty())
                        .map(|m| stand_in(lex, &m.entity));
                }
            }
            // Otherwise the subject of the sentence, when it speaks or acts
            // around the quotation ("X a salué l'« héroïsme » des soldats").
            if speaker.is_none() {
                // ("Interrogé, le porte-parole du Kremlin a balayé la question :
                // « »": the body of an unnamed official.)
                let governed = |m: &Mention| governed(input.folded, sentence.span.start, m) && !official_of(input, m);
                // "la porte-parole de la diplomatie russe, Maria Zakharova, a
                // balayé ...": a demonym in the subject gives way to a name.
                let subjects: Vec<&&Mention> = mentions
                    .iter()
                    .filter(|m| m.span.end <= outer.start)
                    .filter(|m| {
                        speaker_like(m)
                            && !governed(m)
                            && !in_source_phrase(fslice(input, sentence.span.start, m.span.start))
                    })
                    .collect();
                // ("Face au chef d'état-major, X, qui lui présentait un rapport,
                // le président russe a fixé l'objectif : « »": the name its verb
                // follows.)
                let verb_follows = |m: &&&Mention| {
                    let rest = fslice(input, m.span.end, sentence.span.end).trim_start();
                    ["a ", "ont ", "avait ", "avaient ", "s'est ", "se ", "est ", "lui ", "leur ", "l'a ", "n'a "]
                        .iter()
                        .any(|v| rest.starts_with(v))
                };
                // ("Le Kremlin s'est refusé à tout commentaire, et la
                // porte-parole ..., X, a renvoyé vers « »": the subject of the
                // last clause joined before the quotation.)
                let head = &input.text[sentence.span.start..outer.start.max(sentence.span.start)];
                let joined = [", et ", "; ", ", mais ", " tandis que "]
                    .iter()
                    .filter_map(|j| head.rfind(j).map(|at| sentence.span.start + at + j.len()))
                    .max();
                let last_clause = joined.and_then(|from| {
                    subjects.iter().find(|m| {
                        let rest = fslice(input, m.span.end, sentence.span.end);
                        let apposed = rest.trim_start().strip_prefix(',').is_some_and(|r| {
                            ["a ", "ont ", "avait ", "s'est ", "est "].iter().any(|v| r.trim_start().starts_with(v))
                        });
                        m.span.start >= from
                            && m.kind != crate::lexicon::MentionKind::Demonym
                            && (verb_follows(m) || apposed)
                    })
                });
                // ("le Kremlin a publié un message dans lequel le président
                // russe remercie « »": the subject of a relative on the
                // document.)
                let in_document = subjects.iter().rev().find(|m| {
                    let head = fslice(input, sentence.span.start, m.span.start);
                    ["dans lequel ", "dans laquelle ", "dans lesquels ", "dans lesquelles "].iter().any(|r| {
                        head.rfind(r).is_some_and(|at| {
                            let between = &head[at + r.len()..];
                            !between.contains(',') && between.split_whitespace().count() <= 2
                        })
                    }) && kind(&m.entity) == Some(EntityType::Person)
                });
                // ("le porte-parole du ministère des Affaires étrangères, X, a
                // exprimé « »": the one named in apposition before the verb, not
                // the body the title names.)
                // (The first person only: not "X, qui recevait le ministre, Y, a
                // remercié".)
                let apposed_person =
                    subjects.iter().find(|m| kind(&m.entity) == Some(EntityType::Person)).filter(|m| {
                        let rest = fslice(input, m.span.end, sentence.span.end).trim_start();
                        rest.strip_prefix(',').is_some_and(|r| {
                            ["a ", "ont ", "avait ", "s'est ", "est ", "n'a "]
                                .iter()
                                .any(|v| r.trim_start().starts_with(v))
                        })
                    });
                speaker = in_document
                    .or(last_clause)
                    .or(apposed_person)
                    .or_else(|| {
                        subjects.iter().find(|m| m.kind != crate::lexicon::MentionKind::Demonym && verb_follows(m))
                    })
                    .or_else(|| subjects.iter().find(|m| m.kind != crate::lexicon::MentionKind::Demonym))
                    .or(subjects.first())
                    .map(|m| stand_in(lex, &m.entity));
            }
            // "« ... », y lit-on", "peut-on lire dans le texte": the issuer of
            // the document told of before.
            if speaker.is_none() {
                let tail = after_folded.trim_start().trim_start_matches(',').trim_start();
                if ["y lit-on", "lit-on", "peut-on lire", "pouvait-on lire", "peut-on y lire"]
                    .iter()
                    .any(|r| tail.starts_with(r))
                {
                    speaker = anaphoric_source(input, &out, si, outer.start, &["le", "communique"], &kind);
                }
            }
            // "« ... », selon le Kremlin", "selon un communiqué publié par le
            // ministère": the source the quotation is given by speaks.
            if speaker.is_none() {
                let tail = after_folded.trim_start().trim_start_matches(',').trim_start();
                if tail.starts_with("selon ") || tail.starts_with("d'apres ") {
                    let phrase_len = tail.find([',', ';', '.']).unwrap_or(tail.len());
                    let lead = after.len() - after.trim_start().trim_start_matches(',').trim_start().len();
                    let original = &after[lead..];
                    let phrase =
                        outer.end + lead..outer.end + lead + original.find([',', ';', '.']).unwrap_or(original.len());
                    // ("», selon le conseiller diplomatique du Kremlin, Iouri
                    // Ouchakov,": the person named in apposition to a title.)
                    let titled =
                        tail[..phrase_len].split(|c: char| !(c.is_alphanumeric() || c == '-')).any(|w| lex.is_title(w));
                    let apposed = mentions
                        .iter()
                        .filter(|_| titled && input.text[phrase.end..].starts_with(", "))
                        .find(|m| m.span.start == phrase.end + 2 && kind(&m.entity) == Some(EntityType::Person))
                        .filter(|m| {
                            let rest = input.text[m.span.end..input.sentences[si].span.end].trim_start();
                            rest.is_empty() || rest.starts_with([',', '.', ';', ')'])
                        })
                        .filter(|_| {
                            !mentions.iter().any(|m| {
                                m.span.start >= phrase.start
                                    && m.span.end <= phrase.end
                                    && kind(&m.entity) == Some(EntityType::Person)
                            })
                        });
                    speaker = mentions
                        .iter()
                        .filter(|m| m.span.start >= phrase.start && m.span.end <= phrase.end && speaker_like(m))
                        .min_by_key(|m| rank(kind(&m.entity)))
                        .map(|m| stand_in(lex, &m.entity));
                    if let Some(m) = apposed {
                        speaker = Some(m.entity.clone());
                    }
                    speaker = speaker
                        .or_else(|| {
                            let bare = &tail[..phrase_len];
                            let ministry = bare.ends_with(" le ministere") || bare.contains(" le ministere ");
                            let agency = bare.ends_with(" l'agence") || bare.contains(" l'agence ");
                            input
                                .mentions
                                .iter()
                                .rev()
                                .filter(|m| m.span.end <= outer.start)
                                .find(|m| {
                                    (ministry
                                        && kind(&m.entity) == Some(EntityType::Organization)
                                        && fold(&m.surface).starts_with("ministere"))
                                        || (agency && kind(&m.entity) == Some(EntityType::Media))
                                })
                                .map(|m| m.entity.clone())
                        })
                        .or_else(|| {
                            // "», d'après le rapport": the document's issuer.
                            let words: Vec<&str> = tail[..phrase_len]
                                .split(|c: char| !c.is_alphanumeric())
                                .filter(|w| !w.is_empty())
                                .skip(1)
                                .skip_while(|w| *w == "apres")
                                .collect();
                            anaphoric_source(input, &out, si, outer.start, &words, &kind)
                        });
                }
            }
            // "Pourquoi Moscou a-t-il besoin de ces obus ? « ... »": in an
            // interview, an answer after a question is the one interviewed.
            if speaker.is_none() && asked(input, si, outer.start) {
                speaker = answerer(input, &out, si, outer.start, &kind);
            }
            // "« ... », résume-t-on au ministère de la Défense": the body "on"
            // is placed in, right after the verb.
            if speaker.is_none() {
                let tag = after_folded.trim_start_matches([',', ' ']);
                let verb = tag.split_whitespace().next().unwrap_or("");
                if verb.ends_with("-t-on") || verb.ends_with("-on") && verb.len() > 4 {
                    let rest = tag[verb.len()..].trim_start();
                    let placed = ["au ", "aux ", "a la ", "a l'", "a ", "dans l'entourage d", "chez "]
                        .iter()
                        .find(|p| rest.starts_with(**p))
                        .map(|p| p.len());
                    // (Something must follow the preposition: "« », résume-t-on au"
                    // ending the text names no one.)
                    if let Some(p) = placed.filter(|&p| rest.len() > p) {
                        let base = input.folded.from_original(outer.end.min(sentence.span.end));
                        let at = after_folded.len() - rest.len() + p;
                        let from = input.folded.to_original(base + at..base + at + 1, input.text).start;
                        speaker = mentions
                            .iter()
                            .filter(|m| m.span.start >= from && m.span.start <= from + 3 && speaker_like(m))
                            .min_by_key(|m| rank(kind(&m.entity)))
                            .map(|m| stand_in(lex, &m.entity));
                    }
                }
            }
            // "Réaction immédiate de Maria Zakharova : « ... »": a noun of
            // speech with no verb, and whose words follow the colon.
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start)).trim_end();
                let nominal =
                    ["reaction", "reponse", "riposte", "commentaire", "avertissement", "mise en garde", "verdict"]
                        .iter()
                        .any(|n| head.starts_with(n) || head.starts_with(&format!("meme {n}")));
                if nominal && head.ends_with(':') && speech_at(head).is_none() {
                    speaker = mentions
                        .iter()
                        .rev()
                        .filter(|m| m.span.end <= outer.start && speaker_like(m))
                        .filter(|m| m.kind != crate::lexicon::MentionKind::Demonym)
                        .min_by_key(|m| rank(kind(&m.entity)))
                        .map(|m| stand_in(lex, &m.entity));
                }
            }
            // Last resort: "Kim Jong Un a rendu hommage à des soldats qui « ... »":
            // the person the sentence opens on; for a quotation standing alone,
            // the one the sentence before opens on ("X avait évoqué ces
            // engagements dans son allocution. « ... »").
            // "Sa réponse est sans appel : « ... »", "La réponse de la chercheuse
            // tient en une phrase : « ... »", "Interrogée ..., elle se montre plus
            // prudente : « ... »": the one told of before answers.
            if speaker.is_none() {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                let words: Vec<&str> =
                    head.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
                const SAID: &[&str] = &[
                    "reponse",
                    "analyse",
                    "verdict",
                    "conclusion",
                    "explication",
                    "diagnostic",
                    "constat",
                    "avis",
                    "message",
                    "argument",
                    "lecture",
                    "jugement",
                    "mise",
                    "replique",
                ];
                // ("Sa première réponse", "Son analyse", "Leur dernier message".)
                let possessive = matches!(words.first(), Some(&("sa" | "son" | "leur")))
                    && (words.get(1).is_some_and(|w| SAID.contains(w))
                        || (words.get(2).is_some_and(|w| SAID.contains(w))
                            && words.get(1).is_some_and(|a| ORDINAL_ADJECTIVES.contains(a))));
                let of_title = matches!(words.first(), Some(&("la" | "le" | "l")))
                    && words.get(1).is_some_and(|w| SAID.contains(w))
                    && words.get(2) == Some(&"de")
                    && words.get(4).is_some_and(|t| lex.is_title(t));
                let pronoun = words.iter().position(|w| matches!(*w, "il" | "elle")).filter(|&i| {
                    words.get(i + 1).is_some_and(|n| !matches!(*n, "y" | "s" | "faut" | "est"))
                        && !head.contains(" que ")
                });
                if possessive || of_title {
                    let feminine = words.get(3).map(|d| *d == "la");
                    // (An interview's first answer: the person just introduced.)
                    speaker = if of_title {
                        last_person(input, &out, si, sentence.span.start, feminine, &kind)
                    } else {
                        previous_speaker(input, &out, si, sentence.span.start, &kind)
                            .or_else(|| last_person(input, &out, si, sentence.span.start, None, &kind))
                    };
                } else if let Some(i) = pronoun {
                    let feminine = Some(words[i] == "elle");
                    speaker = pronoun_speaker(input, &out, si, sentence.span.start, feminine, &kind);
                }
            }
            if speaker.is_none() {
                let whole = input.text[sentence.span.clone()].trim_start().starts_with(['«', '“', '"']);
                let s = if whole { si.checked_sub(1) } else { Some(si) };
                let limit = if whole { usize::MAX } else { outer.start };
                speaker = s.and_then(|s| {
                    let sent = &input.sentences[s];
                    input
                        .mentions
                        .iter()
                        .filter(|m| {
                            m.sentence == s && m.span.end <= limit && kind(&m.entity) == Some(EntityType::Person)
                        })
                        .filter(|m| !out.iter().any(|q| m.span.start >= q.span.start && m.span.end <= q.span.end))
                        .filter(|m| !governed(input.folded, sent.span.start, m))
                        .find(|m| !in_source_phrase(fslice(input, sent.span.start, m.span.start)))
                        .map(|m| m.entity.clone())
                });
            }
            // A country found as the speaker is most often a misread: people
            // and bodies speak ("Pyongyang a choisi la voix de son ministère ...:
            // celui-ci fustige « ... »"). The person or body named last before the
            // quotation in its sentence (not after a preposition) speaks.
            // (Not a country an unnamed envoy speaks for: "tandis que le
            // représentant sud-coréen a réclamé « »", "La représentante des
            // États-Unis a, elle, dénoncé « »".)
            let envoy_of = |country: &str| {
                mentions.iter().filter(|m| m.entity == country && m.span.end <= outer.start).any(|m| {
                    fslice(input, sentence.span.start, m.span.start)
                        .split(|c: char| !c.is_alphanumeric() && c != '-')
                        .filter(|w| !w.is_empty())
                        .rev()
                        .take(3)
                        .any(|w| {
                            matches!(
                                w,
                                "representant"
                                    | "representante"
                                    | "ambassadeur"
                                    | "ambassadrice"
                                    | "envoye"
                                    | "envoyee"
                                    | "emissaire"
                                    | "diplomate"
                            )
                        })
                })
            };
            if speaker.as_deref().is_some_and(|s| kind(s) == Some(EntityType::Country) && !envoy_of(s)) {
                let quoted = |m: &Mention| out.iter().any(|q| m.span.start >= q.span.start && m.span.end <= q.span.end);
                let better = mentions
                    .iter()
                    .rev()
                    .filter(|m| m.span.end <= outer.start && !quoted(m))
                    .filter(|m| {
                        matches!(
                            kind(&m.entity),
                            Some(EntityType::Person | EntityType::Organization | EntityType::Media)
                        )
                    })
                    // (Not an agency that relays: "diffusé par l'agence KCNA".)
                    .filter(|m| !governed(input.folded, sentence.span.start, m))
                    .map(|m| stand_in(lex, &m.entity))
                    .next();
                // ("Kiev dénonce « ... », selon un communiqué du ministère
                // ukrainien des Affaires étrangères": the body the source phrase
                // after the quotation names.)
                let sourced = || {
                    let tail = after_folded.trim_start_matches([',', ' ']);
                    if !(tail.starts_with("selon ") || tail.starts_with("d'apres ")) {
                        return None;
                    }
                    mentions
                        .iter()
                        .filter(|m| m.span.start >= outer.end)
                        .filter(|m| matches!(kind(&m.entity), Some(EntityType::Organization | EntityType::Media)))
                        .find(|m| {
                            in_source_phrase(fslice(input, outer.end, m.span.start).trim_start_matches([',', ' ']))
                        })
                        .map(|m| stand_in(lex, &m.entity))
                };
                if let Some(b) = better.filter(|b| kind(b) != Some(EntityType::Country)).or_else(sourced) {
                    speaker = Some(b);
                }
            }
            // ("Le député a relayé les propos d'un responsable du service : « »",
            // "a cité un directeur adjoint du renseignement : « »": words a
            // relayer passes on from an unnamed official are the body's.)
            if speaker.as_deref().is_none_or(|s| kind(s) == Some(EntityType::Person)) {
                let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
                let cue =
                    ["les propos d'", "les propos de ", "les mots d'", "les declarations d'", " a cite ", " citant "]
                        .iter()
                        .filter_map(|c| head.rfind(c).map(|at| at + c.len()))
                        .max();
                if let Some(at) = cue {
                    let tail = &head[at..];
                    let w: Vec<&str> =
                        tail.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
                    // ("a cité mot pour mot un directeur adjoint ...".)
                    let unnamed = w.iter().take(4).position(|x| matches!(*x, "un" | "une"));
                    let title = unnamed
                        .and_then(|u| w.iter().skip(u + 1).take(3).position(|x| lex.is_title(x)).map(|t| t + u + 1));
                    if let Some(t) = title {
                        let prep = w.iter().skip(t + 1).take(3).position(|x| matches!(*x, "du" | "de" | "des"));
                        if let Some(p) = prep {
                            let noun = w.iter().skip(t + 2 + p).find(|x| !matches!(**x, "la" | "l")).copied();
                            let base = input.folded.from_original(sentence.span.start) + at;
                            let tail_start = input.folded.to_original(base..base, input.text).start;
                            let named = mentions
                                .iter()
                                .filter(|m| m.span.start >= tail_start && m.span.end <= outer.start)
                                .find(|m| matches!(kind(&m.entity), Some(EntityType::Organization | EntityType::Media)))
                                .map(|m| stand_in(lex, &m.entity));
                            let body = named.or_else(|| {
                                noun.and_then(|n| anaphoric_source(input, &out, si, outer.start, &["le", n], &kind))
                            });
                            if body.is_some() {
                                speaker = body;
                            }
                        }
                    }
                }
            }
            // ("L'agence KCNA a diffusé un communiqué de la Commission ...
            // affirmant que « »": an agency relays the document's author.)
            if speaker.as_deref().is_some_and(|s| kind(s) == Some(EntityType::Media)) {
                let author = mentions
                    .iter()
                    .filter(|m| m.span.end <= outer.start && kind(&m.entity) == Some(EntityType::Organization))
                    .find(|m| authored(input, m));
                if let Some(a) = author {
                    speaker = Some(stand_in(lex, &a.entity));
                }
            }
            // Last: a quotation nothing attributes goes on with the speaker of
            // a quotation in its sentence or the one before ("« A », a dit X.
            // Puis, devant les caméras : « B »").
            if speaker.is_none() {
                speaker = out.iter().rev().find(|q| q.sentence + 1 >= si).and_then(|q| q.speaker.clone());
            }
            let medium = medium(fslice(input, sentence.span.start, sentence.span.end)).or_else(|| {
                out.iter().rev().find(|q| q.sentence + 2 >= si && q.speaker == speaker).and_then(|q| q.medium.clone())
            });
            out.push(Quote {
                chars: (input.chars.char_offset(input.text, span.start), input.chars.char_offset(input.text, span.end)),
                span,
                sentence: si,
                text,
                speaker,
                medium,
            });
        }
    }
    out
}

/// The speaker a tag after a quotation names: a person within a few words
/// first ("a rappelé le porte-parole du département d'État, Matthew
/// Miller"), else a title with no name ("a écrit le responsable régional")
/// is the person named before, else an organization, else a country.
fn tagged_speaker(
    input: &Input,
    quotes: &[Quote],
    si: usize,
    outer: &Span,
    mentions: &[&Mention],
    speaker_like: &dyn Fn(&Mention) -> bool,
    kind: &dyn Fn(&str) -> Option<EntityType>,
) -> Option<String> {
    let sentence_end = input.sentences[si].span.end;
    // "a martelé mardi soir lors d'une conférence de presse l'hôte de la
    // réunion, le chef de la diplomatie italienne Antonio Tajani": a tag can
    // run long before its name.
    let window_end = (outer.end + 160).min(sentence_end);
    // "a déclaré à l'AFP un haut responsable": told to a medium, not by it.
    // ("a assuré la ministre devant le président russe": nor before them.)
    let told_to = |m: &Mention| {
        let between = fslice(input, outer.end, m.span.start);
        matches!(crate::text::governing_preposition(between), Some("a" | "au" | "aux"))
            // (Right before the name and its determiner: not "a déclaré devant
            // la presse John Kirby".)
            || between
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .rev()
                .find(|w| !matches!(*w, "le" | "la" | "les" | "l" | "du" | "des" | "de" | "d"))
                .is_some_and(|w| matches!(w, "devant" | "aupres" | "avec" | "face"))
    };
    // "», a déclaré ce dernier": the last person named.
    let head: Vec<&str> = fslice(input, outer.end, (outer.end + 40).min(sentence_end))
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    // ("», analyse celui-ci".)
    if head.windows(2).any(|p| demonstrative(p[0], p[1])) || head.iter().any(|w| demonstrative(w, "")) {
        let feminine = Some(head.iter().any(|w| matches!(*w, "celle-ci" | "cette")));
        if let Some(p) = last_person(input, quotes, si, outer.start, feminine, kind) {
            return Some(p);
        }
    }
    // ("a écrit sur Telegram le responsable", "dans un communiqué publié sur
    // Telegram": a platform is where words appear, not who speaks.)
    // ("sur son canal Telegram", "via son compte X": a few words between.)
    let platform = |m: &Mention| {
        let between = fslice(input, outer.end, m.span.start);
        matches!(crate::text::governing_preposition(between), Some("sur" | "via"))
            || between
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .rev()
                .take(4)
                .collect::<Vec<_>>()
                .windows(2)
                .any(|p| matches!(p[1], "sur" | "via") && matches!(p[0], "son" | "sa" | "ses" | "leur" | "leurs"))
    };
    // ("rapporte un enquêteur du service, cité par l'agence X": the agency
    // relays, it does not speak.)
    let relays = |m: &Mention| {
        let between = fslice(input, outer.end, m.span.start);
        let words: Vec<&str> =
            between.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).rev().take(4).collect();
        words
            .iter()
            .position(|w| *w == "par")
            .is_some_and(|p| words.get(p + 1).is_some_and(|c| matches!(*c, "cite" | "citee" | "cites" | "citees")))
            && kind(&m.entity) == Some(EntityType::Media)
    };
    // (Nor a name inside a later quotation of the sentence.)
    let quoted: Vec<Span> = quote_spans(input.text, &input.sentences[si].span).into_iter().map(|(_, o)| o).collect();
    let near: Vec<&&Mention> = mentions
        .iter()
        .filter(|m| m.span.start >= outer.end && m.span.start <= window_end && speaker_like(m) && !told_to(m))
        .filter(|m| !platform(m) && !relays(m))
        .filter(|m| !quoted.iter().any(|q| m.span.start >= q.start && m.span.end <= q.end))
        .collect();
    // ("», tranche l'éditorial du Chosun Ilbo, qui appelle le gouvernement de
    // X à ...": not someone named in a relative after the one who speaks.)
    let relative_at = {
        // (The window is counted in bytes: up to a character's boundary.)
        let end = (outer.end..=window_end.max(outer.end))
            .rev()
            .find(|&i| input.text.is_char_boundary(i))
            .unwrap_or(outer.end);
        let tail = &input.text[outer.end..end];
        [", qui ", ", dont ", ", lequel ", ", laquelle "]
            .iter()
            .filter_map(|r| tail.find(r))
            .min()
            .map(|i| outer.end + i)
    };
    let near: Vec<&&Mention> = match relative_at {
        // (A name, not a demonym: "un officier d'une brigade ukrainienne, qui
        // ne donne que son prénom, X".)
        Some(at) if near.iter().any(|m| m.span.end <= at && m.kind != crate::lexicon::MentionKind::Demonym) => {
            near.into_iter().filter(|m| m.span.end <= at).collect()
        }
        _ => near,
    };
    if let Some(p) = near.iter().find(|m| kind(&m.entity) == Some(EntityType::Person)) {
        return Some(p.entity.clone());
    }
    // The tag up to the first entity: a title there speaks for a person.
    let tag_end = near.first().map_or(window_end, |m| m.span.start);
    let tag = fslice(input, outer.end, tag_end.max(outer.end));
    // "a déclaré un haut responsable du ministère": someone not named
    // before, who speaks for the body the tag names.
    let words: Vec<&str> = tag.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    // The tag's own verb is no title ("», juge le chercheur", "», a jugé la
    // porte-parole"): titles are read past it.
    let verb_len = |ws: &[&str]| match ws.first() {
        Some(&("a" | "ont" | "avait" | "avaient" | "aurait" | "auraient" | "s" | "se")) => 2,
        Some(_) => 1,
        None => 0,
    };
    let title_at = |ws: &[&str], ok: &dyn Fn(&str) -> bool| {
        ws.iter().enumerate().skip(verb_len(ws)).find(|(_, w)| input.lexicon.is_title(w) && ok(w)).map(|(i, _)| i)
    };
    // (In the tag's own words: not "», assure l'officier, un ancien
    // professeur": an apposition after the one who speaks.)
    let first_clause = tag.trim_start_matches([',', ' ']);
    let first_clause = &first_clause[..first_clause.find([',', ';']).unwrap_or(first_clause.len())];
    let clause_words: Vec<&str> =
        first_clause.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    // ("Des responsables américains ... « ... », a insisté l'un d'eux": one
    // of the group told of before.)
    let one_of = clause_words.windows(4).any(|p| matches!(p, ["l", "un" | "une", "d", "eux" | "elles" | "entre"]));
    if one_of {
        if let Some(group) = group_before(input, si, outer.start, kind) {
            return Some(group);
        }
    }
    let unnamed = clause_words.windows(3).any(|p| {
        matches!(p[0], "un" | "une")
            && (input.lexicon.is_title(p[1])
                || (matches!(p[1], "haut" | "haute" | "ancien" | "ancienne") && input.lexicon.is_title(p[2])))
    });
    if unnamed {
        // "a affirmé à RFI un responsable du ministère", "a estimé un officier
        // de l'état-major cité par l'agence Yonhap": the body the title's
        // complement names, else the one told of before by that noun.
        let title_at = title_at(&clause_words, &|_| true).unwrap_or(0);
        let noun = clause_words[title_at..]
            .iter()
            .skip(1)
            .find(|w| !matches!(**w, "du" | "de" | "des" | "la" | "l" | "d"))
            .filter(|_| matches!(clause_words.get(title_at + 1), Some(&("du" | "de" | "des" | "d"))));
        if let Some(noun) = noun {
            let named = near
                .iter()
                .filter(|m| matches!(kind(&m.entity), Some(EntityType::Organization | EntityType::Media)))
                .find(|m| fold(&m.surface).contains(noun))
                .map(|m| stand_in(input.lexicon, &m.entity));
            if let Some(b) = named.or_else(|| anaphoric_source(input, quotes, si, outer.start, &["le", noun], kind)) {
                return Some(b);
            }
        }
        return near.iter().min_by_key(|m| rank(kind(&m.entity))).map(|m| stand_in(input.lexicon, &m.entity));
    }
    // "écrivent les ministres": the body quoted just before.
    let plural_title = words.windows(2).any(|p| p[0] == "les" && input.lexicon.is_title(p[1].trim_end_matches('s')));
    if plural_title && near.iter().all(|m| kind(&m.entity) != Some(EntityType::Person)) {
        if let Some(q) = quotes.iter().rev().find(|q| q.sentence + 3 >= si && q.speaker.is_some()) {
            return q.speaker.clone();
        }
    }
    // "a déclaré la porte-parole du ministère de l'Unification": an unnamed
    // official of a body named right after the title speaks for it.
    // (Not a member, who speaks for themselves: "a raconté l'élu du Parti X".)
    let member = |w: &str| {
        matches!(
            w,
            "elu" | "elue" | "depute" | "deputee" | "senateur" | "senatrice" | "parlementaire" | "membre" | "militant"
        )
    };
    let of_body = words.len() >= 2
        && matches!(words[words.len() - 1], "du" | "de" | "des" | "la" | "l" | "d")
        && words.iter().rev().take(3).any(|w| input.lexicon.is_title(w) && !member(w));
    if of_body {
        if let Some(m) = near.first().filter(|m| {
            matches!(kind(&m.entity), Some(EntityType::Organization | EntityType::Media | EntityType::MilitaryForce))
        }) {
            return Some(stand_in(input.lexicon, &m.entity));
        }
    }
    // ("», indique leur communiqué", "», précise le texte": the issuer of
    // the document told of before.)
    if near.is_empty() {
        if let Some(p) = clause_words
            .windows(2)
            .take(3)
            .find(|p| matches!(p[0], "son" | "sa" | "leur" | "le" | "la" | "ce" | "cette") && DOCUMENTS.contains(&p[1]))
        {
            if let Some(issuer) = anaphoric_source(input, quotes, si, outer.start, p, kind) {
                return Some(issuer);
            }
        }
    }
    // ("», commente le journal", "», s'inquiète le quotidien conservateur":
    // the medium told of just before.)
    let medium_noun = clause_words.windows(2).take(4).any(|p| {
        matches!(p[0], "le" | "la" | "l")
            && matches!(p[1], "journal" | "quotidien" | "hebdomadaire" | "magazine" | "site" | "chaine" | "radio")
    });
    if medium_noun && near.iter().all(|m| kind(&m.entity) != Some(EntityType::Media)) {
        if let Some(m) = input
            .mentions
            .iter()
            .rev()
            .filter(|m| m.span.end <= outer.start && m.sentence + 3 >= si)
            .find(|m| kind(&m.entity) == Some(EntityType::Media))
        {
            return Some(m.entity.clone());
        }
    }
    // ("», a expliqué le porte-parole du Quartier général": an unnamed
    // official of a body told of before by its head noun.)
    if let Some(at) = title_at(&clause_words, &|w| !member(w)) {
        if near.iter().all(|m| kind(&m.entity) != Some(EntityType::Person))
            && matches!(clause_words.get(at + 1), Some(&("du" | "de" | "d")))
        {
            let noun = clause_words[at + 2..].iter().find(|w| !matches!(**w, "la" | "l"));
            if let Some(b) = noun.and_then(|n| anaphoric_source(input, quotes, si, outer.start, &["le", n], kind)) {
                return Some(b);
            }
        }
    }
    // ("», a déclaré jeudi son porte-parole": the spokesperson of the body
    // told of just before, when no one is named since.)
    // ("», a rappelé un de ses responsables": one of them.)
    let possessed = clause_words.windows(2).take(6).any(|p| {
        matches!(p[0], "son" | "sa" | "leur" | "ses" | "leurs")
            && matches!(
                p[1].trim_end_matches('s'),
                "porte-parole" | "representant" | "representante" | "responsable" | "diplomate"
            )
    });
    if possessed && near.iter().all(|m| kind(&m.entity) != Some(EntityType::Person)) {
        let told = input
            .mentions
            .iter()
            .rev()
            .filter(|m| m.span.end <= outer.start && m.sentence + 1 >= si)
            .filter(|m| !quotes.iter().any(|q| m.span.start >= q.span.start && m.span.end <= q.span.end))
            .find(|m| {
                matches!(kind(&m.entity), Some(EntityType::Organization | EntityType::Media | EntityType::Person))
            });
        if let Some(m) = told.filter(|m| kind(&m.entity) != Some(EntityType::Person)) {
            return Some(stand_in(input.lexicon, &m.entity));
        }
    }
    // ("», s'est réjoui le gouverneur": the one named with that title.)
    if let Some(title) = title_at(&words, &|_| true).map(|i| &words[i]) {
        // ("», a ajouté le ministre": whoever spoke just before goes on.)
        let goes_on = words.iter().take(3).any(|w| {
            matches!(*w, "ajoute" | "ajoutait" | "poursuit" | "poursuivi" | "rencherit" | "rencheri" | "encherit")
        });
        let last = quotes
            .iter()
            .rev()
            .find(|q| q.sentence + 1 >= si && q.speaker.as_deref().is_some_and(|s| kind(s) == Some(EntityType::Person)))
            .and_then(|q| q.speaker.clone());
        if let Some(p) = last.filter(|_| goes_on && near.is_empty()) {
            return Some(p);
        }
        // ("», a lancé l'ambassadeur sud-coréen": an official no office
        // table resolves, of a country named by its adjective, speaks for it.)
        let of_country = near
            .first()
            .filter(|m| m.kind == crate::lexicon::MentionKind::Demonym && kind(&m.entity) == Some(EntityType::Country))
            .filter(|m| {
                let rest = input.text[m.span.end..sentence_end].trim_start();
                rest.is_empty() || rest.starts_with(['.', ',', ';'])
            })
            .filter(|_| words.last() == Some(title) && words.len() <= verb_len(&words) + 3)
            // (Offices that stand for a country, none named before with that
            // title: "a ajouté le diplomate chinois" is the one just named.)
            .filter(|_| {
                matches!(
                    *title,
                    "ambassadeur" | "ambassadrice" | "representant" | "representante" | "responsable" | "porte-parole"
                ) && titled(input, title, outer.start).is_none()
            })
            .map(|m| m.entity.clone());
        if let Some(c) = of_country {
            return Some(c);
        }
        let named = (near.is_empty()).then(|| titled(input, title, outer.start)).flatten();
        if let Some(p) = named.or_else(|| previous_speaker(input, quotes, si, outer.start, kind)) {
            return Some(p);
        }
    }
    // "», a résumé l'état-major dans son bulletin": a body named before.
    let after_verb: Vec<&str> = words
        .iter()
        .skip_while(|w| matches!(**w, "a" | "ont" | "avait" | "avaient"))
        .skip(1)
        // ("a fait savoir le service": the verb's second word.)
        .skip_while(|w| matches!(**w, "savoir" | "valoir" | "observer" | "remarquer"))
        .skip_while(|w| crate::time::is_calendar_word(w) || matches!(**w, "soir" | "matin" | "dernier" | "encore"))
        .take(2)
        .copied()
        .collect();
    let told_before = || anaphoric_source(input, quotes, si, outer.start, &after_verb, kind);
    // ("», a indiqué le ministère dans son bilan, sans évoquer les soldats
    // nord-coréens": the body the tag names goes before anything past its
    // first clause.)
    let from = outer.end.min(sentence_end);
    let rest = &input.text[from..sentence_end];
    let lead = rest.len() - rest.trim_start_matches([',', ' ', '\u{a0}', '\u{202f}']).len();
    let clause_end = from + lead + rest[lead..].find([',', ';']).unwrap_or(rest.len() - lead);
    if near.iter().all(|m| m.span.start >= clause_end) {
        if let Some(b) = told_before() {
            return Some(b);
        }
    }
    near.iter().min_by_key(|m| rank(kind(&m.entity))).map(|m| stand_in(input.lexicon, &m.entity)).or_else(told_before)
}

/// The gender a pronoun or an inverted verb says: "a-t-elle", "elle" (folded).
fn pronoun_gender(w: &str) -> Option<bool> {
    if w.ends_with("elle") || w.ends_with("elles") {
        Some(true)
    } else if w.ends_with("-il") || w.ends_with("-ils") || w == "il" {
        Some(false)
    } else {
        None
    }
}

/// [`previous_speaker`] for a pronoun of a known gender: when the one found
/// is known to be of the other gender ("elle" after "reçue par Vladimir
/// Poutine, la ministre X, ..."), the last person named of that gender.
fn pronoun_speaker(
    input: &Input,
    quotes: &[Quote],
    si: usize,
    before: usize,
    feminine: Option<bool>,
    kind: &dyn Fn(&str) -> Option<EntityType>,
) -> Option<String> {
    // ("L'armée ukrainienne a publié un bilan. Elle affirme « »": an army
    // named by its country opening the sentence before is that country.)
    if feminine == Some(true) {
        let prev = si.checked_sub(1).map(|p| &input.sentences[p].span);
        let army = prev.and_then(|p| {
            let head = fslice(input, p.start, p.end);
            let rest = head.strip_prefix("l'armee ")?;
            let word = rest.split(|c: char| !c.is_alphanumeric() && c != '-').next()?;
            input.lexicon.demonym(word)
        });
        if let Some(c) = army {
            return Some(input.lexicon.entities[c].key.clone());
        }
    }
    let found = previous_speaker(input, quotes, si, before, kind);
    let found_gender =
        found.as_deref().filter(|f| kind(f) == Some(EntityType::Person)).and_then(|f| is_feminine(input, f));
    match (feminine, found_gender) {
        (Some(f), Some(g)) if f != g => {
            // (Someone of unknown gender named since will do: "X, 41 ans,
            // préside ... selon le gouverneur, Y. « ... », confie-t-elle".)
            last_person(input, quotes, si, before, Some(f), kind)
                .filter(|p| is_feminine(input, p) != Some(!f))
                .or(found)
        }
        // "elle" when the one found could be anyone: a woman named just
        // before is meant (most people in the news are men, and unmarked).
        // (Further back when the sentences just before name no woman: "La
        // chercheuse voit ... . X avait proposé ... . « ... », estime-t-elle".)
        // (Only past a public figure of the lexicon: a name found in the text
        // may be hers.)
        (Some(true), None) => input
            .mentions
            .iter()
            .rev()
            .filter(|m| {
                let reach = if found.as_deref().is_some_and(|f| input.lexicon.get(f).is_some()) { 5 } else { 2 };
                m.span.end <= before && m.sentence + reach >= si && kind(&m.entity) == Some(EntityType::Person)
            })
            .filter(|m| !quotes.iter().any(|q| m.span.start >= q.span.start && m.span.end <= q.span.end))
            .find(|m| is_feminine(input, &m.entity) == Some(true))
            .map(|m| m.entity.clone())
            .or(found),
        _ => found,
    }
}

/// "ce dernier", "cette dernière", "celui-ci", "celle-ci" (folded words, the
/// second may be anything after a one-word form).
fn demonstrative(a: &str, b: &str) -> bool {
    matches!((a, b), ("ce", "dernier") | ("cette", "derniere")) || matches!(a, "celui-ci" | "celle-ci")
}

/// The person named last before `before` (not inside a quotation), within
/// the three sentences before; `feminine` skips people known to be of the
/// other gender ("celle-ci" after "la ministre X ... le président Y").
fn last_person(
    input: &Input,
    quotes: &[Quote],
    si: usize,
    before: usize,
    feminine: Option<bool>,
    kind: &dyn Fn(&str) -> Option<EntityType>,
) -> Option<String> {
    input
        .mentions
        .iter()
        .rev()
        .filter(|m| m.span.end <= before && m.sentence + 3 >= si)
        .filter(|m| !quotes.iter().any(|q| m.span.start >= q.span.start && m.span.end <= q.span.end))
        .filter(|m| kind(&m.entity) == Some(EntityType::Person))
        .find(|m| feminine.is_none() || is_feminine(input, &m.entity).is_none_or(|f| Some(f) == feminine))
        .map(|m| m.entity.clone())
}

/// Whether the text tells a person's gender: "Mme X" or "M. X", or the
/// words of a role said of them ("la ministre nord-coréenne", "chercheuse",
/// "porte-parole adjoint").
pub(crate) fn is_feminine(input: &Input, key: &str) -> Option<bool> {
    for m in input.mentions.iter().filter(|m| m.entity == key) {
        let before = input.text[..m.span.start].trim_end();
        if before.ends_with("Mme") {
            return Some(true);
        }
        if before.ends_with("M.") {
            return Some(false);
        }
        // "la ministre des Affaires étrangères, X": an apposition before.
        // ("selon le gouverneur régional, X": past a preposition.)
        if let Some(b) = before.strip_suffix(',') {
            let phrase = b[b.rfind([',', '.', ';', '(']).map_or(0, |i| i + 1)..].trim_start();
            let words: Vec<String> = phrase.split_whitespace().take(3).map(fold).collect();
            let words = match &words[..] {
                [p, rest @ ..] if matches!(p.as_str(), "selon" | "pour" | "par" | "avec") => rest,
                all => all,
            };
            if let [det, title, ..] = words {
                if input.lexicon.is_title(title) {
                    match det.as_str() {
                        "la" => return Some(true),
                        "le" => return Some(false),
                        _ => {}
                    }
                }
            }
        }
        // "la ministre X", "le président X": a title right before the name
        // and its determiner.
        let from = (m.span.start.saturating_sub(40)..=m.span.start).find(|&i| input.text.is_char_boundary(i));
        let head = fold(&input.text[from.unwrap_or(m.span.start)..m.span.start]);
        let words: Vec<&str> =
            head.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
        if let [.., det, title] = words[..] {
            if input.lexicon.is_title(title) {
                if FEMININE.contains(&title) || det == "la" {
                    return Some(true);
                }
                if MASCULINE.contains(&title) || det == "le" {
                    return Some(false);
                }
            }
        }
    }
    // "la ministre des Affaires étrangères, X": the determiner of a role.
    for r in input.roles.iter().filter(|r| r.holder == key) {
        let before = input.text[..r.span.start].trim_end();
        let det = before.rsplit([' ', '\n', '(', ',']).next().unwrap_or("");
        match det {
            "la" | "La" => return Some(true),
            "le" | "Le" => return Some(false),
            _ => {}
        }
    }
    // (The words of a descriptor mention count too: "le président russe".)
    let labels = input.roles.iter().filter(|r| r.holder == key).map(|r| r.label.as_str());
    let surfaces = input.mentions.iter().filter(|m| m.entity == key).map(|m| &input.text[m.span.clone()]);
    labels.chain(surfaces).find_map(|label| {
        let label = fold(label);
        // (The title and what qualifies it, not its complement: "porte-parole
        // de la diplomatie ukrainienne" says nothing of the person's gender.)
        let words: Vec<&str> = label
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .take_while(|w| !matches!(*w, "de" | "du" | "des" | "d"))
            .collect();
        let feminine = words.iter().any(|w| {
            FEMININE.contains(w)
                || (w.len() > 5 && (w.ends_with("enne") || w.ends_with("aise") || w.ends_with("ienne")))
        });
        let masculine = words.iter().any(|w| MASCULINE.contains(w) || (w.len() > 5 && w.ends_with("ien")));
        match (feminine, masculine) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            _ => None,
        }
    })
}

/// Feminine and masculine forms of titles and descriptors (folded).
const FEMININE: &[&str] = &[
    "presidente",
    "vice-presidente",
    "premiere",
    "cheffe",
    "dirigeante",
    "directrice",
    "ambassadrice",
    "envoyee",
    "deputee",
    "senatrice",
    "elue",
    "gouverneure",
    "prefete",
    "mediatrice",
    "conseillere",
    "generale",
    "experte",
    "chercheuse",
    "professeure",
    "historienne",
    "correspondante",
    "redactrice",
    "fondatrice",
    "representante",
    "negociatrice",
    "avocate",
    "opposante",
    "militante",
    "consultante",
    "adjointe",
    "ancienne",
    "maitresse",
    "enseignante",
];
const MASCULINE: &[&str] = &[
    "president",
    "vice-president",
    "premier",
    "dirigeant",
    "directeur",
    "ambassadeur",
    "envoye",
    "depute",
    "senateur",
    "elu",
    "gouverneur",
    "prefet",
    "mediateur",
    "conseiller",
    "general",
    "expert",
    "chercheur",
    "professeur",
    "historien",
    "correspondant",
    "redacteur",
    "fondateur",
    "representant",
    "negociateur",
    "avocat",
    "opposant",
    "militant",
    "consultant",
    "adjoint",
    "ancien",
];

/// "Le vice-ministre a, lui, promis « ... »": the person last given that
/// title in an apposition before `before`.
fn titled(input: &Input, title: &str, before: usize) -> Option<String> {
    // ("», a martelé le diplomate": someone named as an ambassador; "assure
    // l'officier": someone named with a rank.)
    let kin = title_kin(title);
    let fits = |w: &str| w == title || kin.contains(&w) || w.rsplit('-').next().is_some_and(|l| kin.contains(&l));
    // ("le chef de la diplomatie, X, ... a écrit le ministre": a foreign
    // minister by the press's other name for one.)
    let diplomacy = |label: &str| {
        matches!(title, "ministre" | "ministres")
            && ["chef de la diplomatie", "cheffe de la diplomatie"].iter().any(|c| {
                let label = label.trim_start();
                label.strip_prefix("le ").or_else(|| label.strip_prefix("la ")).unwrap_or(label).starts_with(c)
            })
    };
    let role = input
        .roles
        .iter()
        .rev()
        .filter(|r| r.span.end <= before)
        .find(|r| {
            let label = fold(&r.label);
            label.split(|c: char| !c.is_alphanumeric() && c != '-').any(fits) || diplomacy(&label)
        })
        .map(|r| (r.span.end, r.holder.clone()));
    // ("le vice-ministre de l'Industrie X", "X, vice-ministre de ...": a
    // person the lexicon does not hold, named with the title.)
    let words = |s: &str| fold(s).split(|c: char| !c.is_alphanumeric() && c != '-').any(fits);
    let named = input
        .mentions
        .iter()
        .rev()
        .filter(|m| m.span.end <= before && input.sentences[m.sentence].span.end + 2000 >= before)
        .filter(|m| crate::model::kind_of(input.lexicon, input.found, &m.entity) == Some(EntityType::Person))
        .find(|m| {
            let sentence = &input.sentences[m.sentence].span;
            let head = &input.text[sentence.start..m.span.start];
            // ("L'ambassadeur sud-coréen, X, a ouvert": the title before an
            // apposition.)
            let head = match head.trim_end().strip_suffix(',') {
                Some(h) => h,
                None => head,
            };
            let head = &head[head.rfind([',', ';', '(']).map_or(0, |c| c + 1)..];
            let tail = &input.text[m.span.end..sentence.end];
            let tail = tail.strip_prefix(", ").map_or("", |t| &t[..t.find([',', ';', ')']).unwrap_or(t.len())]);
            (head.split_whitespace().count() <= 8 && (words(head) || diplomacy(&fold(head)))) || words(tail)
        })
        .map(|m| (m.span.end, m.entity.clone()));
    match (role, named) {
        (Some(r), Some(n)) => Some(if n.0 > r.0 { n.1 } else { r.1 }),
        (r, n) => r.or(n).map(|x| x.1),
    }
}

/// A group of unnamed people told of in the sentences up to `before`, by the
/// country or body they belong to ("des responsables américains", "plusieurs
/// diplomates sud-coréens", "des officiers de l'état-major"): the last one.
fn group_before(input: &Input, si: usize, before: usize, kind: &dyn Fn(&str) -> Option<EntityType>) -> Option<String> {
    let quantifier = |w: &str| {
        matches!(w, "des" | "les" | "plusieurs" | "deux" | "trois" | "quatre" | "quelques" | "certains" | "ces" | "de")
    };
    input
        .mentions
        .iter()
        .rev()
        .filter(|m| m.span.end <= before && m.sentence + 2 >= si)
        .find(|m| {
            let head = fslice(input, input.sentences[m.sentence].span.start, m.span.start);
            let w: Vec<&str> = head
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .rev()
                .take(4)
                .collect();
            let plural = |x: &str| x.len() > 3 && x.ends_with(['s', 'x']);
            match m.kind {
                crate::lexicon::MentionKind::Demonym => {
                    matches!(w[..], [noun, q, ..] if plural(noun) && quantifier(q))
                }
                _ => {
                    matches!(kind(&m.entity), Some(EntityType::Organization | EntityType::MilitaryForce))
                        && match w[..] {
                            ["du" | "des", noun, q, ..] | ["la" | "l", "de", noun, q] => plural(noun) && quantifier(q),
                            _ => false,
                        }
                }
            }
        })
        .map(|m| stand_in(input.lexicon, &m.entity))
}

/// The one the sentence before `si` is about: its first person, body or
/// force not governed by a preposition ("Le NIS a affirmé ... Son directeur
/// adjoint a précisé « »").
fn possessor(input: &Input, si: usize) -> Option<String> {
    let prev = si.checked_sub(1)?;
    let start = input.sentences[prev].span.start;
    input
        .mentions
        .iter()
        .filter(|m| m.sentence == prev && m.kind != crate::lexicon::MentionKind::Demonym)
        .filter(|m| {
            matches!(
                crate::model::kind_of(input.lexicon, input.found, &m.entity),
                Some(EntityType::Person | EntityType::Organization | EntityType::MilitaryForce)
            )
        })
        .find(|m| !governed(input.folded, start, m))
        .map(|m| m.entity.clone())
}

/// "Son hôte": the one who received the visitor, named as the agent of
/// "reçu ... par" or "accueilli ... par" in the last sentences ("X a été reçu
/// mercredi à Pyongyang par Kim Jong Un"), when that visitor spoke last.
fn receiver(input: &Input, quotes: &[Quote], si: usize, before: usize) -> Option<String> {
    let person =
        |m: &&Mention| crate::model::kind_of(input.lexicon, input.found, &m.entity) == Some(EntityType::Person);
    let last = quotes.iter().rev().find(|q| q.sentence + 3 >= si)?.speaker.clone()?;
    let from = input.sentences[si.saturating_sub(4)].span.start;
    let text = fslice(input, from, before);
    let base = input.folded.from_original(from);
    ["recu ", "recue ", "accueilli ", "accueillie "]
        .iter()
        .filter_map(|w| text.rfind(w).map(|at| (at, w.len())))
        .max()
        .and_then(|(at, len)| {
            let rest = &text[at + len..];
            let par = rest.find(" par ").filter(|&p| p <= 60)?;
            let start = input.folded.to_original(base + at + len + par..base + at + len + par + 1, input.text).start;
            let host =
                input.mentions.iter().filter(person).find(|m| m.span.start > start && m.span.start <= start + 8)?;
            // (The visitor, received, is the one who spoke last.)
            let guest = input
                .mentions
                .iter()
                .filter(person)
                .filter(|m| m.sentence == host.sentence)
                .any(|m| m.entity == last && m.span.start < start);
            (guest && host.entity != last).then(|| host.entity.clone())
        })
}

/// Relatives that hand a pronoun's clause to someone else ("reçue par X, à
/// qui elle a promis ..."), folded.
const TO_WHOM: &[&str] = &[
    "a qui",
    "auquel",
    "a laquelle",
    "auxquels",
    "auxquelles",
    "avec qui",
    "aupres de qui",
    "avec lequel",
    "avec laquelle",
];

/// The other one of a pair told of ("son hôte", "sa visiteuse"), folded,
/// with the space that ends the word.
const OTHER: [&str; 9] = [
    "son invite ",
    "son invitee ",
    "son hote ",
    "son hotesse ",
    "son interlocuteur ",
    "son interlocutrice ",
    "son visiteur ",
    "sa visiteuse ",
    "son homologue ",
];

/// No person is named between `at` (folded, from the sentence start) and
/// `before` ("tandis que son hôte promettait « »", not "tandis que son
/// homologue américain, Mike Waltz, a jugé « »").
fn unnamed_after(input: &Input, mentions: &[&Mention], sentence_start: usize, at: usize, before: usize) -> bool {
    let base = input.folded.from_original(sentence_start) + at;
    let from = input.folded.to_original(base..base + 1, input.text).start;
    !mentions.iter().any(|m| {
        m.span.start >= from
            && m.span.end <= before
            && crate::model::kind_of(input.lexicon, input.found, &m.entity) == Some(EntityType::Person)
    })
}

/// "Son homologue nord-coréen" opening a clause: the holder of the same
/// office in that country when the extractor resolved one, else (an envoy's
/// counterpart, whom the office table does not know) the country.
fn counterpart(input: &Input, sentence_start: usize, before: usize) -> Option<String> {
    let head = fslice(input, sentence_start, before);
    let at = std::iter::once(0)
        .chain(head.match_indices(", ").map(|(i, _)| i + 2))
        .find(|&i| head[i..].starts_with("son homologue "))?
        + "son homologue ".len();
    let word = head[at..].split(|c: char| !c.is_alphanumeric() && c != '-').next()?;
    let country = input.lexicon.demonym(word)?;
    let base = input.folded.from_original(sentence_start) + at;
    let from = input.folded.to_original(base..base + word.len(), input.text).start;
    match input.mentions.iter().find(|m| m.span.start <= from && m.span.end > from) {
        Some(m) => Some(m.entity.clone()),
        None => Some(input.lexicon.entities[country].key.clone()),
    }
}

/// The titles a generic word for someone's trade may stand for ("le
/// diplomate" for an ambassador, "l'officier" for a colonel), folded.
fn title_kin(title: &str) -> &'static [&'static str] {
    match title {
        // ("la porte-parole de la diplomatie russe, X ... a répondu la
        // diplomate".)
        "diplomate" => &[
            "ambassadeur",
            "ambassadrice",
            "representant",
            "representante",
            "envoye",
            "envoyee",
            "emissaire",
            "diplomatie",
        ],
        "officier" | "militaire" | "grade" => &[
            "general",
            "generale",
            "colonel",
            "lieutenant",
            "commandant",
            "capitaine",
            "major",
            "amiral",
            "marechal",
            "officier",
            "sergent",
            "adjudant",
        ],
        "chercheur" | "chercheuse" | "expert" | "experte" | "specialiste" | "analyste" => &[
            "chercheur",
            "chercheuse",
            "expert",
            "experte",
            "specialiste",
            "analyste",
            "politologue",
            "historien",
            "historienne",
            "economiste",
            "universitaire",
        ],
        _ => &[],
    }
}

/// "Les ministres des Affaires étrangères du G7 ont ...": a sentence opening
/// on people by their title speaks for the body its first clause names.
fn plural_subject(
    input: &Input,
    sentence: &Sentence,
    outer: &Span,
    mentions: &[&Mention],
    speaker_like: &dyn Fn(&Mention) -> bool,
    kind: &dyn Fn(&str) -> Option<EntityType>,
) -> Option<String> {
    let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
    let words: Vec<&str> =
        head.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).take(2).collect();
    if !(words.first() == Some(&"les") && words.get(1).is_some_and(|t| input.lexicon.is_title(t.trim_end_matches('s'))))
    {
        return None;
    }
    let base = input.folded.from_original(sentence.span.start);
    let clause_end =
        head.find([',', ';']).map_or(outer.start, |c| input.folded.to_original(base..base + c, input.text).end);
    mentions
        .iter()
        .filter(|m| m.span.start >= sentence.span.start && m.span.end <= clause_end && speaker_like(m))
        .min_by_key(|m| rank(kind(&m.entity)))
        .map(|m| stand_in(input.lexicon, &m.entity))
}

/// The body, force or medium a plural pronoun stands for ("», ont-elles
/// indiqué", "elles ont affirmé « »"): the first one not governed by a
/// preposition in the sentence before or this one, before `before`.
fn plural_body(input: &Input, si: usize, before: usize, kind: &dyn Fn(&str) -> Option<EntityType>) -> Option<String> {
    input
        .mentions
        .iter()
        .filter(|m| m.span.end <= before && m.sentence + 1 >= si)
        .filter(|m| {
            matches!(kind(&m.entity), Some(EntityType::Organization | EntityType::MilitaryForce | EntityType::Media))
        })
        .find(|m| !governed(input.folded, input.sentences[m.sentence].span.start, m))
        .map(|m| m.entity.clone())
}

/// Where a speech verb's own clause may open; the last two (a bare "que")
/// only when no speech verb comes before.
const CLAUSE_CUES: &[&str] = &[
    ", tandis que",
    " tandis qu'",
    ", alors que",
    " alors qu'",
    "laquelle",
    "lequel",
    "; ",
    ", mais ",
    " et que ",
    ", et ",
    " que ",
    " qu'",
];

/// The folded view of an original byte range (no allocation; the same text
/// `fold` would make of the slice).
fn fslice<'a>(input: &Input<'a>, start: usize, end: usize) -> &'a str {
    let f = input.folded;
    let (a, b) = (f.from_original(start), f.from_original(end.max(start)));
    &f.folded[a..b]
}

/// Is a mention the complement of a preposition ("à Pékin", "de la Douma")?
fn governed(folded: &Folded, sentence_start: usize, m: &Mention) -> bool {
    let prefix = &folded.folded[folded.from_original(sentence_start)..folded.from_original(m.span.start)];
    // ("Selon l'agence, Kim Jong Un a ...": a comma closes the phrase.)
    let trimmed = prefix.trim_end();
    if trimmed.ends_with(',') {
        return false;
    }
    // ("un commentaire de l'agence officielle KCNA a qualifié ...": the issuer
    // of a document the sentence opens on is its subject's owner, not a
    // complement.)
    let words: Vec<&str> = trimmed[trimmed.rfind(',').map_or(0, |c| c + 1)..]
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .filter(|w| !matches!(*w, "le" | "la" | "l" | "les" | "agence" | "officielle" | "officiel"))
        .collect();
    if let [.., det, doc, "de" | "du" | "des"] = words[..] {
        let document = matches!(
            doc,
            "communique" | "commentaire" | "editorial" | "rapport" | "declaration" | "note" | "texte" | "message"
        );
        if document && matches!(det, "un" | "une") && words.len() <= 4 {
            return false;
        }
    }
    // ("les liens entre Pékin et Pyongyang": the second of two joined
    // complements is governed too.)
    if let Some(first) = trimmed.strip_suffix(" et") {
        let from = (first.len().saturating_sub(48)..=first.len()).find(|&i| first.is_char_boundary(i)).unwrap_or(0);
        let window = &first[from..];
        let window = window.get(window.rfind([',', ';', ':']).map_or(0, |c| c + 1)..).unwrap_or("");
        if window
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .rev()
            .take(5)
            .any(|w| matches!(w, "entre" | "de" | "du" | "des" | "a" | "au" | "aux" | "avec" | "contre" | "par"))
        {
            return true;
        }
    }
    crate::text::governing_preposition(prefix).is_some()
}

/// Whether a body is named as an unnamed official's: "le porte-parole du
/// Kremlin", "une porte-parole de la Maison-Blanche" (determiner, title,
/// preposition right before it).
fn official_of(input: &Input, m: &Mention) -> bool {
    let start = input.sentences[m.sentence].span.start;
    let head = fslice(input, start, m.span.start);
    // (The last four words, last first.)
    let w: Vec<&str> =
        head.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).rev().take(4).collect();
    let det = |x: &str| matches!(x, "le" | "la" | "l" | "un" | "une");
    // ("un haut responsable du": an adjective before the title.)
    let high = |x: &str| matches!(x, "haut" | "haute");
    match w[..] {
        ["du" | "des", t, h, d] if high(h) => det(d) && input.lexicon.is_title(t),
        ["du" | "des", t, d, ..] | ["la" | "l", "de", t, d] => det(d) && input.lexicon.is_title(t),
        _ => false,
    }
}

/// People speak first; then organizations and media; then countries.
fn rank(kind: Option<EntityType>) -> u8 {
    match kind {
        Some(EntityType::Person) => 0,
        Some(EntityType::Organization | EntityType::Media) => 1,
        _ => 2,
    }
}

/// Does a folded sentence prefix end inside "selon X", "cité (mercredi)
/// par X" (no comma since)?
fn in_source_phrase(prefix: &str) -> bool {
    let cited = prefix.match_indices(" par ").map(|(at, _)| at).filter(|&at| {
        prefix[..at]
            .split_whitespace()
            .rev()
            .find(|w| !crate::time::is_calendar_word(w))
            .is_some_and(|w| matches!(w, "cite" | "citee" | "cites" | "citees"))
    });
    ["selon ", "d'apres ", "citant "]
        .iter()
        .filter_map(|c| prefix.rfind(c))
        .chain(cited)
        .max()
        .is_some_and(|at| !prefix[at..].contains(','))
}

/// Subjects that are two people at once ("les deux ministres").
const JOINT: [&str; 9] =
    ["hommes", "ministres", "dirigeants", "chefs", "presidents", "dirigeantes", "femmes", "parties", "delegations"];

/// The source of words a joint subject says ("les deux hommes ont évoqué,
/// selon l'agence, « »", "les deux ministres ont réaffirmé « » ..., a
/// rapporté le ministère"): a "selon" phrase between the subject and the
/// quotation, else a body or a medium a speech verb after it names.
fn joint_source(
    input: &Input,
    sentence: &Sentence,
    outer: &Span,
    mentions: &[&Mention],
    speaker_like: &dyn Fn(&Mention) -> bool,
    kind: &dyn Fn(&str) -> Option<EntityType>,
) -> Option<String> {
    let head = fslice(input, sentence.span.start, outer.start.max(sentence.span.start));
    let at = head.rfind("les deux ")?;
    let noun = head[at + 9..].split(|c: char| !c.is_alphanumeric()).next()?;
    if !JOINT.contains(&noun) || head[at..].contains(['.', ';']) {
        return None;
    }
    let base = input.folded.from_original(sentence.span.start);
    let from = input.folded.to_original(base..base + at, input.text).end;
    let lex = input.lexicon;
    let speech = |folded: &str| lex.trigger_hits(folded).into_iter().any(|(_, t)| lex.triggers[t].speech);
    let teller = |m: &&&Mention| {
        speaker_like(m) && matches!(kind(&m.entity), Some(EntityType::Media | EntityType::Organization))
    };
    let quoted = mentions.iter().filter(|m| m.span.start >= from && m.span.end <= outer.start).find(|m| {
        teller(m) && {
            let prefix = fslice(input, sentence.span.start, m.span.start);
            in_source_phrase(prefix) && prefix.len() > at
        }
    });
    let told = || {
        mentions.iter().filter(|m| m.span.start >= outer.end && m.span.end <= sentence.span.end).find(|m| {
            teller(m) && speech(fslice(input, outer.end, m.span.start)) && {
                let gap = &input.text[outer.end..m.span.start];
                gap.contains(", ") && !gap.contains(['«', '“'])
            }
        })
    };
    quoted.or_else(told).map(|m| stand_in(lex, &m.entity))
}

/// The head noun of the body an unnamed official at the end of a folded
/// phrase belongs to: "un porte-parole du ministère" → "ministere".
fn official_noun<'a>(lex: &Lexicon, phrase: &'a str) -> Option<&'a str> {
    let w: Vec<&str> =
        phrase.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).rev().take(4).collect();
    match w[..] {
        [n, "la" | "l", "de", t, ..] | [n, "du" | "de" | "d", t, ..] if lex.is_title(t) => Some(n),
        _ => None,
    }
}

/// A capital or palace quoted as a speaker speaks for its government.
fn stand_in(lex: &Lexicon, key: &str) -> String {
    lex.get(key)
        .filter(|&e| lex.entities[e].kind == EntityType::Place)
        .and_then(|e| lex.entities[e].stands_for)
        .map_or_else(|| key.to_string(), |s| lex.entities[s].key.clone())
}

/// Nouns of the documents a body issues (folded, singular).
const DOCUMENTS: [&str; 10] =
    ["communique", "declaration", "texte", "message", "note", "rapport", "bilan", "editorial", "lettre", "bulletin"];

/// Whether a mention names a document's author: "un communiqué de la
/// Commission ...", "la déclaration officielle du ministère".
fn authored(input: &Input, m: &Mention) -> bool {
    let from = (m.span.start.saturating_sub(40)..=m.span.start)
        .find(|&i| input.text.is_char_boundary(i))
        .unwrap_or(m.span.start);
    let head = fold(&input.text[from..m.span.start]);
    let w: Vec<&str> = head.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).rev().take(4).collect();
    let of = w.iter().position(|x| matches!(*x, "de" | "du" | "des"));
    of.is_some_and(|i| {
        w[..i].iter().all(|x| matches!(*x, "la" | "l")) && w[i + 1..].iter().take(2).any(|x| DOCUMENTS.contains(x))
    })
}

/// What a source phrase's words point back to: "lui"/"elle" the person told
/// of before; "l'agence" the agency named before; "son communiqué", "le
/// rapport", "le texte" the last quotation's speaker in the two sentences
/// before, else the organization or medium named last.
fn anaphoric_source(
    input: &Input,
    quotes: &[Quote],
    si: usize,
    before: usize,
    words: &[&str],
    kind: &dyn Fn(&str) -> Option<EntityType>,
) -> Option<String> {
    let recent = |m: &&Mention| m.span.end <= before && m.sentence + 2 >= si;
    match words {
        ["lui" | "elle"] => previous_speaker(input, quotes, si, before, kind),
        // ("a fait savoir l'agence": a news agency, or an intelligence
        // service, which the press calls an agency too, whichever was told
        // of last.)
        ["l", "agence"] => {
            let agency = |m: &&Mention| match kind(&m.entity) {
                Some(EntityType::Media) => true,
                Some(EntityType::Organization) => input.lexicon.get(&m.entity).is_some_and(|e| {
                    let fr = fold(&input.lexicon.entities[e].fr);
                    fr.contains("renseignement") || fr.contains("agence")
                }),
                _ => false,
            };
            input.mentions.iter().rev().filter(recent).find(agency).map(|m| m.entity.clone())
        }
        // "a résumé l'état-major", "a précisé le ministère": the staff or
        // ministry named before; "a écrit l'unité", "selon la brigade": the
        // force told of before.
        ["l" | "le" | "la", noun @ ("etat-major" | "ministere" | "gouvernement" | "service" | "renseignement" | "parquet"
        | "commission" | "comite" | "conseil" | "departement" | "bureau" | "institut" | "observatoire"
        | "presidence" | "chancellerie" | "direction" | "quartier" | "mission" | "ambassade" | "unite"
        | "brigade" | "formation")] => {
            let force = matches!(*noun, "unite" | "brigade" | "formation");
            let recent = |m: &&Mention| m.span.end <= before && m.sentence + 4 >= si;
            let fits = |m: &&Mention| {
                if force {
                    kind(&m.entity) == Some(EntityType::MilitaryForce)
                } else {
                    // ("le SBU ... a fait savoir le service": the body's
                    // French name has the noun.)
                    kind(&m.entity) == Some(EntityType::Organization)
                        && (fold(&m.surface).contains(noun)
                            || input.lexicon.get(&m.entity).is_some_and(|e| {
                                fold(&input.lexicon.entities[e].fr)
                                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                                    .any(|w| w == *noun)
                            }))
                }
            };
            // ("Le SBU a précisé ... en coopération avec le NIS ... « », a
            // indiqué le service": the subject first, not a complement.)
            let free = |m: &&Mention| !governed(input.folded, input.sentences[m.sentence].span.start, m);
            let found = || input.mentions.iter().rev().filter(recent).filter(fits);
            found().find(free).or_else(|| found().next()).map(|m| m.entity.clone())
        }
        ["son" | "sa" | "ses" | "leur" | "leurs" | "le" | "la" | "l" | "ce" | "cette", "communique" | "rapport" | "document" | "texte" | "declaration" | "message" | "bilan" | "note"
        | "editorial" | "article" | "bulletin"]
        | ["les" | "ses" | "leurs", "auteurs"] => {
            // ("Le ministère a revendiqué la prise du village. « », affirme le
            // communiqué": a body told of as a subject since the last
            // quotation, before that quotation's speaker.)
            let last = quotes.iter().rev().find(|q| q.sentence + 2 >= si && q.sentence <= si && q.speaker.is_some());
            let since = input
                .mentions
                .iter()
                .filter(|m| m.sentence + 1 >= si && m.span.end <= before)
                .filter(|m| last.is_none_or(|q| m.span.start >= q.span.end))
                .filter(|m| {
                    matches!(kind(&m.entity), Some(EntityType::Organization | EntityType::MilitaryForce))
                        && m.kind != crate::lexicon::MentionKind::Demonym
                        && !governed(input.folded, input.sentences[m.sentence].span.start, m)
                })
                .find(|m| {
                    // ("Dans un communiqué publié par X, la commission reconnaît
                    // ...": past an opening phrase.)
                    let head = fslice(input, input.sentences[m.sentence].span.start, m.span.start);
                    head[head.rfind(',').map_or(0, |c| c + 1)..].split_whitespace().count() <= 2
                })
                .map(|m| m.entity.clone());
            since.or_else(|| last.and_then(|q| q.speaker.clone())).or_else(|| {
                // ("un rapport de l'Équipe ..., rendu public par X": the body
                // named as the document's issuer, before any other.)
                let issued = |m: &&Mention| {
                    let from = (m.span.start.saturating_sub(60)..=m.span.start)
                        .find(|&i| input.text.is_char_boundary(i))
                        .unwrap_or(m.span.start);
                    let head = fold(&input.text[from..m.span.start]);
                    ["rapport", "publie", "public", "redige", "etabli"].iter().any(|w| head.contains(w))
                        && matches!(crate::text::governing_preposition(&head), Some("par" | "de" | "du" | "d" | "des"))
                };
                // (A force issues its communiqués too: "les Forces ... ont
                // annoncé ... « », indique leur communiqué".)
                let body = |m: &&Mention| {
                    matches!(
                        kind(&m.entity),
                        Some(EntityType::Organization | EntityType::Media | EntityType::MilitaryForce)
                    )
                };
                let far = |m: &&Mention| m.span.end <= before && m.sentence + 6 >= si;
                let mentions = || input.mentions.iter().rev();
                // ("un communiqué de la Commission ..., diffusé par l'agence
                // KCNA": the document's author, not the agency relaying it.)
                mentions()
                    .filter(far)
                    .filter(body)
                    .find(|m| authored(input, m))
                    .or_else(|| mentions().filter(far).filter(body).find(issued))
                    .or_else(|| mentions().filter(recent).find(body))
                    .map(|m| m.entity.clone())
            })
        }
        _ => None,
    }
}

/// Does a quotation at `before` answer a question: the sentence so far ends
/// with "?", or opens on the quotation right after a sentence that does?
fn asked(input: &Input, si: usize, before: usize) -> bool {
    let sentence = &input.sentences[si];
    let end = before.clamp(sentence.span.start, sentence.span.end);
    let end =
        (sentence.span.start..=end).rev().find(|&i| input.text.is_char_boundary(i)).unwrap_or(sentence.span.start);
    let head = input.text[sentence.span.start..end].trim_end_matches(['«', '“', '"', ' ', '\u{a0}', '\u{202f}']);
    head.ends_with('?')
        || (head.is_empty()
            && si > 0
            && input.sentences[si - 1].block == sentence.block
            && input.text[input.sentences[si - 1].span.clone()].trim_end().ends_with('?'))
}

/// The one interviewed: who answered the last question (the last person
/// quoted in the few sentences before), else the last person named.
fn answerer(
    input: &Input,
    quotes: &[Quote],
    si: usize,
    before: usize,
    kind: &dyn Fn(&str) -> Option<EntityType>,
) -> Option<String> {
    // (Only an answer itself: words quoted before the interview began are
    // someone else's.)
    quotes
        .iter()
        .rev()
        .filter(|q| q.sentence + 8 >= si && q.span.end <= before)
        .find(|q| q.speaker.as_deref().is_some_and(|s| kind(s) == Some(EntityType::Person)))
        .filter(|q| asked(input, q.sentence, q.span.start))
        .and_then(|q| q.speaker.clone())
        .or_else(|| last_person(input, quotes, si, before, None, kind))
}

/// "a-t-il affirmé": the person this pronoun points back to: the first
/// person of the sentence before the quote, else the speaker of a recent
/// quote, else the first person of the previous sentences.
/// (An answer after a question is the one interviewed.)
fn previous_speaker(
    input: &Input,
    quotes: &[Quote],
    si: usize,
    before: usize,
    kind: &dyn Fn(&str) -> Option<EntityType>,
) -> Option<String> {
    // ("Les frappez-vous ? « ... », affirme-t-il": the one interviewed.)
    if asked(input, si, before) {
        if let Some(a) = answerer(input, quotes, si, before, kind) {
            return Some(a);
        }
    }
    // A person named inside a quotation is not the one a pronoun points to.
    let quoted = |m: &&Mention| quotes.iter().any(|q| m.span.start >= q.span.start && m.span.end <= q.span.end);
    let ms: Vec<&Mention> = input.mentions.iter().filter(|m| !quoted(m)).collect();
    // "Il a été reçu par le président X ... « ... », a-t-il lancé": a
    // sentence opening on a pronoun goes on with the one told of before, not
    // with the people it names.
    let opens_on_pronoun = {
        let head = fslice(input, input.sentences[si].span.start, before);
        (head.starts_with("il ") || head.starts_with("elle ")) && !impersonal(head)
    };
    // (Not someone a preposition governs: "Kiev est prêt à remettre les deux
    // hommes à X « ... », a-t-il déclaré" goes on with the one told of before.)
    let free = |m: &&&Mention| !governed(input.folded, input.sentences[m.sentence].span.start, m);
    if let Some(m) = ms
        .iter()
        .filter(|_| !opens_on_pronoun)
        .filter(free)
        .find(|m| m.sentence == si && m.span.end <= before && kind(&m.entity) == Some(EntityType::Person))
    {
        return Some(m.entity.clone());
    }
    // Someone quoted earlier in this sentence speaks again.
    if let Some(q) = quotes.iter().rev().find(|q| q.sentence == si && q.span.end <= before && q.speaker.is_some()) {
        return q.speaker.clone();
    }
    // ("Le Conseil de sécurité nationale a dénoncé un accord qui constitue,
    // selon lui, « »": the body this sentence opens on, before the pronoun.)
    if before > input.sentences[si].span.start {
        if let Some(s) = opening_subject(input, si, quotes, kind) {
            return Some(s);
        }
    }
    // "Le porte-parole du Kremlin a balayé ces critiques : « ... », a-t-il
    // lancé": the body this sentence opens on, before the quotation.
    // (An unnamed official of the body: "le porte-parole du", "la
    // porte-parole de la"; no person named before the quotation.)
    // ("À Kiev, un haut responsable du renseignement militaire ...": past a
    // place the sentence opens on.)
    let opener = ms
        .iter()
        .find(|m| m.sentence == si && m.span.end <= before && kind(&m.entity) != Some(EntityType::Place))
        .filter(|m| matches!(kind(&m.entity), Some(EntityType::Organization | EntityType::Media)))
        .filter(|m| official_of(input, m));
    if let Some(m) = opener {
        return Some(stand_in(input.lexicon, &m.entity));
    }
    // "Le ministère russe de la Défense a démenti ... « ... », a-t-il
    // affirmé", "L'agence KCNA, elle, préfère ... « ... », a-t-elle
    // commenté": the subject the sentence before opens on.
    if let Some(s) = si.checked_sub(1).and_then(|s| opening_subject(input, s, quotes, kind)) {
        return Some(s);
    }
    // ("... aux côtés du secrétaire général de l'OTAN, X. Ce dernier s'est
    // montré plus prudent. « ... », a-t-il déclaré": the one the sentence
    // before points back to.)
    if let Some(b) = si.checked_sub(1) {
        let head = fslice(input, input.sentences[b].span.start, input.sentences[b].span.end);
        let w: Vec<&str> = head.split([' ', ',']).take(2).collect();
        if w.len() == 2 && demonstrative(w[0], w[1]) {
            let feminine = matches!(w[0], "cette" | "celle-ci");
            let start = input.sentences[b].span.start;
            if let Some(p) = last_person(input, quotes, b, start, Some(feminine), kind) {
                return Some(p);
            }
        }
    }
    // Someone quoted in the sentence before speaks again ("« ... », a-t-il
    // répondu. Il a ajouté que ... « ... »").
    if let Some(q) = quotes.iter().rev().find(|q| q.sentence + 1 >= si && q.span.end <= before && q.speaker.is_some()) {
        return q.speaker.clone();
    }
    // The person the sentence before is about comes before an older quote's
    // speaker ("Interrogé..., le chef de l'État russe a ... « ... », a-t-il répondu").
    // ("Interrogée sur les propos de X, Y lui donne raison": the subject,
    // not someone a preposition governs, when there is one.)
    let first_person = |s: usize| {
        let people = || ms.iter().filter(move |m| m.sentence == s && kind(&m.entity) == Some(EntityType::Person));
        people().find(free).or_else(|| people().next())
    };
    // (In the sentence just before, not someone inside a clause it reports:
    // "On se disait que Kim Jong Un vendait ses obus. « ... », tranche-t-elle.")
    // ("C'est samedi que le chef d'état-major, X, avait annoncé ...": a cleft's
    // "que" reports nothing.)
    let reported = |m: &&&Mention| {
        let prefix = fslice(input, input.sentences[m.sentence].span.start, m.span.start);
        let prefix = prefix
            .strip_prefix("c'est ")
            .and_then(|p| p.find(" que ").map(|q| &p[q + 5..]).or_else(|| p.find(" qu'").map(|q| &p[q + 4..])))
            .unwrap_or(prefix);
        prefix.contains(" que ") || prefix.contains(" qu'")
    };
    // ("Zelensky se trouvait en Afrique du Sud. Il a été reçu par le président
    // X ... « ... », a-t-il lancé": a sentence opening on "il" passes on to
    // the one before.)
    let mut back = si.checked_sub(1);
    while let Some(b) = back {
        let head = fslice(input, input.sentences[b].span.start, input.sentences[b].span.end);
        if (head.starts_with("il ") || head.starts_with("elle ")) && !impersonal(head) && b + 3 > si {
            back = b.checked_sub(1);
        } else {
            break;
        }
    }
    if let Some(m) = back.and_then(first_person).filter(|m| !reported(m)) {
        return Some(m.entity.clone());
    }
    if let Some(q) = quotes.iter().rev().find(|q| q.sentence + 2 >= si && q.speaker.is_some()) {
        return q.speaker.clone();
    }
    for back in 2..=3 {
        let s = si.checked_sub(back)?;
        if let Some(m) = first_person(s) {
            return Some(m.entity.clone());
        }
    }
    // Further back, the last one who spoke, else the last person named.
    if let Some(q) = quotes.iter().rev().find(|q| q.sentence + 6 >= si && q.speaker.is_some()) {
        return q.speaker.clone();
    }
    ms.iter()
        .rev()
        .find(|m| m.sentence < si && m.sentence + 6 >= si && kind(&m.entity) == Some(EntityType::Person))
        .map(|m| m.entity.clone())
}

/// Adjectives that may stand between a possessive and the word for what was
/// said ("sa première réponse").
const ORDINAL_ADJECTIVES: &[&str] =
    &["premiere", "premier", "derniere", "dernier", "seule", "seul", "principale", "principal", "breve", "courte"];

/// Participles that, with "par X", tell who called something what the
/// quotation says ("présenté par l'agence comme « ... »", "décrit par le
/// ministère comme « ... »").
fn naming_participle(w: &str) -> bool {
    ["presente", "qualifie", "decrit", "designe", "surnomme", "presentes", "qualifies", "decrits", "designes"]
        .iter()
        .any(|p| w.strip_prefix(p).is_some_and(|rest| matches!(rest, "" | "e" | "es" | "s")))
}

/// Verbs of an incise inside a quotation ("« ..., tempère X, ... »"), in the
/// present or the passé composé's participle, beyond the lexicon's speech verbs.
const INCISE_VERBS: &[&str] = &[
    "tempere",
    "analyse",
    "observe",
    "nuance",
    "poursuit",
    "continue",
    "reprend",
    "releve",
    "glisse",
    "lance",
    "martele",
    "souffle",
    "tranche",
    "concede",
    "admet",
    "detaille",
    "decrypte",
    "remarque",
    "temoigne",
    "resume",
    "complete",
    "avance",
    "conclut",
    "precise",
    "ajoute",
    "insiste",
    "explique",
    "raconte",
    "estime",
    "assure",
    "affirme",
    "juge",
    "note",
    "souligne",
    "rappelle",
    "confie",
    "commente",
    "ironise",
    "indique",
    "declare",
    "dit",
    "previent",
    "avertit",
    "rappele",
    "poursuivi",
    "conclu",
    "reconnu",
    "admis",
    "prevenu",
    "averti",
    "repondu",
];

/// « A, explique X, chercheuse à ... . B »: the speaker an incise inside
/// the quotation marks names: a person right after its verb, a title that
/// points back ("raconte le prêtre"), or "-t-il" (the one told of before).
fn inner_incise(
    input: &Input,
    quotes: &[Quote],
    si: usize,
    span: &Span,
    mentions: &[&Mention],
    speaker_like: &dyn Fn(&Mention) -> bool,
    kind: &dyn Fn(&str) -> Option<EntityType>,
) -> Option<String> {
    let base = input.folded.from_original(span.start);
    let q = fslice(input, span.start, span.end);
    let mut at = 0;
    while let Some(c) = q[at..].find(',') {
        let comma = at + c;
        at = comma + 1;
        if comma < 8 {
            continue;
        }
        let rest = q[comma + 1..].trim_start();
        let lead = q.len() - comma - 1 - rest.len();
        let mut verb = rest.split([' ', ',', '.']).next().unwrap_or("");
        // "« A, a rappelé X, B »": a compound tense; the participle is the verb.
        let mut aux_len = 0;
        if matches!(verb, "a" | "avait" | "ont") {
            let after_aux = rest[verb.len()..].trim_start();
            aux_len = rest.len() - after_aux.len();
            verb = after_aux.split([' ', ',', '.']).next().unwrap_or("");
        }
        let (stem, pronoun) = match PRONOUN_SPEECH.iter().find(|p| verb.ends_with(**p)) {
            Some(p) => (&verb[..verb.len() - p.len()], true),
            None => (verb, false),
        };
        let stem = stem.strip_suffix("-t").unwrap_or(stem);
        let is_verb = INCISE_VERBS.contains(&stem)
            || input
                .lexicon
                .trigger_hits(stem)
                .iter()
                .any(|(s, t)| s.start == 0 && s.end == stem.len() && input.lexicon.triggers[*t].speech);
        if !is_verb {
            continue;
        }
        if pronoun {
            return pronoun_speaker(input, quotes, si, span.start, pronoun_gender(verb), kind);
        }
        // The subject follows the verb, up to the next comma or period.
        let from = comma + 1 + lead + aux_len + verb.len();
        let to = q[from..].find([',', '.', ';', ':']).map_or(q.len(), |e| from + e);
        let (o_from, o_to) = (
            input.folded.to_original(base + from..base + from + 1, input.text).start,
            input.folded.to_original(base..base + to, input.text).end,
        );
        let inside: Vec<&&Mention> =
            mentions.iter().filter(|m| m.span.start >= o_from && m.span.end <= o_to && speaker_like(m)).collect();
        // ("a rétorqué l'ambassadeur russe, Vassili Nebenzia.": the name in
        // apposition after the comma.)
        let apposed = mentions.iter().find(|m| {
            m.span.start >= o_to
                && input.text[o_to..m.span.start].trim() == ","
                && kind(&m.entity) == Some(EntityType::Person)
        });
        if let Some(m) =
            inside.iter().find(|m| kind(&m.entity) == Some(EntityType::Person)).or(apposed.as_ref()).or(inside.first())
        {
            return Some(stand_in(input.lexicon, &m.entity));
        }
        let words: Vec<&str> =
            q[from..to].split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
        if matches!(words.first(), Some(&("le" | "la" | "l" | "cet" | "cette" | "ce"))) && words.len() <= 3 {
            return words
                .iter()
                .find(|w| input.lexicon.is_title(w))
                .and_then(|t| titled(input, t, span.start))
                .or_else(|| previous_speaker(input, quotes, si, span.start, kind));
        }
    }
    None
}

/// Where "un porte-parole", "une responsable" (someone not named, by a
/// title) opens in a folded subject.
fn unnamed_for(lex: &Lexicon, subject: &str) -> Option<usize> {
    let mut words = Vec::new();
    let mut from = None;
    for (i, c) in subject.char_indices().chain(std::iter::once((subject.len(), ' '))) {
        let inside = c.is_alphanumeric() || c == '-';
        match (inside, from) {
            (true, None) => from = Some(i),
            (false, Some(f)) => {
                words.push((f, &subject[f..i]));
                from = None;
            }
            _ => {}
        }
    }
    // ("une source à l'Élysée", "une source au ministère": a source is someone too.)
    words
        .windows(2)
        .find(|p| matches!(p[0].1, "un" | "une") && (lex.is_title(p[1].1) || p[1].1 == "source"))
        .map(|p| p[0].0)
}

/// "Il y a deux semaines", "il s'agit", "il faut": an "il" that is no one.
fn impersonal(folded: &str) -> bool {
    ["il y a ", "il y avait ", "il s'agit", "il faut ", "il fallait ", "il reste ", "il semble ", "il est vrai"]
        .iter()
        .any(|p| folded.starts_with(p))
}

/// The subject a sentence opens on: a person, body, medium or country
/// named (not after a preposition) before any verb, after at most a short
/// adverbial ("Lundi, le ministère ..."); a sentence opening on "il" or
/// "elle" passes on to the one before.
fn opening_subject(
    input: &Input,
    s: usize,
    quotes: &[Quote],
    kind: &dyn Fn(&str) -> Option<EntityType>,
) -> Option<String> {
    let sentence = &input.sentences[s];
    let head = fslice(input, sentence.span.start, sentence.span.end);
    if head.starts_with(['«', '"', '“']) {
        return None;
    }
    // (Past a demonym qualifying the subject: "L'agence officielle
    // nord-coréenne KCNA s'est montrée ...".)
    let m = input.mentions.iter().find(|m| {
        m.sentence == s
            && m.kind != crate::lexicon::MentionKind::Demonym
            && !quotes.iter().any(|q| m.span.start >= q.span.start && m.span.end <= q.span.end)
            && matches!(
                kind(&m.entity),
                Some(EntityType::Person | EntityType::Organization | EntityType::Media | EntityType::Country)
            )
    })?;
    // A body or a medium; people are found by the callers' own rules, and
    // a country opening a sentence is rarely the one who speaks next.
    // (Not when it names a person too: "le Pentagone a relevé ..., a
    // indiqué sa porte-parole, X." is about X.)
    let person = input.mentions.iter().any(|p| p.sentence == s && kind(&p.entity) == Some(EntityType::Person));
    if person || !matches!(kind(&m.entity), Some(EntityType::Organization | EntityType::Media)) {
        return None;
    }
    let prefix = fslice(input, sentence.span.start, m.span.start);
    // ("Interrogé jeudi par la presse, le porte-parole du Kremlin a ...": an
    // unnamed official after an opening participle.)
    let official = official_of(input, m);
    let prefix = if official { prefix.rsplit(", ").next().unwrap_or(prefix) } else { prefix };
    let words = prefix.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).count();
    if words > 7
        || !input.lexicon.trigger_hits(prefix).is_empty()
        || (!official && governed(input.folded, sentence.span.start, m))
    {
        return None;
    }
    // What follows the subject is its verb: not another clause's ("Selon
    // le ministère, ...").
    // ("Selon un porte-parole de la Maison Blanche, les cargaisons ... « »,
    // a-t-il déclaré": an unnamed official the phrase names goes on.)
    let official_source = official && prefix.starts_with("selon ") && !prefix.contains(',');
    // ("Interrogé par la chaîne sud-coréenne KBS, il ...": the agent of an
    // opening participle is not the subject.)
    if prefix.rfind(" par ").or(prefix.starts_with("par ").then_some(0)).is_some_and(|p| !prefix[p..].contains(',')) {
        return None;
    }
    if (in_source_phrase(prefix) && !official_source) || prefix.trim_end().ends_with("pour") {
        return None;
    }
    Some(stand_in(input.lexicon, &m.entity))
}

/// The medium a (folded) sentence names.
pub fn medium(s: &str) -> Option<String> {
    let has = |w: &str| s.contains(w);
    let m = if has("lettre") || has("message ecrit") || has("missive") {
        "letter"
    } else if has("telegram") {
        "Telegram"
    } else if (has("declaration") || has("communique")) && (has("site") || has("internet")) {
        "statement on a website"
    } else if has("declaration") || has("communique") {
        "statement"
    } else if has("conference de presse") || has("point presse") || has("point de presse") {
        "press conference"
    } else if has("interview") || has("entretien accorde") || has("television") || has("televise") {
        "interview"
    } else if has("rencontre") || has("entretien") || has("sommet") || has("reunion") || has("pourparlers") {
        "meeting"
    } else if has("discours") || has("allocution") {
        "speech"
    } else {
        return None;
    };
    Some(m.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_found_between_marks() {
        let t = "Il a dit « bonjour à tous » puis “au revoir” et \"fin\".";
        let spans: Vec<&str> = quote_spans(t, &(0..t.len())).into_iter().map(|(s, _)| &t[trim_span(t, s)]).collect();
        assert_eq!(spans, vec!["bonjour à tous", "au revoir", "fin"]);
    }

    #[test]
    fn media_words() {
        assert_eq!(medium("dans une lettre adressee a").as_deref(), Some("letter"));
        assert_eq!(medium("la declaration publiee sur le site du kremlin").as_deref(), Some("statement on a website"));
        assert_eq!(medium("une video sur telegram").as_deref(), Some("Telegram"));
        assert_eq!(medium("il pleut"), None);
    }
}
