//! Taking the graph elsewhere: RDF serializations (Oxigraph's serializers,
//! with the ontology's prefixes), and a property-graph view of entities and
//! events built with petgraph, written as GraphViz DOT, GraphML or the CSV
//! files of `neo4j-admin import`.
//!
//! The property-graph view: entities and events are nodes; an event's roles
//! (agent, to, with, in, about) are labelled edges; parallel edges merge.
//! `export` reads the store through SPARQL and writes to a `Write`; it never
//! changes the store.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;

use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, Triple};
use oxigraph::sparql::QueryResults;
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::{Bfs, EdgeRef};

use crate::error::StoreError;
use crate::query::{run, select, Table};
use crate::rdf::doc_iri;
use crate::store::GraphStore;
use crate::text::fold;
use crate::vocab::PREFIXES;

/// The RDF serializations `depeche export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RdfOut {
    NTriples,
    NQuads,
    Turtle,
    TriG,
    RdfXml,
    JsonLd,
}

impl RdfOut {
    fn format(self) -> RdfFormat {
        match self {
            RdfOut::NTriples => RdfFormat::NTriples,
            RdfOut::NQuads => RdfFormat::NQuads,
            RdfOut::Turtle => RdfFormat::Turtle,
            RdfOut::TriG => RdfFormat::TriG,
            RdfOut::RdfXml => RdfFormat::RdfXml,
            RdfOut::JsonLd => RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() },
        }
    }

    fn keeps_graphs(self) -> bool {
        matches!(self, RdfOut::NQuads | RdfOut::TriG)
    }
}

/// What to export: everything, one document's graph, or a CONSTRUCT query.
#[derive(Debug, Clone)]
pub enum Scope {
    All,
    Document(String),
    Construct { query: String, origin: String },
}

/// Writes RDF; returns the number of triples or quads written.
pub fn export_rdf(store: &GraphStore, scope: &Scope, out: RdfOut, w: &mut dyn Write) -> Result<usize, StoreError> {
    let mut ser = RdfSerializer::from_format(out.format());
    if matches!(out, RdfOut::Turtle | RdfOut::TriG | RdfOut::JsonLd | RdfOut::RdfXml) {
        ser = crate::vocab::with_prefixes(ser);
    }
    let mut writer = ser.for_writer(w);
    let mut n = 0;
    match scope {
        Scope::Construct { query, origin } => match run(&store.store, query, origin)? {
            QueryResults::Graph(triples) => {
                let mut seen = BTreeSet::new();
                for t in triples {
                    let t = t.map_err(|e| StoreError::Evaluation(e.to_string()))?;
                    if seen.insert(t.to_string()) {
                        writer.serialize_triple(&t)?;
                        n += 1;
                    }
                }
            }
            _ => return Err(StoreError::Evaluation(format!("{origin}: not a CONSTRUCT or DESCRIBE query"))),
        },
        Scope::Document(id) => {
            let g = doc_iri(id);
            if !store.store.contains_named_graph(g.as_ref())? {
                return Err(StoreError::Evaluation(format!("{id}: no such document in the store")));
            }
            for q in store.store.quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(g.as_ref()))) {
                let q = q?;
                if out.keeps_graphs() {
                    writer.serialize_quad(&q)?;
                } else {
                    writer.serialize_triple(&Triple::from(q))?;
                }
                n += 1;
            }
        }
        Scope::All => {
            if out.keeps_graphs() {
                for q in store.store.iter() {
                    writer.serialize_quad(&q?)?;
                    n += 1;
                }
            } else {
                // Without graphs, a triple stated in several documents is written once.
                let mut seen = std::collections::HashSet::new();
                for q in store.store.iter() {
                    let t = Triple::from(q?);
                    if seen.insert(t.clone()) {
                        writer.serialize_triple(&t)?;
                        n += 1;
                    }
                }
            }
        }
    }
    writer.finish()?;
    Ok(n)
}

