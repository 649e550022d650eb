//! The yardstick of scripts/bench.sh: how long Oxigraph's own bulk loader
//! takes to load the quads that `depeche build` wrote.
//!
//! Usage: bulk_load STORE SCRATCH_DIR. Dumps STORE as N-Quads in memory (not
//! timed), bulk-loads them into a new store in SCRATCH_DIR (timed), and
//! prints `quads seconds` on one line.

use std::time::Instant;

use oxigraph::io::RdfFormat;
use oxigraph::store::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, from, to] = args.as_slice() else {
        eprintln!("usage: bulk_load STORE SCRATCH_DIR");
        std::process::exit(2);
    };
    let source = Store::open_read_only(from)?;
    let mut nquads = Vec::new();
    source.dump_to_writer(RdfFormat::NQuads, &mut nquads)?;
    drop(source);
    let target = Store::open(to)?;
    let started = Instant::now();
    target.bulk_loader().load_from_slice(RdfFormat::NQuads, &nquads)?;
    target.flush()?;
    let seconds = started.elapsed().as_secs_f64();
    println!("{} {seconds:.3}", target.len()?);
    Ok(())
}
