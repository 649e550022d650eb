//! Events, figures, quotations and time on the seed corpus: the facts the
//! events issue lists, checked through the canned and competency queries.

use std::collections::BTreeSet;

use crate::util::*;

const ID: &str = "https://w3id.org/depeche/id/entity/";
const DP: &str = "https://w3id.org/depeche/ontology#";

/// events.rq rows as (doc, event, type, agent, participant, place, date, count, source),
/// entity IRIs shortened to their lexicon key and types to their local name.
fn events() -> Vec<[String; 9]> {
    let t = query_file(&seeds().store, "events.rq");
    rows(&t, &["doc", "event", "type", "agent", "participant", "place", "date", "count", "source"])
        .into_iter()
        .map(|r| {
            let short = |s: &String| s.trim_start_matches(ID).trim_start_matches(DP).to_string();
            [
                r[0].clone(),
                r[1].clone(),
                short(&r[2]),
                short(&r[3]),
                short(&r[4]),
                short(&r[5]),
                r[6].clone(),
                r[7].clone(),
                short(&r[8]),
            ]
        })
        .collect()
}

fn find<'a>(all: &'a [[String; 9]], doc: &str, ty: &str, agent: &str) -> Vec<&'a [String; 9]> {
    all.iter().filter(|r| r[0].starts_with(doc) && r[2] == ty && (agent.is_empty() || r[3] == agent)).collect()
}

#[test]
fn thanks_who_whom_when() {
    let ev = events();
    for doc in ["000", "002"] {
        let t = find(&ev, doc, "Thanks", "vladimir-putin");
        assert!(
            t.iter().any(|r| r[4] == "kim-jong-un" && r[6] == "2025-09-03"),
            "Putin thanks Kim on 2025-09-03 in {doc}: {t:?}"
        );
    }
    // The same thanks, one event node across the two articles.
    let a: BTreeSet<&String> =
        find(&ev, "000", "Thanks", "vladimir-putin").iter().filter(|r| r[4] == "kim-jong-un").map(|r| &r[1]).collect();
    let b: BTreeSet<&String> =
        find(&ev, "002", "Thanks", "vladimir-putin").iter().filter(|r| r[4] == "kim-jong-un").map(|r| &r[1]).collect();
    assert!(!a.is_disjoint(&b), "{a:?} / {b:?}");
    assert!(find(&ev, "002", "Thanks", "vladimir-putin").iter().any(|r| r[5] == "beijing"));
    let t = find(&ev, "003", "Thanks", "vladimir-putin");
    assert!(t.iter().any(|r| r[4] == "north-korea" && r[6] == "2025-04-28"), "{t:?}");
    assert!(find(&ev, "003", "Thanks", "valery-gerasimov").iter().any(|r| r[4] == "north-korea"));
    assert!(find(&ev, "000", "Thanks", "vladimir-putin").iter().any(|r| r[4] == "north-korea"));
    let q = query_file(&seeds().store, "competency/who-thanked-whom.rq");
    let r = rows(&q, &["doc", "thanker", "thanked", "date"]);
    assert!(r.iter().any(|x| x[1] == "Vladimir Putin" && x[2] == "Kim Jong Un" && x[3] == "2025-09-03"), "{r:?}");
}

#[test]
fn meetings_with_place_and_date() {
    let q = query_file(&seeds().store, "competency/meetings.rq");
    let r = rows(&q, &["event", "doc", "who", "with", "place", "date"]);
    let beijing: Vec<_> = r
        .iter()
        .filter(|x| x[2] == "Vladimir Putin" && x[3] == "Kim Jong Un" && x[4] == "Beijing" && x[5] == "2025-09-03")
        .collect();
    let docs: BTreeSet<&str> = beijing.iter().map(|x| &x[1][..3]).collect();
    assert_eq!(docs, BTreeSet::from(["000", "002"]), "{r:?}");
    let events: BTreeSet<&String> = beijing.iter().map(|x| &x[0]).collect();
    assert_eq!(events.len(), 1, "one meeting, two reports: {events:?}");
    assert!(
        r.iter().any(|x| x[1].starts_with("004")
            && x[2] == "Kim Jong Un"
            && x[3] == "Sergey Lavrov"
            && x[4] == "Wonsan"
            && x[5].starts_with("2025-07")),
        "{r:?}"
    );
}

