//! Shared helpers: the seed corpus built once into a store, and SPARQL rows.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use depeche::build::{build, BuildConfig, BuildReport};
use depeche::lexicon::Lexicon;
use depeche::query::{select, Table};
use depeche::store::GraphStore;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn corpus() -> PathBuf {
    root().join("data/corpus")
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::bundled().expect("bundled lexicon loads"))
}

pub struct Built {
    pub store: GraphStore,
    pub report: BuildReport,
    _dir: tempfile::TempDir,
}

/// A fresh store built from `paths`.
pub fn build_paths(paths: &[PathBuf]) -> Built {
    let dir = tempfile::tempdir().unwrap();
    let store = GraphStore::open(&dir.path().join("db")).unwrap();
    let config = BuildConfig { paths: paths.to_vec(), batch: 8, ..Default::default() };
    let report = build(&store, lexicon(), &config, &()).unwrap();
    Built { store, report, _dir: dir }
}

/// The seed corpus, built once per test process.
pub fn seeds() -> &'static Built {
    static SEEDS: OnceLock<Built> = OnceLock::new();
    SEEDS.get_or_init(|| build_paths(&[corpus()]))
}

pub fn query(store: &GraphStore, q: &str) -> Table {
    select(&store.store, q, "test").unwrap_or_else(|e| panic!("query failed: {e}\n{q}"))
}

pub fn query_file(store: &GraphStore, name: &str) -> Table {
    let path = root().join("queries").join(name);
    let q = std::fs::read_to_string(&path).unwrap();
    select(&store.store, &q, &path.display().to_string()).unwrap()
}

/// Every row of `table` as the plain text of the named columns.
pub fn rows(table: &Table, cols: &[&str]) -> Vec<Vec<String>> {
    (0..table.rows.len()).map(|r| cols.iter().map(|c| table.text(r, c).unwrap_or_default()).collect()).collect()
}

/// All quads of the store as sorted N-Quads lines.
pub fn dump(store: &GraphStore) -> Vec<String> {
    let mut v: Vec<String> = store.store.iter().map(|q| q.unwrap().to_string()).collect();
    v.sort();
    v
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}
