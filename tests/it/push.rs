//! `depeche push` against a real Oxigraph server on 127.0.0.1 (`.ci/run`
//! installs it with `cargo install oxigraph-cli`): after a push the canned
//! queries give the same answers on the server as on the local store;
//! pushing again replaces; unreachable and failing endpoints are reported.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use predicates::prelude::*;

use crate::util::*;

struct Server {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn oxigraph_binary() -> PathBuf {
    if let Ok(p) = std::env::var("DEPECHE_OXIGRAPH") {
        return PathBuf::from(p);
    }
    let home = std::env::var("HOME").unwrap_or_default();
    let cached = Path::new(&home).join(".cache/depeche/oxigraph/bin/oxigraph");
    if cached.exists() {
        return cached;
    }
    PathBuf::from("oxigraph")
}

fn start_server() -> Server {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let dir = tempfile::tempdir().unwrap();
    let child = Process::new(oxigraph_binary())
        .args(["serve", "--union-default-graph", "--bind"])
        .arg(format!("127.0.0.1:{port}"))
        .arg("--location")
        .arg(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the oxigraph server runs (.ci/run installs oxigraph-cli)");
    let server = Server { child, port, _dir: dir };
    let started = Instant::now();
    while ureq::get(&format!("http://127.0.0.1:{port}/query")).query("query", "ASK {}").call().is_err() {
        assert!(started.elapsed() < Duration::from_secs(60), "the oxigraph server did not start");
        std::thread::sleep(Duration::from_millis(200));
    }
    server
}

fn remote_csv(port: u16, query: &str) -> Vec<String> {
    let body = ureq::post(&format!("http://127.0.0.1:{port}/query"))
        .set("Content-Type", "application/sparql-query")
        .set("Accept", "text/csv")
        .send_string(query)
        .unwrap()
        .into_string()
        .unwrap();
    let mut rows: Vec<String> = body.lines().map(str::to_string).collect();
    rows[1..].sort();
    rows
}

fn local_csv(db: &Path, query_file: &Path) -> Vec<String> {
    let out = Command::cargo_bin("depeche")
        .unwrap()
        .arg("--store")
        .arg(db)
        .args(["query", "--format", "csv"])
        .arg(query_file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut rows: Vec<String> = String::from_utf8(out.stdout).unwrap().lines().map(str::to_string).collect();
    rows[1..].sort();
    rows
}

fn depeche(db: &Path) -> Command {
    let mut c = Command::cargo_bin("depeche").unwrap();
    c.arg("--store").arg(db).env_remove("DEPECHE_STORE");
    c
}

#[test]
fn push_gives_the_server_the_same_answers() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db");
    depeche(&db).arg("build").arg(corpus()).assert().success();
    let server = start_server();
    let endpoint = format!("http://127.0.0.1:{}/store", server.port);
    depeche(&db)
        .args(["push", "--endpoint", &endpoint])
        .assert()
        .success()
        .stdout(predicate::str::contains("pushed 6 graphs"));
    for name in ["entities.rq", "events.rq", "quotes.rq"] {
        let file = root().join("queries").join(name);
        let q = std::fs::read_to_string(&file).unwrap();
        let local = local_csv(&db, &file);
        assert!(local.len() > 10, "{name}");
        assert_eq!(remote_csv(server.port, &q), local, "{name} on the server");
    }
    // Pushing again replaces each graph: nothing doubles.
    let count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    let before = remote_csv(server.port, count);
    depeche(&db).args(["push", "--endpoint", &endpoint]).assert().success();
    assert_eq!(remote_csv(server.port, count), before);
    // Errors: the status and body of the store, and how far the push went.
    depeche(&db)
        .args(["push", "--endpoint", &format!("http://127.0.0.1:{}/no-such-service", server.port)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("HTTP 404").and(predicate::str::contains("after 0 of 6 graphs")));
}

#[test]
fn an_unreachable_endpoint_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db");
    depeche(&db).arg("build").arg(corpus()).assert().success();
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    depeche(&db)
        .args(["push", "--timeout", "5", "--endpoint", &format!("http://127.0.0.1:{port}/store")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot reach the store"));
    depeche(&db)
        .args(["push", "--auth-env", "DEPECHE_TEST_NO_SUCH_VAR", "--endpoint", "http://127.0.0.1:1/store"])
        .env_remove("DEPECHE_TEST_NO_SUCH_VAR")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("DEPECHE_TEST_NO_SUCH_VAR"));
}
