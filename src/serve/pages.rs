//! Pages for people: the query editor, entity, document and event pages, the
//! timeline and the list of entities. Each is read from the store through
//! SPARQL and written as HTML by hand; every text from the store goes through
//! [`esc`]. Scripts and styles are files bundled into the binary (no CDN), and
//! the Content-Security-Policy forbids any other.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

use oxigraph::model::{NamedNode, Term};

use super::http::{esc, negotiate, url_param, Request, Response};
use super::sparql::GRAPH_TYPES;
use super::{svg, App, CANNED_QUERIES};
use crate::export::local;
use crate::query::{plain, select, Table};
use crate::vocab::{ID, PREFIXES, WIKIDATA};

const APP_JS: &str = include_str!("assets/app.js");
const STYLE_CSS: &str = include_str!("assets/style.css");

/// Bundled static files, by exact name: nothing else is ever read.
pub(super) fn asset(name: &str) -> Response {
    let (body, media) = match name {
        "app.js" => (APP_JS, "text/javascript; charset=utf-8"),
        "style.css" => (STYLE_CSS, "text/css; charset=utf-8"),
        _ => return not_found("no such file"),
    };
    Response::new(200, media, body).with_header("Cache-Control", "max-age=300")
}

/// Where a page about `iri` is: `/id/...` for the store's own IRIs without a
/// fragment, `/resource?iri=...` for the others.
pub fn link(iri: &str) -> String {
    match iri.strip_prefix(ID) {
        Some(rest) if !rest.contains(['#', '?']) => format!("/id/{rest}"),
        _ => format!("/resource?iri={}", url_param(iri)),
    }
}

/// `dp:Person` for a known namespace, `<IRI>` otherwise (as query tables show them).
fn compact(iri: &str) -> String {
    crate::query::short(&Term::NamedNode(NamedNode::new_unchecked(iri)))
}

fn a(iri: &str, text: &str) -> String {
    format!("<a href=\"{}\">{}</a>", esc(&link(iri)), esc(text))
}

/// A term as HTML: IRIs as links (labelled when `labels` knows them).
fn term(t: &Term, labels: &HashMap<String, String>) -> String {
    match t {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            if let Some(q) = iri.strip_prefix(WIKIDATA) {
                format!("<a href=\"https://www.wikidata.org/wiki/{}\">wd:{}</a>", esc(q), esc(q))
            } else {
                a(iri, labels.get(iri).map(String::as_str).unwrap_or(&compact(iri)))
            }
        }
        t => esc(&plain(t)),
    }
}

fn page(title: &str, body: &str) -> Response {
    let mut html = String::with_capacity(body.len() + 1024);
    let _ = write!(
        html,
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} · depeche</title><link rel=\"stylesheet\" href=\"/assets/style.css\"></head><body>\
         <header><a class=\"brand\" href=\"/\">depeche</a><nav><a href=\"/\">Query</a>\
         <a href=\"/entities\">Entities</a><a href=\"/timeline\">Timeline</a></nav></header>\
         <main>{body}</main><script src=\"/assets/app.js\"></script></body></html>",
        esc(title)
    );
    Response::html(200, html).with_header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; frame-ancestors 'none'",
    )
}

pub(super) fn not_found(what: &str) -> Response {
    let mut r = page("Not found", &format!("<h1>Not found</h1><p>{}</p>", esc(what)));
    r.status = 404;
    r
}

fn failure(e: impl std::fmt::Display) -> Response {
    let mut r = page("Error", &format!("<h1>Error</h1><p class=\"error\">{}</p>", esc(&e.to_string())));
    r.status = 500;
    r
}

fn run(app: &App, q: &str, what: &str) -> Result<Table, Response> {
    select(&app.store.store, q, what).map_err(failure)
}

fn text(t: &Table, i: usize, col: &str) -> String {
    t.text(i, col).unwrap_or_default()
}

/// French labels where there are some, else English, else any.
fn labels_of(app: &App, iris: &BTreeSet<String>) -> Result<HashMap<String, String>, Response> {
    let values: Vec<String> =
        iris.iter().filter_map(|i| NamedNode::new(i.as_str()).ok()).map(|n| n.to_string()).collect();
    let mut out = HashMap::new();
    if values.is_empty() {
        return Ok(out);
    }
    let t = run(
        app,
        &format!(
            "SELECT ?x ?l WHERE {{ VALUES ?x {{ {} }} ?x rdfs:label ?l }} \
             ORDER BY ?x DESC(lang(?l) = \"fr\") DESC(lang(?l) = \"en\")",
            values.join(" ")
        ),
        "labels",
    )?;
    for i in 0..t.rows.len() {
        out.entry(text(&t, i, "x")).or_insert_with(|| text(&t, i, "l"));
    }
    Ok(out)
}

