//! `depeche serve`, handler level: requests in, responses out, no socket.
//! The SPARQL 1.1 Protocol (parameters, content negotiation, dataset, errors,
//! updates, timeout, row cap), Graph Store GET, the pages and their escaping,
//! and static files.

use std::time::{Duration, Instant};

use depeche::serve::{App, Request, Response, ServeConfig, CANNED_QUERIES};
use oxigraph::io::{RdfFormat, RdfParser};

use crate::util::*;

fn app() -> App {
    App::new(&seeds().store, ServeConfig::default())
}

fn app_with(config: ServeConfig) -> App {
    App::new(&seeds().store, config)
}

fn q(query: &str) -> String {
    format!("/sparql?query={}", depeche::serve::http::url_param(query))
}

fn json(r: &Response) -> serde_json::Value {
    assert_eq!(r.status, 200, "{}", r.body_text());
    serde_json::from_slice(&r.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.body_text()))
}

fn bindings(r: &Response) -> Vec<serde_json::Value> {
    json(r)["results"]["bindings"].as_array().expect("bindings").clone()
}

fn triples(r: &Response, format: RdfFormat) -> usize {
    assert_eq!(r.status, 200, "{}", r.body_text());
    RdfParser::from_format(format)
        .for_slice(&r.body)
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("unparsable {format:?} ({e}): {}", r.body_text()))
        .len()
}

const DOCS: &str = "SELECT ?d ?title WHERE { ?d a dp:Document ; dcterms:title ?title } ORDER BY ?d";

#[test]
fn get_answers_in_sparql_json_by_default() {
    let r = app().handle(&Request::get(&q(DOCS)));
    assert!(r.header("Content-Type").unwrap().starts_with("application/sparql-results+json"));
    let rows = bindings(&r);
    assert_eq!(rows.len(), query(&seeds().store, DOCS).rows.len());
    assert!(rows.len() >= 4);
    assert_eq!(rows[0]["d"]["type"], "uri");
    assert_eq!(r.header("Access-Control-Allow-Origin"), Some("*"));
}

#[test]
fn post_as_query_body_and_as_form_give_the_same_answer() {
    let app = app();
    let get = bindings(&app.handle(&Request::get(&q(DOCS))));
    let body = app.handle(&Request::post("/sparql", "application/sparql-query", DOCS));
    let form = format!("query={}", depeche::serve::http::url_param(DOCS));
    let form = app.handle(&Request::post("/sparql", "application/x-www-form-urlencoded; charset=UTF-8", form));
    assert_eq!(bindings(&body), get);
    assert_eq!(bindings(&form), get);
    let other = app.handle(&Request::post("/sparql", "text/plain", DOCS));
    assert_eq!(other.status, 415);
}

#[test]
fn results_are_negotiated() {
    let app = app();
    let ask = |accept: &str, query: &str| app.handle(&Request::get(&q(query)).with_header("Accept", accept));
    let xml = ask("application/sparql-results+xml", DOCS);
    assert_eq!(xml.status, 200);
    assert!(xml.header("Content-Type").unwrap().starts_with("application/sparql-results+xml"));
    assert!(xml.body_text().contains("<sparql") && xml.body_text().contains("<result>"));
    let csv = ask("text/csv", DOCS);
    assert!(csv.header("Content-Type").unwrap().starts_with("text/csv"));
    let mut reader = csv::Reader::from_reader(&csv.body[..]);
    assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), ["d", "title"]);
    assert_eq!(reader.records().count(), query(&seeds().store, DOCS).rows.len());
    let tsv = ask("text/tab-separated-values", DOCS);
    assert!(tsv.body_text().starts_with("?d\t?title\n"));
    // Browsers' Accept prefers HTML but takes anything: JSON it is.
    let browser = ask("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", DOCS);
    assert!(browser.header("Content-Type").unwrap().starts_with("application/xml"));
    assert_eq!(ask("image/png", DOCS).status, 406);
    // ASK in JSON and XML.
    let yes = ask("application/sparql-results+json", "ASK { ?d a dp:Document }");
    assert_eq!(json(&yes)["boolean"], true);
    assert!(ask("application/sparql-results+xml", "ASK { ?d a dp:Nothing }").body_text().contains("false"));
}

