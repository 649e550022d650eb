//! Load on `depeche serve`: 32 clients on loopback run the canned queries of
//! queries/ against the seed corpus for 30 seconds (DEPECHE_LOAD_SECS and
//! DEPECHE_LOAD_CLIENTS change both), each over its own keep-alive
//! connection (DEPECHE_LOAD_CACHE=0 turns the server's response cache off). Prints throughput and latency percentiles, overall and per
//! query; exits non-zero on any error. Target: p99 under 50 ms.
//!
//!     cargo bench --bench serve_load

use std::time::{Duration, Instant};

use depeche::build::{build, BuildConfig};
use depeche::lexicon::Lexicon;
use depeche::serve::{ServeConfig, Server, CANNED_QUERIES};
use depeche::store::GraphStore;

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1e3
}

fn main() {
    let secs = env("DEPECHE_LOAD_SECS", 30);
    let clients = env("DEPECHE_LOAD_CLIENTS", 32) as usize;
    let dir = tempfile::tempdir().unwrap();
    let store = GraphStore::open(&dir.path().join("db")).unwrap();
    let lexicon = Lexicon::bundled().unwrap();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus");
    let config = BuildConfig { paths: vec![corpus], ..Default::default() };
    build(&store, &lexicon, &config, &()).unwrap();
    let cache = env("DEPECHE_LOAD_CACHE", 1) != 0;
    let config = ServeConfig { listen: "127.0.0.1:0".into(), cache, ..Default::default() };
    let server = Server::bind(&store, config).unwrap();
    let url = format!("http://{}/sparql", server.addr());
    let _running = server.spawn().unwrap();

    let deadline = Instant::now() + Duration::from_secs(secs);
    let workers: Vec<_> = (0..clients)
        .map(|c| {
            let url = url.clone();
            std::thread::spawn(move || {
                let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(30)).build();
                let mut samples: Vec<(usize, Duration)> = Vec::new();
                let mut errors = Vec::new();
                let mut i = c;
                while Instant::now() < deadline {
                    let q = i % CANNED_QUERIES.len();
                    i += 1;
                    let started = Instant::now();
                    let r = agent
                        .post(&url)
                        .set("Content-Type", "application/sparql-query")
                        .set("Accept", "application/sparql-results+json")
                        .send_string(CANNED_QUERIES[q].1)
                        .map_err(|e| e.to_string())
                        .and_then(|r| r.into_string().map_err(|e| e.to_string()));
                    match r {
                        Ok(body) if body.contains("\"results\"") => samples.push((q, started.elapsed())),
                        Ok(body) => errors.push(format!("{}: unexpected answer {body:.80}", CANNED_QUERIES[q].0)),
                        Err(e) => errors.push(format!("{}: {e}", CANNED_QUERIES[q].0)),
                    }
                }
                (samples, errors)
            })
        })
        .collect();
    let mut samples = Vec::new();
    let mut errors = Vec::new();
    for w in workers {
        let (s, e) = w.join().unwrap();
        samples.extend(s);
        errors.extend(e);
    }

    let mut all: Vec<Duration> = samples.iter().map(|(_, d)| *d).collect();
    all.sort();
    println!(
        "serve_load: {clients} clients, {secs} s, {} queries of {} kinds, response cache {}",
        all.len(),
        CANNED_QUERIES.len(),
        if cache { "on" } else { "off (DEPECHE_LOAD_CACHE=0)" }
    );
    println!(
        "  throughput {:.0} queries/s   p50 {:.2} ms   p90 {:.2} ms   p99 {:.2} ms   max {:.2} ms   over 1 s {}   errors {}",
        all.len() as f64 / secs as f64,
        percentile(&all, 0.50),
        percentile(&all, 0.90),
        percentile(&all, 0.99),
        percentile(&all, 1.0),
        all.iter().filter(|d| d.as_secs() >= 1).count(),
        errors.len()
    );
    for (q, (name, _)) in CANNED_QUERIES.iter().enumerate() {
        let mut d: Vec<Duration> = samples.iter().filter(|(i, _)| *i == q).map(|(_, d)| *d).collect();
        d.sort();
        println!(
            "  {name:34} n {:6}   p50 {:7.2} ms   p99 {:7.2} ms",
            d.len(),
            percentile(&d, 0.5),
            percentile(&d, 0.99)
        );
    }
    for e in errors.iter().take(10) {
        eprintln!("  error: {e}");
    }
    if !errors.is_empty() {
        std::process::exit(1);
    }
}
