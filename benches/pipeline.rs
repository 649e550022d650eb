//! Extraction throughput (clean, segment, match, resolve, mint quads) on the
//! seed corpus, in bytes of text per second. Store loading is measured by
//! scripts/bench.sh on a generated corpus, where peak memory can be seen.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use depeche::corpus::read_document;
use depeche::extract::Extractor;
use depeche::lexicon::Lexicon;
use depeche::rdf::document_quads;

fn extraction(c: &mut Criterion) {
    let lexicon = Lexicon::bundled().expect("bundled lexicon");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus");
    let mut docs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| read_document(&p).unwrap())
        .collect();
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let extractor = Extractor::new(&lexicon);

    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(BenchmarkId::new("seeds", bytes), |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                n += extractor.extract(d).mentions.len();
            }
            n
        })
    });
    group.bench_function(BenchmarkId::new("seeds+quads", bytes), |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                let x = extractor.extract(d);
                n += document_quads(&x, &lexicon.fingerprint, "2025-01-01T00:00:00Z").len();
            }
            n
        })
    });
    // What a build gets: documents extracted in parallel on every core.
    let many: Vec<_> = (0..64).flat_map(|_| docs.iter().cloned()).collect();
    group.throughput(Throughput::Bytes(64 * bytes as u64));
    group.bench_function(BenchmarkId::new("parallel", 64 * bytes), |b| {
        use rayon::prelude::*;
        b.iter(|| many.par_iter().map(|d| extractor.extract(d).mentions.len()).sum::<usize>())
    });
    group.finish();

    c.bench_function("lexicon/load", |b| b.iter(|| Lexicon::bundled().unwrap().entities.len()));
}

criterion_group!(benches, extraction);
criterion_main!(benches);
