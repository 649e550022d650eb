//! Page furniture removal: which lines of a captured web page are the article.
//!
//! Captured pages carry navigation, advertising markers, bylines, photo
//! captions and credits, app and newsletter prompts, comment sections and
//! teasers of other stories. The rules here are about the *shape* of such
//! lines (markers, short unpunctuated lines, caption runs, repeated headlines,
//! everything after an end-of-article marker), not about any one site.
//!
//! Output is a list of [`Block`]s: byte spans of the original text, never a
//! rewritten string.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::text::{Folded, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum BlockKind {
    /// The headline: the first substantial line before the body.
    Title,
    /// A short unpunctuated line inside the body (a section heading).
    Heading,
    Paragraph,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
}

/// Lines after which nothing belongs to the article (folded, matched at the
/// start of a short line).
static END_MARKERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(articles? connexes?|sur le meme sujet|dans la meme rubrique|you may also like|related (articles|posts|stories)|leave a (comment|reply)|laisser un commentaire|commentaires?|aucun commentaire|reagissez|les plus lus|a voir aussi|a decouvrir aussi|vous aimerez aussi|recommande pour vous|nos autres articles|partager (cet|l')article|share this)(?-u:\b)",
    )
    .expect("valid regex")
});

/// Single furniture lines (folded).
static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(publicite|advertisement|annonce|sponsorise|contenu sponsorise|logo|menu|rechercher|partager|imprimer)$",
        r"|^ads by(?-u:\b)",
        r"|^(a )?(lire|voir) (aussi|egalement|plus)(?-u:\b)|^lire la suite(?-u:\b)|^en ce moment(?-u:\b).*(?-u:\b)lisent(?-u:\b)",
        r"|^(home|accueil)(?-u:\b)",
        r"|^sources? ?: ?\S+",
        r"|\d+ (days?|hours?|minutes?|mins?) ago$|^il y a \d+ (jours?|heures?|minutes?)$",
        r"|(telecharge[rz]? l'app|app ?store|google play|play-store|abonnez-vous|inscrivez-vous|newsletter|reserve aux abonnes|accepter les cookies|suivez-nous)",
        r"|^(essayez|decouvrez|telechargez|commencez|profitez|rejoignez|inscrivez|abonnez)(?-u:\b)",
    ))
    .expect("valid regex")
});

/// Photo credit and caption markers (folded).
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(©|\(c\)|credits? ?(photo)?\s?:|photo ?:|photo de(?-u:\b)|photos? \w+ ?/|illustration ?:|image ?:|via wikimedia|wikimedia commons|cc by|cc-by|getty images|afp photo|(?-u:\b)ap photo|/ ?(afp|reuters|ap|sipa|epa)$)|^(photo|image|illustration)(?-u:\b)",
    )
    .expect("valid regex")
});

/// Agencies and photo services that sign captions and wires (folded).
static AGENCIES: LazyLock<String> = LazyLock::new(|| format!("({})", AGENCY_NAMES.join("|")));

/// A photo caption: a line that ends with its credit, in parentheses or
/// not ("... à Pyongyang. (KCNA via AP)", "(Photo Reuters)", "... le 3
/// septembre. KCNA via Reuters") or that opens like one
/// ("Sur cette photo fournie par ...").
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    let agencies = &*AGENCIES;
    Regex::new(&format!(
        r"\((?:[^()]*(?:(?-u:\b)via|/)\s*{agencies}[^()]*|(?:photos?|image|illustration|capture|credit)(?-u:\b)[^()]*)\)$|©|/ ?{agencies}\.?$|(^|[.,] )photos? ?(:|de |d')?[^.]{{0,40}}[./] ?{agencies}\.?$|(^|[.,] )photo ?: ?[\w -]{{1,40}}$|^sur cette (photo|image)(?-u:\b)|^(cette )?(photo|image) (prise|diffusee|fournie|publiee|tiree|non datee)(?-u:\b)|^capture d'ecran(?-u:\b)"
    ))
    .expect("valid regex")
});