#[test]
fn construct_and_describe_in_every_rdf_format() {
    let app = app();
    let construct = "CONSTRUCT { ?e a ?t ; rdfs:label ?l } WHERE { ?e a dp:Person , ?t ; rdfs:label ?l }";
    let expected =
        query(&seeds().store, &construct.replace("CONSTRUCT { ?e a ?t ; rdfs:label ?l }", "SELECT DISTINCT ?e ?t ?l"))
            .rows
            .len();
    assert!(expected > 10);
    for (accept, format) in [
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        ("application/rdf+xml", RdfFormat::RdfXml),
        ("application/ld+json", RdfFormat::from_media_type("application/ld+json").unwrap()),
    ] {
        let r = app.handle(&Request::get(&q(construct)).with_header("Accept", accept));
        assert!(r.header("Content-Type").unwrap().starts_with(accept), "{accept}");
        let n = triples(&r, format);
        // Distinct (entity, type, label) rows give at least as many triples as types + labels.
        assert!(n > 10 && n <= 2 * expected, "{accept}: {n} triples for {expected} rows");
    }
    let describe = app.handle(&Request::get(&q("DESCRIBE <https://w3id.org/depeche/id/entity/vladimir-putin>")));
    assert!(describe.header("Content-Type").unwrap().starts_with("text/turtle"));
    assert!(describe.body_text().contains("Q7747"), "{}", describe.body_text());
    let refused = app.handle(&Request::get(&q(construct)).with_header("Accept", "text/csv"));
    assert_eq!(refused.status, 406);
}

#[test]
fn protocol_dataset_parameters_are_honoured() {
    let app = app();
    let docs = query(&seeds().store, DOCS);
    let one = docs.text(0, "d").unwrap();
    let count = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dp:Document }";
    let url = format!("{}&default-graph-uri={}", q(count), depeche::serve::http::url_param(&one));
    let rows = bindings(&app.handle(&Request::get(&url)));
    assert_eq!(rows[0]["n"]["value"], "1");
    // Named graphs: only those listed are visible to GRAPH.
    let graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
    let url = format!("{}&named-graph-uri={}", q(graphs), depeche::serve::http::url_param(&one));
    let rows = bindings(&app.handle(&Request::get(&url)));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["g"]["value"], one.as_str());
    // Without parameters the default graph is the union of all graphs.
    let rows = bindings(&app.handle(&Request::get(&q(count))));
    let all = query(&seeds().store, "SELECT DISTINCT ?d WHERE { ?d a dp:Document }").rows.len();
    assert_eq!(rows[0]["n"]["value"], all.to_string());
    assert!(all >= 5);
    let bad = app.handle(&Request::get(&format!("{}&default-graph-uri=not%20an%20iri", q(count))));
    assert_eq!(bad.status, 400);
}

#[test]
fn a_malformed_query_is_a_400_with_the_parser_message() {
    let r = app().handle(&Request::get(&q("SELECT ?x WHERE { ?x ?p }")));
    assert_eq!(r.status, 400);
    let text = r.body_text();
    assert!(text.starts_with("SPARQL syntax error:") && text.contains("1:"), "{text}");
    assert_eq!(text.trim_end().lines().count(), 1);
    assert_eq!(app().handle(&Request::get("/sparql")).status, 400);
    let browser = app().handle(&Request::get("/sparql").with_header("Accept", "text/html"));
    assert_eq!((browser.status, browser.header("Location")), (303, Some("/")));
}

