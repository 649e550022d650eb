//! Reading input: files and folders of UTF-8 text become [`Document`]s, each
//! with its metadata sidecar (`NAME.meta.toml` beside `NAME.txt`).
//!
//! Nothing here interprets the text: the original bytes are kept untouched,
//! and every later stage points into them. A bad file is an [`InputError`]
//! naming the file (and the line or byte offset), never a panic.

use std::fs;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::error::InputError;

/// One news article as read from disk.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file stem: `000_f23cf6f2b9f47d47` for `000_f23cf6f2b9f47d47.txt`.
    pub id: String,
    pub path: PathBuf,
    /// The original text, never modified.
    pub text: String,
    pub meta: Meta,
    /// `sha256:<hex>` of the text bytes.
    pub hash: String,
}

/// What the sidecar says about a document. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The outlet as the article gives it ("Le Figaro").
    pub outlet: Option<String>,
    /// Publication date (`YYYY-MM-DD`); relative dates resolve against it.
    #[serde(default, deserialize_with = "de_date")]
    pub published: Option<Date>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// How the date or outlet is known, or what is uncertain about them.
    pub note: Option<String>,
    /// Agencies the outlet cites as its sources ("AFP").
    #[serde(default)]
    pub via: Vec<String>,
}

fn de_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    let s: Option<String> = Option::deserialize(d)?;
    s.map(|s| s.parse::<Date>().map_err(|e| serde::de::Error::custom(format!("published: {e}")))).transpose()
}

/// The sidecar path of a text file: `a/b.txt` -> `a/b.meta.toml`.
pub fn sidecar_path(path: &Path) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!("{stem}.meta.toml"))
}

/// Expands the paths given on the command line into text files, in a
/// deterministic order. A folder contributes its `*.txt` files (recursively);
/// a file given by name is taken whatever its extension.
pub fn discover(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match fs::metadata(path) {
            Err(e) => errors.push(InputError::io(path, &e)),
            Ok(m) if m.is_dir() => {
                let before = files.len();
                walk(path, &mut files, &mut errors);
                if files.len() == before {
                    errors.push(InputError::new(path, "folder holds no .txt file"));
                }
            }
            Ok(_) => files.push(path.clone()),
        }
    }
    files.sort();
    files.dedup();
    (files, errors)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return errors.push(InputError::io(dir, &e)),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, files, errors);
        } else if p.extension().is_some_and(|e| e == "txt") {
            files.push(p);
        }
    }
}

/// Reads one text file and its sidecar.
pub fn read_document(path: &Path) -> Result<Document, InputError> {
    let bytes = fs::read(path).map_err(|e| InputError::io(path, &e))?;
    let text = decode(path, bytes)?;
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .ok_or_else(|| InputError::new(path, "file name has no stem to use as document id"))?;
    let meta = read_meta(&sidecar_path(path))?;
    Ok(Document::new(id, path.to_path_buf(), text, meta))
}

impl Document {
    pub fn new(id: String, path: PathBuf, text: String, meta: Meta) -> Document {
        let hash = content_hash(text.as_bytes());
        Document { id, path, text, meta, hash }
    }
}

/// `sha256:<hex>` of some bytes.
pub fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(7 + 64);
    s.push_str("sha256:");
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// Checks that the bytes are non-empty UTF-8 text.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(InputError::new(path, "empty file (no text)"));
    }
    if let Some(at) = bytes.iter().take(8192).position(|&b| b == 0) {
        return Err(InputError::new(path, format!("binary file (NUL byte at offset {at}), expected UTF-8 text")));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
        InputError::new(path, format!("line {line}: invalid UTF-8 at byte offset {at}"))
    })
}

/// Reads a sidecar; a missing sidecar is empty metadata.
pub fn read_meta(path: &Path) -> Result<Meta, InputError> {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Meta::default()),
        Err(e) => return Err(InputError::io(path, &e)),
    };
    parse_meta(path, &text)
}

pub fn parse_meta(path: &Path, text: &str) -> Result<Meta, InputError> {
    toml::from_str::<Meta>(text).map_err(|e| {
        let line = e.span().map(|s| 1 + text[..s.start.min(text.len())].matches('\n').count());
        let msg = e.message().trim().replace('\n', " ");
        match line {
            Some(l) => InputError::new(path, format!("line {l}: malformed sidecar: {msg}")),
            None => InputError::new(path, format!("malformed sidecar: {msg}")),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sidecar_fields_parse() {
        let m = parse_meta(
            Path::new("x.meta.toml"),
            "outlet = \"Le Figaro\"\npublished = \"2025-09-03\"\nvia = [\"AFP\"]\n",
        )
        .unwrap();
        assert_eq!(m.outlet.as_deref(), Some("Le Figaro"));
        assert_eq!(m.published, Some(jiff::civil::date(2025, 9, 3)));
        assert_eq!(m.via, vec!["AFP".to_string()]);
    }

    #[test]
    fn malformed_sidecar_names_line() {
        let e = parse_meta(Path::new("x.meta.toml"), "outlet = \"A\"\npublished = \"2025-13-45\"\n").unwrap_err();
        assert!(e.to_string().starts_with("x.meta.toml: line 2: malformed sidecar"), "{e}");
        let e = parse_meta(Path::new("x.meta.toml"), "outlet = \"A\"\ncolour = 1\n").unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
    }

    #[test]
    fn decode_rejects_bad_bytes() {
        let p = Path::new("f.txt");
        assert!(decode(p, b"  \n".to_vec()).unwrap_err().to_string().contains("empty"));
        assert!(decode(p, b"ab\0cd".to_vec()).unwrap_err().to_string().contains("binary"));
        let e = decode(p, b"ok\nbad \xff here".to_vec()).unwrap_err().to_string();
        assert_eq!(e, "f.txt: line 2: invalid UTF-8 at byte offset 7");
    }
}
