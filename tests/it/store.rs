//! The store's contract: same input, same graph; a changed file replaces
//! only its own graph; removal and pruning drop exactly what they say.

use depeche::build::{build, BuildConfig};
use depeche::rdf::doc_iri;
use depeche::store::GraphStore;

use crate::util::*;

fn graph_lines(lines: &[String], id: &str) -> Vec<String> {
    let g = format!("<{}>", doc_iri(id).as_str());
    lines.iter().filter(|l| l.trim_end_matches(" .").ends_with(&g)).cloned().collect()
}

#[test]
fn building_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = GraphStore::open(&dir.path().join("db")).unwrap();
    let config = BuildConfig { paths: vec![corpus()], batch: 2, ..Default::default() };
    let first = build(&store, lexicon(), &config, &()).unwrap();
    assert_eq!(first.added.len(), 5, "{:?}", first.errors);
    assert!(first.errors.is_empty());
    let before = dump(&store);
    let second = build(&store, lexicon(), &config, &()).unwrap();
    assert!(!second.changed());
    assert_eq!(second.unchanged.len(), 5);
    assert_eq!(second.quads, 0);
    assert_eq!(dump(&store), before);
}

#[test]
fn a_fresh_build_gives_the_same_graph() {
    // Two stores built from the same files hold the same quads but for the
    // extraction timestamp.
    let strip = |v: Vec<String>| -> Vec<String> { v.into_iter().filter(|l| !l.contains("extractedAt")).collect() };
    let a = build_paths(&[corpus()]);
    let b = build_paths(&[corpus()]);
    assert_eq!(strip(dump(&a.store)), strip(dump(&b.store)));
}

#[test]
fn a_changed_file_replaces_only_its_graph() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    copy_dir(&corpus(), &docs);
    let store = GraphStore::open(&tmp.path().join("db")).unwrap();
    let config = BuildConfig { paths: vec![docs.clone()], batch: 4, ..Default::default() };
    build(&store, lexicon(), &config, &()).unwrap();
    let before = dump(&store);

    let changed = docs.join("000_f23cf6f2b9f47d47.txt");
    let mut text = std::fs::read_to_string(&changed).unwrap();
    text.push_str("\nLe Japon a réagi avec prudence à cette rencontre entre les deux dirigeants.\n");
    std::fs::write(&changed, text).unwrap();

    let report = build(&store, lexicon(), &config, &()).unwrap();
    assert_eq!(report.replaced, vec!["000_f23cf6f2b9f47d47".to_string()]);
    assert_eq!(report.unchanged.len(), 4);
    let after = dump(&store);
    for id in ["001_87bb45c7018e8566", "002_bb0fb11f85825ecc", "003_3051d013b7e4a4d5", "004_0bea20316e6005dc"] {
        assert_eq!(graph_lines(&before, id), graph_lines(&after, id), "graph of {id} changed");
    }
    let changed_graph = graph_lines(&after, "000_f23cf6f2b9f47d47");
    assert_ne!(graph_lines(&before, "000_f23cf6f2b9f47d47"), changed_graph);
    // The old hash is gone: one content hash per document graph.
    assert_eq!(changed_graph.iter().filter(|l| l.contains("contentHash")).count(), 1);
}

#[test]
fn remove_and_prune_drop_graphs() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    copy_dir(&corpus(), &docs);
    let store = GraphStore::open(&tmp.path().join("db")).unwrap();
    let config = BuildConfig { paths: vec![docs.clone()], batch: 4, ..Default::default() };
    build(&store, lexicon(), &config, &()).unwrap();
    assert!(store.remove_document("004_0bea20316e6005dc").unwrap());
    assert!(!store.remove_document("004_0bea20316e6005dc").unwrap());
    assert_eq!(store.document_ids().unwrap().len(), 4);

    std::fs::remove_file(docs.join("003_3051d013b7e4a4d5.txt")).unwrap();
    let prune = BuildConfig { prune: true, ..config };
    let report = build(&store, lexicon(), &prune, &()).unwrap();
    assert_eq!(report.removed, vec!["003_3051d013b7e4a4d5".to_string()]);
    assert_eq!(report.added, vec!["004_0bea20316e6005dc".to_string()]);
    assert_eq!(
        store.document_ids().unwrap(),
        vec!["000_f23cf6f2b9f47d47", "001_87bb45c7018e8566", "002_bb0fb11f85825ecc", "004_0bea20316e6005dc"]
    );
}

#[test]
fn strict_writes_nothing_when_an_input_is_bad() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    copy_dir(&corpus(), &docs);
    std::fs::write(docs.join("bad.txt"), b"caf\xe9\n").unwrap();
    let store = GraphStore::open(&tmp.path().join("db")).unwrap();
    let config = BuildConfig { paths: vec![docs.clone()], strict: true, batch: 4, ..Default::default() };
    let report = build(&store, lexicon(), &config, &()).unwrap();
    assert_eq!(report.errors.len(), 1);
    assert!(store.store.is_empty().unwrap());
    // Without --strict the good files are built and the bad one reported.
    let lenient = BuildConfig { strict: false, ..config };
    let report = build(&store, lexicon(), &lenient, &()).unwrap();
    assert_eq!(report.added.len(), 5);
    assert_eq!(report.errors.len(), 1);
    assert!(report.errors[0].to_string().contains("bad.txt: line 1: invalid UTF-8 at byte offset 3"));
}

#[test]
fn sparql_default_graph_is_the_union() {
    let built = seeds();
    let t = query(&built.store, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dp:Document }");
    assert_eq!(t.text(0, "n").as_deref(), Some("5"));
    // Named graphs stay addressable one by one.
    let q = format!(
        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{}> {{ ?d a dp:Document }} }}",
        doc_iri("000_f23cf6f2b9f47d47").as_str()
    );
    assert_eq!(query(&built.store, &q).text(0, "n").as_deref(), Some("1"));
}
