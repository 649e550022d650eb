//! `depeche build`: files to graphs, incrementally.
//!
//! Documents are read and extracted in parallel (rayon) in batches, so memory
//! is bounded by a batch, not by the corpus; writes to the store are
//! sequential, one transaction per document. A document whose content hash
//! and lexicon fingerprint match what the store recorded is skipped. One bad
//! file is reported and the others go on; with `strict`, nothing is written
//! when any input is bad.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::corpus::{discover, read_document, Document};
use crate::error::{InputError, StoreError};
use crate::extract::Extractor;
use crate::lexicon::Lexicon;
use crate::rdf::{doc_iri, document_quads_with, lexicon_quads};
use crate::store::{GraphStore, Stats};

#[derive(Debug, Clone)]
pub struct BuildConfig {
    pub paths: Vec<PathBuf>,
    /// Stop (and write nothing) when any input is bad.
    pub strict: bool,
    /// Drop the graphs of documents that are not among the inputs.
    pub prune: bool,
    /// Re-extract documents even when unchanged.
    pub force: bool,
    /// Documents extracted in parallel before they are written.
    pub batch: usize,
    /// Memory target of the bulk loader for new documents, in MB.
    pub bulk_memory_mb: usize,
}

impl Default for BuildConfig {
    fn default() -> BuildConfig {
        BuildConfig::new(Vec::new())
    }
}

impl BuildConfig {
    pub fn new(paths: Vec<PathBuf>) -> BuildConfig {
        BuildConfig { paths, strict: false, prune: false, force: false, batch: 64, bulk_memory_mb: 256 }
    }
}

#[derive(Debug, Default)]
pub struct BuildReport {
    pub added: Vec<String>,
    pub replaced: Vec<String>,
    pub unchanged: Vec<String>,
    pub removed: Vec<String>,
    pub errors: Vec<InputError>,
    /// Mentions and quads written by this run.
    pub mentions: usize,
    pub quads: usize,
    pub bytes: usize,
    pub lexicon_written: bool,
    pub elapsed: Duration,
    pub totals: Stats,
}

impl BuildReport {
    pub fn changed(&self) -> bool {
        !(self.added.is_empty() && self.replaced.is_empty() && self.removed.is_empty() && !self.lexicon_written)
    }
}

/// Progress callbacks, so the library needs no terminal.
pub trait Progress: Sync {
    fn start(&self, _files: usize) {}
    fn advance(&self, _file: &str) {}
    fn finish(&self) {}
}

impl Progress for () {}

enum Outcome {
    Unchanged(String),
    Extracted { id: String, replaced: bool, quads: Vec<oxigraph::model::Quad>, mentions: usize, bytes: usize },
}

/// The timestamp recorded on extractions: `SOURCE_DATE_EPOCH` when set (for
/// reproducible graphs), else now.
pub fn extraction_time() -> String {
    let ts = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub fn build(
    store: &GraphStore,
    lexicon: &Lexicon,
    config: &BuildConfig,
    progress: &dyn Progress,
) -> Result<BuildReport, StoreError> {
    let started = Instant::now();
    let mut report = BuildReport::default();
    let (files, errors) = discover(&config.paths);
    report.errors = errors;

    // Duplicate ids: the first file (in sorted order) wins.
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    let mut unique = Vec::new();
    for f in files {
        let id = f.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        match seen.get(&id) {
            Some(first) => report
                .errors
                .push(InputError::new(&f, format!("duplicate document id {id:?} (also {})", first.display()))),
            None => {
                seen.insert(id, f.clone());
                unique.push(f);
            }
        }
    }

    if config.strict {
        let bad: Vec<InputError> = unique.par_iter().filter_map(|f| read_document(f).err()).collect();
        report.errors.extend(bad);
        if !report.errors.is_empty() {
            report.elapsed = started.elapsed();
            return Ok(report);
        }
    }

    report.lexicon_written = store.ensure_lexicon(&lexicon_quads(lexicon), &lexicon.fingerprint)?;
    let extractor = Extractor::new(lexicon);
    let at = extraction_time();
    progress.start(unique.len());
    let batch = config.batch.max(1);
    // Documents new to the store go through one atomic bulk load; documents
    // that replace a graph go through a transaction each.
    let mut bulk = store.bulk(config.bulk_memory_mb);
    let mut pending: Vec<(String, usize, usize)> = Vec::new();
    for chunk in unique.chunks(batch) {
        let outcomes: Vec<Result<Outcome, InputError>> = chunk
            .par_iter()
            .map(|path| {
                let doc = read_document(path)?;
                let state = store.doc_state(&doc.id).map_err(|e| InputError::new(path, e.to_string()))?;
                if !config.force {
                    if let Some((hash, fp)) = &state {
                        if *hash == doc.hash && *fp == lexicon.fingerprint {
                            return Ok(Outcome::Unchanged(doc.id));
                        }
                    }
                }
                Ok(extract_one(&extractor, &doc, &lexicon.fingerprint, &at, state.is_some()))
            })
            .collect();
        for (path, outcome) in chunk.iter().zip(outcomes) {
            progress.advance(&path.display().to_string());
            match outcome {
                Err(e) => report.errors.push(e),
                Ok(Outcome::Unchanged(id)) => report.unchanged.push(id),
                Ok(Outcome::Extracted { id, replaced: true, quads, mentions, bytes }) => {
                    store.replace_graph(doc_iri(&id).as_ref(), &quads)?;
                    report.quads += quads.len();
                    report.mentions += mentions;
                    report.bytes += bytes;
                    report.replaced.push(id);
                }
                Ok(Outcome::Extracted { id, replaced: false, quads, mentions, bytes }) => {
                    let n = quads.len();
                    bulk.add(quads)?;
                    pending.push((id, n, mentions));
                    report.bytes += bytes;
                }
            }
        }
    }
    // Nothing of the new documents is visible before this commit.
    bulk.commit()?;
    for (id, quads, mentions) in pending {
        report.quads += quads;
        report.mentions += mentions;
        report.added.push(id);
    }
    progress.finish();

    if config.prune {
        let keep: std::collections::HashSet<&String> = seen.keys().collect();
        for id in store.document_ids()? {
            if !keep.contains(&id) && store.remove_document(&id)? {
                report.removed.push(id);
            }
        }
    }
    report.errors.sort_by(|a, b| a.path.cmp(&b.path));
    report.totals = store.stats()?;
    report.elapsed = started.elapsed();
    Ok(report)
}

fn extract_one(extractor: &Extractor, doc: &Document, fingerprint: &str, at: &str, replaced: bool) -> Outcome {
    let x = extractor.extract(doc);
    let quads = document_quads_with(&x, Some(extractor.lexicon), fingerprint, at);
    Outcome::Extracted { id: doc.id.clone(), replaced, mentions: x.mentions.len(), quads, bytes: doc.text.len() }
}
