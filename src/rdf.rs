//! From extractions to quads: the only module that mints IRIs.
//!
//! Every document's quads go in its own named graph, whose IRI is the
//! document's IRI; the lexicon's descriptions of its entities go in one graph
//! of their own. IRIs are deterministic functions of document ids, lexicon
//! keys, offsets and ordinal positions, so the same input gives the same graph.

use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

use crate::events::Event;
use crate::lexicon::Lexicon as Lex;
use crate::lexicon::{EntityType, Lexicon};
use crate::model::DocExtraction;
use crate::vocab::{self, dcterms, dp, itsrdf, nif, owl, prov, rdf, rdfs, schema, sem, skos, xsd};

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Percent-encodes everything outside the IRI-safe unreserved set.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn iri(s: String) -> NamedNode {
    NamedNode::new_unchecked(s)
}

pub fn doc_iri(id: &str) -> NamedNode {
    iri(format!("{}doc/{}", vocab::ID, encode(id)))
}

pub fn lexicon_graph() -> NamedNode {
    iri(format!("{}graph/lexicon", vocab::ID))
}

/// The IRI of an entity key: `vladimir-putin` or `name:maria-ivanova`.
pub fn entity_iri(key: &str) -> NamedNode {
    match key.strip_prefix("name:") {
        Some(rest) => iri(format!("{}name/{}", vocab::ID, encode(rest))),
        None => iri(format!("{}entity/{}", vocab::ID, encode(key))),
    }
}

pub fn type_iri(t: EntityType) -> NamedNode {
    iri(format!("{}{}", vocab::DP, t.name()))
}

pub fn run_iri(lexicon_fingerprint: &str) -> NamedNode {
    let h = crate::corpus::content_hash(format!("{VERSION}\n{lexicon_fingerprint}").as_bytes());
    iri(format!("{}run/{}", vocab::ID, &h[7..23]))
}

fn int(n: usize) -> Literal {
    Literal::new_typed_literal(n.to_string(), xsd::NON_NEGATIVE_INTEGER)
}

fn fr(s: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(s, "fr")
}

fn en(s: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(s, "en")
}

