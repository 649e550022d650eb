//! SPARQL over the store: the default graph is the union of all graphs
//! (unless the query names its own dataset), the ontology's prefixes are
//! predeclared, and results come out in the W3C formats or as a table for
//! people.

use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, QuerySolution, SparqlEvaluator};
use oxigraph::store::Store;

use crate::error::StoreError;
use crate::vocab::PREFIXES;

/// How to print results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

/// Results of a SELECT, as rows of optional terms.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub variables: Vec<String>,
    pub rows: Vec<Vec<Option<Term>>>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<usize> {
        self.variables.iter().position(|v| v == name)
    }

    /// The value of `name` in `row` as plain text (IRI, or literal's lexical form).
    pub fn text(&self, row: usize, name: &str) -> Option<String> {
        let c = self.column(name)?;
        self.rows[row][c].as_ref().map(plain)
    }
}

/// An IRI as is, a literal as its lexical form, a blank node as `_:id`.
pub fn plain(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => l.value().to_string(),
        Term::BlankNode(b) => b.to_string(),
        #[allow(unreachable_patterns)]
        _ => t.to_string(),
    }
}

/// An evaluator with the ontology's prefixes predeclared.
pub(crate) fn evaluator() -> SparqlEvaluator {
    let mut e = SparqlEvaluator::new();
    for (p, ns) in PREFIXES {
        e = e.with_prefix(*p, *ns).expect("valid prefix IRIs");
    }
    e
}

/// Parses and runs a query; `origin` names where it came from for errors.
pub fn run(store: &Store, query: &str, origin: &str) -> Result<QueryResults<'static>, StoreError> {
    run_with(store, query, origin, &[])
}

/// Like [`run`], with variables bound to string literals beforehand
/// (`--bind name=Poutine`): a `VALUES` block is put at the head of the
/// outermost `WHERE` group, so filters and `EXISTS` inside it see the value.
pub fn run_with(
    store: &Store,
    query: &str,
    origin: &str,
    bindings: &[(String, String)],
) -> Result<QueryResults<'static>, StoreError> {
    let bound;
    let query = if bindings.is_empty() {
        query
    } else {
        bound = bind_values(query, bindings).ok_or_else(|| StoreError::Syntax {
            origin: origin.to_string(),
            message: "--bind needs a query with a WHERE { ... } clause".to_string(),
        })?;
        bound.as_str()
    };
    let mut prepared = evaluator()
        .parse_query(query)
        .map_err(|e| StoreError::Syntax { origin: origin.to_string(), message: e.to_string().replace('\n', " ") })?;
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    prepared.on_store(store).execute().map_err(|e| StoreError::Evaluation(e.to_string()))
}

fn bind_values(query: &str, bindings: &[(String, String)]) -> Option<String> {
    static WHERE: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"(?i)\bWHERE\s*\{").expect("valid regex"));
    let at = WHERE.find(query)?.end();
    let vars: Vec<String> = bindings.iter().map(|(k, _)| format!("?{k}")).collect();
    let values: Vec<String> =
        bindings.iter().map(|(_, v)| oxigraph::model::Literal::new_simple_literal(v.as_str()).to_string()).collect();
    Some(format!("{} VALUES ({}) {{ ({}) }} {}", &query[..at], vars.join(" "), values.join(" "), &query[at..]))
}

/// Runs a SELECT and collects its rows.
pub fn select(store: &Store, query: &str, origin: &str) -> Result<Table, StoreError> {
    match run(store, query, origin)? {
        QueryResults::Solutions(solutions) => {
            let variables: Vec<String> = solutions.variables().iter().map(|v| v.as_str().to_string()).collect();
            let mut rows = Vec::new();
            for s in solutions {
                let s: QuerySolution = s.map_err(|e| StoreError::Evaluation(e.to_string()))?;
                rows.push(variables.iter().map(|v| s.get(v.as_str()).cloned()).collect());
            }
            Ok(Table { variables, rows })
        }
        _ => Err(StoreError::Evaluation(format!("{origin}: not a SELECT query"))),
    }
}

