//! Acceptance on the seed corpus: the entities the articles name, linked
//! where an id is known; mentions that slice the original text; nothing from
//! page furniture.

use std::collections::{BTreeMap, BTreeSet};

use crate::util::*;

const WD: &str = "http://www.wikidata.org/entity/";

/// (English label, type, Wikidata id or "").
const EXPECTED: &[(&str, &str, &str)] = &[
    ("Vladimir Putin", "Person", "Q7747"),
    ("Kim Jong Un", "Person", "Q56226"),
    ("Sergey Lavrov", "Person", "Q58217"),
    ("Valery Gerasimov", "Person", ""),
    ("Maria Zakharova", "Person", ""),
    ("Dmitry Peskov", "Person", ""),
    ("Russia", "Country", "Q159"),
    ("North Korea", "Country", "Q423"),
    ("Ukraine", "Country", "Q212"),
    ("South Korea", "Country", "Q884"),
    ("Japan", "Country", "Q17"),
    ("Kursk Oblast", "Place", ""),
    ("Beijing", "Place", "Q956"),
    ("Pyongyang", "Place", "Q18808"),
    ("Wonsan", "Place", "Q109374"),
    ("TASS", "Media", "Q223799"),
    ("Agence France-Presse", "Media", "Q40464"),
    ("Rodong Sinmun", "Media", ""),
    ("Korean Central News Agency", "Media", ""),
];

/// entity IRI -> (label, type local name, wikidata, docs)
fn entities() -> BTreeMap<String, (String, String, String, BTreeSet<String>)> {
    let t = query_file(&seeds().store, "entities.rq");
    let mut out: BTreeMap<String, (String, String, String, BTreeSet<String>)> = BTreeMap::new();
    for r in rows(&t, &["entity", "label", "type", "wikidata", "doc"]) {
        let ty = r[2].rsplit('#').next().unwrap().to_string();
        let e = out.entry(r[0].clone()).or_insert((r[1].clone(), ty, r[3].clone(), BTreeSet::new()));
        e.3.insert(r[4].clone());
    }
    out
}

fn by_label<'a>(
    all: &'a BTreeMap<String, (String, String, String, BTreeSet<String>)>,
    label: &str,
) -> Vec<(&'a String, &'a (String, String, String, BTreeSet<String>))> {
    all.iter().filter(|(_, v)| v.0 == label).collect()
}

#[test]
fn seed_build_is_clean() {
    let b = seeds();
    assert!(b.report.errors.is_empty(), "{:?}", b.report.errors);
    assert_eq!(b.report.added.len(), 5);
}

#[test]
fn expected_entities_are_linked() {
    let all = entities();
    for (label, ty, q) in EXPECTED {
        let found = by_label(&all, label);
        assert_eq!(found.len(), 1, "exactly one entity labelled {label:?}: {found:?}");
        let (_, (_, t, wd, _)) = found[0];
        assert_eq!(t, ty, "type of {label}");
        let want = if q.is_empty() { String::new() } else { format!("{WD}{q}") };
        assert_eq!(wd, &want, "Wikidata id of {label}");
    }
}

#[test]
fn organizations_of_the_story_are_found() {
    let all = entities();
    let labels: BTreeSet<&str> = all.values().map(|v| v.0.as_str()).collect();
    for want in ["Kremlin", "National Intelligence Service"] {
        assert!(labels.iter().any(|l| l.contains(want)), "{want} among {labels:?}");
    }
}

#[test]
fn the_treaty_is_one_entity_with_its_article_4() {
    let all = entities();
    let agreements: Vec<_> = all.iter().filter(|(_, v)| v.1 == "Agreement").collect();
    let treaty: Vec<_> = agreements.iter().filter(|(_, v)| v.3.len() >= 4).collect();
    assert_eq!(treaty.len(), 1, "one treaty entity across the articles: {agreements:?}");
    let (treaty_iri, (_, _, _, docs)) = treaty[0];
    for d in ["000_f23cf6f2b9f47d47", "001_87bb45c7018e8566", "003_3051d013b7e4a4d5", "004_0bea20316e6005dc"] {
        assert!(docs.contains(d), "the treaty is named in {d}");
    }
    let q = format!(
        "SELECT ?a WHERE {{ ?a dp:partOf <{treaty_iri}> . ?m itsrdf:taIdentRef ?a ; dp:inDocument ?d . ?d dcterms:identifier \"003_3051d013b7e4a4d5\" }}"
    );
    let t = query(&seeds().store, &q);
    assert_eq!(t.rows.len(), 1, "Article 4 is mentioned in 003, as part of the treaty");
    let a4 = t.text(0, "a").unwrap();
    assert_eq!(all[&a4].1, "Agreement");
    assert!(all[&a4].0.contains('4'), "{:?}", all[&a4].0);
}