/// JSON-LD with a compact `@context`: the expanded document Oxigraph writes,
/// with IRIs shortened by the ontology's prefixes (which the context
/// declares), under `@graph`.
pub fn export_jsonld(store: &GraphStore, scope: &Scope, w: &mut dyn Write) -> Result<usize, StoreError> {
    let mut expanded = Vec::new();
    let n = export_rdf(store, scope, RdfOut::JsonLd, &mut expanded)?;
    let doc: serde_json::Value =
        serde_json::from_slice(&expanded).map_err(|e| StoreError::Evaluation(format!("JSON-LD: {e}")))?;
    let context: serde_json::Map<String, serde_json::Value> =
        PREFIXES.iter().map(|(p, ns)| (p.to_string(), serde_json::Value::String(ns.to_string()))).collect();
    let compact = serde_json::json!({ "@context": context, "@graph": compact_iris(doc) });
    serde_json::to_writer_pretty(&mut *w, &compact).map_err(std::io::Error::other)?;
    writeln!(w)?;
    Ok(n)
}

fn shorten(iri: &str) -> String {
    PREFIXES
        .iter()
        .find(|(_, ns)| iri.starts_with(ns) && iri.len() > ns.len() && !iri[ns.len()..].contains(['/', '#']))
        .map_or_else(|| iri.to_string(), |(p, ns)| format!("{p}:{}", &iri[ns.len()..]))
}

fn compact_iris(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Array(a) => Value::Array(a.into_iter().map(compact_iris).collect()),
        Value::Object(o) => Value::Object(
            o.into_iter()
                .map(|(k, v)| {
                    let key = if k.starts_with('@') { k } else { shorten(&k) };
                    let value = match (key.as_str(), v) {
                        ("@id" | "@type", Value::String(s)) => Value::String(shorten(&s)),
                        (_, other) => compact_iris(other),
                    };
                    (key, value)
                })
                .collect(),
        ),
        other => other,
    }
}

/// A node of the property-graph view.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub iri: String,
    /// Local name of the class: Person, Meeting...
    pub kind: String,
    pub is_event: bool,
    pub label: String,
    pub wikidata: Option<String>,
    pub date: Option<String>,
    pub count: Option<String>,
    /// Every folded label and alias, for --focus.
    pub names: BTreeSet<String>,
}

/// Settings of the property-graph view.
#[derive(Debug, Clone, Default)]
pub struct ViewConfig {
    pub document: Option<String>,
    /// "fr" or "en".
    pub lang: String,
    pub focus: Option<String>,
    pub depth: usize,
    /// Class local names to keep (entity or event types); empty keeps all.
    pub types: Vec<String>,
    pub since: Option<String>,
    pub until: Option<String>,
}

/// The property graph of entities and events.
pub struct View {
    pub graph: UnGraph<Node, String>,
    /// Edges are directed from the event to its argument; petgraph's
    /// undirected graph is for neighbourhoods, this keeps the direction.
    pub direction: HashMap<petgraph::graph::EdgeIndex, (NodeIndex, NodeIndex)>,
}

/// An unknown `--focus`, with the closest names.
#[derive(Debug, thiserror::Error)]
#[error("unknown entity {name:?} for --focus{}", if suggestions.is_empty() { String::new() } else { format!("; did you mean: {}?", suggestions.join(", ")) })]
pub struct UnknownFocus {
    pub name: String,
    pub suggestions: Vec<String>,
}

const ENTITY_TYPES: &str = "dp:Person dp:Organization dp:Country dp:Place dp:Agreement dp:MilitaryForce dp:Media";

