//! The binary: each bad input gets one clear line naming the file, a
//! non-zero exit, and the store keeps what it had.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

use crate::util::*;

fn depeche(store: &Path) -> Command {
    let mut c = Command::cargo_bin("depeche").unwrap();
    c.arg("--store").arg(store).env_remove("DEPECHE_STORE").env_remove("DEPECHE_LEXICON");
    c
}

/// A store holding the seed corpus, and its quad count.
fn seeded() -> (tempfile::TempDir, std::path::PathBuf, usize) {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db");
    depeche(&db).arg("build").arg(corpus()).assert().success();
    let quads = quad_count(&db);
    assert!(quads > 1000, "the seed corpus gives a real graph, got {quads} quads");
    (tmp, db, quads)
}

fn quad_count(db: &Path) -> usize {
    let out = depeche(db).args(["stats", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["quads"].as_u64().unwrap() as usize
}

/// Builds one bad input next to a good one: exit 1, one line naming the bad
/// file, the good one built, earlier quads kept.
fn bad_input(name: &str, bytes: &[u8], expected: &str) {
    let (tmp, db, quads) = seeded();
    let dir = tmp.path().join("in");
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join(name);
    std::fs::write(&bad, bytes).unwrap();
    std::fs::write(dir.join("good.txt"), "Le président russe a reçu le dirigeant chinois à Moscou.\n").unwrap();
    let out = depeche(&db).arg("build").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line: {stderr}");
    assert!(lines[0].contains(&bad.display().to_string()), "names the file: {stderr}");
    assert!(lines[0].contains(expected), "says {expected:?}: {stderr}");
    assert!(quad_count(&db) > quads, "good file built, nothing lost");
}

#[test]
fn invalid_utf8_names_line_and_offset() {
    bad_input("latin1.txt", b"Premi\xe8re ligne\n", "line 1: invalid UTF-8 at byte offset 5");
}

#[test]
fn binary_file_is_refused() {
    bad_input("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "binary file");
}

#[test]
fn empty_file_is_refused() {
    bad_input("empty.txt", b"", "empty file");
}

#[test]
fn malformed_sidecar_names_its_line() {
    let (tmp, db, quads) = seeded();
    let dir = tmp.path().join("in");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), "Le Kremlin a confirmé la visite à Pyongyang.\n").unwrap();
    std::fs::write(dir.join("a.meta.toml"), "outlet = \"X\"\npublished = \"hier\"\n").unwrap();
    depeche(&db)
        .arg("build")
        .arg(&dir)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("a.meta.toml: line 2: malformed sidecar"));
    assert_eq!(quad_count(&db), quads);
}

#[test]
fn missing_path_and_empty_folder() {
    let (tmp, db, quads) = seeded();
    let empty = tmp.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let missing = tmp.path().join("nowhere");
    let out = depeche(&db).arg("build").arg(&missing).arg(&empty).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains(&format!("{}: no such file or folder", missing.display())), "{stderr}");
    assert!(stderr.contains(&format!("{}: folder holds no .txt file", empty.display())), "{stderr}");
    assert_eq!(quad_count(&db), quads);
}

#[test]
fn locked_store_is_reported() {
    let (_tmp, db, _) = seeded();
    let _held = depeche::store::GraphStore::open(&db).unwrap();
    depeche(&db)
        .args(["stats"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot open the store").and(predicate::str::contains("locked")));
}

#[test]
fn store_that_is_a_file_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("db");
    std::fs::write(&file, "not a store").unwrap();
    depeche(&file)
        .arg("build")
        .arg(corpus())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot open the store"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a store");
}

#[test]
fn sparql_syntax_error_names_the_file_and_position() {
    let (tmp, db, quads) = seeded();
    let q = tmp.path().join("bad.rq");
    std::fs::write(&q, "SELECT ?x WHERE {\n  ?x ?y \n}").unwrap();
    let out = depeche(&db).arg("query").arg(&q).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains(&format!("{}: SPARQL syntax error", q.display())), "{stderr}");
    assert!(stderr.contains("error at 3:"), "line of the error: {stderr}");
    assert_eq!(quad_count(&db), quads);
}

