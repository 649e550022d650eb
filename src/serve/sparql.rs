//! The SPARQL 1.1 Protocol at `/sparql` and the Graph Store Protocol's GET
//! at `/store`: parameters, the dataset, content negotiation, the row cap,
//! the timeout, and updates only when the server allows them.

use std::time::Instant;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, NamedOrBlankNode};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryEvaluationError, QueryResults, SparqlEvaluator};

use super::http::{decode_form, negotiate, Request, Response};
use super::App;
use crate::vocab::with_prefixes;

/// Media types offered for SELECT and ASK, first is the default.
const RESULT_TYPES: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("application/xml", QueryResultsFormat::Xml),
    ("text/xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
];

/// Media types offered for CONSTRUCT and DESCRIBE (and graphs), first is the default.
pub(super) const GRAPH_TYPES: &[&str] = &[
    "text/turtle",
    "application/n-triples",
    "application/ld+json",
    "application/rdf+xml",
    "application/n-quads",
    "application/trig",
];

/// What a request to `/sparql` asks for, once its parameters are read.
struct Operation {
    query: Option<String>,
    update: Option<String>,
    default_graphs: Vec<String>,
    named_graphs: Vec<String>,
}

impl Operation {
    fn from_params(params: Vec<(String, String)>) -> Operation {
        let mut op = Operation { query: None, update: None, default_graphs: Vec::new(), named_graphs: Vec::new() };
        for (k, v) in params {
            match k.as_str() {
                "query" => op.query = Some(v),
                "update" => op.update = Some(v),
                "default-graph-uri" | "using-graph-uri" => op.default_graphs.push(v),
                "named-graph-uri" | "using-named-graph-uri" => op.named_graphs.push(v),
                _ => {}
            }
        }
        op
    }
}

/// `/sparql`: GET with `query=`, POST as a form or as `application/sparql-query`
/// (and `application/sparql-update` when updates are allowed).
pub(super) fn endpoint(app: &App, req: &Request) -> Response {
    let op = match req.method.as_str() {
        "GET" | "HEAD" => Operation::from_params(req.params()),
        "POST" => {
            let Ok(body) = std::str::from_utf8(&req.body) else {
                return Response::text(400, "the request body is not UTF-8");
            };
            match req.content_type().as_deref() {
                Some("application/x-www-form-urlencoded") => {
                    let mut params = req.params();
                    params.extend(decode_form(body.as_bytes()));
                    Operation::from_params(params)
                }
                Some("application/sparql-query") => {
                    let mut op = Operation::from_params(req.params());
                    op.query = Some(body.to_string());
                    op
                }
                Some("application/sparql-update") => {
                    let mut op = Operation::from_params(req.params());
                    op.update = Some(body.to_string());
                    op
                }
                other => {
                    return Response::text(
                        415,
                        format!(
                            "unsupported content type {:?}: send application/sparql-query, \
                             application/sparql-update or application/x-www-form-urlencoded",
                            other.unwrap_or("(none)")
                        ),
                    )
                }
            }
        }
        _ => return Response::text(405, "use GET or POST").with_header("Allow", "GET, HEAD, POST, OPTIONS"),
    };
    if let Some(update) = &op.update {
        if !app.config.allow_update {
            return Response::text(403, "updates are refused: this server is read-only (start it with --allow-update)");
        }
        if req.method != "POST" {
            return Response::text(405, "updates must be sent with POST").with_header("Allow", "POST");
        }
        return run_update(app, update, &op);
    }
    match &op.query {
        Some(q) => {
            let key = (
                q.clone(),
                op.default_graphs.clone(),
                op.named_graphs.clone(),
                req.header("Accept").map(str::to_string),
            );
            if let Some(hit) = app.cached(&key) {
                return hit.with_header("X-Depeche-Cache", "hit");
            }
            let r = run_query(app, q, &op, req.header("Accept"));
            if r.status == 200 {
                app.remember(key, &r);
            }
            r
        }
        // A browser that opens the endpoint gets the query editor.
        None if req.header("Accept").is_some_and(|a| a.contains("text/html")) => {
            Response::new(303, "text/plain; charset=utf-8", "see /\n").with_header("Location", "/")
        }
        None => Response::text(400, "missing query: pass query= (or update= with --allow-update)"),
    }
}

fn evaluator(token: &CancellationToken) -> SparqlEvaluator {
    crate::query::evaluator().with_cancellation_token(token.clone())
}

