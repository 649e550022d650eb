//! Properties of the text views, on arbitrary text: folding is idempotent,
//! and every span the pipeline produces stays in bounds, on char boundaries.

use proptest::prelude::*;

use depeche::clean::article_blocks;
use depeche::corpus::{Document, Meta};
use depeche::extract::Extractor;
use depeche::text::{fold, sentences, Folded};

/// Text with the characters news pages are made of: accents, typographic
/// spaces and quotes, newlines, punctuation, capitals.
fn news_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("Le président russe".to_string()),
            Just("Kim Jong\u{2011}un".to_string()),
            Just("M. Poutine".to_string()),
            Just(" « ".to_string()),
            Just(" » ".to_string()),
            Just("\u{202F}000".to_string()),
            Just(".\n".to_string()),
            Just("\n\n".to_string()),
            Just(", ".to_string()),
            // Words the event rules read around: triggers, sources, relatives.
            Just(" a annoncé de nouvelles sanctions ".to_string()),
            Just(" leur « courage » dans les ".to_string()),
            Just(" a été reçu par ".to_string()),
            Just("Selon le NIS, selon lequel ".to_string()),
            Just(" 2 000 soldats nord-coréens tués ".to_string()),
            Just(" qui a promis ".to_string()),
            Just(" a-t-elle lancé ".to_string()),
            Just("À Kiev, ".to_string()),
            Just(" près du village de Tiotkino ".to_string()),
            Just(" a été signé par le porte-parole du Kremlin et ".to_string()),
            Just("le ministre sud-coréen de la Défense".to_string()),
            "[a-zA-Zéèàçœ’' .,;:!?«»0-9\u{00A0}-]{0,12}",
        ],
        0..40,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn folding_is_idempotent(s in news_text()) {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once);
    }

    #[test]
    fn folded_spans_map_into_the_original(s in news_text(), a in 0usize..200, b in 0usize..200) {
        let f = Folded::new(&s);
        let n = f.folded.len();
        let (a, b) = (a.min(n), b.min(n));
        let (a, b) = (a.min(b), a.max(b));
        if f.folded.is_char_boundary(a) && f.folded.is_char_boundary(b) {
            let span = f.to_original(a..b, &s);
            prop_assert!(span.start <= span.end && span.end <= s.len());
            prop_assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
        }
    }

    #[test]
    fn sentences_stay_inside_their_block(s in news_text()) {
        for block in article_blocks(&s) {
            for sent in sentences(&s, block.span.clone()) {
                prop_assert!(block.span.start <= sent.start && sent.end <= block.span.end);
                prop_assert!(s.is_char_boundary(sent.start) && s.is_char_boundary(sent.end));
                prop_assert!(!s[sent].trim().is_empty());
            }
        }
    }

    #[test]
    fn extraction_never_panics_and_mentions_slice_the_text(s in news_text()) {
        let doc = Document::new("p".into(), "p.txt".into(), s.clone(), Meta::default());
        let x = Extractor::new(crate::util::lexicon()).extract(&doc);
        let chars: Vec<char> = s.chars().collect();
        for m in &x.mentions {
            prop_assert_eq!(&s[m.span.clone()], m.surface.as_str());
            prop_assert_eq!(chars[m.chars.0..m.chars.1].iter().collect::<String>(), m.surface.clone());
        }
    }
}