#[test]
fn query_formats() {
    let (_tmp, db, _) = seeded();
    let q = "SELECT ?doc WHERE { ?d a dp:Document ; dcterms:identifier ?doc } ORDER BY ?doc";
    let csv = depeche(&db).args(["query", "-e", q, "--format", "csv"]).output().unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert_eq!(csv.lines().next(), Some("doc"));
    assert_eq!(csv.lines().count(), 6);
    let tsv = depeche(&db).args(["query", "-e", q, "--format", "tsv"]).output().unwrap();
    assert!(String::from_utf8(tsv.stdout).unwrap().contains("\"000_f23cf6f2b9f47d47\""));
    let json = depeche(&db).args(["query", "-e", q, "--format", "json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["head"]["vars"][0], "doc");
    assert_eq!(v["results"]["bindings"].as_array().unwrap().len(), 5);
    let xml = depeche(&db).args(["query", "-e", q, "--format", "xml"]).output().unwrap();
    let xml = String::from_utf8(xml.stdout).unwrap();
    assert!(xml.contains("<variable name=\"doc\"/>") && xml.matches("<result>").count() == 5, "{xml}");
    let table = depeche(&db).args(["query", "-e", q]).output().unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.starts_with("?doc") && table.trim_end().ends_with("(5 rows)"), "{table}");
}

#[test]
fn rebuild_says_nothing_changed() {
    let (_tmp, db, _) = seeded();
    depeche(&db)
        .arg("build")
        .arg(corpus())
        .assert()
        .success()
        .stdout(predicate::str::contains("nothing changed: 5 document(s) up to date"));
}

#[test]
fn mentions_of_binds_a_name() {
    let (_tmp, db, _) = seeded();
    let out = depeche(&db)
        .args(["query", "--format", "csv", "--bind", "name=Guérassimov"])
        .arg(root().join("queries/mentions-of.rq"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r.contains("/entity/valery-gerasimov")), "{csv}");
}

#[test]
fn help_on_every_command() {
    for cmd in ["build", "query", "stats", "remove"] {
        Command::cargo_bin("depeche")
            .unwrap()
            .args([cmd, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage"));
    }
}

#[test]
fn eval_scores_the_development_set() {
    let tmp = tempfile::tempdir().unwrap();
    let out = depeche(&tmp.path().join("unused"))
        .args(["eval", "--json", "--gold"])
        .arg(root().join("data/dev/gold.json"))
        .arg(root().join("data/dev"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("data/dev/gold.json")).unwrap()).unwrap();
    assert_eq!(v["documents"], gold.as_array().unwrap().len());
    // Floors a little under today's figures (513 articles): a drop is a regression to look at. Each
    // blind set lowered the figures when it joined (data/dev/README.md records them).
    let f1 = |k: &str| v[k]["f1"].as_f64().unwrap();
    assert!(f1("entities") >= 0.93, "entity F1 {}", f1("entities"));
    assert!(f1("quotes") >= 0.95, "quote F1 {}", f1("quotes"));
    assert!(f1("events") >= 0.69, "event F1 {}", f1("events"));
    assert!(v["event_count"]["accuracy"].as_f64().unwrap() >= 0.89, "event count accuracy");
    assert!(v["event_place"]["accuracy"].as_f64().unwrap() >= 0.55, "event place accuracy");
    assert!(v["event_date"]["accuracy"].as_f64().unwrap() >= 0.73, "event date accuracy");
    assert!(v["wikidata_accuracy"]["accuracy"].as_f64().unwrap() >= 0.95);
    assert!(v["quote_speaker"]["accuracy"].as_f64().unwrap() >= 0.935, "speaker accuracy");
    // Nothing from page furniture (teasers name Meloni, Djokovic, Scholz, Carney; captions and
    // bylines Sputnik and a correspondent; "Par Claire X (avec AFP)", "KCNA via Reuters").
    let misses = depeche(&tmp.path().join("unused"))
        .args(["eval", "--misses", "--gold"])
        .arg(root().join("data/dev/gold.json"))
        .arg(root().join("data/dev"))
        .output()
        .unwrap();
    let text = String::from_utf8(misses.stdout).unwrap();
    let invented = text.split("invented (extracted, not in gold):").nth(1).unwrap_or("");
    for name in
        ["meloni", "djokovic", "scholz", "carney", "sputnik", "frederic-lemaire", "catherine-vautrin", "reuters"]
    {
        assert!(!invented.to_lowercase().contains(name), "{name} comes from page furniture");
    }
}

#[test]
fn eval_reports_a_malformed_gold_file() {
    let tmp = tempfile::tempdir().unwrap();
    let gold = tmp.path().join("gold.json");
    std::fs::write(&gold, "[{\"id\": \"x\", \"entities\": [}]").unwrap();
    depeche(&tmp.path().join("unused"))
        .args(["eval", "--gold"])
        .arg(&gold)
        .arg(corpus())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("gold.json: line 1 column"));
}