/// Runs a query and writes its results to `out`.
pub fn write_results(
    store: &Store,
    query: &str,
    origin: &str,
    bindings: &[(String, String)],
    format: OutputFormat,
    out: &mut dyn Write,
) -> Result<usize, StoreError> {
    let results = run_with(store, query, origin, bindings)?;
    let eval = |e: oxigraph::sparql::QueryEvaluationError| StoreError::Evaluation(e.to_string());
    match results {
        QueryResults::Boolean(b) => {
            match format {
                OutputFormat::Table => writeln!(out, "{b}")?,
                f => {
                    QueryResultsSerializer::from_format(results_format(f)).serialize_boolean_to_writer(&mut *out, b)?;
                }
            }
            Ok(1)
        }
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            if format == OutputFormat::Table {
                let mut rows = Vec::new();
                for s in solutions {
                    let s = s.map_err(eval)?;
                    rows.push(variables.iter().map(|v| s.get(v).cloned()).collect());
                }
                let n = rows.len();
                let table = Table { variables: variables.iter().map(|v| v.as_str().to_string()).collect(), rows };
                write_table(&table, out)?;
                return Ok(n);
            }
            let mut w = QueryResultsSerializer::from_format(results_format(format))
                .serialize_solutions_to_writer(&mut *out, variables)?;
            let mut n = 0;
            for s in solutions {
                let s = s.map_err(eval)?;
                w.serialize(s.iter())?;
                n += 1;
            }
            w.finish()?;
            Ok(n)
        }
        QueryResults::Graph(triples) => {
            // Graphs come out as Turtle for people, N-Triples otherwise.
            let rdf = if format == OutputFormat::Table { RdfFormat::Turtle } else { RdfFormat::NTriples };
            let mut ser = RdfSerializer::from_format(rdf);
            if rdf == RdfFormat::Turtle {
                ser = crate::vocab::with_prefixes(ser);
            }
            let mut w = ser.for_writer(&mut *out);
            let mut n = 0;
            for t in triples {
                w.serialize_triple(&t.map_err(eval)?)?;
                n += 1;
            }
            w.finish()?;
            Ok(n)
        }
    }
}

fn results_format(f: OutputFormat) -> QueryResultsFormat {
    match f {
        OutputFormat::Csv => QueryResultsFormat::Csv,
        OutputFormat::Tsv => QueryResultsFormat::Tsv,
        OutputFormat::Xml => QueryResultsFormat::Xml,
        OutputFormat::Json | OutputFormat::Table => QueryResultsFormat::Json,
    }
}

/// A term for people: IRIs shortened with the known prefixes, literals bare.
pub fn short(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => {
            let s = n.as_str();
            PREFIXES
                .iter()
                .find(|(_, ns)| s.starts_with(ns) && s.len() > ns.len())
                .map_or_else(|| format!("<{s}>"), |(p, ns)| format!("{p}:{}", &s[ns.len()..]))
        }
        t => plain(t),
    }
}

const MAX_CELL: usize = 60;

/// An aligned text table.
pub fn write_table(table: &Table, out: &mut dyn Write) -> std::io::Result<()> {
    let cells: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|t| {
                    let s = t.as_ref().map(short).unwrap_or_default().replace(['\n', '\t'], " ");
                    if s.chars().count() > MAX_CELL {
                        s.chars().take(MAX_CELL - 1).collect::<String>() + "…"
                    } else {
                        s
                    }
                })
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = table.variables.iter().map(|v| v.chars().count() + 1).collect();
    for r in &cells {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, cols: Vec<String>| -> std::io::Result<()> {
        let padded: Vec<String> = cols.iter().enumerate().map(|(i, c)| format!("{c:<w$}", w = widths[i])).collect();
        writeln!(out, "{}", padded.join("  ").trim_end())
    };
    line(out, table.variables.iter().map(|v| format!("?{v}")).collect())?;
    line(out, widths.iter().map(|w| "-".repeat(*w)).collect())?;
    for r in cells {
        line(out, r)?;
    }
    writeln!(out, "({} row{})", table.rows.len(), if table.rows.len() == 1 { "" } else { "s" })
}