/// "... le 3 septembre. KCNA via Reuters": a credit with no parentheses
/// closing a caption (a few words before "via", after the last period).
fn via_credit(f: &str) -> bool {
    let t = f.trim_end().trim_end_matches('.');
    let Some(i) = t.rfind(" via ") else { return false };
    let agency = &t[i + 5..];
    let before = &t[..i];
    let credit = &before[before.rfind(". ").map_or(0, |p| p + 2)..];
    AGENCY_NAMES.contains(&agency) && credit.split_whitespace().count() <= 4
}

/// Agencies and photo services that sign captions and wires (folded).
const AGENCY_NAMES: &[&str] = &[
    "afp",
    "ap",
    "reuters",
    "epa",
    "efe",
    "dpa",
    "ansa",
    "sipa",
    "getty",
    "getty images",
    "kcna",
    "kns",
    "yonhap",
    "tass",
    "ria novosti",
    "sputnik",
    "anadolu",
    "xinhua",
    "ukrinform",
    "abaca",
    "maxppp",
    "hans lucas",
    "belga",
    "keystone",
    "anp",
    "pool",
    "handout",
];

/// A wire's signature after the last sentence ("... a-t-il ajouté. (AFP)",
/// "(avec Reuters)") or on its own line.
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    let agencies = &*AGENCIES;
    Regex::new(&format!(r"(^|[.!?»…] ?)\(?(avec |source ?: ?)?{agencies}( (et|avec) {agencies})*\)?$"))
        .expect("valid regex")
});

/// Bylines: "Par Claire X, correspondante à Séoul", "Avec notre
/// correspondant à Séoul, X", "V.S. avec AFP" (folded, on short lines).
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(par|by) [\w.' ,-]{1,80}( \((avec )?(l'afp|afp|reuters|ap|agences)\))?$",
        r"|^(texte|propos recueillis|redige|reportage) par ?:? ?[\w.' ,-]{1,80}$",
        r"|^(avec |de )?(notre|nos) (correspondante?s?|envoyee?s? speciale?s?|envoyes speciaux|bureau)(?-u:\b)",
        r"|(?-u:\b)avec (l'afp|afp|reuters|ap|agences|belga|ats|dpa)$",
    ))
    .expect("valid regex")
});

/// Finds the article body of a captured page.
pub fn article_blocks(text: &str) -> Vec<Block> {
    article_blocks_folded(text, &Folded::new(text))
}