/// The local name of an IRI: what follows its last `/` or `#`.
pub(crate) fn local(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

fn doc_filter(config: &ViewConfig, var: &str) -> String {
    match &config.document {
        Some(id) => format!("{var} dp:inDocument <{}> .", doc_iri(id).as_str()),
        None => String::new(),
    }
}

/// Reads the view from the store.
pub fn view(store: &GraphStore, config: &ViewConfig) -> anyhow::Result<View> {
    let lang = if config.lang == "en" { "en" } else { "fr" };
    let other = if lang == "en" { "fr" } else { "en" };
    let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
    let q = format!(
        "SELECT DISTINCT ?e ?type ?l1 ?l2 ?wd WHERE {{
           ?m itsrdf:taIdentRef ?e . {df}
           ?e a ?type . VALUES ?type {{ {ENTITY_TYPES} }}
           OPTIONAL {{ ?e rdfs:label ?l1 FILTER(langMatches(lang(?l1), \"{lang}\")) }}
           OPTIONAL {{ ?e rdfs:label ?l2 FILTER(langMatches(lang(?l2), \"{other}\")) }}
           OPTIONAL {{ ?e owl:sameAs ?wd }}
         }}",
        df = doc_filter(config, "?m")
    );
    let t = select(&store.store, &q, "entities of the view")?;
    for i in 0..t.rows.len() {
        let iri = t.text(i, "e").unwrap_or_default();
        let label = t.text(i, "l1").or_else(|| t.text(i, "l2")).unwrap_or_else(|| local(&iri).to_string());
        nodes.entry(iri.clone()).or_insert(Node {
            iri,
            kind: local(&t.text(i, "type").unwrap_or_default()).to_string(),
            is_event: false,
            label,
            wikidata: t.text(i, "wd").map(|w| local(&w).to_string()),
            date: None,
            count: None,
            names: BTreeSet::new(),
        });
    }
    let names = select(&store.store, "SELECT ?e ?n WHERE { ?e rdfs:label|skos:altLabel ?n }", "names")?;
    for i in 0..names.rows.len() {
        if let (Some(e), Some(n)) = (names.text(i, "e"), names.text(i, "n")) {
            if let Some(node) = nodes.get_mut(&e) {
                node.names.insert(fold(&n));
            }
        }
    }
    let q = format!(
        "SELECT ?ev ?type ?date ?count ?role ?x WHERE {{
           ?r dp:reports ?ev . {df}
           ?ev a ?type . FILTER(?type NOT IN (dp:Event, sem:Event) && STRSTARTS(STR(?type), STR(dp:)))
           {{ ?r dp:agent ?x BIND(\"agent\" AS ?role) }} UNION {{ ?r dp:recipient ?x BIND(\"to\" AS ?role) }}
           UNION {{ ?r dp:participant ?x BIND(\"with\" AS ?role) }} UNION {{ ?r dp:place ?x BIND(\"in\" AS ?role) }}
           UNION {{ ?r dp:theme ?x BIND(\"about\" AS ?role) }}
           OPTIONAL {{ ?r dp:date ?date }} OPTIONAL {{ ?r dp:count ?count }}
         }} ORDER BY ?ev",
        df = doc_filter(config, "?r")
    );
    let t: Table = select(&store.store, &q, "events of the view")?;
    let mut edges: BTreeSet<(String, String, String)> = BTreeSet::new();
    for i in 0..t.rows.len() {
        let ev = t.text(i, "ev").unwrap_or_default();
        let kind = local(&t.text(i, "type").unwrap_or_default()).to_string();
        let node = nodes.entry(ev.clone()).or_insert(Node {
            iri: ev.clone(),
            kind: kind.clone(),
            is_event: true,
            label: kind,
            wikidata: None,
            date: None,
            count: None,
            names: BTreeSet::new(),
        });
        // The most precise date and the first figure reported.
        if let Some(d) = t.text(i, "date") {
            if node.date.as_ref().is_none_or(|old| d.len() > old.len()) {
                node.date = Some(d);
            }
        }
        if node.count.is_none() {
            node.count = t.text(i, "count");
        }
        if let (Some(role), Some(x)) = (t.text(i, "role"), t.text(i, "x")) {
            edges.insert((ev, x, role));
        }
    }
    // Filters: types and dates.
    let keep = |n: &Node| {
        let typed = config.types.is_empty() || config.types.iter().any(|t| t.eq_ignore_ascii_case(&n.kind));
        let dated = !n.is_event
            || (config.since.as_ref().is_none_or(|s| n.date.as_ref().is_some_and(|d| d.as_str() >= s.as_str()))
                && config
                    .until
                    .as_ref()
                    .is_none_or(|u| n.date.as_ref().is_some_and(|d| &d[..d.len().min(u.len())] <= u.as_str())));
        typed && dated
    };
    let mut graph = UnGraph::<Node, String>::new_undirected();
    let mut index: HashMap<String, NodeIndex> = HashMap::new();
    for (iri, n) in nodes {
        if keep(&n) {
            index.insert(iri, graph.add_node(n));
        }
    }
    let mut direction = HashMap::new();
    // Parallel edges merge: one edge per pair, its roles joined.
    let mut merged: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for (a, b, role) in edges {
        merged.entry((a, b)).or_default().insert(role);
    }
    for ((a, b), roles) in merged {
        if let (Some(&x), Some(&y)) = (index.get(&a), index.get(&b)) {
            let e = graph.add_edge(x, y, roles.into_iter().collect::<Vec<_>>().join(", "));
            direction.insert(e, (x, y));
        }
    }
    let mut view = View { graph, direction };
    if let Some(focus) = &config.focus {
        view = focused(&view, focus, config.depth.max(1))?;
    }
    Ok(view)
}

/// The part of `view` within `depth` hops of an entity, named by its IRI,
/// a label or alias (any case), or its Wikidata id.
pub fn focused(view: &View, focus: &str, depth: usize) -> Result<View, UnknownFocus> {
    let f = fold(focus);
    let start = view.graph.node_indices().find(|&i| {
        let n = &view.graph[i];
        !n.is_event
            && (n.iri == focus
                || n.names.contains(&f)
                || fold(&n.label) == f
                || n.wikidata.as_deref().is_some_and(|w| w.eq_ignore_ascii_case(focus)))
    });
    let Some(start) = start else {
        let mut scored: Vec<(usize, String)> = view
            .graph
            .node_weights()
            .filter(|n| !n.is_event)
            .map(|n| {
                let d = n
                    .names
                    .iter()
                    .chain(std::iter::once(&fold(&n.label)))
                    .map(|m| strsim::levenshtein(m, &f))
                    .min()
                    .unwrap_or(usize::MAX);
                (d, n.label.clone())
            })
            .collect();
        scored.sort();
        scored.dedup();
        let suggestions =
            scored.into_iter().filter(|(d, _)| *d <= 4.max(f.len() / 3)).take(5).map(|(_, l)| l).collect();
        return Err(UnknownFocus { name: focus.to_string(), suggestions });
    };
    // Breadth-first to `depth` hops; an event counts as half a hop, so
    // depth 1 shows the entity's events and who else took part in them.
    let mut dist: HashMap<NodeIndex, usize> = HashMap::new();
    dist.insert(start, 0);
    let mut bfs = Bfs::new(&view.graph, start);
    while let Some(n) = bfs.next(&view.graph) {
        let d = dist[&n];
        for e in view.graph.edges(n) {
            let m = if e.source() == n { e.target() } else { e.source() };
            let step = usize::from(!view.graph[m].is_event);
            dist.entry(m).or_insert(d + step);
        }
    }
    // Entities up to `depth` hops; events only between kept entities' hops
    // (an event at the rim would drag in all of its other actors' events).
    let keep: BTreeSet<NodeIndex> = dist
        .iter()
        .filter(|(&n, &d)| if view.graph[n].is_event { d < depth } else { d <= depth })
        .map(|(&n, _)| n)
        .collect();
    let mut graph = UnGraph::<Node, String>::new_undirected();
    let mut map = HashMap::new();
    for &n in &keep {
        map.insert(n, graph.add_node(view.graph[n].clone()));
    }
    let mut direction = HashMap::new();
    for e in view.graph.edge_indices() {
        let (a, b) = view.direction[&e];
        if let (Some(&x), Some(&y)) = (map.get(&a), map.get(&b)) {
            let ne = graph.add_edge(x, y, view.graph[e].clone());
            direction.insert(ne, (x, y));
        }
    }
    Ok(View { graph, direction })
}

/// GraphViz shape and fill colour of a node.
pub fn style(kind: &str, is_event: bool) -> (&'static str, &'static str) {
    if is_event {
        return ("box", "#ffd8a8");
    }
    match kind {
        "Person" => ("ellipse", "#a5d8ff"),
        "Organization" => ("ellipse", "#ffec99"),
        "Country" => ("ellipse", "#b2f2bb"),
        "Place" => ("ellipse", "#dee2e6"),
        "Agreement" => ("note", "#eebefa"),
        "MilitaryForce" => ("ellipse", "#ffc9c9"),
        _ => ("ellipse", "#f3d9fa"),
    }
}

fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Shortens a label for a picture: at most `max` characters.
pub(crate) fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        s.chars().take(max - 1).collect::<String>() + "…"
    }
}

/// GraphViz DOT, with a legend.
pub fn write_dot(view: &View, w: &mut dyn Write) -> std::io::Result<()> {
    writeln!(w, "digraph depeche {{")?;
    writeln!(w, "  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\"];")?;
    writeln!(w, "  node [style=filled, fontname=\"Helvetica\", fontsize=10];")?;
    writeln!(w, "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#868e96\"];")?;
    for i in view.graph.node_indices() {
        let n = &view.graph[i];
        let (shape, color) = style(&n.kind, n.is_event);
        // Figures and dates go on event nodes, one per line.
        let mut parts = vec![if n.is_event { n.kind.clone() } else { short(&n.label, 28) }];
        parts.extend(n.date.iter().cloned());
        parts.extend(n.count.iter().cloned());
        let label = parts.iter().map(|p| dot_escape(p)).collect::<Vec<_>>().join("\\n");
        writeln!(w, "  n{} [label=\"{label}\", shape={shape}, fillcolor=\"{color}\"];", i.index())?;
    }
    for e in view.graph.edge_indices() {
        let (a, b) = view.direction[&e];
        writeln!(w, "  n{} -> n{} [label=\"{}\"];", a.index(), b.index(), dot_escape(&view.graph[e]))?;
    }
    // The legend: one sample node per kind that the picture shows.
    let kinds: BTreeSet<(bool, String)> = view
        .graph
        .node_weights()
        .map(|n| (n.is_event, if n.is_event { "Event".to_string() } else { n.kind.clone() }))
        .collect();
    writeln!(w, "  subgraph cluster_legend {{ label=\"Legend\"; fontsize=10; color=\"#ced4da\";")?;
    for (k, (is_event, kind)) in kinds.iter().enumerate() {
        let (shape, color) = style(kind, *is_event);
        writeln!(w, "    legend{k} [label=\"{kind}\", shape={shape}, fillcolor=\"{color}\"];")?;
    }
    writeln!(w, "  }}")?;
    writeln!(w, "}}")
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// GraphML for Gephi, yEd, NetworkX, Cytoscape.
pub fn write_graphml(view: &View, w: &mut dyn Write) -> std::io::Result<()> {
    writeln!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(w, "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">")?;
    for (id, name) in [
        ("label", "label"),
        ("kind", "type"),
        ("iri", "iri"),
        ("wikidata", "wikidata"),
        ("date", "date"),
        ("count", "count"),
    ] {
        writeln!(w, "  <key id=\"{id}\" for=\"node\" attr.name=\"{name}\" attr.type=\"string\"/>")?;
    }
    writeln!(w, "  <key id=\"role\" for=\"edge\" attr.name=\"role\" attr.type=\"string\"/>")?;
    writeln!(w, "  <graph id=\"depeche\" edgedefault=\"directed\">")?;
    for i in view.graph.node_indices() {
        let n = &view.graph[i];
        write!(w, "    <node id=\"n{}\">", i.index())?;
        let fields = [
            ("label", Some(&n.label)),
            ("kind", Some(&n.kind)),
            ("iri", Some(&n.iri)),
            ("wikidata", n.wikidata.as_ref()),
            ("date", n.date.as_ref()),
            ("count", n.count.as_ref()),
        ];
        for (k, v) in fields {
            if let Some(v) = v {
                write!(w, "<data key=\"{k}\">{}</data>", xml_escape(v))?;
            }
        }
        writeln!(w, "</node>")?;
    }
    for e in view.graph.edge_indices() {
        let (a, b) = view.direction[&e];
        writeln!(
            w,
            "    <edge source=\"n{}\" target=\"n{}\"><data key=\"role\">{}</data></edge>",
            a.index(),
            b.index(),
            xml_escape(&view.graph[e])
        )?;
    }
    writeln!(w, "  </graph>\n</graphml>")
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The node and relationship files of `neo4j-admin database import`.
pub fn write_neo4j_csv(view: &View, nodes: &mut dyn Write, relationships: &mut dyn Write) -> std::io::Result<()> {
    writeln!(nodes, "id:ID,name,iri,wikidata,date,count,:LABEL")?;
    for i in view.graph.node_indices() {
        let n = &view.graph[i];
        let labels = if n.is_event { format!("Event;{}", n.kind) } else { format!("Entity;{}", n.kind) };
        writeln!(
            nodes,
            "n{},{},{},{},{},{},{}",
            i.index(),
            csv_field(&n.label),
            csv_field(&n.iri),
            csv_field(n.wikidata.as_deref().unwrap_or("")),
            csv_field(n.date.as_deref().unwrap_or("")),
            n.count.as_deref().unwrap_or(""),
            labels
        )?;
    }
    writeln!(relationships, ":START_ID,:END_ID,:TYPE,role")?;
    for e in view.graph.edge_indices() {
        let (a, b) = view.direction[&e];
        let role = &view.graph[e];
        let ty = role.split(", ").next().unwrap_or("ROLE").to_uppercase();
        writeln!(relationships, "n{},n{},{},{}", a.index(), b.index(), ty, csv_field(role))?;
    }
    Ok(())
}