/// The default and named graphs the protocol parameters ask for, if any.
type Dataset = (Vec<GraphName>, Vec<NamedOrBlankNode>);

impl Operation {
    fn dataset(&self) -> Result<Option<Dataset>, Response> {
        if self.default_graphs.is_empty() && self.named_graphs.is_empty() {
            return Ok(None);
        }
        let iri = |i: &String| {
            NamedNode::new(i.as_str()).map_err(|e| Response::text(400, format!("invalid graph IRI <{i}>: {e}")))
        };
        let default = self.default_graphs.iter().map(|i| iri(i).map(GraphName::from)).collect::<Result<_, _>>()?;
        let named = self.named_graphs.iter().map(|i| iri(i).map(NamedOrBlankNode::from)).collect::<Result<_, _>>()?;
        Ok(Some((default, named)))
    }
}

fn cannot_write(e: impl std::fmt::Display) -> Response {
    Response::text(500, format!("cannot write results: {e}"))
}

fn syntax_error(e: impl std::fmt::Display) -> Response {
    Response::text(400, format!("SPARQL syntax error: {}", e.to_string().replace('\n', " ")))
}

fn run_query(app: &App, text: &str, op: &Operation, accept: Option<&str>) -> Response {
    let token = CancellationToken::new();
    let mut prepared = match evaluator(&token).parse_query(text) {
        Ok(p) => p,
        Err(e) => return syntax_error(e),
    };
    match op.dataset() {
        Err(r) => return r,
        Ok(Some((default, named))) => {
            let dataset = prepared.dataset_mut();
            dataset.set_default_graph(default);
            dataset.set_available_named_graphs(named);
        }
        Ok(None) if prepared.dataset().is_default_dataset() => prepared.dataset_mut().set_default_graph_as_union(),
        Ok(None) => {}
    }
    let _armed = app.watchdog.arm(Instant::now() + app.config.timeout, token);
    let results = match prepared.on_store(&app.store.store).execute() {
        Ok(r) => r,
        Err(e) => return evaluation_error(app, e),
    };
    let max = app.config.max_rows;
    match results {
        QueryResults::Boolean(b) => {
            let offers: Vec<&str> = RESULT_TYPES.iter().map(|(m, _)| *m).collect();
            let Some(i) = negotiate(accept, &offers) else { return not_acceptable(&offers) };
            let (media, format) = RESULT_TYPES[i];
            match QueryResultsSerializer::from_format(format).serialize_boolean_to_writer(Vec::new(), b) {
                Ok(body) => Response::new(200, &content_type(media), body),
                Err(e) => cannot_write(e),
            }
        }
        QueryResults::Solutions(solutions) => {
            let offers: Vec<&str> = RESULT_TYPES.iter().map(|(m, _)| *m).collect();
            let Some(i) = negotiate(accept, &offers) else { return not_acceptable(&offers) };
            let (media, format) = RESULT_TYPES[i];
            let variables = solutions.variables().to_vec();
            let mut rows = 0;
            let mut truncated = false;
            let written = (|| -> Result<Vec<u8>, Response> {
                let mut w = QueryResultsSerializer::from_format(format)
                    .serialize_solutions_to_writer(Vec::new(), variables)
                    .map_err(cannot_write)?;
                for s in solutions {
                    if rows == max {
                        truncated = true;
                        break;
                    }
                    let s = s.map_err(|e| evaluation_error(app, e))?;
                    w.serialize(&s).map_err(cannot_write)?;
                    rows += 1;
                }
                w.finish().map_err(cannot_write)
            })();
            match written {
                Ok(body) => capped(Response::new(200, &content_type(media), body), truncated, max),
                Err(r) => r,
            }
        }
        QueryResults::Graph(triples) => {
            let Some(i) = negotiate(accept, GRAPH_TYPES) else { return not_acceptable(GRAPH_TYPES) };
            let media = GRAPH_TYPES[i];
            let format = RdfFormat::from_media_type(media).expect("offered RDF media types are known");
            let mut rows = 0;
            let mut truncated = false;
            let written = (|| -> Result<Vec<u8>, Response> {
                let mut w = with_prefixes(RdfSerializer::from_format(format)).for_writer(Vec::new());
                for t in triples {
                    if rows == max {
                        truncated = true;
                        break;
                    }
                    let t = t.map_err(|e| evaluation_error(app, e))?;
                    w.serialize_quad(t.as_ref().in_graph(GraphNameRef::DefaultGraph)).map_err(cannot_write)?;
                    rows += 1;
                }
                w.finish().map_err(cannot_write)
            })();
            match written {
                Ok(body) => capped(Response::new(200, &content_type(media), body), truncated, max),
                Err(r) => r,
            }
        }
    }
}