struct Sink {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Sink {
    fn add(&mut self, s: &NamedNode, p: impl Into<NamedNode>, o: impl Into<Term>) {
        self.quads.push(Quad::new(NamedOrBlankNode::from(s.clone()), p.into(), o.into(), self.graph.clone()));
    }
}

/// The IRI of an event, from its cross-document identity key.
pub fn event_iri(key: &str) -> NamedNode {
    let h = crate::corpus::content_hash(key.as_bytes());
    iri(format!("{}event/{}", vocab::ID, &h[7..23]))
}

fn event_type_iri(kind: &str) -> NamedNode {
    iri(format!("{}{kind}", vocab::DP))
}

fn decimal(x: f32) -> Literal {
    Literal::new_typed_literal(format!("{:.2}", x), xsd::DECIMAL)
}

fn integer(n: u64) -> Literal {
    Literal::new_typed_literal(n.to_string(), xsd::INTEGER)
}

/// The outlets that report a document: its outlet and the agencies it
/// cites, as lexicon entities when known, else minted by name.
fn outlets(x: &DocExtraction, lex: Option<&Lex>, s: &mut Sink) -> Vec<NamedNode> {
    let mut out = Vec::new();
    for name in x.meta.outlet.iter().chain(x.meta.via.iter()) {
        let key = lex.and_then(|l| {
            l.by_name(name).filter(|&e| l.entities[e].kind == EntityType::Media).map(|e| l.entities[e].key.clone())
        });
        let node = match key {
            Some(k) => entity_iri(&k),
            None => {
                let slug = crate::text::slug(name);
                let n = entity_iri(&format!("name:{slug}"));
                s.add(&n, rdf::TYPE, type_iri(EntityType::Media));
                s.add(&n, rdf::TYPE, dp::ENTITY);
                s.add(&n, rdfs::LABEL, fr(name));
                n
            }
        };
        if !out.contains(&node) {
            out.push(node);
        }
    }
    out
}

fn date_literal(v: &crate::time::TimeValue) -> Literal {
    let (lex, dt) = v.xsd();
    let dt = match dt {
        "date" => xsd::DATE,
        "gYearMonth" => xsd::G_YEAR_MONTH,
        _ => xsd::G_YEAR,
    };
    Literal::new_typed_literal(lex, dt)
}

/// A short English label for an event node: "Meeting: vladimir-putin, kim-jong-un (2025-09-03)".
fn event_label(ev: &Event, lex: Option<&Lex>) -> String {
    let name = |k: &str| -> String {
        lex.and_then(|l| l.get(k))
            .map(|e| lex.expect("checked").entities[e].en.clone())
            .unwrap_or_else(|| k.trim_start_matches("name:").to_string())
    };
    let mut actors: Vec<String> = ev.agent.iter().map(|a| name(a)).collect();
    actors.extend(ev.recipients.iter().chain(&ev.participants).map(|a| name(a)));
    let mut label = ev.kind.clone();
    // A signing is one event whatever each report adds: name it by its treaty.
    if let (Some(t), "AgreementSigning") = (&ev.theme, ev.kind.as_str()) {
        return format!("{label}: {}", name(t));
    }
    if !actors.is_empty() {
        label.push_str(": ");
        label.push_str(&actors.join(", "));
    }
    if let Some(d) = &ev.date {
        label.push_str(&format!(" ({})", d.key()));
    }
    label
}

/// The quads of one document, in its named graph.
pub fn document_quads(x: &DocExtraction, lexicon_fingerprint: &str, extracted_at: &str) -> Vec<Quad> {
    document_quads_with(x, None, lexicon_fingerprint, extracted_at)
}

/// The quads of one document, naming outlets through the lexicon.
pub fn document_quads_with(
    x: &DocExtraction,
    lex: Option<&Lex>,
    lexicon_fingerprint: &str,
    extracted_at: &str,
) -> Vec<Quad> {
    let doc = doc_iri(&x.id);
    let mut s =
        Sink { graph: GraphName::NamedNode(doc.clone()), quads: Vec::with_capacity(16 * x.mentions.len() + 64) };
    let run = run_iri(lexicon_fingerprint);

    s.add(&doc, rdf::TYPE, dp::DOCUMENT);
    s.add(&doc, rdf::TYPE, schema::NEWS_ARTICLE);
    s.add(&doc, dcterms::IDENTIFIER, Literal::new_simple_literal(&x.id));
    s.add(&doc, dp::CONTENT_HASH, Literal::new_simple_literal(&x.hash));
    s.add(&doc, dp::SOURCE_PATH, Literal::new_simple_literal(&x.path));
    if let Some(o) = &x.meta.outlet {
        s.add(&doc, dp::OUTLET_NAME, Literal::new_simple_literal(o));
    }
    if let Some(d) = x.meta.published {
        s.add(&doc, schema::DATE_PUBLISHED, Literal::new_typed_literal(d.to_string(), xsd::DATE));
    }
    if let Some(u) = x.meta.url.as_deref().and_then(|u| NamedNode::new(u).ok()) {
        s.add(&doc, schema::URL, u);
    }
    let title = x
        .meta
        .title
        .clone()
        .or_else(|| crate::extract::title_sentences(x).next().map(|t| x.text[t.span.clone()].to_string()));
    if let Some(t) = title {
        s.add(&doc, dcterms::TITLE, fr(&t));
    }
    s.add(&doc, prov::WAS_GENERATED_BY, run.clone());
    s.add(&doc, dp::EXTRACTED_AT, Literal::new_typed_literal(extracted_at, xsd::DATE_TIME));
    s.add(&run, rdf::TYPE, dp::EXTRACTION_RUN);
    s.add(&run, dp::SOFTWARE_VERSION, Literal::new_simple_literal(VERSION));
    s.add(&run, dp::LEXICON_FINGERPRINT, Literal::new_simple_literal(lexicon_fingerprint));

    let ctx = iri(format!("{}#context", doc.as_str()));
    s.add(&ctx, rdf::TYPE, nif::CONTEXT);
    s.add(&ctx, nif::IS_STRING, Literal::new_simple_literal(&x.text));
    s.add(&ctx, nif::BEGIN_INDEX, int(0));
    s.add(&ctx, nif::END_INDEX, int(x.text.chars().count()));
    s.add(&ctx, dp::IN_DOCUMENT, doc.clone());

    let sentence_iri = |i: usize| iri(format!("{}#sentence-{}", doc.as_str(), i + 1));
    for (i, sent) in x.sentences.iter().enumerate() {
        let n = sentence_iri(i);
        s.add(&n, rdf::TYPE, nif::SENTENCE);
        s.add(&n, rdf::TYPE, dp::SENTENCE);
        s.add(&n, nif::REFERENCE_CONTEXT, ctx.clone());
        s.add(&n, nif::BEGIN_INDEX, int(sent.chars.0));
        s.add(&n, nif::END_INDEX, int(sent.chars.1));
        s.add(&n, nif::ANCHOR_OF, Literal::new_simple_literal(&x.text[sent.span.clone()]));
        s.add(&n, dp::IN_DOCUMENT, doc.clone());
    }
    for m in &x.mentions {
        let n = iri(format!("{}#char={},{}", doc.as_str(), m.chars.0, m.chars.1));
        s.add(&n, rdf::TYPE, dp::MENTION);
        s.add(&n, rdf::TYPE, nif::PHRASE);
        s.add(&n, nif::REFERENCE_CONTEXT, ctx.clone());
        s.add(&n, nif::BEGIN_INDEX, int(m.chars.0));
        s.add(&n, nif::END_INDEX, int(m.chars.1));
        s.add(&n, nif::ANCHOR_OF, Literal::new_simple_literal(&m.surface));
        s.add(&n, nif::SENTENCE_PROP, sentence_iri(m.sentence));
        s.add(&n, itsrdf::TA_IDENT_REF, entity_iri(&m.entity));
        s.add(&n, dp::MENTION_KIND, Literal::new_simple_literal(m.kind.as_str()));
        s.add(&n, dp::IN_DOCUMENT, doc.clone());
    }
    for f in &x.found {
        let e = entity_iri(&f.key);
        s.add(&e, rdf::TYPE, type_iri(f.kind));
        s.add(&e, rdf::TYPE, dp::ENTITY);
        s.add(&e, rdfs::LABEL, fr(&f.label));
        if let Some(p) = &f.part_of {
            s.add(&e, dp::PART_OF, entity_iri(p));
        }
    }
    for (i, r) in x.roles.iter().enumerate() {
        let n = iri(format!("{}#role-{}", doc.as_str(), i + 1));
        s.add(&n, rdf::TYPE, dp::ROLE_ASSERTION);
        s.add(&n, dp::HOLDER, entity_iri(&r.holder));
        s.add(&n, dp::ROLE_LABEL, fr(&r.label));
        if let Some(of) = &r.of {
            s.add(&n, dp::ROLE_OF, entity_iri(of));
        }
        s.add(&n, dp::EVIDENCE, sentence_iri(r.sentence));
        s.add(&n, nif::BEGIN_INDEX, int(r.chars.0));
        s.add(&n, nif::END_INDEX, int(r.chars.1));
        s.add(&n, dp::IN_DOCUMENT, doc.clone());
    }

    let reporters = outlets(x, lex, &mut s);
    for o in &reporters {
        s.add(&doc, dp::OUTLET_ENTITY, o.clone());
    }
    let events: Vec<NamedNode> = x.events.iter().map(|e| event_iri(&e.key)).collect();
    for (i, ev) in x.events.iter().enumerate() {
        let e = &events[i];
        let r = iri(format!("{}#event-{}", doc.as_str(), i + 1));
        s.add(e, rdf::TYPE, event_type_iri(&ev.kind));
        s.add(e, rdf::TYPE, dp::EVENT);
        s.add(e, rdf::TYPE, sem::EVENT);
        s.add(e, rdfs::LABEL, en(&event_label(ev, lex)));
        if let Some(c) = &ev.cameo {
            s.add(e, dp::CAMEO_CODE, Literal::new_simple_literal(c));
        }
        s.add(&r, rdf::TYPE, dp::EVENT_REPORT);
        s.add(&r, dp::REPORTS, e.clone());
        s.add(&r, dp::IN_DOCUMENT, doc.clone());
        for node in [e, &r] {
            if let Some(a) = &ev.agent {
                s.add(node, dp::AGENT, entity_iri(a));
            }
            for p in &ev.recipients {
                s.add(node, dp::RECIPIENT, entity_iri(p));
            }
            for p in &ev.participants {
                s.add(node, dp::PARTICIPANT, entity_iri(p));
            }
            if let Some(p) = &ev.place {
                s.add(node, dp::PLACE, entity_iri(p));
            }
            if let Some(t) = &ev.theme {
                s.add(node, dp::THEME, entity_iri(t));
            }
            if let Some(d) = &ev.date {
                s.add(node, dp::DATE, date_literal(d));
                s.add(node, dp::DATE_PRECISION, Literal::new_simple_literal(d.precision.as_str()));
                if let Some(season) = d.season_name() {
                    s.add(node, dp::SEASON, Literal::new_simple_literal(season));
                }
            }
            for item in &ev.items {
                s.add(node, dp::SUPPLIES, Literal::new_simple_literal(item));
            }
        }
        if let Some(t) = &ev.date_text {
            s.add(&r, dp::DATE_TEXT, fr(t));
        }
        if let Some(c) = ev.count.and_then(|c| x.claims.get(c)) {
            if let Some(v) = c.value.or(c.min) {
                s.add(&r, dp::COUNT, integer(v));
            }
        }
        if let Some(src) = &ev.source {
            s.add(&r, sem::ACCORDING_TO, entity_iri(src));
            s.add(&r, prov::WAS_ATTRIBUTED_TO, entity_iri(src));
        }
        for o in &reporters {
            s.add(&r, dp::REPORTED_BY, o.clone());
        }
        s.add(&r, dp::EVIDENCE, sentence_iri(ev.sentence));
        s.add(&r, nif::ANCHOR_OF, Literal::new_simple_literal(&ev.trigger_text));
        s.add(&r, nif::BEGIN_INDEX, int(ev.trigger_chars.0));
        s.add(&r, nif::END_INDEX, int(ev.trigger_chars.1));
        s.add(&r, dp::CONFIDENCE, decimal(ev.confidence));
        s.add(&r, dp::HEDGED, Literal::from(ev.hedged));
    }
    for (i, c) in x.claims.iter().enumerate() {
        let n = iri(format!("{}#claim-{}", doc.as_str(), i + 1));
        s.add(&n, rdf::TYPE, dp::CLAIM);
        if let Some(v) = c.value {
            s.add(&n, rdf::VALUE, integer(v));
        }
        if let Some(v) = c.min {
            s.add(&n, dp::VALUE_MIN, integer(v));
        }
        if let Some(v) = c.max {
            s.add(&n, dp::VALUE_MAX, integer(v));
        }
        s.add(&n, dp::QUALIFIER, Literal::new_simple_literal(c.qualifier.as_str()));
        s.add(&n, dp::COUNTS, Literal::new_simple_literal(&c.what));
        s.add(&n, dp::COUNTS_TEXT, fr(&c.what_text));
        if let Some(of) = &c.of {
            s.add(&n, dp::COUNTS_OF, entity_iri(of));
        }
        if let Some(src) = &c.source {
            s.add(&n, prov::WAS_ATTRIBUTED_TO, entity_iri(src));
            s.add(&n, sem::ACCORDING_TO, entity_iri(src));
        }
        for o in &reporters {
            s.add(&n, dp::REPORTED_BY, o.clone());
        }
        if let Some(e) = c.event {
            s.add(&n, dp::ABOUT_EVENT, events[e].clone());
        }
        s.add(&n, dp::EVIDENCE, sentence_iri(c.sentence));
        s.add(&n, nif::ANCHOR_OF, Literal::new_simple_literal(&c.text));
        s.add(&n, nif::BEGIN_INDEX, int(c.chars.0));
        s.add(&n, nif::END_INDEX, int(c.chars.1));
        s.add(&n, dp::IN_DOCUMENT, doc.clone());
    }
    for (i, q) in x.quotes.iter().enumerate() {
        let n = iri(format!("{}#quote-{}", doc.as_str(), i + 1));
        s.add(&n, rdf::TYPE, dp::QUOTATION);
        s.add(&n, rdf::TYPE, schema::QUOTATION);
        s.add(&n, schema::TEXT, fr(&q.text));
        if let Some(sp) = &q.speaker {
            s.add(&n, dp::SPEAKER, entity_iri(sp));
        }
        if let Some(m) = &q.medium {
            s.add(&n, dp::MEDIUM, Literal::new_simple_literal(m));
        }
        for o in &reporters {
            s.add(&n, dp::REPORTED_BY, o.clone());
        }
        s.add(&n, dp::EVIDENCE, sentence_iri(q.sentence));
        s.add(&n, nif::BEGIN_INDEX, int(q.chars.0));
        s.add(&n, nif::END_INDEX, int(q.chars.1));
        s.add(&n, dp::IN_DOCUMENT, doc.clone());
    }
    s.quads
}

/// The lexicon's description of every entity, in the lexicon graph.
pub fn lexicon_quads(lex: &Lexicon) -> Vec<Quad> {
    let mut s = Sink { graph: GraphName::NamedNode(lexicon_graph()), quads: Vec::new() };
    for e in &lex.entities {
        let n = entity_iri(&e.key);
        s.add(&n, rdf::TYPE, type_iri(e.kind));
        s.add(&n, rdf::TYPE, dp::ENTITY);
        s.add(&n, dp::LEXICON_KEY, Literal::new_simple_literal(&e.key));
        if !e.en.is_empty() {
            s.add(&n, rdfs::LABEL, en(&e.en));
            s.add(&n, skos::PREF_LABEL, en(&e.en));
        }
        if !e.fr.is_empty() {
            s.add(&n, rdfs::LABEL, fr(&e.fr));
            s.add(&n, skos::PREF_LABEL, fr(&e.fr));
        }
        for a in &e.aliases {
            s.add(&n, skos::ALT_LABEL, Literal::new_simple_literal(a.trim_start_matches('=')));
        }
        if let Some(q) = &e.wikidata {
            s.add(&n, owl::SAME_AS, iri(format!("{}{q}", vocab::WIKIDATA)));
        }
        if let Some(p) = e.part_of {
            s.add(&n, dp::PART_OF, entity_iri(&lex.entities[p].key));
        }
        if let Some(p) = e.stands_for {
            s.add(&n, dp::STANDS_FOR, entity_iri(&lex.entities[p].key));
        }
    }
    s.quads
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_are_encoded_and_namespaced() {
        assert_eq!(doc_iri("a b/é").as_str(), "https://w3id.org/depeche/id/doc/a%20b/%C3%A9");
        assert_eq!(entity_iri("vladimir-putin").as_str(), "https://w3id.org/depeche/id/entity/vladimir-putin");
        assert_eq!(entity_iri("name:maria-ivanova").as_str(), "https://w3id.org/depeche/id/name/maria-ivanova");
        assert_eq!(run_iri("x"), run_iri("x"));
        assert_ne!(run_iri("x"), run_iri("y"));
    }
}
