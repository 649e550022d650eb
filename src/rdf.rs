//! From extractions to quads: the only module that mints IRIs.
//!
//! Every document's quads go in its own named graph, whose IRI is the
//! document's IRI; the lexicon's descriptions of its entities go in one graph
//! of their own. IRIs are deterministic functions of document ids, lexicon
//! keys, offsets and ordinal positions, so the same input gives the same graph.

use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

use crate::lexicon::{EntityType, Lexicon};
use crate::model::DocExtraction;
use crate::vocab::{self, dcterms, dp, itsrdf, nif, owl, prov, rdf, rdfs, schema, skos, xsd};

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

/// The quads of one document, in its named graph.
pub fn document_quads(x: &DocExtraction, lexicon_fingerprint: &str, extracted_at: &str) -> Vec<Quad> {
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