#[test]
fn updates_are_refused_unless_allowed() {
    let app = app();
    let before = dump(&seeds().store).len();
    for r in [
        Request::post("/sparql", "application/sparql-update", "DROP ALL"),
        Request::post("/sparql", "application/x-www-form-urlencoded", "update=DROP%20ALL"),
        Request::get("/sparql?update=DROP%20ALL"),
        Request::post("/update", "application/sparql-update", "CLEAR DEFAULT"),
    ] {
        let resp = app.handle(&r);
        assert_eq!(resp.status, 403, "{}", resp.body_text());
    }
    assert_eq!(dump(&seeds().store).len(), before);

    // With --allow-update, on a store of its own.
    let built = build_paths(&[corpus().join("000_f23cf6f2b9f47d47.txt")]);
    let app = App::new(&built.store, ServeConfig { allow_update: true, ..Default::default() });
    let probe = q("SELECT ?o WHERE { <urn:x-test:s> <urn:x-test:p> ?o }");
    assert!(bindings(&app.handle(&Request::get(&probe))).is_empty());
    // Answered again from the cache, until an update empties it.
    assert_eq!(app.handle(&Request::get(&probe)).header("X-Depeche-Cache"), Some("hit"));
    let insert = "INSERT DATA { GRAPH <urn:x-test:g> { <urn:x-test:s> <urn:x-test:p> \"o\" } }";
    let r = app.handle(&Request::post("/sparql", "application/sparql-update", insert));
    assert_eq!(r.status, 204, "{}", r.body_text());
    let rows = bindings(&app.handle(&Request::get(&probe)));
    assert_eq!(rows.len(), 1);
    // A page of another site may not use the browser to change the store.
    let csrf = Request::post("/sparql", "application/x-www-form-urlencoded", "update=DROP%20ALL")
        .with_header("Origin", "http://evil.example")
        .with_header("Host", "127.0.0.1:7878");
    assert_eq!(app.handle(&csrf).status, 403);
    let same = Request::post("/sparql", "application/sparql-update", "CLEAR GRAPH <urn:x-test:g>")
        .with_header("Origin", "http://127.0.0.1:7878")
        .with_header("Host", "127.0.0.1:7878");
    assert_eq!(app.handle(&same).status, 204);
    assert!(bindings(&app.handle(&Request::get(&q("SELECT ?o WHERE { <urn:x-test:s> ?p ?o }")))).is_empty());
    assert_eq!(app.handle(&Request::get("/sparql?update=CLEAR%20ALL")).status, 405);
}

#[test]
fn a_query_past_the_timeout_is_cancelled() {
    let app = app_with(ServeConfig { timeout: Duration::from_millis(300), ..Default::default() });
    let started = Instant::now();
    let r = app.handle(&Request::get(&q("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")));
    assert_eq!(r.status, 503, "{}", r.body_text());
    assert!(r.body_text().contains("timed out"));
    // Cancelled, not run to the end (which would take hours on this store).
    assert!(started.elapsed() < Duration::from_secs(20));
    // The next query is not affected.
    assert_eq!(app.handle(&Request::get(&q(DOCS))).status, 200);
}

#[test]
fn results_stop_at_the_row_cap_and_say_so() {
    let app = app_with(ServeConfig { max_rows: 5, ..Default::default() });
    let r = app.handle(&Request::get(&q("SELECT ?s WHERE { ?s ?p ?o }")));
    assert_eq!(bindings(&r).len(), 5);
    assert_eq!(r.header("X-Depeche-Truncated"), Some("true"));
    assert_eq!(r.header("X-Depeche-Row-Limit"), Some("5"));
    let c =
        app.handle(&Request::get(&q("CONSTRUCT WHERE { ?s ?p ?o }")).with_header("Accept", "application/n-triples"));
    assert_eq!(triples(&c, RdfFormat::NTriples), 5);
    let small = app.handle(&Request::get(&q("SELECT ?d WHERE { ?d a dp:Document } LIMIT 2")));
    assert_eq!(bindings(&small).len(), 2);
    assert_eq!(small.header("X-Depeche-Truncated"), None);
}