/// A sentence with the characters `[b, e)` marked.
fn highlighted(sentence: &str, b: usize, e: usize) -> String {
    let chars: Vec<char> = sentence.chars().collect();
    if b > e || e > chars.len() {
        return esc(sentence);
    }
    let part = |r: std::ops::Range<usize>| esc(&chars[r].iter().collect::<String>());
    format!("{}<mark>{}</mark>{}", part(0..b), part(b..e), part(e..chars.len()))
}

fn num(t: &Table, i: usize, col: &str) -> Option<usize> {
    t.text(i, col).and_then(|v| v.parse().ok())
}

// ---------------------------------------------------------------- index

pub(super) fn index(app: &App) -> Response {
    let mut body = String::from("<h1>Query the graph</h1>");
    let prefixes: Vec<String> = PREFIXES.iter().map(|(p, ns)| format!("{p} {ns}")).collect();
    let _ = write!(
        body,
        "<form id=\"query-form\" method=\"post\" action=\"/sparql\" data-prefixes=\"{}\">\
         <label>Example <select id=\"examples\"><option value=\"\">(choose a canned query)</option>",
        esc(&prefixes.join("\n"))
    );
    for (name, q) in CANNED_QUERIES {
        let _ = write!(body, "<option value=\"{}\" data-query=\"{}\">{}</option>", esc(name), esc(q), esc(name));
    }
    let _ = write!(
        body,
        "</select></label>\
         <textarea id=\"query\" name=\"query\" rows=\"14\" spellcheck=\"false\">{}</textarea>\
         <p class=\"hint\">The default graph is the union of all graphs; the prefixes dp:, id:, wd:, nif:, \
         schema:, dcterms:, skos:, rdfs:… are predeclared. Results stop after {} rows; queries after {} s.</p>\
         <button id=\"run\" type=\"submit\">Run</button> <span id=\"status\"></span></form>\
         <div id=\"results\"></div>",
        esc("SELECT ?entity ?type ?label WHERE {\n  ?entity a dp:Entity , ?type ; rdfs:label ?label .\n  FILTER(?type != dp:Entity && lang(?label) = \"fr\")\n} LIMIT 50"),
        app.config.max_rows,
        app.config.timeout.as_secs_f64()
    );
    let docs = match run(
        app,
        "SELECT ?d ?id ?title ?outlet ?date WHERE { ?d a dp:Document ; dcterms:identifier ?id .
           OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dp:outletName ?outlet }
           OPTIONAL { ?d schema:datePublished ?date } } ORDER BY ?date ?id",
        "documents",
    ) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let _ = write!(
        body,
        "<h2>Documents ({})</h2><table class=\"list\"><tr><th>Date</th><th>Outlet</th><th>Title</th></tr>",
        docs.rows.len()
    );
    for i in 0..docs.rows.len() {
        let title = docs.text(i, "title").unwrap_or_else(|| text(&docs, i, "id"));
        let _ = write!(
            body,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&text(&docs, i, "date")),
            esc(&text(&docs, i, "outlet")),
            a(&text(&docs, i, "d"), &title)
        );
    }
    body.push_str("</table>");
    page("Query", &body)
}

// ---------------------------------------------------------------- lists