/// Every format offered is text in UTF-8.
fn content_type(media: &str) -> String {
    format!("{media}; charset=utf-8")
}

/// Marks a response whose results stopped at the row cap.
fn capped(r: Response, truncated: bool, max: usize) -> Response {
    let r = r.with_header("X-Depeche-Row-Limit", &max.to_string());
    if truncated {
        r.with_header("X-Depeche-Truncated", "true")
    } else {
        r
    }
}

fn not_acceptable(offers: &[&str]) -> Response {
    Response::text(406, format!("no acceptable result format; this query can give: {}", offers.join(", ")))
}

fn evaluation_error(app: &App, e: QueryEvaluationError) -> Response {
    match e {
        QueryEvaluationError::Cancelled => Response::text(
            503,
            format!("query timed out after {} s (the server's --timeout)", app.config.timeout.as_secs_f64()),
        ),
        e => Response::text(500, format!("query evaluation failed: {}", e.to_string().replace('\n', " "))),
    }
}

fn run_update(app: &App, text: &str, op: &Operation) -> Response {
    let token = CancellationToken::new();
    let mut prepared = match evaluator(&token).parse_update(text) {
        Ok(p) => p,
        Err(e) => return syntax_error(e),
    };
    match op.dataset() {
        Err(r) => return r,
        Ok(Some((default, named))) => {
            for dataset in prepared.using_datasets_mut() {
                dataset.set_default_graph(default.clone());
                dataset.set_available_named_graphs(named.clone());
            }
        }
        Ok(None) => {}
    }
    match prepared.on_store(&app.store.store).execute() {
        Ok(()) => {
            app.changed();
            Response::new(204, "text/plain; charset=utf-8", Vec::new())
        }
        Err(e) => Response::text(500, format!("update failed: {}", e.to_string().replace('\n', " "))),
    }
}

/// Graph Store Protocol GET (and HEAD) at `/store?graph=IRI` or `/store?default`.
pub(super) fn graph_store(app: &App, req: &Request) -> Response {
    if req.method != "GET" && req.method != "HEAD" {
        return Response::text(405, "only GET and HEAD are served on /store").with_header("Allow", "GET, HEAD");
    }
    let params = req.params();
    let graph: GraphName = match (params.iter().find(|(k, _)| k == "graph"), params.iter().any(|(k, _)| k == "default"))
    {
        (Some((_, iri)), false) => match NamedNode::new(iri.as_str()) {
            Ok(n) => n.into(),
            Err(e) => return Response::text(400, format!("invalid graph IRI <{iri}>: {e}")),
        },
        (None, true) => GraphName::DefaultGraph,
        _ => return Response::text(400, "pass exactly one of graph=IRI or default"),
    };
    if let GraphName::NamedNode(n) = &graph {
        match app.store.store.contains_named_graph(n) {
            Ok(true) => {}
            Ok(false) => return Response::text(404, format!("no graph <{}> in the store", n.as_str())),
            Err(e) => return Response::text(500, format!("storage error: {e}")),
        }
    }
    let Some(i) = negotiate(req.header("Accept"), GRAPH_TYPES) else { return not_acceptable(GRAPH_TYPES) };
    let media = GRAPH_TYPES[i];
    let format = RdfFormat::from_media_type(media).expect("offered RDF media types are known");
    match write_graph(app, graph.as_ref(), format) {
        Ok(body) => Response::new(200, &content_type(media), body),
        Err(e) => Response::text(500, format!("cannot write the graph: {e}")),
    }
}

/// One graph's triples (in the default graph of the output) in `format`.
pub(super) fn write_graph(app: &App, graph: GraphNameRef<'_>, format: RdfFormat) -> anyhow::Result<Vec<u8>> {
    let mut w = with_prefixes(RdfSerializer::from_format(format)).for_writer(Vec::new());
    for q in app.store.store.quads_for_pattern(None, None, None, Some(graph)) {
        let q = q?;
        w.serialize_quad(oxigraph::model::QuadRef::new(
            &q.subject,
            &q.predicate,
            &q.object,
            GraphNameRef::DefaultGraph,
        ))?;
    }
    Ok(w.finish()?)
}
