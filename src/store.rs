//! The on-disk graph store: the only module that knows Oxigraph's storage.
//!
//! A document's graph is replaced in one transaction (readers see the old
//! graph or the new one, never half of each); a failed write leaves the store
//! as it was. Each document graph records the content hash and the lexicon
//! fingerprint it was extracted with, so a rebuild can tell what changed.

use std::path::{Path, PathBuf};

use oxigraph::model::{GraphNameRef, LiteralRef, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use oxigraph::store::Store;

use crate::error::StoreError;
use crate::rdf::{doc_iri, lexicon_graph};
use crate::vocab::{self, dp, itsrdf, prov};

pub struct GraphStore {
    pub store: Store,
    pub path: PathBuf,
}

/// What the store holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    pub documents: usize,
    pub entities: usize,
    pub mentions: usize,
    pub quads: usize,
}

impl GraphStore {
    /// Opens (or creates) the store at `path`.
    pub fn open(path: &Path) -> Result<GraphStore, StoreError> {
        if path.exists() && !path.is_dir() {
            return Err(StoreError::Open {
                path: path.to_path_buf(),
                message: "not a store folder (it is a file)".into(),
            });
        }
        let store = Store::open(path).map_err(|e| open_error(path, &e.to_string()))?;
        Ok(GraphStore { store, path: path.to_path_buf() })
    }

