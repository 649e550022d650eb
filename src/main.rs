//! The `depeche` binary: parse arguments once, one function per command,
//! exit codes decided here. 0: done; 1: done, but some inputs were bad (each
//! named on stderr); 2: nothing done (bad arguments, store, lexicon or query).

use std::io::{BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Parser;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use depeche::build::{build, BuildConfig, Progress};
use depeche::lexicon::Lexicon;
use depeche::query::{write_results, OutputFormat};
use depeche::store::GraphStore;

mod cli;
use cli::{Cli, Command, Format};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`depeche query ... | head`) is not an error.
            if e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) {
                return ExitCode::SUCCESS;
            }
            eprintln!("depeche: error: {}", format!("{e:#}").replace('\n', " "));
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let Cli { store: store_path, lexicon, command } = cli;
    match command {
        Command::Build(args) => {
            let lexicon = load_lexicon(lexicon.as_deref())?;
            let store = GraphStore::open(&store_path)?;
            let config = BuildConfig {
                paths: args.paths,
                strict: args.strict,
                prune: args.prune,
                force: args.force,
                batch: args.batch,
                bulk_memory_mb: args.memory_mb,
            };
            let bar = Bar::new(args.quiet);
            let report = build(&store, &lexicon, &config, &bar)?;
            for e in &report.errors {
                eprintln!("depeche: error: {e}");
            }
            if args.json {
                let json = serde_json::json!({
                    "added": report.added, "replaced": report.replaced, "unchanged": report.unchanged,
                    "removed": report.removed, "errors": report.errors.iter().map(|e| e.to_string()).collect::<Vec<_>>(),
                    "mentions_written": report.mentions, "quads_written": report.quads,
                    "store": report.totals, "seconds": report.elapsed.as_secs_f64(),
                });
                println!("{json:#}");
            } else if !args.quiet {
                summary(&report, config.strict);
            }
            Ok(if report.errors.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        Command::Query(args) => {
            let (text, origin) = match (&args.file, &args.expr) {
                (Some(f), _) => (
                    std::fs::read_to_string(f).with_context(|| format!("{}: cannot read query", f.display()))?,
                    f.display().to_string(),
                ),
                (None, Some(e)) => (e.clone(), "-e".to_string()),
                (None, None) => unreachable!("clap requires a file or -e"),
            };
            let store = GraphStore::open_existing(&store_path)?;
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            let format = match args.format {
                Format::Table => OutputFormat::Table,
                Format::Csv => OutputFormat::Csv,
                Format::Tsv => OutputFormat::Tsv,
                Format::Json => OutputFormat::Json,
                Format::Xml => OutputFormat::Xml,
            };
            write_results(&store.store, &text, &origin, &args.bindings, format, &mut out)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats(args) => {
            let store = GraphStore::open_existing(&store_path)?;
            let s = store.stats()?;
            if args.json {
                println!("{}", serde_json::to_string_pretty(&s)?);
            } else {
                println!(
                    "documents {}\nentities  {}\nmentions  {}\nquads     {}",
                    s.documents, s.entities, s.mentions, s.quads
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract(args) => {
            let lexicon = load_lexicon(lexicon.as_deref())?;
            let doc = depeche::corpus::read_document(&args.file)?;
            let x = depeche::extract::Extractor::new(&lexicon).extract(&doc);
            println!("{}", serde_json::to_string_pretty(&x)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Export(args) => export(&store_path, args),
        Command::Serve(args) => {
            if !(args.timeout > 0.0 && args.timeout.is_finite()) {
                anyhow::bail!("--timeout must be a positive number of seconds");
            }
            let store = GraphStore::open_existing(&store_path)?;
            let config = depeche::serve::ServeConfig {
                listen: args.listen,
                timeout: std::time::Duration::from_secs_f64(args.timeout),
                max_rows: args.max_rows,
                max_body: args.max_body,
                allow_update: args.allow_update,
                max_connections: args.max_connections.max(1),
                log: args.log.then_some(|line: &str| eprintln!("{line}")),
                cache: !args.no_cache,
            };
            let mode = if config.allow_update { "updates allowed" } else { "read-only" };
            let server = depeche::serve::Server::bind(&store, config)?;
            let addr = server.addr();
            // Listening before saying so: a client reading this line can connect.
            let listening = server.spawn()?;
            eprintln!("depeche: serving {} at http://{addr}/ ({mode}; Ctrl-C stops)", store_path.display());
            listening.join()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Push(args) => {
            let store = GraphStore::open_existing(&store_path)?;
            let credentials = match &args.auth_env {
                Some(var) => {
                    Some(std::env::var(var).with_context(|| format!("--auth-env {var}: the variable is not set"))?)
                }
                None => None,
            };
            let config = depeche::push::PushConfig {
                endpoint: args.endpoint.clone(),
                credentials,
                documents: args.docs.clone(),
                timeout: std::time::Duration::from_secs(args.timeout.max(1)),
            };
            let (graphs, triples) = depeche::push::push(&store, &config)?;
            println!("pushed {graphs} graphs ({triples} triples) to {}", args.endpoint);
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(args) => {
            let lexicon = load_lexicon(lexicon.as_deref())?;
            let gold = depeche::eval::read_gold(&args.gold)?;
            let (report, errors) = depeche::eval::run(&gold, &args.dir, &lexicon, args.queries.as_deref())?;
            for e in &errors {
                eprintln!("depeche: error: {e}");
            }
            if args.json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                print!("{}", depeche::eval::table(&report));
                if args.misses {
                    println!(
                        "
missed (in gold, not extracted):"
                    );
                    for m in &report.missed {
                        println!("  {m}");
                    }
                    println!(
                        "
invented (extracted, not in gold):"
                    );
                    for m in &report.invented {
                        println!("  {m}");
                    }
                    println!("\nwrong attributes of matched items:");
                    for m in &report.wrong {
                        println!("  {m}");
                    }
                }
            }
            Ok(if errors.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        Command::Remove(args) => {
            let store = GraphStore::open_existing(&store_path)?;
            let mut missing = false;
            for id in &args.ids {
                if store.remove_document(id)? {
                    println!("removed {id}");
                } else {
                    eprintln!("depeche: error: {id}: no such document in {}", store_path.display());
                    missing = true;
                }
            }
            Ok(if missing { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
    }
}

fn export(store_path: &std::path::Path, args: cli::ExportArgs) -> Result<ExitCode> {
    use cli::ExportFormat as F;
    use depeche::export::{export_rdf, view, write_dot, write_graphml, write_neo4j_csv, RdfOut, Scope, ViewConfig};
    use std::io::Write;

    let store = GraphStore::open_existing(store_path)?;
    let rdf = match args.format {
        F::Nt => Some(RdfOut::NTriples),
        F::Nq => Some(RdfOut::NQuads),
        F::Ttl => Some(RdfOut::Turtle),
        F::Trig => Some(RdfOut::TriG),
        F::Rdfxml => Some(RdfOut::RdfXml),
        F::Jsonld => Some(RdfOut::JsonLd),
        _ => None,
    };
    let mut sink: Box<dyn Write> = match (&args.output, args.format) {
        (_, F::Csv) => Box::new(std::io::sink()),
        (Some(p), _) => Box::new(BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("{}: cannot write", p.display()))?,
        )),
        (None, _) => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    if let Some(out) = rdf {
        let scope = match (&args.doc, &args.query) {
            (Some(id), _) => Scope::Document(id.clone()),
            (None, Some(q)) => Scope::Construct {
                query: std::fs::read_to_string(q).with_context(|| format!("{}: cannot read query", q.display()))?,
                origin: q.display().to_string(),
            },
            (None, None) => Scope::All,
        };
        if out == RdfOut::JsonLd {
            depeche::export::export_jsonld(&store, &scope, &mut sink)?;
        } else {
            export_rdf(&store, &scope, out, &mut sink)?;
        }
        sink.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.query.is_some() {
        anyhow::bail!("--query works with the RDF formats (nt, nq, ttl, trig, rdfxml, jsonld)");
    }
    let config = ViewConfig {
        document: args.doc.clone(),
        lang: args.lang.clone(),
        focus: args.focus.clone(),
        depth: args.depth,
        types: args.types.clone(),
        since: args.since.clone(),
        until: args.until.clone(),
    };
    let v = view(&store, &config)?;
    match args.format {
        F::Dot => write_dot(&v, &mut sink)?,
        F::Graphml => write_graphml(&v, &mut sink)?,
        F::Csv => {
            let dir = args.output.as_ref().context("csv writes two files: name a folder with --output")?;
            std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create folder", dir.display()))?;
            let open = |name: &str| -> Result<BufWriter<std::fs::File>> {
                let p = dir.join(name);
                Ok(BufWriter::new(std::fs::File::create(&p).with_context(|| format!("{}: cannot write", p.display()))?))
            };
            let (mut nodes, mut rels) = (open("nodes.csv")?, open("relationships.csv")?);
            write_neo4j_csv(&v, &mut nodes, &mut rels)?;
            nodes.flush()?;
            rels.flush()?;
        }
        F::Svg | F::Png => {
            let mut dot = Vec::new();
            write_dot(&v, &mut dot)?;
            let kind = if matches!(args.format, F::Svg) { "-Tsvg" } else { "-Tpng" };
            let mut child = std::process::Command::new("dot")
                .arg(kind)
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .map_err(|e| match e.kind() {
                    std::io::ErrorKind::NotFound => {
                        anyhow::anyhow!("the `dot` program is not installed (Debian: apt-get install graphviz); --format dot writes the DOT source")
                    }
                    _ => anyhow::anyhow!("cannot run dot: {e}"),
                })?;
            child.stdin.take().context("dot's input")?.write_all(&dot)?;
            let out = child.wait_with_output()?;
            if !out.status.success() {
                anyhow::bail!("dot failed: {}", String::from_utf8_lossy(&out.stderr).trim());
            }
            sink.write_all(&out.stdout)?;
        }
        _ => unreachable!("RDF formats handled above"),
    }
    sink.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn load_lexicon(dir: Option<&std::path::Path>) -> Result<Lexicon> {
    Ok(match dir {
        Some(dir) => Lexicon::load(dir)?,
        None => Lexicon::bundled()?,
    })
}

fn summary(r: &depeche::build::BuildReport, strict: bool) {
    if strict && !r.errors.is_empty() {
        println!("nothing written: {} bad input(s) and --strict", r.errors.len());
        return;
    }
    if !r.changed() {
        println!("nothing changed: {} document(s) up to date", r.unchanged.len());
    } else {
        println!(
            "{} added, {} replaced, {} unchanged, {} removed, {} failed",
            r.added.len(),
            r.replaced.len(),
            r.unchanged.len(),
            r.removed.len(),
            r.errors.len()
        );
    }
    let secs = r.elapsed.as_secs_f64();
    println!(
        "store: {} documents, {} entities, {} mentions, {} quads; this run wrote {} quads in {:.2}s ({:.1} MB/s of text)",
        r.totals.documents,
        r.totals.entities,
        r.totals.mentions,
        r.totals.quads,
        r.quads,
        secs,
        r.bytes as f64 / 1e6 / secs.max(1e-9)
    );
}

/// A progress bar on stderr, only when stderr is a terminal.
struct Bar(Option<ProgressBar>);

impl Bar {
    fn new(quiet: bool) -> Bar {
        if quiet || !std::io::stderr().is_terminal() {
            return Bar(None);
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} {wide_msg}")
                .expect("valid template"),
        );
        Bar(Some(bar))
    }
}

impl Progress for Bar {
    fn start(&self, files: usize) {
        if let Some(b) = &self.0 {
            b.set_length(files as u64);
        }
    }
    fn advance(&self, file: &str) {
        if let Some(b) = &self.0 {
            b.set_message(file.to_string());
            b.inc(1);
        }
    }
    fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}