/// [`article_blocks`] reusing the folded view of the whole text.
pub fn article_blocks_folded(text: &str, whole: &Folded) -> Vec<Block> {
    let lines = lines(text);
    let n = lines.len();
    let folded: Vec<&str> =
        lines.iter().map(|l| whole.folded[whole.from_original(l.start)..whole.from_original(l.end)].trim()).collect();
    let words: Vec<usize> = folded.iter().map(|f| word_count(f)).collect();
    // Credit lines are short: the regex runs on those only.
    let credit: Vec<bool> = (0..n).map(|k| words[k] <= 16 && CREDIT.is_match(folded[k])).collect();
    let is_paragraph = |k: usize| words[k] >= 8 && ends_with_terminal(folded[k]);
    let mut keep = vec![true; n];

    // End of the article: the first end marker after some body text.
    let mut seen_body = false;
    for i in 0..n {
        let f = &folded[i];
        if seen_body && words[i] <= 8 && END_MARKERS.is_match(f) {
            for k in keep.iter_mut().skip(i) {
                *k = false;
            }
            break;
        }
        if is_paragraph(i) {
            seen_body = true;
        }
    }

    // A wire's signature: alone, the line goes; after the last sentence,
    // the line ends before it.
    let mut ends: Vec<usize> = lines.iter().map(|l| l.end).collect();
    for i in 0..n {
        let Some(m) = SIGNATURE.captures(folded[i]) else { continue };
        let lead = m.get(1).map_or(0, |g| g.end());
        if lead == 0 {
            keep[i] = false;
            continue;
        }
        let raw_start = whole.from_original(lines[i].start);
        let raw = &whole.folded[raw_start..whole.from_original(lines[i].end)];
        let at = raw_start + (raw.len() - raw.trim_start().len()) + lead;
        ends[i] = whole.to_original(at..at + 1, text).start.min(lines[i].end);
        let kept = text[lines[i].start..ends[i]].trim_end();
        ends[i] = lines[i].start + kept.len();
    }

    // Single furniture lines, credits, bylines.
    for i in 0..n {
        let f = &folded[i];
        let short = words[i] <= 20;
        if f.is_empty()
            || (short && FURNITURE.is_match(f))
            || (words[i] <= 60 && (CAPTION.is_match(f) || via_credit(f)))
            || (credit[i] && !ends_with_period(f))
            || (words[i] <= 12 && !ends_with_period(f) && BYLINE.is_match(f))
        {
            keep[i] = false;
        }
    }

    // Captions: an unpunctuated line glued to a credit line, or a run of two
    // or more glued unpunctuated lines standing alone between blank lines.
    let mut i = 0;
    while i < n {
        if folded[i].is_empty() {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < n && !folded[i + 1].is_empty() {
            i += 1;
        }
        let run = start..=i;
        let all_bare = run.clone().all(|k| !ends_with_terminal(folded[k]) || credit[k]);
        if i > start && all_bare {
            for k in run.clone() {
                keep[k] = false;
            }
        }
        for k in run.clone() {
            if k > start && credit[k] && !ends_with_terminal(folded[k - 1]) {
                keep[k - 1] = false;
            }
        }
        i += 1;
    }

    // Header zone: before the first real paragraph, very short unpunctuated
    // lines are navigation or section labels.
    let first_paragraph = (0..n).find(|&k| keep[k] && is_paragraph(k)).unwrap_or(n);
    for k in 0..first_paragraph {
        if words[k] <= 3 && !ends_with_terminal(folded[k]) {
            keep[k] = false;
        }
    }

    // Trailing headings: a short unpunctuated line that no paragraph follows
    // introduces nothing (widget labels, teaser titles).
    for k in (0..n).rev() {
        if !keep[k] {
            continue;
        }
        if is_paragraph(k) || ends_with_terminal(folded[k]) {
            break;
        }
        keep[k] = false;
    }

    // Repeated lines (a headline printed twice): keep the first.
    let mut seen = HashSet::new();
    for k in 0..n {
        if keep[k] && !seen.insert(folded[k]) {
            keep[k] = false;
        }
    }

    let mut blocks = Vec::new();
    let mut titled = false;
    for k in 0..n {
        if !keep[k] {
            continue;
        }
        let f = &folded[k];
        let kind = if !ends_with_terminal(f) && k < first_paragraph && !titled && words[k] >= 4 {
            titled = true;
            BlockKind::Title
        } else if !ends_with_sentence(f) && words[k] <= 16 {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        blocks.push(Block { span: lines[k].start..ends[k], kind });
    }
    blocks
}

/// Byte spans of the lines of `text`, trimmed of surrounding white space
/// (blank lines become empty spans).
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let end = start + piece.len();
        let trimmed_start = start + (piece.len() - piece.trim_start().len());
        let trimmed_end = start + piece.trim_end().len();
        out.push(if trimmed_start >= trimmed_end { trimmed_start..trimmed_start } else { trimmed_start..trimmed_end });
        start = end;
    }
    out
}

fn word_count(f: &str) -> usize {
    f.split_whitespace().count()
}

fn ends_with_terminal(f: &str) -> bool {
    f.trim_end().ends_with(['.', '!', '?', '»', '"', '”', '…', ':', ';', ')'])
}

/// Ends like a sentence: a period, question or exclamation mark, possibly
/// inside closing quotes ("«Fini.»"); a line wholly in quotes without one is
/// a heading.
fn ends_with_sentence(f: &str) -> bool {
    f.trim_end().trim_end_matches(['»', '"', '”', ' ', ')']).ends_with(['.', '!', '?', '…'])
}

