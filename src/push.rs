//! `depeche push`: each document's named graph (and the lexicon graph) to an
//! existing SPARQL store through the SPARQL 1.1 Graph Store HTTP Protocol,
//! one PUT per graph, so pushing again replaces rather than duplicates.
//!
//! Any error stops the push and says how far it went; since each PUT
//! replaces one whole graph, pushing again completes it. This is the only
//! module that speaks HTTP as a client.

use std::time::Duration;

use base64::Engine;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNode};

use crate::store::GraphStore;

#[derive(Debug, Clone)]
pub struct PushConfig {
    /// The Graph Store Protocol endpoint (`http://host:7878/store`).
    pub endpoint: String,
    /// `user:password` for basic authentication.
    pub credentials: Option<String>,
    /// Only these documents (ids); all when empty.
    pub documents: Vec<String>,
    pub timeout: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error("{endpoint}: cannot reach the store: {message}")]
    Unreachable { endpoint: String, message: String },
    #[error("{endpoint}: HTTP {status} for graph <{graph}> after {pushed} of {total} graphs were pushed (push again to complete): {body}")]
    Http { endpoint: String, graph: String, status: u16, body: String, pushed: usize, total: usize },
    #[error("{0}")]
    Store(#[from] crate::error::StoreError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// The graphs to push: the lexicon graph, then each document's graph.
fn graphs(store: &GraphStore, documents: &[String]) -> Result<Vec<NamedNode>, PushError> {
    let mut out = vec![crate::rdf::lexicon_graph()];
    let ids = store.document_ids()?;
    for id in ids {
        if documents.is_empty() || documents.contains(&id) {
            out.push(crate::rdf::doc_iri(&id));
        }
    }
    for d in documents {
        if !out.contains(&crate::rdf::doc_iri(d)) {
            return Err(crate::error::StoreError::Evaluation(format!("{d}: no such document in the store")).into());
        }
    }
    Ok(out)
}

/// Pushes the graphs; returns how many were pushed and how many triples.
pub fn push(store: &GraphStore, config: &PushConfig) -> Result<(usize, usize), PushError> {
    let agent = ureq::AgentBuilder::new().timeout(config.timeout).build();
    let auth = config.credentials.as_deref().map(basic);
    let graphs = graphs(store, &config.documents)?;
    let total = graphs.len();
    let mut triples = 0;
    for (pushed, g) in graphs.iter().enumerate() {
        let mut body = Vec::new();
        let mut w = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(&mut body);
        let mut n = 0;
        for q in store.store.quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(g.as_ref()))) {
            w.serialize_triple(oxigraph::model::Triple::from(q.map_err(crate::error::StoreError::from)?).as_ref())?;
            n += 1;
        }
        w.finish()?;
        let mut request =
            agent.put(&config.endpoint).query("graph", g.as_str()).set("Content-Type", "application/n-triples");
        if let Some(a) = &auth {
            request = request.set("Authorization", a);
        }
        match request.send_bytes(&body) {
            Ok(_) => triples += n,
            Err(ureq::Error::Status(status, response)) => {
                let body = response.into_string().unwrap_or_default();
                return Err(PushError::Http {
                    endpoint: config.endpoint.clone(),
                    graph: g.as_str().to_string(),
                    status,
                    body: body.trim().chars().take(300).collect::<String>().replace('\n', " "),
                    pushed,
                    total,
                });
            }
            Err(e) => {
                return Err(PushError::Unreachable { endpoint: config.endpoint.clone(), message: e.to_string() });
            }
        }
    }
    Ok((total, triples))
}

/// The value of a basic-auth header.
fn basic(credentials: &str) -> String {
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(credentials))
}

#[cfg(test)]
mod tests {
    #[test]
    fn basic_auth_header() {
        assert_eq!(super::basic("user:pass"), "Basic dXNlcjpwYXNz");
    }
}
