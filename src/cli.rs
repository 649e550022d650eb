//! Command-line arguments (clap derive types only). `main` turns them into
//! library configuration; nothing else in the crate sees these types.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// depeche: French news articles into a knowledge graph of entities, with
/// every fact traced to its document, sentence and span.
#[derive(Debug, Parser)]
#[command(name = "depeche", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// The on-disk graph store (a folder, created when missing).
    #[arg(long, global = true, env = "DEPECHE_STORE", default_value = "depeche.db")]
    pub store: PathBuf,

    /// A lexicon folder to use instead of the one built into the binary
    /// (entities.tsv, countries.tsv, roles.tsv, offices.tsv, titles.tsv).
    #[arg(long, global = true, env = "DEPECHE_LEXICON")]
    pub lexicon: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract articles (files or folders of UTF-8 text) into the store.
    /// Unchanged files are skipped; a changed file replaces its graph.
    Build(BuildArgs),
    /// Run a SPARQL query over the store (the default graph is the union of
    /// all document graphs).
    Query(QueryArgs),
    /// Count documents, entities, mentions and quads in the store.
    Stats(StatsArgs),
    /// Drop documents' graphs from the store, by document id (file stem).
    Remove(RemoveArgs),
    /// Extract one file and print what was found as JSON (no store).
    Extract(ExtractArgs),
    /// Export the graph: RDF serializations, a GraphViz picture, GraphML or
    /// neo4j CSV files.
    Export(ExportArgs),
    /// Send each document's graph (and the lexicon graph) to a SPARQL store
    /// through the Graph Store HTTP Protocol (PUT per graph: pushing again replaces).
    Push(PushArgs),
    /// Score extraction against gold annotations (shared/gold-format.md):
    /// builds a scratch store from DIR and reads it back through the canned
    /// queries.
    Eval(EvalArgs),
    /// Serve the store over HTTP: a SPARQL 1.1 Protocol endpoint at /sparql,
    /// Graph Store Protocol GET at /store, and pages to explore the graph at /.
    Serve(ServeArgs),
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address and port to listen on (port 0 picks a free one).
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub listen: String,
    /// Seconds a query may run before it is cancelled (503).
    #[arg(long, default_value_t = 10.0)]
    pub timeout: f64,
    /// Rows (or triples) a result stops at; the response then carries X-Depeche-Truncated.
    #[arg(long, default_value_t = 10_000)]
    pub max_rows: usize,
    /// Largest request body accepted, in bytes (413 beyond).
    #[arg(long, default_value_t = 1 << 20)]
    pub max_body: usize,
    /// Accept SPARQL Update (refused with 403 otherwise).
    #[arg(long)]
    pub allow_update: bool,
    /// Connections served at once, each on its own thread (more wait to be accepted).
    #[arg(long, default_value_t = 64)]
    pub max_connections: usize,
    /// Print one line per request on stderr.
    #[arg(long)]
    pub log: bool,
    /// Run every query, even one answered before (responses are kept by default:
    /// the store only changes through this server).
    #[arg(long)]
    pub no_cache: bool,
}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Text files, or folders whose *.txt files are read (recursively).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Write nothing when any input is bad.
    #[arg(long)]
    pub strict: bool,
    /// Drop the graphs of stored documents that are not among the inputs.
    #[arg(long)]
    pub prune: bool,
    /// Re-extract documents even when they have not changed.
    #[arg(long)]
    pub force: bool,
    /// Documents extracted in parallel before being written.
    #[arg(long, default_value_t = 64)]
    pub batch: usize,
    /// Memory target, in MB, of the bulk loader that writes new documents.
    #[arg(long = "memory", value_name = "MB", default_value_t = 256)]
    pub memory_mb: usize,
    /// No progress bar and no summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct QueryArgs {
    /// A file holding the query (e.g. queries/entities.rq).
    #[arg(conflicts_with = "expr", required_unless_present = "expr")]
    pub file: Option<PathBuf>,
    /// The query text itself.
    #[arg(short = 'e', long = "expr")]
    pub expr: Option<String>,
    /// Bind a query variable to a string before running it: `--bind name=Poutine`
    /// (repeatable).
    #[arg(long = "bind", value_name = "VAR=VALUE", value_parser = parse_binding)]
    pub bindings: Vec<(String, String)>,
    /// Output format: an aligned table for people, or a W3C SPARQL results format.
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Print as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct PushArgs {
    /// The store's Graph Store Protocol endpoint (Oxigraph server: http://HOST:7878/store).
    #[arg(long)]
    pub endpoint: String,
    /// The environment variable holding `user:password` for basic authentication.
    #[arg(long, value_name = "VAR")]
    pub auth_env: Option<String>,
    /// Only these documents (ids); repeatable.
    #[arg(long = "doc")]
    pub docs: Vec<String>,
    /// Seconds to wait for each request.
    #[arg(long, default_value_t = 60)]
    pub timeout: u64,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, short, value_enum)]
    pub format: ExportFormat,
    /// Only this document's graph (its id, the file stem).
    #[arg(long, conflicts_with = "query")]
    pub doc: Option<String>,
    /// The result of this CONSTRUCT (or DESCRIBE) query (RDF formats only).
    #[arg(long, value_name = "FILE.rq")]
    pub query: Option<PathBuf>,
    /// Write here instead of standard output (a folder for csv).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Label language of pictures and property graphs.
    #[arg(long, value_parser = ["fr", "en"], default_value = "en")]
    pub lang: String,
    /// Only the neighbourhood of this entity (a label, an alias or a Wikidata id).
    #[arg(long)]
    pub focus: Option<String>,
    /// How many hops around --focus (an event and its arguments are one hop).
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Keep only these node types (Person, Country, Meeting, ...), comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub types: Vec<String>,
    /// Keep only events dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Keep only events dated on or before this date.
    #[arg(long)]
    pub until: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// N-Triples
    Nt,
    /// N-Quads (keeps the document graphs)
    Nq,
    /// Turtle
    Ttl,
    /// TriG (keeps the document graphs)
    Trig,
    /// RDF/XML
    Rdfxml,
    /// JSON-LD
    Jsonld,
    /// GraphViz DOT
    Dot,
    /// SVG, rendered by the `dot` program
    Svg,
    /// PNG, rendered by the `dot` program
    Png,
    /// GraphML (Gephi, yEd, NetworkX, Cytoscape)
    Graphml,
    /// neo4j-admin import CSV: nodes.csv and relationships.csv in the --output folder
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// The gold file (JSON).
    #[arg(long)]
    pub gold: PathBuf,
    /// The folder of the annotated texts.
    pub dir: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// List what was missed (gold) and what was invented (extracted).
    #[arg(long)]
    pub misses: bool,
    /// Read entities.rq, events.rq and quotes.rq from this folder instead of
    /// the copies built into the binary.
    #[arg(long)]
    pub queries: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// A text file (its sidecar is read too).
    pub file: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct RemoveArgs {
    /// Document ids (file stems).
    #[arg(required = true)]
    pub ids: Vec<String>,
}

fn parse_binding(s: &str) -> Result<(String, String), String> {
    let (k, v) = s.split_once('=').ok_or_else(|| format!("{s:?}: expected VAR=VALUE"))?;
    let k = k.trim().trim_start_matches(['?', '$']);
    if k.is_empty() {
        return Err(format!("{s:?}: empty variable name"));
    }
    Ok((k.to_string(), v.to_string()))
}
