//! What extraction produces for one document: plain serde data, no RDF yet.
//!
//! Spans are byte offsets into the original text (for slicing in Rust);
//! `chars` are the same spans as Unicode scalar offsets (what NIF publishes).
//! Entities are named by key: a lexicon id (`vladimir-putin`) or, for a name
//! the lexicon lacks, `name:` and its folded slug (`name:maria-ivanova`).

use serde::Serialize;

use crate::clean::BlockKind;
use crate::corpus::Meta;
use crate::lexicon::{EntityType, MentionKind};
use crate::text::Span;

#[derive(Debug, Clone, Serialize)]
pub struct DocExtraction {
    pub id: String,
    pub path: String,
    pub hash: String,
    #[serde(skip)]
    pub meta: Meta,
    /// The original text, for the NIF context.
    #[serde(skip)]
    pub text: String,
    pub sentences: Vec<Sentence>,
    pub mentions: Vec<Mention>,
    /// Entities found in this document that the lexicon lacks.
    pub found: Vec<FoundEntity>,
    pub roles: Vec<RoleAssertion>,
    pub events: Vec<crate::events::Event>,
    pub claims: Vec<crate::events::Claim>,
    pub quotes: Vec<crate::quotes::Quote>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Sentence {
    pub span: Span,
    pub chars: (usize, usize),
    pub block: BlockKind,
}

#[derive(Debug, Clone, Serialize)]
pub struct Mention {
    pub span: Span,
    pub chars: (usize, usize),
    pub sentence: usize,
    pub entity: String,
    pub kind: MentionKind,
    pub surface: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FoundEntity {
    pub key: String,
    pub kind: EntityType,
    pub label: String,
    pub part_of: Option<String>,
}

/// "The text says `holder` is `label` (of `of`)", with its evidence.
#[derive(Debug, Clone, Serialize)]
pub struct RoleAssertion {
    pub holder: String,
    pub label: String,
    pub of: Option<String>,
    pub sentence: usize,
    pub span: Span,
    pub chars: (usize, usize),
}

/// The type of an entity key: a lexicon entity's, or a found entity's.
pub fn kind_of(lexicon: &crate::lexicon::Lexicon, found: &[FoundEntity], key: &str) -> Option<EntityType> {
    match lexicon.get(key) {
        Some(e) => Some(lexicon.entities[e].kind),
        None => found.iter().find(|f| f.key == key).map(|f| f.kind),
    }
}
