//! depeche turns French news articles into an RDF knowledge graph: entities
//! with their mentions traced to document, sentence and character span, in
//! an on-disk Oxigraph store that answers SPARQL.
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//! [`corpus`] → [`clean`] → [`text`] → [`extract`] (with [`lexicon`]) →
//! [`model`] → [`rdf`] → [`store`], queried through [`query`]; [`build`]
//! drives the stages over many files.

pub mod build;
pub mod clean;
pub mod corpus;
pub mod error;
pub mod eval;
pub mod events;
pub mod export;
pub mod extract;
pub mod figures;
pub mod lexicon;
pub mod model;
pub mod push;
pub mod query;
pub mod quotes;
pub mod rdf;
pub mod serve;
pub mod store;
pub mod text;
pub mod time;
pub mod vocab;
