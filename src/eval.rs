//! `depeche eval`: scores extraction against gold annotations, with the
//! matching rules of `shared/gold-format.md`.
//!
//! The scorer is pure: [`score`] takes the gold documents, what was
//! extracted (as read back through `queries/entities.rq`, `events.rq` and
//! `quotes.rq`) and the names every entity answers to, and returns a
//! [`Report`]. Reading the store and printing live in [`run`] and the binary.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::text::fold;

/// A document of a gold file. (Missing `Option` fields read as `None`.)
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    pub id: String,
    pub published: Option<String>,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    pub name: String,
    pub canonical: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub wikidata: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    #[serde(rename = "type")]
    pub kind: String,
    pub agent: Option<String>,
    #[serde(default)]
    pub recipient_or_participants: Vec<String>,
    pub place: Option<String>,
    pub date: Option<String>,
    pub count: Option<GoldCount>,
    pub according_to: Option<String>,
    pub evidence: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldCount {
    pub value: Option<f64>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    pub speaker: Option<String>,
    pub starts_with: String,
}

/// What extraction produced, keyed by entity IRIs.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub entities: Vec<ExtEntity>,
    pub events: Vec<ExtEvent>,
    pub quotes: Vec<ExtQuote>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExtEntity {
    pub doc: String,
    pub iri: String,
    pub kind: String,
    pub wikidata: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExtEvent {
    pub doc: String,
    pub iri: String,
    pub kind: String,
    pub agent: Option<String>,
    pub participants: Vec<String>,
    pub place: Option<String>,
    pub date: Option<String>,
    pub count: Option<u64>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExtQuote {
    pub doc: String,
    pub speaker: Option<String>,
    pub text: String,
}

/// Every folded label and alias of each entity IRI.
#[derive(Debug, Clone, Default)]
pub struct Names(pub HashMap<String, HashSet<String>>);

impl Names {
    pub fn add(&mut self, iri: &str, name: &str) {
        self.0.entry(iri.to_string()).or_default().insert(fold(name));
    }

    /// Does the entity answer to this gold name?
    pub fn answers(&self, iri: &str, gold: &str) -> bool {
        self.0.get(iri).is_some_and(|n| n.contains(&fold(gold)))
    }
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Prf {
    pub matched_extracted: usize,
    pub extracted: usize,
    pub matched_gold: usize,
    pub gold: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(matched_extracted: usize, extracted: usize, matched_gold: usize, gold: usize) -> Prf {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(matched_extracted, extracted);
        let recall = ratio(matched_gold, gold);
        let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
        Prf { matched_extracted, extracted, matched_gold, gold, precision, recall, f1 }
    }

    fn add(&mut self, other: Prf) {
        *self = Prf::new(
            self.matched_extracted + other.matched_extracted,
            self.extracted + other.extracted,
            self.matched_gold + other.matched_gold,
            self.gold + other.gold,
        );
    }
}

/// Correct over scored.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Accuracy {
    pub correct: usize,
    pub scored: usize,
    pub accuracy: f64,
}

impl Accuracy {
    fn push(&mut self, ok: bool) {
        self.scored += 1;
        self.correct += usize::from(ok);
        self.accuracy = self.correct as f64 / self.scored as f64;
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub documents: usize,
    pub entities: Prf,
    pub entities_by_type: BTreeMap<String, Prf>,
    pub entity_type_accuracy: Accuracy,
    pub wikidata_accuracy: Accuracy,
    pub events: Prf,
    pub events_by_type: BTreeMap<String, Prf>,
    pub event_place: Accuracy,
    pub event_date: Accuracy,
    pub event_count: Accuracy,
    pub event_source: Accuracy,
    pub quotes: Prf,
    pub quote_speaker: Accuracy,
    /// What was missed (gold) and invented (extracted), one line each.
    pub missed: Vec<String>,
    pub invented: Vec<String>,
    /// Matched items with a wrong attribute (place, date, count, source, speaker).
    pub wrong: Vec<String>,
}

/// The gold event type as the ontology names it.
fn event_type(gold: &str) -> &str {
    if gold == "Other" {
        "OtherEvent"
    } else {
        gold
    }
}

/// Our event class as the gold format's closed list of types names it: an
/// attack or strike is a military operation (`dp:Attack` is a subclass of
/// `dp:MilitaryOperation`); negotiations and sanctions, which the list lacks,
/// are other events.
fn scored_type(ours: &str) -> &str {
    match ours {
        "Attack" => "MilitaryOperation",
        "Negotiation" | "Sanction" => "OtherEvent",
        t => t,
    }
}

/// Scores one extraction against the gold documents.
pub fn score(gold: &[GoldDoc], ext: &Extracted, names: &Names) -> Report {
    let mut r = Report { documents: gold.len(), ..Default::default() };
    for g in gold {
        score_entities(g, ext, names, &mut r);
        score_events(g, ext, names, &mut r);
        score_quotes(g, ext, names, &mut r);
    }
    r
}

fn score_entities(g: &GoldDoc, ext: &Extracted, names: &Names, r: &mut Report) {
    let mine: Vec<&ExtEntity> = ext.entities.iter().filter(|e| e.doc == g.id).collect();
    let mut used = vec![false; mine.len()];
    let mut gold_hit = vec![false; g.entities.len()];
    // Wikidata matches first, then names.
    for pass in 0..2 {
        for (gi, ge) in g.entities.iter().enumerate() {
            if gold_hit[gi] {
                continue;
            }
            let found = mine.iter().enumerate().position(|(i, e)| {
                !used[i]
                    && match pass {
                        0 => ge.wikidata.is_some() && e.wikidata.as_deref().map(wikidata_id) == ge.wikidata.as_deref(),
                        _ => names.answers(&e.iri, &ge.canonical) || names.answers(&e.iri, &ge.name),
                    }
            });
            if let Some(i) = found {
                used[i] = true;
                gold_hit[gi] = true;
                r.entity_type_accuracy.push(mine[i].kind == ge.kind);
                if let Some(q) = &ge.wikidata {
                    r.wikidata_accuracy.push(mine[i].wikidata.as_deref().map(wikidata_id) == Some(q.as_str()));
                }
            }
        }
    }
    let mut types: BTreeMap<String, (usize, usize, usize, usize)> = BTreeMap::new();
    for (i, e) in mine.iter().enumerate() {
        let t = types.entry(e.kind.clone()).or_default();
        t.1 += 1;
        t.0 += usize::from(used[i]);
        if !used[i] {
            r.invented.push(format!("{}\tentity\t{}\t{}", g.id, e.kind, e.iri));
        }
    }
    for (gi, ge) in g.entities.iter().enumerate() {
        let t = types.entry(ge.kind.clone()).or_default();
        t.3 += 1;
        t.2 += usize::from(gold_hit[gi]);
        if !gold_hit[gi] {
            r.missed.push(format!("{}\tentity\t{}\t{}", g.id, ge.kind, ge.canonical));
        }
    }
    for (t, (me, e, mg, gg)) in types {
        let p = Prf::new(me, e, mg, gg);
        r.entities.add(p);
        r.entities_by_type.entry(t).or_default().add(p);
    }
}

/// Do an extracted entity and a gold name (an agent, participant, place,
/// source or speaker) match "as entities": the gold name, or the gold
/// entity of the document with that canonical name, by its `name` or its
/// Wikidata id.
fn same_entity(g: &GoldDoc, ext: &Extracted, names: &Names, iri: &str, gold: &str) -> bool {
    if names.answers(iri, gold) {
        return true;
    }
    let folded = fold(gold);
    g.entities.iter().filter(|e| fold(&e.canonical) == folded).any(|e| {
        names.answers(iri, &e.name)
            || e.wikidata.as_ref().is_some_and(|q| {
                ext.entities.iter().any(|x| x.iri == iri && x.wikidata.as_deref().map(wikidata_id) == Some(q.as_str()))
            })
    })
}

fn wikidata_id(iri: &str) -> &str {
    iri.rsplit('/').next().unwrap_or(iri)
}

fn score_events(g: &GoldDoc, ext: &Extracted, names: &Names, r: &mut Report) {
    let same = |iri: &str, gold: &str| same_entity(g, ext, names, iri, gold);
    let mine: Vec<&ExtEvent> = ext.events.iter().filter(|e| e.doc == g.id).collect();
    let mut used = vec![false; mine.len()];
    let mut gold_hit = vec![false; g.events.len()];
    // Every (gold, report) pair that matches, with how many attributes they
    // agree on; pairs are taken best first (then in gold and store order):
    // several tolls of one document all match a gold toll with no agent, and
    // the order of the store is no reason to pair a toll with another's
    // figure. What counts as a match is unchanged.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, ge) in g.events.iter().enumerate() {
        for (i, e) in mine.iter().enumerate() {
            let matches = scored_type(&e.kind) == event_type(&ge.kind)
                && ge.agent.as_ref().is_none_or(|a| e.agent.as_ref().is_some_and(|x| same(x, a)))
                && (ge.recipient_or_participants.is_empty()
                    || ge.recipient_or_participants.iter().any(|p| e.participants.iter().any(|x| same(x, p))));
            if !matches {
                continue;
            }
            let count = ge.count.as_ref().and_then(|c| c.value).is_some_and(|v| e.count.is_some_and(|x| x as f64 == v));
            let date = ge.date.as_ref().is_some_and(|d| e.date.as_ref().is_some_and(|x| x.starts_with(d.as_str())));
            let source = ge.according_to.as_ref().is_some_and(|s| e.source.as_ref().is_some_and(|x| same(x, s)));
            let place = ge.place.as_ref().is_some_and(|p| e.place.as_ref().is_some_and(|x| same(x, p)));
            pairs.push((gi, i, [count, date, source, place].iter().filter(|&&b| b).count()));
        }
    }
    // The most matches, then the most agreement (an assignment problem:
    // every match weighs more than any agreement it could trade for).
    let (n, m) = (g.events.len(), mine.len());
    let big = 8 * (n + m + 1) as i64;
    let mut weight = vec![vec![0i64; m]; n];
    for &(gi, i, a) in &pairs {
        weight[gi][i] = big + a as i64;
    }
    let assignment = best_assignment(&weight);
    let mut pairing: Vec<Option<usize>> = vec![None; n];
    let mut owner: Vec<Option<usize>> = vec![None; m];
    for (gi, col) in assignment.into_iter().enumerate() {
        if let Some(i) = col.filter(|&i| weight[gi][i] > 0) {
            pairing[gi] = Some(i);
            owner[i] = Some(gi);
        }
    }
    for (i, o) in owner.iter().enumerate() {
        used[i] = o.is_some();
    }
    for (gi, ge) in g.events.iter().enumerate() {
        let Some(i) = pairing[gi] else { continue };
        gold_hit[gi] = true;
        let e = mine[i];
        let mut check = |acc: &mut Accuracy, ok: bool, what: &str, gold: String, ours: &Option<String>| {
            acc.push(ok);
            if !ok {
                r.wrong.push(format!("{}	{}	{what}	gold {gold}	got {}", g.id, ge.kind, ours.as_deref().unwrap_or("-")));
            }
        };
        if let Some(p) = &ge.place {
            let ok = e.place.as_ref().is_some_and(|x| same(x, p));
            check(&mut r.event_place, ok, "place", p.clone(), &e.place);
        }
        if let Some(d) = &ge.date {
            let ok = e.date.as_ref().is_some_and(|x| x.len() >= d.len() && x[..d.len()] == *d);
            check(&mut r.event_date, ok, "date", d.clone(), &e.date);
        }
        if let Some(v) = ge.count.as_ref().and_then(|c| c.value) {
            let ok = e.count.is_some_and(|x| x as f64 == v);
            check(&mut r.event_count, ok, "count", v.to_string(), &e.count.map(|c| c.to_string()));
        }
        if let Some(s) = &ge.according_to {
            let ok = e.source.as_ref().is_some_and(|x| same(x, s));
            check(&mut r.event_source, ok, "source", s.clone(), &e.source);
        }
    }
    let mut types: BTreeMap<String, (usize, usize, usize, usize)> = BTreeMap::new();
    for (i, e) in mine.iter().enumerate() {
        let t = types.entry(scored_type(&e.kind).to_string()).or_default();
        t.1 += 1;
        t.0 += usize::from(used[i]);
        if !used[i] {
            r.invented.push(format!("{}\tevent\t{}\t{}", g.id, e.kind, e.agent.as_deref().unwrap_or("-")));
        }
    }
    for (gi, ge) in g.events.iter().enumerate() {
        let t = types.entry(event_type(&ge.kind).to_string()).or_default();
        t.3 += 1;
        t.2 += usize::from(gold_hit[gi]);
        if !gold_hit[gi] {
            r.missed.push(format!(
                "{}\tevent\t{}\t{} -> {}\t{}",
                g.id,
                ge.kind,
                ge.agent.as_deref().unwrap_or("-"),
                ge.recipient_or_participants.join(", "),
                ge.evidence.as_deref().unwrap_or("")
            ));
        }
    }
    for (t, (me, e, mg, gg)) in types {
        let p = Prf::new(me, e, mg, gg);
        r.events.add(p);
        r.events_by_type.entry(t).or_default().add(p);
    }
}

/// A maximum-weight assignment of rows to columns (Hungarian algorithm on
/// the square padding of `weight`; weights are non-negative): for each
/// row, its column, if any.
fn best_assignment(weight: &[Vec<i64>]) -> Vec<Option<usize>> {
    let rows = weight.len();
    let cols = weight.first().map_or(0, Vec::len);
    let size = rows.max(cols);
    if size == 0 {
        return vec![None; rows];
    }
    let top = weight.iter().flatten().copied().max().unwrap_or(0);
    let cost = |r: usize, c: usize| -> i64 {
        if r < rows && c < cols {
            top - weight[r][c]
        } else {
            top
        }
    };
    // 1-based potentials and matching (e-maxx formulation).
    let (mut u, mut v) = (vec![0i64; size + 1], vec![0i64; size + 1]);
    let (mut p, mut way) = (vec![0usize; size + 1], vec![0usize; size + 1]);
    for r in 1..=size {
        p[0] = r;
        let mut j0 = 0;
        let mut minv = vec![i64::MAX; size + 1];
        let mut done = vec![false; size + 1];
        loop {
            done[j0] = true;
            let (i0, mut delta, mut j1) = (p[j0], i64::MAX, 0);
            for j in 1..=size {
                if !done[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=size {
                if done[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut out = vec![None; rows];
    for j in 1..=size {
        if p[j] >= 1 && p[j] <= rows && j <= cols {
            out[p[j] - 1] = Some(j - 1);
        }
    }
    out
}

fn score_quotes(g: &GoldDoc, ext: &Extracted, names: &Names, r: &mut Report) {
    let same = |iri: &str, gold: &str| same_entity(g, ext, names, iri, gold);
    let mine: Vec<&ExtQuote> = ext.quotes.iter().filter(|q| q.doc == g.id).collect();
    let mut used = vec![false; mine.len()];
    let mut hits = 0;
    for gq in &g.quotes {
        let start = fold(&gq.starts_with);
        let found = mine.iter().enumerate().position(|(i, q)| !used[i] && fold(&q.text).starts_with(&start));
        match found {
            Some(i) => {
                used[i] = true;
                hits += 1;
                if let Some(s) = &gq.speaker {
                    let ok = mine[i].speaker.as_ref().is_some_and(|x| same(x, s));
                    r.quote_speaker.push(ok);
                    if !ok {
                        r.wrong.push(format!(
                            "{}	quote	speaker	gold {s}	got {}	{}",
                            g.id,
                            mine[i].speaker.as_deref().unwrap_or("-"),
                            gq.starts_with
                        ));
                    }
                }
            }
            None => {
                r.missed.push(format!("{}\tquote\t{}\t{}", g.id, gq.speaker.as_deref().unwrap_or("-"), gq.starts_with))
            }
        }
    }
    for (i, q) in mine.iter().enumerate() {
        if !used[i] {
            r.invented.push(format!("{}\tquote\t{}\t{}", g.id, q.speaker.as_deref().unwrap_or("-"), q.text));
        }
    }
    r.quotes.add(Prf::new(hits, mine.len(), hits, g.quotes.len()));
}

/// Reads a gold file; errors name the file, line and column.
pub fn read_gold(path: &Path) -> Result<Vec<GoldDoc>, crate::error::InputError> {
    let text = std::fs::read_to_string(path).map_err(|e| crate::error::InputError::io(path, &e))?;
    serde_json::from_str(&text).map_err(|e| {
        crate::error::InputError::new(
            path,
            format!("line {} column {}: malformed gold file: {e}", e.line(), e.column()),
        )
    })
}

/// Builds a scratch store from the documents of `dir` (a gold `published`
/// date stands in for a missing sidecar), reads it back through the canned
/// queries, and scores it.
pub fn run(
    gold: &[GoldDoc],
    dir: &Path,
    lexicon: &crate::lexicon::Lexicon,
    queries: Option<&Path>,
) -> anyhow::Result<(Report, Vec<crate::error::InputError>)> {
    use anyhow::Context;

    let scratch = tempfile::tempdir()?;
    let store = crate::store::GraphStore::open(&scratch.path().join("db"))?;
    store.ensure_lexicon(&crate::rdf::lexicon_quads(lexicon), &lexicon.fingerprint)?;
    let (files, mut errors) = crate::corpus::discover(&[dir.to_path_buf()]);
    let extractor = crate::extract::Extractor::new(lexicon);
    let published: HashMap<&str, &str> =
        gold.iter().filter_map(|g| g.published.as_deref().map(|p| (g.id.as_str(), p))).collect();
    for f in files {
        let mut doc = match crate::corpus::read_document(&f) {
            Ok(d) => d,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if doc.meta.published.is_none() {
            doc.meta.published = published.get(doc.id.as_str()).and_then(|p| p.parse().ok());
        }
        let x = extractor.extract(&doc);
        let quads = crate::rdf::document_quads_with(&x, Some(lexicon), &lexicon.fingerprint, "1970-01-01T00:00:00Z");
        store.replace_graph(crate::rdf::doc_iri(&doc.id).as_ref(), &quads)?;
    }
    // The canned queries of the binary, or those of a folder the user names.
    let read = |name: &str| -> anyhow::Result<crate::query::Table> {
        let (q, origin) = match queries {
            Some(dir) => {
                let path = dir.join(name);
                let q =
                    std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read query", path.display()))?;
                (q, path.display().to_string())
            }
            None => (canned(name).to_string(), format!("queries/{name}")),
        };
        Ok(crate::query::select(&store.store, &q, &origin)?)
    };
    let mut ext = Extracted::default();
    let t = read("entities.rq")?;
    for i in 0..t.rows.len() {
        ext.entities.push(ExtEntity {
            doc: t.text(i, "doc").unwrap_or_default(),
            iri: t.text(i, "entity").unwrap_or_default(),
            kind: t.text(i, "type").unwrap_or_default().rsplit('#').next().unwrap_or("").to_string(),
            wikidata: t.text(i, "wikidata"),
        });
    }
    let t = read("events.rq")?;
    let mut by_report: BTreeMap<(String, String), ExtEvent> = BTreeMap::new();
    for i in 0..t.rows.len() {
        let doc = t.text(i, "doc").unwrap_or_default();
        let iri = t.text(i, "event").unwrap_or_default();
        let e = by_report.entry((doc.clone(), iri.clone())).or_insert_with(|| ExtEvent {
            doc,
            iri,
            kind: t.text(i, "type").unwrap_or_default().rsplit('#').next().unwrap_or("").to_string(),
            agent: t.text(i, "agent"),
            place: t.text(i, "place"),
            date: t.text(i, "date"),
            count: t.text(i, "count").and_then(|c| c.parse().ok()),
            source: t.text(i, "source"),
            participants: Vec::new(),
        });
        if let Some(p) = t.text(i, "participant") {
            if !e.participants.contains(&p) {
                e.participants.push(p);
            }
        }
    }
    ext.events = by_report.into_values().collect();
    let t = read("quotes.rq")?;
    for i in 0..t.rows.len() {
        ext.quotes.push(ExtQuote {
            doc: t.text(i, "doc").unwrap_or_default(),
            speaker: t.text(i, "speaker"),
            text: t.text(i, "text").unwrap_or_default(),
        });
    }
    let mut names = Names::default();
    let t = crate::query::select(
        &store.store,
        "SELECT ?e ?n WHERE { ?e rdfs:label|skos:altLabel|skos:prefLabel ?n }",
        "names",
    )?;
    for i in 0..t.rows.len() {
        if let (Some(e), Some(n)) = (t.text(i, "e"), t.text(i, "n")) {
            names.add(&e, &n);
        }
    }
    drop(store);
    Ok((score(gold, &ext, &names), errors))
}

/// The canned queries the scorer reads, as compiled into the binary.
fn canned(name: &str) -> &'static str {
    match name {
        "entities.rq" => include_str!("../queries/entities.rq"),
        "events.rq" => include_str!("../queries/events.rq"),
        _ => include_str!("../queries/quotes.rq"),
    }
}

/// The report as a table for people.
pub fn table(r: &Report) -> String {
    let mut s = String::new();
    let prf = |name: &str, p: &Prf| {
        format!(
            "{name:<28} {:>6.3} {:>6.3} {:>6.3}   ({} of {} extracted, {} of {} gold)\n",
            p.precision, p.recall, p.f1, p.matched_extracted, p.extracted, p.matched_gold, p.gold
        )
    };
    let acc = |name: &str, a: &Accuracy| {
        format!("{name:<28} {:>6.3}                 ({} of {})\n", a.accuracy, a.correct, a.scored)
    };
    s.push_str(&format!("{} documents\n\n{:<28} {:>6} {:>6} {:>6}\n", r.documents, "", "P", "R", "F1"));
    s.push_str(&prf("entities", &r.entities));
    for (t, p) in &r.entities_by_type {
        s.push_str(&prf(&format!("  {t}"), p));
    }
    s.push_str(&acc("entity type accuracy", &r.entity_type_accuracy));
    s.push_str(&acc("Wikidata linking accuracy", &r.wikidata_accuracy));
    s.push('\n');
    s.push_str(&prf("events", &r.events));
    for (t, p) in &r.events_by_type {
        s.push_str(&prf(&format!("  {t}"), p));
    }
    s.push_str(&acc("event place accuracy", &r.event_place));
    s.push_str(&acc("event date accuracy", &r.event_date));
    s.push_str(&acc("event count accuracy", &r.event_count));
    s.push_str(&acc("event source accuracy", &r.event_source));
    s.push('\n');
    s.push_str(&prf("quotes", &r.quotes));
    s.push_str(&acc("quote speaker accuracy", &r.quote_speaker));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Names {
        let mut n = Names::default();
        for (iri, ns) in [
            ("e:putin", &["Vladimir Putin", "Poutine"][..]),
            ("e:kim", &["Kim Jong Un", "Kim Jong-un"][..]),
            ("e:nk", &["North Korea", "Corée du Nord"][..]),
            ("e:beijing", &["Beijing", "Pékin"][..]),
            ("e:nis", &["National Intelligence Service", "NIS"][..]),
        ] {
            for name in ns {
                n.add(iri, name);
            }
        }
        n
    }

    fn gold() -> Vec<GoldDoc> {
        serde_json::from_str(
            r#"[{"id": "d1",
                 "entities": [
                   {"name": "Vladimir Poutine", "canonical": "Vladimir Putin", "type": "Person", "wikidata": "Q7747"},
                   {"name": "Pékin", "canonical": "Beijing", "type": "Place"},
                   {"name": "Séoul", "canonical": "Seoul", "type": "Place"}],
                 "events": [
                   {"type": "Meeting", "agent": "Vladimir Putin", "recipient_or_participants": ["Kim Jong Un"],
                    "place": "Beijing", "date": "2025-09", "count": null, "according_to": null},
                   {"type": "Casualties", "agent": null, "recipient_or_participants": ["North Korea"],
                    "count": {"value": 2000, "qualifier": "about"}, "according_to": "National Intelligence Service"}],
                 "quotes": [{"speaker": "Vladimir Putin", "starts_with": "J'aimerais vous"}]}]"#,
        )
        .unwrap()
    }

    fn extracted() -> Extracted {
        let ent = |iri: &str, kind: &str, wd: Option<&str>| ExtEntity {
            doc: "d1".into(),
            iri: iri.into(),
            kind: kind.into(),
            wikidata: wd.map(|q| format!("http://www.wikidata.org/entity/{q}")),
        };
        Extracted {
            entities: vec![
                ent("e:putin", "Person", Some("Q7747")),
                ent("e:beijing", "Country", None), // wrong type
                ent("e:nk", "Country", None),      // not in gold: invented
                ExtEntity { doc: "other".into(), iri: "e:kim".into(), kind: "Person".into(), wikidata: None },
            ],
            events: vec![
                ExtEvent {
                    doc: "d1".into(),
                    iri: "ev1".into(),
                    kind: "Meeting".into(),
                    agent: Some("e:putin".into()),
                    participants: vec!["e:kim".into()],
                    place: Some("e:beijing".into()),
                    date: Some("2025-09-03".into()),
                    ..Default::default()
                },
                ExtEvent {
                    doc: "d1".into(),
                    iri: "ev2".into(),
                    kind: "Casualties".into(),
                    participants: vec!["e:nk".into()],
                    count: Some(2500),
                    source: Some("e:nis".into()),
                    ..Default::default()
                },
                ExtEvent { doc: "d1".into(), iri: "ev3".into(), kind: "Thanks".into(), ..Default::default() },
            ],
            quotes: vec![
                ExtQuote {
                    doc: "d1".into(), speaker: Some("e:kim".into()), text: "J’aimerais vous remercier".into()
                },
                ExtQuote { doc: "d1".into(), speaker: None, text: "autre chose dite ici".into() },
            ],
        }
    }

    #[test]
    fn entities_match_by_wikidata_or_name_and_type_is_scored_apart() {
        let r = score(&gold(), &extracted(), &names());
        assert_eq!((r.entities.matched_extracted, r.entities.extracted), (2, 3));
        assert_eq!((r.entities.matched_gold, r.entities.gold), (2, 3));
        assert!((r.entities.precision - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!((r.entity_type_accuracy.correct, r.entity_type_accuracy.scored), (1, 2));
        assert_eq!((r.wikidata_accuracy.correct, r.wikidata_accuracy.scored), (1, 1));
        assert_eq!(r.entities_by_type["Place"].gold, 2);
        assert!(r.missed.iter().any(|m| m.contains("Seoul")));
        assert!(r.invented.iter().any(|m| m.contains("e:nk")));
    }

    #[test]
    fn tolls_pair_with_their_own_figures_and_never_lose_a_match() {
        let gold: Vec<GoldDoc> = serde_json::from_str(
            r#"[{"id": "d1", "entities": [], "quotes": [], "events": [
                 {"type": "Casualties", "agent": null, "recipient_or_participants": ["North Korea"],
                  "count": {"value": 300, "qualifier": "about"}, "according_to": "NIS"},
                 {"type": "Casualties", "agent": null, "recipient_or_participants": [],
                  "count": {"value": 2700, "qualifier": "more than"}, "according_to": "NIS"}]}]"#,
        )
        .unwrap();
        let toll = |iri: &str, count: u64, to: &[&str]| ExtEvent {
            doc: "d1".into(),
            iri: iri.into(),
            kind: "Casualties".into(),
            participants: to.iter().map(|s| s.to_string()).collect(),
            count: Some(count),
            ..Default::default()
        };
        // Stored in the other order; the 2 700 toll has its source, the 300 one
        // not (each agrees with the first gold toll on one attribute).
        let ext = Extracted {
            entities: vec![],
            events: vec![
                ExtEvent { source: Some("e:nis".into()), ..toll("a", 2700, &["e:nk"]) },
                toll("b", 300, &["e:nk"]),
            ],
            quotes: vec![],
        };
        let r = score(&gold, &ext, &names());
        assert_eq!((r.events.matched_gold, r.events.matched_extracted), (2, 2));
        assert_eq!((r.event_count.correct, r.event_count.scored), (2, 2));
        // One report only fits the first gold toll: matching it there keeps both matches.
        let ext = Extracted {
            entities: vec![],
            events: vec![toll("a", 300, &[]), toll("b", 2700, &["e:nk"])],
            quotes: vec![],
        };
        let r = score(&gold, &ext, &names());
        assert_eq!((r.events.matched_gold, r.events.matched_extracted), (2, 2));
    }

    #[test]
    fn events_match_on_type_agent_and_a_participant() {
        let r = score(&gold(), &extracted(), &names());
        assert_eq!((r.events.matched_gold, r.events.gold), (2, 2));
        assert_eq!((r.events.matched_extracted, r.events.extracted), (2, 3));
        // The date is right at the gold's (month) precision; the count is not.
        assert_eq!((r.event_date.correct, r.event_date.scored), (1, 1));
        assert_eq!((r.event_place.correct, r.event_place.scored), (1, 1));
        assert_eq!((r.event_count.correct, r.event_count.scored), (0, 1));
        assert_eq!((r.event_source.correct, r.event_source.scored), (1, 1));
    }

    /// A report of document d1 with only its IRI and type.
    fn bare_report(iri: &str, kind: &str) -> ExtEvent {
        ExtEvent {
            doc: "d1".into(),
            iri: iri.into(),
            kind: kind.into(),
            agent: None,
            place: None,
            date: None,
            count: None,
            source: None,
            participants: Vec::new(),
        }
    }

    #[test]
    fn among_matching_reports_the_one_that_agrees_is_paired() {
        let gold: Vec<GoldDoc> = serde_json::from_str(
            r#"[{"id": "d1", "events": [
                 {"type": "Casualties", "agent": null, "recipient_or_participants": [], "place": null, "date": null,
                  "count": {"value": 600, "qualifier": "about", "what": "morts"}, "according_to": null, "evidence": ""}]}]"#,
        )
        .unwrap();
        let report = |count: u64| ExtEvent { count: Some(count), ..bare_report(&format!("e{count}"), "Casualties") };
        let ext = Extracted { events: vec![report(4700), report(600)], ..Default::default() };
        let r = score(&gold, &ext, &Names::default());
        assert_eq!((r.events.matched_gold, r.events.matched_extracted), (1, 1));
        assert_eq!((r.event_count.correct, r.event_count.scored), (1, 1));
    }

    #[test]
    fn finer_classes_are_scored_as_the_gold_type_that_holds_them() {
        let gold: Vec<GoldDoc> = serde_json::from_str(
            r#"[{"id": "d1", "events": [
                 {"type": "MilitaryOperation", "agent": null, "recipient_or_participants": [], "place": null,
                  "date": null, "count": null, "according_to": null, "evidence": ""},
                 {"type": "Other", "agent": null, "recipient_or_participants": [], "place": null,
                  "date": null, "count": null, "according_to": null, "evidence": ""}]}]"#,
        )
        .unwrap();
        let report = |kind: &str| bare_report(&format!("e-{kind}"), kind);
        let ext = Extracted { events: vec![report("Attack"), report("Sanction")], ..Default::default() };
        let r = score(&gold, &ext, &Names::default());
        assert_eq!((r.events.matched_gold, r.events.matched_extracted), (2, 2));
        assert!(!r.events_by_type.contains_key("Attack"), "{:?}", r.events_by_type.keys());
        assert_eq!(r.events_by_type["MilitaryOperation"].matched_extracted, 1);
        assert_eq!(r.events_by_type["OtherEvent"].matched_extracted, 1);
    }

    #[test]
    fn an_agent_mismatch_is_no_match() {
        let mut e = extracted();
        e.events[0].agent = Some("e:kim".into());
        let r = score(&gold(), &e, &names());
        assert_eq!(r.events.matched_gold, 1);
    }

    #[test]
    fn quotes_match_by_folded_prefix_and_speakers_are_scored_apart() {
        let r = score(&gold(), &extracted(), &names());
        assert_eq!((r.quotes.matched_gold, r.quotes.gold, r.quotes.extracted), (1, 1, 2));
        assert_eq!((r.quote_speaker.correct, r.quote_speaker.scored), (0, 1));
        assert!((r.quotes.f1 - 2.0 * 0.5 * 1.0 / 1.5).abs() < 1e-9);
    }

    #[test]
    fn speakers_match_as_entities_through_the_gold_name() {
        // The gold speaker is a canonical name; the extracted person answers
        // to the name as written, which the gold entity records.
        let gold: Vec<GoldDoc> = serde_json::from_str(
            r#"[{"id": "d1",
                 "entities": [{"name": "Oleg Kojemiako", "canonical": "Oleg Kozhemyako", "type": "Person"}],
                 "quotes": [{"speaker": "Oleg Kozhemyako", "starts_with": "Ce sont des"}]}]"#,
        )
        .unwrap();
        let mut names = Names::default();
        names.add("n:oleg", "Oleg Kojemiako");
        let ext = Extracted {
            quotes: vec![ExtQuote {
                doc: "d1".into(),
                speaker: Some("n:oleg".into()),
                text: "Ce sont des drones".into(),
            }],
            ..Default::default()
        };
        let r = score(&gold, &ext, &names);
        assert_eq!((r.quote_speaker.correct, r.quote_speaker.scored), (1, 1));
    }

    #[test]
    fn malformed_gold_names_line_and_column() {
        let dir = std::env::temp_dir().join(format!("depeche-gold-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("gold.json");
        std::fs::write(&p, "[\n  {\"id\": 3}\n]").unwrap();
        let e = read_gold(&p).unwrap_err().to_string();
        assert!(e.contains("gold.json: line 2 column"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