    /// Opens an existing store for reading only.
    pub fn open_existing(path: &Path) -> Result<GraphStore, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Open {
                path: path.to_path_buf(),
                message: "no store here (run `depeche build` first, or pass --store)".into(),
            });
        }
        GraphStore::open(path)
    }

    /// The (content hash, lexicon fingerprint) a document was built from.
    pub fn doc_state(&self, id: &str) -> Result<Option<(String, String)>, StoreError> {
        let doc = doc_iri(id);
        let g = GraphNameRef::NamedNode(doc.as_ref());
        let hash = self.object_literal(doc.as_ref(), dp::CONTENT_HASH, g)?;
        let Some(hash) = hash else { return Ok(None) };
        let run = self
            .store
            .quads_for_pattern(Some(doc.as_ref().into()), Some(prov::WAS_GENERATED_BY), None, Some(g))
            .next()
            .transpose()?;
        let fingerprint = match run.map(|q| q.object) {
            Some(Term::NamedNode(r)) => self.object_literal(r.as_ref(), dp::LEXICON_FINGERPRINT, g)?,
            _ => None,
        };
        Ok(Some((hash, fingerprint.unwrap_or_default())))
    }

    fn object_literal(
        &self,
        s: NamedNodeRef<'_>,
        p: NamedNodeRef<'_>,
        g: GraphNameRef<'_>,
    ) -> Result<Option<String>, StoreError> {
        let q = self.store.quads_for_pattern(Some(s.into()), Some(p), None, Some(g)).next().transpose()?;
        Ok(q.and_then(|q| match q.object {
            Term::Literal(l) => Some(l.value().to_string()),
            _ => None,
        }))
    }

    /// Replaces the graph `graph` by `quads` in one transaction.
    pub fn replace_graph(&self, graph: NamedNodeRef<'_>, quads: &[Quad]) -> Result<(), StoreError> {
        let mut t = self.store.start_transaction()?;
        t.remove_named_graph(graph)?;
        t.insert_named_graph(graph);
        t.extend(quads.iter());
        t.commit()?;
        Ok(())
    }

    /// Starts a bulk load: quads are written to disk as they come, but become
    /// visible all at once at [`BulkLoad::commit`] (or never, if it is not
    /// reached). Memory is bounded by `memory_mb`.
    pub fn bulk(&self, memory_mb: usize) -> BulkLoad<'_> {
        // The loader writes one set of SST files per call: feed it large
        // batches (a quad takes a few hundred bytes before encoding).
        let batch = (memory_mb.max(16) * 1024 * 1024 / 2 / 400).max(10_000);
        BulkLoad {
            loader: self.store.bulk_loader().with_max_memory_size_in_megabytes(memory_mb.max(16)),
            buffer: Vec::new(),
            batch,
            quads: 0,
        }
    }

    /// Drops a document's graph; false when there was none.
    pub fn remove_document(&self, id: &str) -> Result<bool, StoreError> {
        let doc = doc_iri(id);
        if !self.store.contains_named_graph(doc.as_ref())? {
            return Ok(false);
        }
        let mut t = self.store.start_transaction()?;
        t.remove_named_graph(doc.as_ref())?;
        t.commit()?;
        Ok(true)
    }

    /// The ids of the documents in the store, sorted.
    pub fn document_ids(&self) -> Result<Vec<String>, StoreError> {
        let prefix = format!("{}doc/", vocab::ID);
        let mut ids = Vec::new();
        for g in self.store.named_graphs() {
            if let NamedOrBlankNode::NamedNode(n) = g? {
                if n.as_str().starts_with(&prefix) {
                    let doc = GraphNameRef::NamedNode(n.as_ref());
                    let id = self
                        .object_literal(n.as_ref(), crate::vocab::dcterms::IDENTIFIER, doc)?
                        .unwrap_or_else(|| n.as_str()[prefix.len()..].to_string());
                    ids.push(id);
                }
            }
        }
        ids.sort();
        Ok(ids)
    }

    /// Writes the lexicon graph when the lexicon changed; true when written.
    pub fn ensure_lexicon(&self, quads: &[Quad], fingerprint: &str) -> Result<bool, StoreError> {
        let g = lexicon_graph();
        let gr = GraphNameRef::NamedNode(g.as_ref());
        if self.object_literal(g.as_ref(), dp::LEXICON_FINGERPRINT, gr)?.as_deref() == Some(fingerprint) {
            return Ok(false);
        }
        let mut all = quads.to_vec();
        all.push(Quad::new(g.clone(), dp::LEXICON_FINGERPRINT, LiteralRef::new_simple_literal(fingerprint), g.clone()));
        self.replace_graph(g.as_ref(), &all)?;
        Ok(true)
    }

    pub fn stats(&self) -> Result<Stats, StoreError> {
        let documents = self.document_ids()?.len();
        let mut entities = std::collections::HashSet::new();
        let mut mentions = 0;
        for q in self.store.quads_for_pattern(None, Some(itsrdf::TA_IDENT_REF), None, None) {
            let q = q?;
            mentions += 1;
            entities.insert(q.object);
        }
        Ok(Stats { documents, entities: entities.len(), mentions, quads: self.store.len()? })
    }
}

fn open_error(path: &Path, message: &str) -> StoreError {
    let lower = message.to_lowercase();
    let message = if lower.contains("lock") {
        "the store is locked by another process (is another depeche running?)".to_string()
    } else if lower.contains("permission denied") {
        "permission denied".to_string()
    } else {
        message.lines().next().unwrap_or(message).to_string()
    };
    StoreError::Open { path: path.to_path_buf(), message }
}

/// New document graphs loaded in one atomic bulk load.
pub struct BulkLoad<'a> {
    loader: oxigraph::store::BulkLoader<'a>,
    buffer: Vec<Quad>,
    batch: usize,
    pub quads: usize,
}

impl BulkLoad<'_> {
    pub fn add(&mut self, quads: Vec<Quad>) -> Result<(), StoreError> {
        self.quads += quads.len();
        self.buffer.extend(quads);
        if self.buffer.len() >= self.batch {
            self.loader.load_quads(std::mem::take(&mut self.buffer))?;
        }
        Ok(())
    }

    pub fn commit(mut self) -> Result<(), StoreError> {
        if !self.buffer.is_empty() {
            self.loader.load_quads(std::mem::take(&mut self.buffer))?;
        }
        self.loader.commit()?;
        Ok(())
    }
}