pub(super) fn entities(app: &App) -> Response {
    let t = match run(
        app,
        "SELECT ?e ?type (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?d) AS ?docs)
         WHERE { ?m itsrdf:taIdentRef ?e ; dp:inDocument ?d . ?e a ?type FILTER(?type != dp:Entity)
                 OPTIONAL { ?e rdfs:label ?l FILTER(lang(?l) = \"fr\" || lang(?l) = \"\") } }
         GROUP BY ?e ?type ORDER BY DESC(?mentions) ?label",
        "entities",
    ) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let mut body = format!(
        "<h1>Entities ({})</h1><table class=\"list\"><tr><th>Entity</th><th>Type</th><th>Mentions</th><th>Documents</th></tr>",
        t.rows.len()
    );
    for i in 0..t.rows.len() {
        let e = text(&t, i, "e");
        let label = t.text(i, "label").unwrap_or_else(|| local(&e).to_string());
        let _ = write!(
            body,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            a(&e, &label),
            esc(local(&text(&t, i, "type"))),
            esc(&text(&t, i, "mentions")),
            esc(&text(&t, i, "docs"))
        );
    }
    body.push_str("</table>");
    page("Entities", &body)
}

/// Events with a date, in time order; `?entity=IRI` keeps those it takes part in.
pub(super) fn timeline(app: &App, req: &Request) -> Response {
    let entity = req.param("entity").and_then(|e| NamedNode::new(e).ok());
    let filter = entity
        .as_ref()
        .map(|e| format!("?r2 dp:reports ?ev ; (dp:agent|dp:recipient|dp:participant|dp:place|dp:theme) {e} ."))
        .unwrap_or_default();
    let t = match run(
        app,
        &format!(
            "SELECT ?ev ?type ?date (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?d) AS ?docs) WHERE {{
               ?r dp:reports ?ev ; dp:inDocument ?d . {filter}
               ?ev a ?type ; dp:date ?date .
               FILTER(?type NOT IN (dp:Event, sem:Event) && STRSTARTS(STR(?type), STR(dp:)))
               OPTIONAL {{ ?ev rdfs:label ?l }}
             }} GROUP BY ?ev ?type ?date ORDER BY ?date ?type"
        ),
        "timeline",
    ) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let mut body = String::from("<h1>Timeline</h1>");
    if let Some(e) = &entity {
        let labels = match labels_of(app, &BTreeSet::from([e.as_str().to_string()])) {
            Ok(l) => l,
            Err(r) => return r,
        };
        let _ = write!(
            body,
            "<p>Events of {} · <a href=\"/timeline\">all events</a></p>",
            a(e.as_str(), labels.get(e.as_str()).map(String::as_str).unwrap_or(local(e.as_str())))
        );
    }
    // An event told with several dates is shown once, at its most precise one.
    let mut best: BTreeMap<String, usize> = BTreeMap::new();
    for i in 0..t.rows.len() {
        let b = best.entry(text(&t, i, "ev")).or_insert(i);
        if text(&t, i, "date").len() > text(&t, *b, "date").len() {
            *b = i;
        }
    }
    let mut order: Vec<usize> = best.into_values().collect();
    order.sort_by_key(|&i| (text(&t, i, "date"), text(&t, i, "type")));
    let mut year = String::new();
    body.push_str("<ol class=\"timeline\">");
    for i in order {
        let date = text(&t, i, "date");
        let y: String = date.chars().take(4).collect();
        if y != year {
            let _ = write!(body, "<li class=\"year\">{}</li>", esc(&y));
            year = y;
        }
        let ev = text(&t, i, "ev");
        let kind = local(&text(&t, i, "type")).to_string();
        let label = t.text(i, "label").unwrap_or_else(|| kind.clone());
        let docs = num(&t, i, "docs").unwrap_or(0);
        let _ = write!(
            body,
            "<li><time>{}</time> <span class=\"badge\">{}</span> {} <span class=\"muted\">{} document{}</span></li>",
            esc(&date),
            esc(&kind),
            a(&ev, &label),
            docs,
            if docs == 1 { "" } else { "s" }
        );
    }
    body.push_str("</ol>");
    if t.rows.is_empty() {
        body.push_str("<p>No dated events.</p>");
    }
    page("Timeline", &body)
}

// ---------------------------------------------------------------- resources

/// The page about any IRI: an entity, a document, an event, or anything else.
/// Clients that prefer RDF to HTML get the IRI's description instead.
pub(super) fn resource(app: &App, iri: &str, req: &Request) -> Response {
    let Ok(node) = NamedNode::new(iri) else { return not_found("not an IRI") };
    let mut offers = vec!["text/html"];
    offers.extend_from_slice(GRAPH_TYPES);
    match negotiate(req.header("Accept"), &offers) {
        Some(0) | None => {}
        Some(_) => {
            let describe = Request::get(&format!("/sparql?query={}", url_param(&format!("DESCRIBE {node}"))));
            let describe = match req.header("Accept") {
                Some(accept) => describe.with_header("Accept", accept),
                None => describe,
            };
            return super::sparql::endpoint(app, &describe);
        }
    }
    let t = match run(app, &format!("SELECT ?p ?o WHERE {{ {node} ?p ?o }} ORDER BY ?p ?o"), "resource") {
        Ok(t) => t,
        Err(r) => return r,
    };
    let types: BTreeSet<String> = (0..t.rows.len())
        .filter(|&i| text(&t, i, "p") == crate::vocab::rdf::TYPE.as_str())
        .map(|i| text(&t, i, "o"))
        .collect();
    let has = |ty: oxigraph::model::NamedNodeRef<'_>| types.contains(ty.as_str());
    use crate::vocab::dp;
    let result = if has(dp::DOCUMENT) {
        document(app, &node, &t)
    } else if has(dp::ENTITY) {
        entity(app, &node, &t, &types)
    } else if has(dp::EVENT) {
        event(app, &node, &t, &types)
    } else if t.rows.is_empty() {
        match is_object(app, &node) {
            Ok(true) => generic(app, &node, &t),
            Ok(false) => return not_found(&format!("nothing is said about {iri}")),
            Err(r) => return r,
        }
    } else {
        generic(app, &node, &t)
    };
    result.unwrap_or_else(|r| r)
}

fn is_object(app: &App, node: &NamedNode) -> Result<bool, Response> {
    let t = run(app, &format!("SELECT ?s WHERE {{ ?s ?p {node} }} LIMIT 1"), "resource")?;
    Ok(!t.rows.is_empty())
}

/// Every statement about the node (and a sample of those pointing at it), as tables.
fn statements(app: &App, node: &NamedNode, t: &Table) -> Result<String, Response> {
    let incoming =
        run(app, &format!("SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {node} }} ORDER BY ?p ?s LIMIT 200"), "statements")?;
    let mut iris = BTreeSet::new();
    for row in t.rows.iter().chain(incoming.rows.iter()) {
        for x in row.iter().flatten() {
            if let Term::NamedNode(n) = x {
                iris.insert(n.as_str().to_string());
            }
        }
    }
    let labels = labels_of(app, &iris)?;
    let mut html = String::from("<details><summary>All statements</summary><table class=\"props\">");
    for row in &t.rows {
        if let (Some(p), Some(o)) = (&row[0], &row[1]) {
            let _ = write!(html, "<tr><th>{}</th><td>{}</td></tr>", term(p, &labels), term(o, &labels));
        }
    }
    html.push_str("</table>");
    if !incoming.rows.is_empty() {
        html.push_str("<h3>Pointing here</h3><table class=\"props\">");
        for row in &incoming.rows {
            if let (Some(s), Some(p)) = (&row[0], &row[1]) {
                let _ = write!(html, "<tr><td>{}</td><th>{}</th></tr>", term(s, &labels), term(p, &labels));
            }
        }
        html.push_str("</table>");
    }
    html.push_str("</details>");
    Ok(html)
}

fn generic(app: &App, node: &NamedNode, t: &Table) -> Result<Response, Response> {
    let body = format!("<h1>{}</h1>{}", esc(&compact(node.as_str())), statements(app, node, t)?);
    Ok(page(&compact(node.as_str()), &body))
}

/// The values of one property in a `?p ?o` table.
fn values(t: &Table, p: oxigraph::model::NamedNodeRef<'_>) -> Vec<Term> {
    t.rows
        .iter()
        .filter(|r| r[0].as_ref().is_some_and(|x| plain(x) == p.as_str()))
        .filter_map(|r| r[1].clone())
        .collect()
}

fn preferred_label(t: &Table, fallback: &str) -> String {
    use crate::vocab::{rdfs, skos};
    let mut all = values(t, skos::PREF_LABEL);
    all.extend(values(t, rdfs::LABEL));
    let lang = |x: &Term| match x {
        Term::Literal(l) => l.language().unwrap_or("").to_string(),
        _ => String::new(),
    };
    all.iter()
        .find(|x| lang(x) == "fr")
        .or_else(|| all.iter().find(|x| lang(x).is_empty()))
        .or(all.first())
        .map(plain)
        .unwrap_or_else(|| fallback.to_string())
}

fn entity(app: &App, node: &NamedNode, t: &Table, types: &BTreeSet<String>) -> Result<Response, Response> {
    use crate::vocab::{dp, owl, skos};
    let label = preferred_label(t, local(node.as_str()));
    let mut body = format!("<h1>{}</h1><p class=\"types\">", esc(&label));
    for ty in types.iter().filter(|ty| ty.as_str() != dp::ENTITY.as_str()) {
        let _ = write!(body, "<span class=\"badge\">{}</span> ", esc(local(ty)));
    }
    for wd in values(t, owl::SAME_AS) {
        let _ = write!(body, "{} ", term(&wd, &HashMap::new()));
    }
    body.push_str("</p>");
    let aliases: BTreeSet<String> = values(t, skos::ALT_LABEL).iter().map(plain).filter(|a| *a != label).collect();
    if !aliases.is_empty() {
        let aliases: Vec<String> = aliases.iter().map(|a| esc(a)).collect();
        let _ = write!(body, "<p class=\"aliases\">Also: {}</p>", aliases.join(" · "));
    }

    // Roles, one row per label and organization, with the documents that say so.
    let roles = run(
        app,
        &format!(
            "SELECT ?label ?of (GROUP_CONCAT(DISTINCT STR(?d); separator=\" \") AS ?docs) WHERE {{
               ?r a dp:RoleAssertion ; dp:holder {node} ; dp:roleLabel ?label ; dp:inDocument ?d .
               OPTIONAL {{ ?r dp:roleOf ?of }} }} GROUP BY ?label ?of ORDER BY ?label"
        ),
        "roles",
    )?;
    let events = run(
        app,
        &format!(
            "SELECT ?ev ?type ?date (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT ?role; separator=\", \") AS ?roles)
                    (COUNT(DISTINCT ?d) AS ?docs) WHERE {{
               ?r dp:reports ?ev ; dp:inDocument ?d .
               {{ ?r dp:agent {node} BIND(\"agent\" AS ?role) }} UNION {{ ?r dp:recipient {node} BIND(\"recipient\" AS ?role) }}
               UNION {{ ?r dp:participant {node} BIND(\"participant\" AS ?role) }} UNION {{ ?r dp:place {node} BIND(\"place\" AS ?role) }}
               UNION {{ ?r dp:theme {node} BIND(\"theme\" AS ?role) }} UNION {{ ?r sem:accordingTo {node} BIND(\"source\" AS ?role) }}
               ?ev a ?type FILTER(?type NOT IN (dp:Event, sem:Event) && STRSTARTS(STR(?type), STR(dp:)))
               OPTIONAL {{ ?ev dp:date ?date }} OPTIONAL {{ ?ev rdfs:label ?l }}
             }} GROUP BY ?ev ?type ?date"
        ),
        "events of an entity",
    )?;
    let quotes = run(
        app,
        &format!(
            "SELECT ?q ?text ?medium ?d ?title WHERE {{ ?q a dp:Quotation ; dp:speaker {node} ; schema:text ?text ;
               dp:inDocument ?d . OPTIONAL {{ ?q dp:medium ?medium }} OPTIONAL {{ ?d dcterms:title ?title }} }}
             ORDER BY ?d ?q"
        ),
        "quotations",
    )?;
    let mentions = run(
        app,
        &format!(
            "SELECT ?d ?id ?title ?b ?e ?sb ?sentence WHERE {{
               ?m itsrdf:taIdentRef {node} ; dp:inDocument ?d ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:sentence ?s .
               ?s nif:anchorOf ?sentence ; nif:beginIndex ?sb .
               OPTIONAL {{ ?d dcterms:identifier ?id }} OPTIONAL {{ ?d dcterms:title ?title }}
             }} ORDER BY ?id ?b LIMIT 1000"
        ),
        "mentions",
    )?;
    let mut iris: BTreeSet<String> = (0..roles.rows.len()).filter_map(|i| roles.text(i, "of")).collect();
    iris.extend(
        (0..roles.rows.len()).flat_map(|i| text(&roles, i, "docs").split(' ').map(str::to_string).collect::<Vec<_>>()),
    );
    let labels = labels_of(app, &iris)?;
    let titles = doc_titles(app)?;

    if !roles.rows.is_empty() {
        body.push_str("<h2>Roles</h2><table class=\"list\"><tr><th>Role</th><th>Of</th><th>Said in</th></tr>");
        for i in 0..roles.rows.len() {
            let of = roles.text(i, "of").map(|o| a(&o, labels.get(&o).map(String::as_str).unwrap_or(local(&o))));
            let docs: Vec<String> = text(&roles, i, "docs")
                .split(' ')
                .filter(|d| !d.is_empty())
                .map(|d| a(d, titles.get(d).map(String::as_str).unwrap_or(local(d))))
                .collect();
            let _ = write!(
                body,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&text(&roles, i, "label")),
                of.unwrap_or_default(),
                docs.join("<br>")
            );
        }
        body.push_str("</table>");
    }

    if let Ok(view) = app.view() {
        if let Ok(near) = crate::export::focused(&view, node.as_str(), 1) {
            if near.graph.node_count() > 1 {
                let _ = write!(
                    body,
                    "<h2>Neighbourhood</h2><figure>{}<figcaption><a href=\"/graph.svg?iri={}\">picture alone</a></figcaption></figure>",
                    svg::neighbourhood(&near, node.as_str()),
                    esc(&url_param(node.as_str()))
                );
            }
        }
    }

    if !events.rows.is_empty() {
        // Dated events first, in time order; undated ones after.
        let mut order: Vec<usize> = (0..events.rows.len()).collect();
        order.sort_by_key(|&i| (events.text(i, "date").is_none(), text(&events, i, "date"), text(&events, i, "type")));
        let _ = write!(
            body,
            "<h2>Events ({})</h2><p><a href=\"/timeline?entity={}\">on the timeline</a></p>\
             <table class=\"list\"><tr><th>Date</th><th>Event</th><th>Type</th><th>As</th><th>Documents</th></tr>",
            events.rows.len(),
            esc(&url_param(node.as_str()))
        );
        for i in order {
            let kind = local(&text(&events, i, "type")).to_string();
            let _ = write!(
                body,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&text(&events, i, "date")),
                a(&text(&events, i, "ev"), &events.text(i, "label").unwrap_or_else(|| kind.clone())),
                esc(&kind),
                esc(&text(&events, i, "roles")),
                esc(&text(&events, i, "docs"))
            );
        }
        body.push_str("</table>");
    }

    if !quotes.rows.is_empty() {
        let _ = write!(body, "<h2>Quotations ({})</h2><ul class=\"quotes\">", quotes.rows.len());
        for i in 0..quotes.rows.len() {
            let d = text(&quotes, i, "d");
            let medium = quotes.text(i, "medium").map(|m| format!(" ({})", esc(&m))).unwrap_or_default();
            let _ = write!(
                body,
                "<li><q>{}</q>{medium} — {}</li>",
                esc(&text(&quotes, i, "text")),
                a(&d, &quotes.text(i, "title").unwrap_or_else(|| local(&d).to_string()))
            );
        }
        body.push_str("</ul>");
    }

    let _ = write!(body, "<h2>Mentions ({})</h2>", mentions.rows.len());
    let mut current = String::new();
    for i in 0..mentions.rows.len() {
        let d = text(&mentions, i, "d");
        if d != current {
            if !current.is_empty() {
                body.push_str("</ul>");
            }
            let title = mentions.text(i, "title").unwrap_or_else(|| text(&mentions, i, "id"));
            let _ = write!(body, "<h3 class=\"doc\">{}</h3><ul class=\"mentions\">", a(&d, &title));
            current = d.clone();
        }
        let (b, e, sb) = (num(&mentions, i, "b"), num(&mentions, i, "e"), num(&mentions, i, "sb"));
        let sentence = text(&mentions, i, "sentence");
        let shown = match (b, e, sb) {
            (Some(b), Some(e), Some(sb)) if b >= sb => highlighted(&sentence, b - sb, e - sb),
            _ => esc(&sentence),
        };
        let _ = write!(
            body,
            "<li class=\"mention\">{shown} <a class=\"jump\" href=\"{}#m-{}\">in the text</a></li>",
            esc(&link(&d)),
            b.unwrap_or(0)
        );
    }
    if !current.is_empty() {
        body.push_str("</ul>");
    }
    body.push_str(&statements(app, node, t)?);
    Ok(page(&label, &body))
}

fn doc_titles(app: &App) -> Result<HashMap<String, String>, Response> {
    let t = run(
        app,
        "SELECT ?d ?label WHERE { ?d a dp:Document ; dcterms:identifier ?id OPTIONAL { ?d dcterms:title ?title }
           BIND(COALESCE(?title, ?id) AS ?label) }",
        "documents",
    )?;
    Ok((0..t.rows.len()).map(|i| (text(&t, i, "d"), text(&t, i, "label"))).collect())
}

fn document(app: &App, node: &NamedNode, t: &Table) -> Result<Response, Response> {
    use crate::vocab::{dcterms, dp, schema};
    let id = values(t, dcterms::IDENTIFIER).first().map(plain).unwrap_or_else(|| local(node.as_str()).to_string());
    let title = values(t, dcterms::TITLE).first().map(plain).unwrap_or_else(|| id.clone());
    let mut body = format!("<h1>{}</h1><table class=\"props\">", esc(&title));
    let meta = [
        ("Outlet", values(t, dp::OUTLET_NAME)),
        ("Published", values(t, schema::DATE_PUBLISHED)),
        ("Address", values(t, schema::URL)),
        ("File", values(t, dp::SOURCE_PATH)),
        ("Identifier", values(t, dcterms::IDENTIFIER)),
    ];
    for (name, vals) in meta {
        for v in vals {
            let shown = match &v {
                // An article's address is shown, not followed: it may be anything.
                Term::NamedNode(n) => esc(n.as_str()),
                v => esc(&plain(v)),
            };
            let _ = write!(body, "<tr><th>{name}</th><td>{shown}</td></tr>");
        }
    }
    let _ = write!(
        body,
        "<tr><th>Graph</th><td><a href=\"/store?graph={}\">RDF (Turtle)</a></td></tr></table>",
        esc(&url_param(node.as_str()))
    );
    let ctx = NamedNode::new_unchecked(format!("{}#context", node.as_str()));
    let text_t = run(app, &format!("SELECT ?text WHERE {{ {ctx} nif:isString ?text }}"), "document text")?;
    let full = text_t.text(0, "text").unwrap_or_default();
    let mentions = run(
        app,
        &format!(
            "SELECT ?b ?e ?ent (SAMPLE(?ty) AS ?type) (SAMPLE(?l) AS ?label) WHERE {{
               ?m a dp:Mention ; dp:inDocument {node} ; nif:beginIndex ?b ; nif:endIndex ?e ; itsrdf:taIdentRef ?ent .
               OPTIONAL {{ ?ent a ?ty FILTER(?ty != dp:Entity) }}
               OPTIONAL {{ ?ent rdfs:label ?l FILTER(lang(?l) = \"fr\" || lang(?l) = \"\") }}
             }} GROUP BY ?b ?e ?ent ORDER BY ?b DESC(?e)"
        ),
        "mentions of a document",
    )?;
    // The text with its mentions as links; a mention inside another is left out.
    let chars: Vec<char> = full.chars().collect();
    let mut html = String::new();
    let mut at = 0;
    let mut count = 0;
    for i in 0..mentions.rows.len() {
        let (Some(b), Some(e)) = (num(&mentions, i, "b"), num(&mentions, i, "e")) else { continue };
        if b < at || e > chars.len() || b >= e {
            continue;
        }
        html.push_str(&esc(&chars[at..b].iter().collect::<String>()));
        let ent = text(&mentions, i, "ent");
        let kind = local(&text(&mentions, i, "type")).to_string();
        let label = mentions.text(i, "label").unwrap_or_else(|| local(&ent).to_string());
        let _ = write!(
            html,
            "<a class=\"m t-{}\" id=\"m-{b}\" href=\"{}\" title=\"{} ({})\">{}</a>",
            esc(&kind),
            esc(&link(&ent)),
            esc(&label),
            esc(&kind),
            esc(&chars[b..e].iter().collect::<String>())
        );
        at = e;
        count += 1;
    }
    html.push_str(&esc(&chars[at.min(chars.len())..].iter().collect::<String>()));
    let _ =
        write!(body, "<h2>Text</h2><p class=\"muted\">{count} mentions marked.</p><div class=\"text\">{html}</div>");

    let events = run(
        app,
        &format!(
            "SELECT ?ev ?type ?trigger ?date (SAMPLE(?l) AS ?label) WHERE {{
               ?r dp:reports ?ev ; dp:inDocument {node} ; nif:anchorOf ?trigger .
               ?ev a ?type FILTER(?type NOT IN (dp:Event, sem:Event) && STRSTARTS(STR(?type), STR(dp:)))
               OPTIONAL {{ ?r dp:date ?date }} OPTIONAL {{ ?ev rdfs:label ?l }}
             }} GROUP BY ?ev ?type ?trigger ?date ORDER BY (!BOUND(?date)) ?date"
        ),
        "events of a document",
    )?;
    if !events.rows.is_empty() {
        let _ = write!(
            body,
            "<h2>Events reported ({})</h2><table class=\"list\"><tr><th>Date</th><th>Event</th><th>Type</th><th>Words</th></tr>",
            events.rows.len()
        );
        for i in 0..events.rows.len() {
            let kind = local(&text(&events, i, "type")).to_string();
            let _ = write!(
                body,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&text(&events, i, "date")),
                a(&text(&events, i, "ev"), &events.text(i, "label").unwrap_or_else(|| kind.clone())),
                esc(&kind),
                esc(&text(&events, i, "trigger"))
            );
        }
        body.push_str("</table>");
    }
    body.push_str(&statements(app, node, t)?);
    Ok(page(&title, &body))
}