#[test]
fn the_treaty_signing_is_one_event_in_four_articles() {
    let q = query_file(&seeds().store, "competency/treaty.rq");
    let r = rows(&q, &["treaty", "doc", "date", "place", "party", "article", "says"]);
    let docs: BTreeSet<&str> = r.iter().map(|x| &x[1][..3]).collect();
    assert_eq!(docs, BTreeSet::from(["000", "001", "003", "004"]));
    assert!(r.iter().any(|x| x[1].starts_with("003") && x[2] == "2024-06-19" && x[3] == "Pyongyang"), "{r:?}");
    // "l'an dernier" in the others resolves to 2024.
    for d in ["000", "001", "004"] {
        assert!(r.iter().any(|x| x[1].starts_with(d) && x[2] == "2024"), "{d}: {r:?}");
    }
    assert!(
        r.iter().any(|x| x[5].contains("Article 4") && x[6].contains("assistance militaire")),
        "Article 4 and what it says"
    );
    let ev = events();
    let signings: BTreeSet<&String> = ev.iter().filter(|r| r[2] == "AgreementSigning").map(|r| &r[1]).collect();
    assert_eq!(signings.len(), 1, "{signings:?}");
}

#[test]
fn peskov_and_the_letter() {
    let ev = events();
    let p: Vec<_> = ev
        .iter()
        .filter(|r| r[0].starts_with("003") && (r[3] == "dmitry-peskov" || r[3] == "russia") && r[6] == "2025-04-28")
        .collect();
    assert!(p.iter().any(|r| r[4] == "north-korea"), "Peskov, 28 April: aid to North Korea: {p:?}");
    let l = find(&ev, "001", "Letter", "vladimir-putin");
    assert!(l.iter().any(|r| r[4] == "kim-jong-un" && r[6] == "2025-08-15"), "{l:?}");
}

#[test]
fn troops_and_casualties_according_to_whom() {
    let q = query_file(&seeds().store, "competency/troops-and-casualties.rq");
    let r = rows(&q, &["doc", "kind", "value", "min", "max", "qualifier", "counts", "source"]);
    let has = |doc: &str, kind: &str, value: &str, qual: &str, source: &str| {
        r.iter()
            .any(|x| x[0].starts_with(doc) && x[1] == kind && x[2] == value && x[5] == qual && x[7].contains(source))
    };
    assert!(has("002", "sent", "10000", "exact", "National Intelligence Service"), "{r:?}");
    assert!(has("002", "sent", "15000", "about", ""), "{r:?}");
    assert!(has("004", "sent", "1000", "more than", ""), "des milliers: {r:?}");
    assert!(has("002", "killed or wounded", "2000", "about", "National Intelligence Service"), "{r:?}");
    assert!(has("003", "killed or wounded", "76000", "more than", "Valery Gerasimov"), "{r:?}");
    // Conflicting figures stay side by side, each attributed.
    let c = query_file(&seeds().store, "claims.rq");
    let cr = rows(&c, &["doc", "value", "min", "max"]);
    assert!(cr.iter().any(|x| x[0].starts_with("002") && x[2] == "10000" && x[3] == "15000"), "the range: {cr:?}");
    let ev = events();
    assert!(find(&ev, "001", "TroopDeployment", "north-korea").iter().any(|x| x[6] == "2025-04"), "confirmed in April");
    assert!(
        find(&ev, "003", "TroopDeployment", "north-korea").iter().any(|x| x[8] == "rodong-sinmun"),
        "per Rodong Sinmun"
    );
}

#[test]
fn kursk_in_time_order() {
    let q = query_file(&seeds().store, "competency/kursk-timeline.rq");
    let r = rows(&q, &["date", "type", "doc"]);
    assert!(
        r.iter().any(|x| x[1].ends_with("MilitaryOperation") && x[0] == "2025-04-26" && x[2].starts_with("003")),
        "end of the operation: {r:?}"
    );
    assert!(r.iter().any(|x| x[0] == "2024" && x[2].starts_with("000")), "summer 2024: {r:?}");
    let dated: Vec<&String> = r.iter().map(|x| &x[0]).take_while(|d| !d.is_empty()).collect();
    let mut sorted = dated.clone();
    sorted.sort();
    assert_eq!(dated, sorted, "time order");
    let ev = events();
    // "reconquise par l'armée ukrainienne à l'été 2024": Ukraine's armed forces.
    assert!(
        ev.iter().any(|r| r[0].starts_with("004")
            && r[2] == "MilitaryOperation"
            && (r[3] == "ukraine" || r[3] == "ukrainian-armed-forces")
            && r[6] == "2024"),
        "Ukraine's forces in the region since summer 2024 (004): {ev:?}"
    );
}