fn ends_with_period(f: &str) -> bool {
    f.trim_end().ends_with(['.', '!', '?', '…'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> Vec<&str> {
        article_blocks(text).into_iter().map(|b| &text[b.span]).collect()
    }

    #[test]
    fn furniture_lines_are_dropped() {
        let page = "Accueil International\n\nLe titre de l'article sur la guerre en cours\n\nLe titre de l'article sur la guerre en cours\n\nPar Jean Dupont\nIl y a 3 heures\nLe ministre a parlé longuement devant la presse ce matin à Paris.\nPublicité\nUne deuxième phrase assez longue pour être un paragraphe du texte.\n\nLire aussi\n\nUn troisième paragraphe de texte qui continue le propos initial.\n\nArticles connexes\n\nUn autre sujet sans rapport avec le premier paragraphe ici présent.\n";
        assert_eq!(
            kept(page),
            vec![
                "Le titre de l'article sur la guerre en cours",
                "Le ministre a parlé longuement devant la presse ce matin à Paris.",
                "Une deuxième phrase assez longue pour être un paragraphe du texte.",
                "Un troisième paragraphe de texte qui continue le propos initial.",
            ]
        );
    }

    #[test]
    fn captions_and_credits_are_dropped() {
        let page = "Un premier paragraphe qui raconte les faits de la journée en détail.\n\nDeux hommes lors d'une rencontre officielle\nPhoto de la rencontre au palais présidentiel\n\nUne vue de la ville en hiver\nLa place centrale sous la neige\n\nUn sous-titre de section\n\nLa suite du texte qui raconte les faits avec de nombreux détails.\nCrédit photo : Agence X / AFP\n";
        assert_eq!(
            kept(page),
            vec![
                "Un premier paragraphe qui raconte les faits de la journée en détail.",
                "Un sous-titre de section",
                "La suite du texte qui raconte les faits avec de nombreux détails.",
            ]
        );
    }

    #[test]
    fn captions_with_credits_and_wire_signatures_are_dropped() {
        let page = "Le premier paragraphe raconte les faits de la journée avec assez de mots.\n\nSur cette image diffusée par l'agence officielle, un défilé dans la capitale.\n\nDes hommes en uniforme dans une gare de province, le 3 mai. (STRINGER via Agence X / AFP)\n\nLe dernier paragraphe conclut le récit, a-t-il ajouté. (AFP)\n\n(Avec Reuters)\n\nUne longue légende qui décrit la scène photographiée dans une ville de province au mois de mai dernier. © Jean Martin / Agence X / AFP\n\nUn immeuble détruit, le 2 mai. Photo Jean Martin. AFP\n\nUne rue de la capitale. Photo : Reuters\n\nPar Jeanne Petit, envoyée spéciale à Lyon\n\nAvec notre correspondant à Rome, Marc Blanc\n\nLa Rédaction avec AFP\n\nSource : Le Quotidien du Nord – Lille\n";
        assert_eq!(
            kept(page),
            vec![
                "Le premier paragraphe raconte les faits de la journée avec assez de mots.",
                "Le dernier paragraphe conclut le récit, a-t-il ajouté.",
            ]
        );
    }

    #[test]
    fn bylines_with_agencies_are_dropped_and_datelines_kept() {
        // A wire's dateline is body text: the project's annotators mark its
        // agency and city (data/dev/README.md).
        let page = "Par Jeanne Petit (avec AFP)\n\nTexte par : Marc Blanc\n\nLYON, 3 mai (AFP) - Le premier paragraphe raconte les faits de la journée.\n\nDeux hommes dans une rue de la capitale, le 2 mai 2025. KCNA via Reuters\n";
        assert_eq!(kept(page), vec!["LYON, 3 mai (AFP) - Le premier paragraphe raconte les faits de la journée."]);
    }

    #[test]
    fn a_last_paragraph_closed_by_curly_quotes_is_kept() {
        let page = "Un premier paragraphe qui raconte les faits de la journée en détail.\n\nUn diplomate tempère : “Personne ici ne se fait d'illusions sur un accord.”\n";
        assert_eq!(kept(page).len(), 2, "{:?}", kept(page));
    }

    #[test]
    fn promotional_prompts_are_dropped() {
        let page = "Le texte de l'article est ici, avec assez de mots pour compter.\nEssayez notre nouvelle application gratuite\nTéléchargez l'application dès aujourd'hui sur votre store préféré.\n";
        assert_eq!(kept(page), vec!["Le texte de l'article est ici, avec assez de mots pour compter."]);
    }
}