#[test]
fn every_canned_query_answers_as_it_does_locally() {
    let app = app();
    for (name, text) in CANNED_QUERIES {
        let r = app.handle(&Request::post("/sparql", "application/sparql-query", *text));
        let remote = bindings(&r).len();
        let local = query(&seeds().store, text).rows.len();
        assert_eq!(remote, local, "{name}");
    }
}

#[test]
fn the_canned_queries_offered_are_those_of_the_queries_folder() {
    let mut on_disk = Vec::new();
    for dir in ["queries", "queries/competency"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "rq") {
                let rel = p.strip_prefix(root().join("queries")).unwrap().with_extension("");
                on_disk.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    on_disk.sort();
    let mut offered: Vec<String> = CANNED_QUERIES.iter().map(|(n, _)| n.to_string()).collect();
    offered.sort();
    assert_eq!(offered, on_disk);
    let index = app().handle(&Request::get("/")).body_text();
    for (name, _) in CANNED_QUERIES {
        assert!(index.contains(&format!("<option value=\"{name}\"")), "{name}");
    }
}

#[test]
fn graph_store_get_returns_one_document_graph() {
    let app = app();
    let doc = query(&seeds().store, DOCS).text(0, "d").unwrap();
    let url = format!("/store?graph={}", depeche::serve::http::url_param(&doc));
    let in_store = query(&seeds().store, &format!("SELECT * WHERE {{ GRAPH <{doc}> {{ ?s ?p ?o }} }}")).rows.len();
    assert_eq!(triples(&app.handle(&Request::get(&url)), RdfFormat::Turtle), in_store);
    let nt = app.handle(&Request::get(&url).with_header("Accept", "application/n-triples"));
    assert_eq!(triples(&nt, RdfFormat::NTriples), in_store);
    let missing = app.handle(&Request::get("/store?graph=https%3A%2F%2Fw3id.org%2Fdepeche%2Fid%2Fdoc%2Fnone"));
    assert_eq!(missing.status, 404);
    assert_eq!(app.handle(&Request::get("/store")).status, 400);
    assert_eq!(app.handle(&Request::post(&url, "text/turtle", "")).status, 405);
}

fn page(app: &App, path: &str) -> String {
    let r = app.handle(&Request::get(path));
    assert_eq!(r.status, 200, "{path}: {}", r.body_text());
    assert!(r.header("Content-Type").unwrap().starts_with("text/html"));
    assert!(r.header("Content-Security-Policy").is_some_and(|c| c.contains("script-src 'self'")));
    r.body_text()
}

#[test]
fn an_entity_page_shows_labels_type_wikidata_roles_events_and_mentions() {
    let html = page(&app(), "/id/entity/vladimir-putin");
    assert!(html.contains("<h1>Vladimir Poutine</h1>"), "{html}");
    assert!(html.contains("<span class=\"badge\">Person</span>"));
    assert!(html.contains("href=\"https://www.wikidata.org/wiki/Q7747\""));
    assert!(html.contains("<h2>Roles</h2>") && html.contains("président"));
    assert!(html.contains("<h2>Neighbourhood</h2><figure><svg"));
    // Events in time order: the dates shown never go back.
    let events = &html[html.find("<h2>Events").expect("events")..html.find("<h2>Mentions").unwrap()];
    let dates: Vec<&str> = events
        .split("<tr><td>")
        .skip(1)
        .map(|row| &row[..row.find("</td>").unwrap()])
        .filter(|d| !d.is_empty())
        .collect();
    assert!(dates.len() >= 3, "{dates:?}");
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    // Every mention: its sentence, the mention marked, a link into the document.
    let mentions = query(
        &seeds().store,
        "SELECT ?m WHERE { ?m itsrdf:taIdentRef <https://w3id.org/depeche/id/entity/vladimir-putin> ; a dp:Mention }",
    )
    .rows
    .len();
    assert_eq!(html.matches("<li class=\"mention\">").count(), mentions);
    assert!(html.contains("<mark>Vladimir Poutine</mark>") || html.contains("<mark>Poutine</mark>"));
    assert!(html.contains("in the text</a>") && html.contains("href=\"/id/doc/"));
}

#[test]
fn a_document_page_shows_its_text_with_mentions_linked() {
    let app = app();
    let doc = query(&seeds().store, DOCS).text(0, "d").unwrap();
    let path = depeche::serve::http::url_param(&doc);
    let html = page(&app, &format!("/resource?iri={path}"));
    let id = doc.rsplit('/').next().unwrap();
    assert_eq!(html, page(&app, &format!("/id/doc/{id}")));
    assert!(html.contains("<div class=\"text\">"));
    assert!(html.contains("class=\"m t-Person\""), "no person marked");
    // Each marked mention's text is what the store says its anchor is.
    let anchors = query(
        &seeds().store,
        &format!(
            "SELECT ?b ?a WHERE {{ ?m a dp:Mention ; dp:inDocument <{doc}> ; nif:beginIndex ?b ; nif:anchorOf ?a }}"
        ),
    );
    let mut checked = 0;
    for i in 0..anchors.rows.len() {
        let (b, a) = (anchors.text(i, "b").unwrap(), anchors.text(i, "a").unwrap());
        if let Some(at) = html.find(&format!("id=\"m-{b}\"")) {
            let rest = &html[at..];
            let shown = &rest[rest.find('>').unwrap() + 1..rest.find("</a>").unwrap()];
            assert_eq!(shown, depeche::serve::http::esc(&a));
            checked += 1;
        }
    }
    assert!(checked >= 10, "{checked} mentions checked");
    // Events reported in time order, undated ones last.
    let table = &html[html.find("<h2>Events reported").expect("events")..];
    let table = &table[..table.find("</table>").unwrap()];
    let dates: Vec<&str> = table.split("<tr><td>").skip(1).map(|row| &row[..row.find("</td>").unwrap()]).collect();
    assert!(dates.len() >= 3);
    let dated: Vec<&&str> = dates.iter().take_while(|d| !d.is_empty()).collect();
    assert!(dates[dated.len()..].iter().all(|d| d.is_empty()), "{dates:?}");
    assert!(dated.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
}

#[test]
fn event_pages_timeline_and_entity_list() {
    let app = app();
    let timeline = page(&app, "/timeline");
    let dates: Vec<&str> = timeline.split("<time>").skip(1).map(|t| &t[..t.find("</time>").unwrap()]).collect();
    assert!(dates.len() >= 5);
    let events: Vec<&str> = timeline.split("href=\"/id/event/").skip(1).map(|t| &t[..t.find('"').unwrap()]).collect();
    let once: std::collections::BTreeSet<&&str> = events.iter().collect();
    assert_eq!(once.len(), events.len(), "an event shown twice");
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    let first_event = timeline.split("href=\"/id/event/").nth(1).unwrap();
    let event = &first_event[..first_event.find('"').unwrap()];
    let html = page(&app, &format!("/id/event/{event}"));
    assert!(html.contains("<h2>Reports (") && html.contains("<mark>"), "{html}");
    let putin = page(&app, "/timeline?entity=https%3A%2F%2Fw3id.org%2Fdepeche%2Fid%2Fentity%2Fvladimir-putin");
    assert!(putin.contains("Events of <a href=\"/id/entity/vladimir-putin\">"));
    assert!(putin.matches("<time>").count() < dates.len());
    let entities = page(&app, "/entities");
    assert!(entities.contains("href=\"/id/entity/kim-jong-un\""));
    let svg = app.handle(&Request::get("/graph.svg?iri=https%3A%2F%2Fw3id.org%2Fdepeche%2Fid%2Fentity%2Fkim-jong-un"));
    assert_eq!(svg.header("Content-Type"), Some("image/svg+xml"));
    assert!(svg.body_text().starts_with("<svg") && svg.body_text().contains("href=\"/id/entity/kim-jong-un\""));
}

#[test]
fn resources_in_rdf_for_clients_that_ask() {
    let r = app().handle(&Request::get("/id/entity/vladimir-putin").with_header("Accept", "text/turtle"));
    assert!(r.header("Content-Type").unwrap().starts_with("text/turtle"));
    assert!(triples(&r, RdfFormat::Turtle) > 5);
    assert_eq!(app().handle(&Request::get("/id/entity/nobody-at-all")).status, 404);
}

#[test]
fn text_from_articles_is_escaped_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Le général <script>alert(1)</script> Ivan Petrov a rencontré Vladimir Poutine à Moscou.\n\n\
                « Nous <b>sommes</b> prêts », a déclaré Vladimir Poutine <img src=x onerror=alert(2)>.\n";
    std::fs::write(dir.path().join("evil.txt"), text).unwrap();
    std::fs::write(
        dir.path().join("evil.meta.toml"),
        "outlet = \"<script>alert(3)</script>\"\npublished = \"2025-05-01\"\ntitle = \"Un <script>alert(4)</script> titre\"\n",
    )
    .unwrap();
    let built = build_paths(&[dir.path().to_path_buf()]);
    let app = App::new(&built.store, ServeConfig::default());
    let mut pages = vec![page(&app, "/"), page(&app, "/id/doc/evil"), page(&app, "/id/entity/vladimir-putin")];
    pages.push(page(&app, "/entities"));
    pages.push(page(&app, "/timeline"));
    for html in &pages {
        // The only script element is the bundled one.
        assert_eq!(html.matches("<script").count(), 1, "{html}");
        assert!(!html.contains("<img") && !html.contains("<b>"));
    }
    assert!(pages[1].contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(pages[1].contains("Un &lt;script&gt;alert(4)&lt;/script&gt; titre"));
    assert!(pages[0].contains("&lt;script&gt;alert(3)&lt;/script&gt;"));
}

#[test]
fn static_files_are_only_the_bundled_ones() {
    let app = app();
    let js = app.handle(&Request::get("/assets/app.js"));
    assert_eq!(js.status, 200);
    assert!(js.header("Content-Type").unwrap().starts_with("text/javascript"));
    assert!(app.handle(&Request::get("/assets/style.css")).body_text().contains("body"));
    for path in [
        "/assets/../Cargo.toml",
        "/assets/..%2fCargo.toml",
        "/assets/%2e%2e/%2e%2e/etc/passwd",
        "/assets//etc/passwd",
        "/../../etc/passwd",
        "/id/../../../etc/passwd",
        "/nothing",
    ] {
        let r = app.handle(&Request::get(path));
        assert_eq!(r.status, 404, "{path}");
        assert!(!r.body_text().contains("root:"), "{path}");
    }
    assert_eq!(app.handle(&Request::new("DELETE", "/")).status, 405);
    assert_eq!(app.handle(&Request::new("OPTIONS", "/sparql")).status, 204);
}

// ------------------------------------------------------------ over a socket

/// `depeche serve` as a process on a free port, over a store built from the seeds.
struct Served {
    child: std::process::Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(extra: &[&str]) -> Served {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    assert_cmd::Command::cargo_bin("depeche")
        .unwrap()
        .arg("--store")
        .arg(&store)
        .args(["build", "-q"])
        .arg(corpus())
        .assert()
        .success();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("depeche"))
        .arg("--store")
        .arg(&store)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .args(extra)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stderr.take().unwrap()).read_line(&mut line).unwrap();
    // "depeche: serving DIR at http://127.0.0.1:PORT/ (read-only; Ctrl-C stops)"
    let url = line.split(" at ").nth(1).and_then(|r| r.split(' ').next()).unwrap_or_else(|| panic!("{line}"));
    Served { child, url: url.trim_end_matches('/').to_string(), _dir: dir }
}

fn curl(args: &[&str]) -> String {
    let out = std::process::Command::new("curl")
        .args(["-s", "-S", "--max-time", "30"])
        .args(args)
        .output()
        .expect("curl runs (.ci/run installs it)");
    assert!(out.status.success(), "curl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn curl_speaks_the_protocol() {
    let s = serve(&["--max-body", "2000"]);
    let sparql = format!("{}/sparql", s.url);
    let out = curl(&["-H", "Accept: text/csv", "--data-urlencode", &format!("query={DOCS}"), &sparql]);
    assert!(out.starts_with("d,title\r\n") || out.starts_with("d,title\n"), "{out}");
    assert_eq!(out.lines().count(), 1 + query(&seeds().store, DOCS).rows.len());
    let out = curl(&["-H", "Content-Type: application/sparql-query", "--data-binary", DOCS, &sparql]);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&out).unwrap()["head"]["vars"][1], "title");
    let code = |args: &[&str]| curl(&[&["-o", "/dev/null", "-w", "%{http_code}"], args].concat());
    assert_eq!(code(&["--data-urlencode", "update=DROP ALL", &sparql]), "403");
    assert_eq!(code(&["--data-urlencode", "query=SELECT nonsense", &sparql]), "400");
    // A body over --max-body is refused before it is read.
    let big = format!("query=SELECT * WHERE {{ ?s ?p ?o }} # {}", "x".repeat(5000));
    assert_eq!(code(&["--data-binary", &big, &sparql]), "413");
    assert_eq!(code(&["-I", &format!("{}/", s.url)]), "200");
    assert_eq!(code(&["--path-as-is", &format!("{}/assets/../../../../etc/passwd", s.url)]), "404");
    let turtle =
        curl(&[&format!("{}/store?graph=https%3A%2F%2Fw3id.org%2Fdepeche%2Fid%2Fdoc%2F000_f23cf6f2b9f47d47", s.url)]);
    assert!(turtle.contains("@prefix") && turtle.contains("nif:isString"));
}