#[test]
fn pledge_and_supplies() {
    let ev = events();
    assert!(!find(&ev, "004", "PledgeOfSupport", "kim-jong-un").is_empty(), "Kim pledges support");
    let q = query_file(&seeds().store, "competency/north-korea-supplies.rq");
    let items: BTreeSet<(String, String)> =
        rows(&q, &["doc", "item"]).into_iter().map(|x| (x[0][..3].to_string(), x[1].clone())).collect();
    for want in [("000", "weapons"), ("000", "soldiers"), ("004", "shells"), ("004", "missiles")] {
        assert!(items.contains(&(want.0.to_string(), want.1.to_string())), "{want:?} in {items:?}");
    }
}

#[test]
fn quotations_and_their_speakers() {
    let q = query_file(&seeds().store, "quotes.rq");
    let r = rows(&q, &["doc", "speaker", "text"]);
    let by = |doc: &str, who: &str| r.iter().filter(|x| x[0].starts_with(doc) && x[1].ends_with(who)).count();
    for doc in ["000", "001", "002", "003"] {
        assert!(by(doc, "/vladimir-putin") >= 1, "Putin quoted in {doc}: {r:?}");
    }
    assert_eq!(by("003", "/maria-zakharova"), 1);
    assert!(by("004", "/kim-jong-un") >= 2, "{r:?}");
    // Every quotation of three words or more is kept; headline repeats are not.
    assert!(r.iter().all(|x| x[2].split_whitespace().count() >= 3));
    assert!(
        !r.iter().any(|x| x[0].starts_with("001") && x[2].starts_with("Liens d'amitié militante solides")),
        "a headline"
    );
    let a = r.iter().find(|x| x[2].starts_with("Cela a été pleinement prouvé")).expect("the a-t-il affirmé quote");
    assert!(a[1].ends_with("/vladimir-putin"), "a-t-il affirmé points back to Putin");
    let p = query_file(&seeds().store, "competency/putin-quotes.rq");
    let pr = rows(&p, &["doc", "outlet", "medium", "text"]);
    assert!(pr.iter().any(|x| x[0].starts_with("001") && x[1] == "Le Figaro" && x[2] == "letter"), "{pr:?}");
    assert!(pr.iter().any(|x| x[0].starts_with("003") && x[2].contains("website")), "{pr:?}");
}

#[test]
fn facts_resting_on_state_media() {
    let q = query_file(&seeds().store, "competency/state-media.rq");
    let r = rows(&q, &["doc", "kind", "source"]);
    let docs: BTreeSet<&str> = r.iter().map(|x| &x[0][..3]).collect();
    assert!(docs.contains("003") && docs.contains("004"), "{r:?}");
    assert!(r.iter().any(|x| x[2] == "Rodong Sinmun") && r.iter().any(|x| x[2] == "Korean Central News Agency"));
}

#[test]
fn timeline_of_dated_events() {
    let q = query_file(&seeds().store, "competency/timeline.rq");
    let dates: Vec<String> = rows(&q, &["date"]).into_iter().map(|x| x[0].clone()).collect();
    assert!(dates.len() >= 10);
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    assert!(dates.contains(&"2024-06-19".to_string()) && dates.contains(&"2025-09-03".to_string()));
}

#[test]
fn events_keep_publication_time_apart_and_carry_cameo_and_confidence() {
    let t = query(
        &seeds().store,
        "SELECT ?r ?conf ?cameo ?pub WHERE { ?r a dp:EventReport ; dp:confidence ?conf ; dp:reports ?e ; dp:inDocument ?d . ?d schema:datePublished ?pub . OPTIONAL { ?e dp:cameoCode ?cameo } }",
    );
    assert!(!t.rows.is_empty());
    for r in rows(&t, &["conf", "cameo"]) {
        let c: f64 = r[0].parse().unwrap();
        assert!((0.0..=1.0).contains(&c));
    }
    assert!(rows(&t, &["cameo"]).iter().any(|r| r[0] == "051"), "praise is CAMEO 051");
    // The treaty's event date is 2024 while its reports were published in 2025.
    let s = query(&seeds().store, "SELECT ?date WHERE { ?r dp:reports ?e ; dp:date ?date . ?e a dp:AgreementSigning }");
    assert!(rows(&s, &["date"]).iter().all(|r| r[0].starts_with("2024")));
}
