//! Library errors. Each carries the place it applies to (a file, a line, an
//! offset) so that the binary can print one clear line per problem.

use std::fmt;
use std::path::{Path, PathBuf};

/// A problem with one input file: reported, and the run goes on with the
/// other files (unless `--strict`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: PathBuf,
    pub message: String,
}

impl InputError {
    pub fn new(path: &Path, message: impl Into<String>) -> InputError {
        InputError { path: path.to_path_buf(), message: message.into() }
    }

    pub fn io(path: &Path, e: &std::io::Error) -> InputError {
        let message = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        };
        InputError::new(path, message)
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for InputError {}

/// Errors of the lexicon loader: file and line.
#[derive(Debug, thiserror::Error)]
#[error("{path}: line {line}: {message}")]
pub struct LexiconError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

/// Errors of the store and queries.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: cannot open the store: {message}")]
    Open { path: PathBuf, message: String },
    #[error("storage error: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    #[error("{origin}: SPARQL syntax error: {message}")]
    Syntax { origin: String, message: String },
    #[error("query evaluation failed: {0}")]
    Evaluation(String),
    #[error("cannot write results: {0}")]
    Io(#[from] std::io::Error),
}