#[test]
fn concurrent_clients_are_served_in_parallel() {
    let s = serve(&[]);
    let url = format!("{}/sparql", s.url);
    let handles: Vec<_> = (0..16)
        .map(|i| {
            let url = url.clone();
            std::thread::spawn(move || {
                let (_, text) = CANNED_QUERIES[i % CANNED_QUERIES.len()];
                let r = ureq::post(&url).set("Content-Type", "application/sparql-query").send_string(text).unwrap();
                (r.status(), r.into_string().unwrap().len())
            })
        })
        .collect();
    for h in handles {
        let (status, len) = h.join().unwrap();
        assert_eq!(status, 200);
        assert!(len > 20);
    }
}

fn python(script: &str, args: &[&str]) {
    let out = std::process::Command::new("python3")
        .arg(root().join("tests/clients").join(script))
        .args(args)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{script}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_real_sparql_client_reads_the_endpoint() {
    let s = serve(&[]);
    let documents = query(&seeds().store, "SELECT DISTINCT ?d WHERE { ?d a dp:Document }").rows.len();
    python("sparqlwrapper.py", &[&format!("{}/sparql", s.url), &documents.to_string()]);
}

/// Chromium runs the editor, follows a link, and leaves screenshots in
/// test-artifacts/ (or $DEPECHE_ARTIFACTS).
#[test]
fn a_real_browser_explores_the_graph() {
    let s = serve(&[]);
    let shots =
        std::env::var("DEPECHE_ARTIFACTS").map(std::path::PathBuf::from).unwrap_or(root().join("test-artifacts"));
    for name in ["serve-query.png", "serve-entity.png", "serve-document.png"] {
        let _ = std::fs::remove_file(shots.join(name));
    }
    python("browser.py", &[&s.url, shots.to_str().unwrap()]);
    for name in ["serve-query.png", "serve-entity.png", "serve-document.png"] {
        let png = std::fs::read(shots.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000, "{name}");
    }
}
