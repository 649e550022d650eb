//! An entity's neighbourhood as SVG, laid out in rings around it: its events
//! on the first ring, the other entities of those events on the second.
//! Pure Rust (no GraphViz at request time); nodes link to their pages.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::f64::consts::PI;
use std::fmt::Write;

use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use super::http::esc;
use super::pages::link;
use crate::export::{short, style, View};

/// Nodes drawn at most (the nearest first).
const MAX_NODES: usize = 60;

/// Renders `view` (already cut to the neighbourhood) around the node whose IRI is `focus`.
pub fn neighbourhood(view: &View, focus: &str) -> String {
    let g = &view.graph;
    let Some(start) = g.node_indices().find(|&i| g[i].iri == focus) else {
        return String::new();
    };
    // Hops from the focus, nearest first, at most MAX_NODES nodes.
    let mut hops: HashMap<NodeIndex, usize> = HashMap::from([(start, 0)]);
    let mut order = vec![start];
    let mut queue = VecDeque::from([start]);
    while let Some(n) = queue.pop_front() {
        let mut next: Vec<NodeIndex> = g.neighbors(n).filter(|m| !hops.contains_key(m)).collect();
        next.sort_by(|a, b| g[*a].label.cmp(&g[*b].label));
        next.dedup();
        for m in next {
            if order.len() == MAX_NODES {
                break;
            }
            hops.insert(m, hops[&n] + 1);
            order.push(m);
            queue.push_back(m);
        }
    }
    let mut rings: BTreeMap<usize, Vec<NodeIndex>> = BTreeMap::new();
    for &n in &order {
        rings.entry(hops[&n]).or_default().push(n);
    }
    // Positions: each ring evenly spread; outer rings ordered by the mean
    // angle of their inner neighbours, so that related nodes sit together.
    let size = 900.0;
    let centre = size / 2.0;
    let step = (centre - 90.0) / (rings.len().saturating_sub(1).max(1)) as f64;
    let mut angle: HashMap<NodeIndex, f64> = HashMap::new();
    let mut pos: HashMap<NodeIndex, (f64, f64)> = HashMap::new();
    for (&hop, nodes) in &rings {
        let mut nodes = nodes.clone();
        if hop > 1 {
            let mean = |n: &NodeIndex| {
                let inner: Vec<f64> = g.neighbors(*n).filter_map(|m| angle.get(&m).copied()).collect();
                if inner.is_empty() {
                    0.0
                } else {
                    inner.iter().sum::<f64>() / inner.len() as f64
                }
            };
            nodes.sort_by(|a, b| mean(a).total_cmp(&mean(b)));
        }
        let r = step * hop as f64;
        for (i, n) in nodes.iter().enumerate() {
            let a = 2.0 * PI * i as f64 / nodes.len() as f64 - PI / 2.0 + hop as f64 * 0.3;
            angle.insert(*n, a);
            pos.insert(*n, (centre + r * a.cos(), centre + r * a.sin()));
        }
    }
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" viewBox=\"0 0 {size} {size}\" \
         role=\"img\" aria-label=\"neighbourhood of {}\">",
        esc(&g[start].label)
    );
    svg.push_str("<g class=\"edges\">");
    for e in g.edge_references() {
        let (Some(&(x1, y1)), Some(&(x2, y2))) = (pos.get(&e.source()), pos.get(&e.target())) else { continue };
        let _ = write!(
            svg,
            "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"#adb5bd\"/>\
             <text class=\"edge\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"9\" fill=\"#868e96\">{}</text>",
            (x1 + x2) / 2.0,
            (y1 + y2) / 2.0,
            esc(e.weight())
        );
    }
    svg.push_str("</g><g class=\"nodes\">");
    for &n in &order {
        let node = &g[n];
        let (x, y) = pos[&n];
        let (_, fill) = style(&node.kind, node.is_event);
        let mut label = node.label.clone();
        if let Some(d) = &node.date {
            label = format!("{label} ({d})");
        }
        let short = short(&label, 32);
        let _ =
            write!(svg, "<a href=\"{}\"><title>{} — {}</title>", esc(&link(&node.iri)), esc(&label), esc(&node.kind));
        if node.is_event {
            let _ = write!(
                svg,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"16\" height=\"16\" rx=\"3\" fill=\"{fill}\" stroke=\"#495057\"/>",
                x - 8.0,
                y - 8.0
            );
        } else {
            let r = if n == start { 16 } else { 10 };
            let _ = write!(svg, "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r}\" fill=\"{fill}\" stroke=\"#495057\"/>");
        }
        let weight = if n == start { " font-weight=\"bold\"" } else { "" };
        let _ = write!(
            svg,
            "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\"{weight}>{}</text></a>",
            y + 24.0,
            esc(&short)
        );
    }
    svg.push_str("</g></svg>");
    svg
}