fn event(app: &App, node: &NamedNode, t: &Table, types: &BTreeSet<String>) -> Result<Response, Response> {
    use crate::vocab::{dp, rdfs};
    let kind = types.iter().map(|ty| local(ty)).find(|ty| !matches!(*ty, "Event")).unwrap_or("Event").to_string();
    let label = values(t, rdfs::LABEL).first().map(plain).unwrap_or_else(|| kind.clone());
    let mut body =
        format!("<h1>{}</h1><p class=\"types\"><span class=\"badge\">{}</span></p>", esc(&label), esc(&kind));
    let mut iris = BTreeSet::new();
    for row in &t.rows {
        if let Some(Term::NamedNode(n)) = &row[1] {
            iris.insert(n.as_str().to_string());
        }
    }
    let reports = run(
        app,
        &format!(
            "SELECT ?r ?d ?title ?trigger ?b ?e ?sb ?sentence ?source ?confidence ?dateText ?count WHERE {{
               ?r dp:reports {node} ; dp:inDocument ?d ; nif:anchorOf ?trigger .
               OPTIONAL {{ ?d dcterms:title ?title }}
               OPTIONAL {{ ?r nif:beginIndex ?b ; nif:endIndex ?e }}
               OPTIONAL {{ ?r dp:evidence ?s . ?s nif:anchorOf ?sentence ; nif:beginIndex ?sb }}
               OPTIONAL {{ ?r sem:accordingTo ?source }} OPTIONAL {{ ?r dp:confidence ?confidence }}
               OPTIONAL {{ ?r dp:dateText ?dateText }} OPTIONAL {{ ?r dp:count ?count }}
             }} ORDER BY ?d ?b"
        ),
        "reports",
    )?;
    iris.extend((0..reports.rows.len()).filter_map(|i| reports.text(i, "source")));
    let labels = labels_of(app, &iris)?;
    body.push_str("<table class=\"props\">");
    let roles = [
        (dp::DATE, "Date"),
        (dp::AGENT, "Agent"),
        (dp::RECIPIENT, "Recipient"),
        (dp::PARTICIPANT, "Participant"),
        (dp::PLACE, "Place"),
        (dp::THEME, "About"),
        (dp::SUPPLIES, "Supplies"),
        (dp::CAMEO_CODE, "CAMEO"),
    ];
    for (p, name) in roles {
        let vals: Vec<String> = values(t, p).iter().map(|v| term(v, &labels)).collect();
        if !vals.is_empty() {
            let _ = write!(body, "<tr><th>{name}</th><td>{}</td></tr>", vals.join(", "));
        }
    }
    body.push_str("</table>");
    let _ = write!(body, "<h2>Reports ({})</h2><ul class=\"reports\">", reports.rows.len());
    let mut by_doc: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for i in 0..reports.rows.len() {
        by_doc.entry(text(&reports, i, "d")).or_default().push(i);
    }
    for (d, rows) in by_doc {
        for i in rows {
            let (b, e, sb) = (num(&reports, i, "b"), num(&reports, i, "e"), num(&reports, i, "sb"));
            let sentence = text(&reports, i, "sentence");
            let shown = match (b, e, sb) {
                (Some(b), Some(e), Some(sb)) if b >= sb => highlighted(&sentence, b - sb, e - sb),
                _ => esc(&sentence),
            };
            let mut extra = Vec::new();
            if let Some(s) = reports.text(i, "source") {
                extra.push(format!("according to {}", a(&s, labels.get(&s).map(String::as_str).unwrap_or(local(&s)))));
            }
            if let Some(dt) = reports.text(i, "dateText") {
                extra.push(format!("“{}”", esc(&dt)));
            }
            if let Some(c) = reports.text(i, "count") {
                extra.push(format!("count {}", esc(&c)));
            }
            if let Some(c) = reports.text(i, "confidence") {
                extra.push(format!("confidence {}", esc(&c)));
            }
            let _ = write!(
                body,
                "<li><p>{shown}</p><p class=\"muted\">{}{}{}</p></li>",
                a(&d, &reports.text(i, "title").unwrap_or_else(|| local(&d).to_string())),
                if extra.is_empty() { "" } else { " · " },
                extra.join(" · ")
            );
        }
    }
    body.push_str("</ul>");
    body.push_str(&statements(app, node, t)?);
    Ok(page(&label, &body))
}

/// The neighbourhood of an entity as a standalone SVG picture.
pub(super) fn graph_svg(app: &App, iri: &str) -> Response {
    let view = match app.view() {
        Ok(v) => v,
        Err(e) => return Response::text(500, format!("cannot read the graph: {e}")),
    };
    match crate::export::focused(&view, iri, 1) {
        Ok(near) => Response::new(200, "image/svg+xml", svg::neighbourhood(&near, iri)),
        Err(e) => Response::text(404, e.to_string()),
    }
}
