//! Exports, checked by other tools: every RDF serialization parsed by rdflib
//! (and rapper where it reads the format) with the same count; the DOT
//! accepted by GraphViz; the GraphML loaded by NetworkX. `.ci/run` installs
//! raptor2-utils, graphviz, rdflib and networkx.

use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;
use predicates::prelude::*;

use crate::util::*;

fn depeche(store: &Path) -> Command {
    let mut c = Command::cargo_bin("depeche").unwrap();
    c.arg("--store").arg(store).env_remove("DEPECHE_STORE").env_remove("DEPECHE_LEXICON");
    c
}

fn seeded() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db");
    depeche(&db).arg("build").arg(corpus()).assert().success();
    (tmp, db)
}

/// Runs a Python snippet with the path as argv[1]; its stdout, trimmed.
fn python(code: &str, arg: &Path) -> String {
    let out =
        Process::new("python3").arg("-c").arg(code).arg(arg).output().expect("python3 runs (.ci/run installs it)");
    assert!(out.status.success(), "python failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

const RDFLIB_COUNT: &str = "import sys, rdflib
path, fmt = sys.argv[1], sys.argv[1].rsplit('.', 1)[1]
fmt = {'nt': 'nt', 'nq': 'nquads', 'ttl': 'turtle', 'trig': 'trig', 'rdfxml': 'xml', 'jsonld': 'json-ld'}[fmt]
g = rdflib.Dataset() if fmt in ('nquads', 'trig') else rdflib.Graph()
g.parse(path, format=fmt)
print(sum(1 for _ in g.quads()) if fmt in ('nquads', 'trig') else len(g))";

#[test]
fn every_rdf_serialization_parses_elsewhere_with_the_same_count() {
    let (tmp, db) = seeded();
    let nt = tmp.path().join("all.nt");
    depeche(&db).args(["export", "-f", "nt", "-o"]).arg(&nt).assert().success();
    let triples = std::fs::read_to_string(&nt).unwrap().lines().filter(|l| !l.trim().is_empty()).count();
    let nq = tmp.path().join("all.nq");
    depeche(&db).args(["export", "-f", "nq", "-o"]).arg(&nq).assert().success();
    let quads = std::fs::read_to_string(&nq).unwrap().lines().filter(|l| !l.trim().is_empty()).count();
    assert!(quads > triples && triples > 5000, "{quads} quads, {triples} triples");
    for (fmt, want) in
        [("nt", triples), ("nq", quads), ("ttl", triples), ("trig", quads), ("rdfxml", triples), ("jsonld", triples)]
    {
        let path = tmp.path().join(format!("all.{fmt}"));
        depeche(&db).args(["export", "-f", fmt, "-o"]).arg(&path).assert().success();
        assert_eq!(python(RDFLIB_COUNT, &path), want.to_string(), "rdflib reads {fmt}");
    }
    for (fmt, syntax) in [("nt", "ntriples"), ("ttl", "turtle"), ("rdfxml", "rdfxml")] {
        let path = tmp.path().join(format!("all.{fmt}"));
        let out =
            Process::new("rapper").args(["-i", syntax, "-c"]).arg(&path).output().expect("rapper runs (raptor2-utils)");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && stderr.contains(&format!("returned {triples} triples")),
            "rapper {fmt}: {stderr}"
        );
    }
    // Turtle uses the ontology's prefixes; JSON-LD has a compact context.
    let ttl = std::fs::read_to_string(tmp.path().join("all.ttl")).unwrap();
    assert!(ttl.contains("@prefix dp: <https://w3id.org/depeche/ontology#>"));
    let jsonld: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(tmp.path().join("all.jsonld")).unwrap()).unwrap();
    assert_eq!(jsonld["@context"]["dp"], "https://w3id.org/depeche/ontology#");
}

#[test]
fn one_document_or_a_construct_query() {
    let (tmp, db) = seeded();
    let out = depeche(&db).args(["export", "-f", "nq", "--doc", "003_3051d013b7e4a4d5"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.is_empty());
    assert!(text.lines().all(|l| l.ends_with("<https://w3id.org/depeche/id/doc/003_3051d013b7e4a4d5> .")));
    let q = tmp.path().join("people.rq");
    std::fs::write(&q, "CONSTRUCT { ?p a dp:Person } WHERE { ?m itsrdf:taIdentRef ?p . ?p a dp:Person }").unwrap();
    let out = depeche(&db).args(["export", "-f", "nt", "--query"]).arg(&q).output().unwrap();
    let lines = String::from_utf8(out.stdout).unwrap();
    assert!(lines.contains("<https://w3id.org/depeche/id/entity/vladimir-putin>"));
    assert!(lines.lines().all(|l| l.contains("ontology#Person")));
    depeche(&db)
        .args(["export", "-f", "nq", "--doc", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nope: no such document"));
}

#[test]
fn graphviz_accepts_the_dot_and_focus_suggests_names() {
    let (tmp, db) = seeded();
    let dot = tmp.path().join("kim.dot");
    depeche(&db).args(["export", "-f", "dot", "--focus", "Kim Jong-un", "-o"]).arg(&dot).assert().success();
    let text = std::fs::read_to_string(&dot).unwrap();
    assert!(
        text.contains("Kim Jong Un") && text.contains("Meeting\\n2025-09-03") && text.contains("cluster_legend"),
        "{text}"
    );
    // No parallel edges: one edge per pair of nodes.
    let edges: Vec<&str> = text.lines().filter(|l| l.contains(" -> ")).map(|l| l.split(" [").next().unwrap()).collect();
    let mut unique = edges.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(edges.len(), unique.len());
    let out = Process::new("dot").arg("-Tsvg").arg(&dot).output().expect("dot runs (graphviz)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
    depeche(&db)
        .args(["export", "-f", "dot", "--focus", "Kim Jong Um"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean: Kim Jong Un"));
    depeche(&db).args(["export", "-f", "gif"]).assert().code(2).stderr(predicate::str::contains("invalid value 'gif'"));
    // Filters by type and date.
    let out = depeche(&db)
        .args(["export", "-f", "dot", "--types", "Meeting,Person,Place", "--since", "2025-09"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Meeting\\n2025-09-03") && !text.contains("Statement") && !text.contains("2024"));
}

#[test]
fn graphml_loads_in_networkx_and_csv_is_neo4j_shaped() {
    let (tmp, db) = seeded();
    let gml = tmp.path().join("g.graphml");
    depeche(&db).args(["export", "-f", "graphml", "-o"]).arg(&gml).assert().success();
    let text = std::fs::read_to_string(&gml).unwrap();
    let nodes = text.matches("<node ").count();
    let edges = text.matches("<edge ").count();
    let got = python(
        "import sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nprint(g.number_of_nodes(), g.number_of_edges())",
        &gml,
    );
    assert_eq!(got, format!("{nodes} {edges}"));
    let dir = tmp.path().join("csv");
    depeche(&db).args(["export", "-f", "csv", "-o"]).arg(&dir).assert().success();
    let n = std::fs::read_to_string(dir.join("nodes.csv")).unwrap();
    let r = std::fs::read_to_string(dir.join("relationships.csv")).unwrap();
    assert!(n.starts_with("id:ID,name,iri,wikidata,date,count,:LABEL\n"));
    assert!(r.starts_with(":START_ID,:END_ID,:TYPE,role\n"));
    assert_eq!(n.lines().count() - 1, nodes);
    assert_eq!(r.lines().count() - 1, edges);
}