#[test]
fn nothing_comes_from_page_furniture() {
    let all = entities();
    for (label, ..) in all.values() {
        for bad in ["Zelensky", "Trump", "Nord Stream", "Serhii", "Daily8", "Italy", "Germany", "Rimini"] {
            assert!(!label.contains(bad), "{label} comes from page furniture");
        }
    }
    let t = query(&seeds().store, "SELECT ?s WHERE { ?x a dp:Sentence ; nif:anchorOf ?s }");
    for r in rows(&t, &["s"]) {
        for bad in [
            "Publicité",
            "Daily8",
            "Lire aussi",
            "Ads by",
            "Leave a Comment",
            "You may also like",
            "Commentaires",
            "Wikimedia",
            "Photo de",
            "by charles",
            "days ago",
            "Articles connexes",
            "Source :",
            "Orange background",
            "Vue générale",
            "Téléchargez",
            "d'autres lisent",
        ] {
            assert!(!r[0].contains(bad), "sentence from furniture: {:?}", r[0]);
        }
    }
}

#[test]
fn every_mention_slices_the_original_file() {
    let t = query(
        &seeds().store,
        "SELECT ?doc ?b ?e ?s WHERE { ?m a dp:Mention ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?s ; dp:inDocument ?d . ?d dcterms:identifier ?doc }",
    );
    assert!(t.rows.len() > 100, "mentions: {}", t.rows.len());
    let mut texts = BTreeMap::new();
    for r in rows(&t, &["doc", "b", "e", "s"]) {
        let text: &Vec<char> = texts.entry(r[0].clone()).or_insert_with(|| {
            std::fs::read_to_string(corpus().join(format!("{}.txt", r[0]))).unwrap().chars().collect()
        });
        let (b, e): (usize, usize) = (r[1].parse().unwrap(), r[2].parse().unwrap());
        let slice: String = text[b..e].iter().collect();
        assert_eq!(slice, r[3], "{} [{b},{e})", r[0]);
    }
}

#[test]
fn sentences_slice_the_original_file_too() {
    let t = query(
        &seeds().store,
        "SELECT ?doc ?b ?e ?s WHERE { ?m a dp:Sentence ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?s ; dp:inDocument ?d . ?d dcterms:identifier ?doc }",
    );
    for r in rows(&t, &["doc", "b", "e", "s"]) {
        let text: Vec<char> =
            std::fs::read_to_string(corpus().join(format!("{}.txt", r[0]))).unwrap().chars().collect();
        let (b, e): (usize, usize) = (r[1].parse().unwrap(), r[2].parse().unwrap());
        assert_eq!(text[b..e].iter().collect::<String>(), r[3]);
    }
}

#[test]
fn people_and_roles_from_appositions() {
    let t = query_file(&seeds().store, "people-and-roles.rq");
    let r = rows(&t, &["name", "role", "doc"]);
    let has = |name: &str, role: &str| r.iter().any(|x| x[0] == name && x[1].contains(role));
    assert!(has("Maria Zakharova", "porte-parole du ministère russe des Affaires étrangères"), "{r:?}");
    assert!(has("Dmitry Peskov", "porte-parole du président russe"), "{r:?}");
    assert!(has("Valery Gerasimov", "chef de l'état-major russe"), "{r:?}");
    assert!(has("Vladimir Putin", "président russe"), "{r:?}");
}

#[test]
fn canned_queries_run_and_keep_their_columns() {
    let cases: &[(&str, &[&str])] = &[
        ("entities.rq", &["doc", "entity", "label", "type", "wikidata"]),
        ("people-and-roles.rq", &["person", "name", "role", "of", "ofName", "doc", "sentence"]),
        ("mentions-of.rq", &["entity", "label", "doc", "surface", "begin", "end", "kind", "sentence", "name"]),
        ("documents.rq", &["doc", "outlet", "published", "title", "hash", "sentences", "mentions", "extracted"]),
    ];
    for (file, cols) in cases {
        let t = query_file(&seeds().store, file);
        assert_eq!(&t.variables, cols, "{file}");
        assert!(!t.rows.is_empty(), "{file} returns rows");
    }
    let docs = query_file(&seeds().store, "documents.rq");
    let r = rows(&docs, &["doc", "outlet", "published"]);
    assert_eq!(r[0], vec!["000_f23cf6f2b9f47d47", "Le Figaro", "2025-09-03"]);
    assert_eq!(r[3][1], "", "003 has no outlet");
}
