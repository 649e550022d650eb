//! Time expressions of French news prose, found on the folded view and
//! resolved against the publication date, keeping their precision:
//! "le 19 juin 2024" (day), "mercredi 3 septembre" and "le 26 avril" (day, the
//! year from the publication date), "en avril dernier" (month), "l'été 2024"
//! (season), "l'an dernier" (year), "dimanche", "la veille", "hier"
//! (day, relative), "depuis février 2022" (month, a start).
//!
//! `time` does no IO; the month, season and weekday names are the language's
//! own, not knowledge about any story.

use std::sync::LazyLock;

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;
use regex::Regex;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Precision {
    Day,
    Month,
    Season,
    Year,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Year => "year",
        }
    }
}

/// A calendar value at some precision. For a season, `month` is its first
/// month (spring 3, summer 6, autumn 9, winter 12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct TimeValue {
    pub year: i16,
    pub month: Option<i8>,
    pub day: Option<i8>,
    pub precision: Precision,
}

impl TimeValue {
    pub fn day(d: Date) -> TimeValue {
        TimeValue { year: d.year(), month: Some(d.month()), day: Some(d.day()), precision: Precision::Day }
    }

    pub fn month(year: i16, month: i8) -> TimeValue {
        TimeValue { year, month: Some(month), day: None, precision: Precision::Month }
    }

    pub fn year(year: i16) -> TimeValue {
        TimeValue { year, month: None, day: None, precision: Precision::Year }
    }

    /// The XSD lexical form and datatype local name: `2025-09-03` xsd:date,
    /// `2025-04` xsd:gYearMonth, `2024` xsd:gYear (seasons are given as
    /// their year; their precision says "season").
    pub fn xsd(&self) -> (String, &'static str) {
        match (self.precision, self.month, self.day) {
            (Precision::Day, Some(m), Some(d)) => (format!("{:04}-{m:02}-{d:02}", self.year), "date"),
            (Precision::Month, Some(m), _) => (format!("{:04}-{m:02}", self.year), "gYearMonth"),
            _ => (format!("{:04}", self.year), "gYear"),
        }
    }

    /// A sortable key and a compact display: `2025-09-03`, `2025-04`, `2024`.
    pub fn key(&self) -> String {
        self.xsd().0
    }

    pub fn season_name(&self) -> Option<&'static str> {
        if self.precision != Precision::Season {
            return None;
        }
        Some(match self.month {
            Some(3) => "spring",
            Some(6) => "summer",
            Some(9) => "autumn",
            _ => "winter",
        })
    }
}

/// A time expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimeExpr {
    /// Span in the folded view.
    pub folded: std::ops::Range<usize>,
    pub value: TimeValue,
    /// "depuis ...": the value is when something started.
    pub since: bool,
    /// Relative to the previously mentioned date ("la veille").
    pub anaphoric: bool,
}

const MONTHS: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];
const DAYS: [(&str, Weekday); 7] = [
    ("lundi", Weekday::Monday),
    ("mardi", Weekday::Tuesday),
    ("mercredi", Weekday::Wednesday),
    ("jeudi", Weekday::Thursday),
    ("vendredi", Weekday::Friday),
    ("samedi", Weekday::Saturday),
    ("dimanche", Weekday::Sunday),
];
const SEASONS: [(&str, i8); 4] = [("printemps", 3), ("ete", 6), ("automne", 9), ("hiver", 12)];

static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    let month = MONTHS.join("|");
    let day = DAYS.iter().map(|d| d.0).collect::<Vec<_>>().join("|");
    let season = SEASONS.iter().map(|s| s.0).collect::<Vec<_>>().join("|");
    Regex::new(&format!(
        r"(?x)(?-u:\b)(?:
            (?P<since>depuis\ |des\ )?
            (?:
              (?:(?P<wd>{day})\ )?(?:le\ )?(?P<d>[0-9]{{1,2}}|1er)\ (?P<m>{month})(?:\ (?P<y>(?:19|20)[0-9]{{2}}))?
            | (?P<wd2>{day})(?P<wdlast>\ dernier|\ prochain)?
            | (?:en\ |au\ mois\ d'|au\ mois\ de\ |d'|de\ )?(?P<m2>{month})\ (?P<y2>(?:19|20)[0-9]{{2}})
            | (?:en\ |au\ mois\ d'|au\ mois\ de\ )(?P<m3>{month})(?P<last3>\ dernier)?
            | (?:(?:a\ la\ |la\ )?mi-|(?:au\ |en\ )?debut\ |(?:a\ la\ |en\ )?fin\ |courant\ )(?P<m4>{month})(?:\ (?P<y4>(?:19|20)[0-9]{{2}}))?
            | (?P<thisyear2>(?:en|au)\ debut\ d'annee|au\ debut\ de\ l'annee|depuis\ le\ debut\ de\ l'annee|(?:en|a\ la)\ fin\ de\ l'annee|en\ fin\ d'annee)
            | (?:l'|cet\ |ce\ |a\ l'|au\ |en\ )?(?P<s>{season})\ (?P<sy>(?:19|20)[0-9]{{2}})
            | (?:l'|cet\ |ce\ )(?P<s2>{season})\ (?P<slast>dernier)
            | (?:en\ |l'annee\ |l'an\ )(?P<y3>(?:19|20)[0-9]{{2}})
            | (?P<lastyear>l'an\ dernier|l'annee\ derniere|l'an\ passe|l'annee\ passee)
            | (?P<thisyear>cette\ annee)
            | (?P<lastmonth>le\ mois\ dernier|le\ mois\ passe)
            | (?P<thismonth>au\ debut\ du\ mois|en\ debut\ de\ mois|depuis\ le\ debut\ du\ mois|ce\ mois-ci)
            | (?P<yesterday>hier|avant-hier)
            | (?P<today>aujourd'hui|ce\ matin|ce\ soir)
            | (?P<veille>la\ veille|le\ lendemain)
            | (?P<shift>deux|trois|quatre|cinq|six|sept|huit|dix|[0-9]{{1,2}})\ jours\ (?P<dir>plus\ tot|auparavant|plus\ tard)
            )
        )(?-u:\b)",
    ))
    .expect("valid regex")
});

/// Is a folded word a month or weekday name ("Lundi", "Mars" open sentences,
/// they are not names)?
pub fn is_calendar_word(w: &str) -> bool {
    MONTHS.contains(&w) || DAYS.iter().any(|d| d.0 == w)
}

fn month_index(name: &str) -> Option<i8> {
    MONTHS.iter().position(|m| *m == name).map(|i| i as i8 + 1)
}

/// Finds and resolves the time expressions of a folded text. `published` is
/// the anchor for relative expressions; without it, only absolute ones
/// resolve.
pub fn find(folded: &str, published: Option<Date>) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    for c in PATTERN.captures_iter(folded) {
        let m = c.get(0).expect("group 0");
        let since = c.name("since").is_some();
        let mut anaphoric = false;
        let value = if let (Some(d), Some(mo)) = (c.name("d"), c.name("m")) {
            let day: i8 = if d.as_str() == "1er" { 1 } else { d.as_str().parse().unwrap_or(0) };
            let month = month_index(mo.as_str()).unwrap_or(1);
            let year = match c.name("y") {
                Some(y) => y.as_str().parse().ok(),
                None => published.map(|p| year_of_recent(p, month, Some(day))),
            };
            year.and_then(|y| Date::new(y, month, day).ok()).map(TimeValue::day)
        } else if let Some(wd) = c.name("wd2") {
            let weekday = DAYS.iter().find(|d| d.0 == wd.as_str()).map(|d| d.1);
            // "jeudi dernier" written on a Thursday is a week before.
            let strictly = c.name("wdlast").is_some_and(|l| l.as_str() == " dernier");
            match (published, weekday) {
                (Some(p), Some(w)) if strictly && p.weekday() == w => p.checked_sub(7.days()).ok().map(TimeValue::day),
                (Some(p), Some(w)) => last_weekday(p, w).map(TimeValue::day),
                _ => None,
            }
        } else if let (Some(mo), Some(y)) = (c.name("m2"), c.name("y2")) {
            Some(TimeValue::month(y.as_str().parse().unwrap_or(0), month_index(mo.as_str()).unwrap_or(1)))
        } else if let Some(mo) = c.name("m3") {
            let month = month_index(mo.as_str()).unwrap_or(1);
            published.map(|p| TimeValue::month(year_of_recent(p, month, None), month))
        } else if let Some(mo) = c.name("m4") {
            // "fin septembre", "à la mi-janvier", "début mars 2025".
            let month = month_index(mo.as_str()).unwrap_or(1);
            match c.name("y4") {
                Some(y) => Some(TimeValue::month(y.as_str().parse().unwrap_or(0), month)),
                None => published.map(|p| TimeValue::month(year_of_recent(p, month, None), month)),
            }
        } else if c.name("thisyear2").is_some() {
            published.map(|p| TimeValue::year(p.year()))
        } else if let (Some(s), Some(y)) = (c.name("s"), c.name("sy")) {
            season(s.as_str(), y.as_str().parse().unwrap_or(0))
        } else if let Some(s) = c.name("s2") {
            published.and_then(|p| {
                let first = SEASONS.iter().find(|x| x.0 == s.as_str())?.1;
                // The last season of that name that began before publication.
                let y = if p.month() > first { p.year() } else { p.year() - 1 };
                season(s.as_str(), y)
            })
        } else if let Some(y) = c.name("y3") {
            y.as_str().parse().ok().map(TimeValue::year)
        } else if c.name("lastyear").is_some() {
            published.map(|p| TimeValue::year(p.year() - 1))
        } else if c.name("thisyear").is_some() {
            published.map(|p| TimeValue::year(p.year()))
        } else if c.name("thismonth").is_some() {
            published.map(|p| TimeValue::month(p.year(), p.month()))
        } else if c.name("lastmonth").is_some() {
            published.and_then(|p| p.checked_sub(1.month()).ok()).map(|d| TimeValue::month(d.year(), d.month()))
        } else if let Some(y) = c.name("yesterday") {
            let back = if y.as_str() == "hier" { 1 } else { 2 };
            published.and_then(|p| p.checked_sub(back.days()).ok()).map(TimeValue::day)
        } else if c.name("today").is_some() {
            published.map(TimeValue::day)
        } else if c.name("veille").is_some() || c.name("shift").is_some() {
            anaphoric = true;
            None
        } else {
            None
        };
        if let Some(value) = value {
            out.push(TimeExpr { folded: m.start()..m.end(), value, since, anaphoric });
        } else if anaphoric {
            // Resolved later against the previous date of the text.
            let word = m.as_str();
            // "deux jours plus tôt", "trois jours plus tard".
            let days: i64 = match c.name("shift").map(|n| n.as_str()) {
                Some(n) => ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]
                    .iter()
                    .position(|w| *w == n)
                    .map(|i| i as i64)
                    .or_else(|| n.parse().ok())
                    .unwrap_or(1),
                None => 1,
            };
            let back = word.ends_with("veille") || word.ends_with("tot") || word.ends_with("auparavant");
            let shift: i64 = if back { -days } else { days };
            // "..., a rapporté samedi l'agence KCNA. La veille, ...": the day a
            // report was made is no anchor for the story told.
            let prev = out
                .iter()
                .rev()
                .find(|t: &&TimeExpr| !report_day(folded, t.folded.start))
                .map(|t| t.value)
                .filter(|v| v.precision == Precision::Day);
            let base =
                prev.and_then(|v| Date::new(v.year, v.month.unwrap_or(1), v.day.unwrap_or(1)).ok()).or(published);
            if let Some(d) = base.and_then(|b| b.checked_add(shift.days()).ok()) {
                out.push(TimeExpr { folded: m.start()..m.end(), value: TimeValue::day(d), since, anaphoric: true });
            }
        }
    }
    out
}

/// Is the date at `at` the day of a report ("a rapporté samedi", "a
/// indiqué dimanche l'agence")?
fn report_day(folded: &str, at: usize) -> bool {
    let before = folded[..at].trim_end();
    let last = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    matches!(
        last,
        "rapporte" | "indique" | "annonce" | "precise" | "ecrit" | "publie" | "rapportait" | "indiquait" | "cite"
    ) && before.len() > last.len()
        && !before[..before.len() - last.len()].trim_end().ends_with(['.', ':'])
}

fn season(name: &str, year: i16) -> Option<TimeValue> {
    let month = SEASONS.iter().find(|s| s.0 == name)?.1;
    Some(TimeValue { year, month: Some(month), day: None, precision: Precision::Season })
}

/// The year of the most recent `month` (and `day`) not after `published`
/// by more than a week: news speaks of the recent past.
fn year_of_recent(published: Date, month: i8, day: Option<i8>) -> i16 {
    let y = published.year();
    let candidate = Date::new(y, month, day.unwrap_or(1)).ok();
    match candidate {
        Some(c) if c > published.checked_add(7.days()).unwrap_or(published) => y - 1,
        _ => y,
    }
}

/// The last `weekday` on or before `published`.
fn last_weekday(published: Date, weekday: Weekday) -> Option<Date> {
    let back = (published.weekday().to_monday_zero_offset() - weekday.to_monday_zero_offset()).rem_euclid(7);
    published.checked_sub((back as i64).days()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    fn one(text: &str, published: &str) -> Option<(String, Precision)> {
        let p: Date = published.parse().unwrap();
        find(&fold(text), Some(p)).first().map(|t| (t.value.key(), t.value.precision))
    }

    #[test]
    fn expressions_resolve_against_publication() {
        use Precision::*;
        let cases: &[(&str, &str, &str, Precision)] = &[
            ("signé le 19 juin 2024 à Pyongyang", "2025-04-28", "2024-06-19", Day),
            ("le 26 avril, il a annoncé", "2025-04-28", "2025-04-26", Day),
            ("le 28 décembre, il a annoncé", "2025-01-05", "2024-12-28", Day),
            ("mercredi 3 septembre à Pékin", "2025-09-03", "2025-09-03", Day),
            ("a rapporté dimanche la presse", "2025-07-13", "2025-07-13", Day),
            ("selon les médias vendredi", "2025-08-17", "2025-08-15", Day),
            ("renvoyé en avril dernier", "2025-09-03", "2025-04", Month),
            ("en octobre, les troupes", "2025-03-01", "2024-10", Month),
            ("depuis février 2022", "2025-09-03", "2022-02", Month),
            ("depuis l'été 2024", "2025-09-03", "2024", Season),
            ("à l'été 2024", "2025-07-13", "2024", Season),
            ("un pacte l'an dernier", "2025-07-13", "2024", Year),
            ("l'année dernière, lors", "2025-08-15", "2024", Year),
            ("le mois dernier", "2025-01-10", "2024-12", Month),
            ("jeudi dernier", "2026-10-15", "2026-10-08", Day),
            ("fin septembre", "2026-10-15", "2026-09", Month),
            ("à la mi-janvier", "2025-02-11", "2025-01", Month),
            ("début mars 2024", "2025-02-11", "2024-03", Month),
            ("en début d'année", "2025-03-10", "2025", Year),
            ("au début du mois", "2024-10-28", "2024-10", Month),
            ("jeudi", "2026-10-15", "2026-10-15", Day),
            ("mardi dernier", "2026-10-15", "2026-10-13", Day),
            ("hier soir", "2025-01-10", "2025-01-09", Day),
            ("en 2019", "2025-01-10", "2019", Year),
            ("le 1er mars", "2025-03-10", "2025-03-01", Day),
        ];
        for (text, published, want, precision) in cases {
            assert_eq!(one(text, published), Some((want.to_string(), *precision)), "{text}");
        }
    }

    #[test]
    fn la_veille_skips_the_day_of_a_report() {
        let p = Date::new(2024, 6, 30).unwrap();
        let found =
            find(&fold("Il a été reçu vendredi, a rapporté samedi l'agence. La veille, il était arrivé."), Some(p));
        let veille = found.iter().find(|t| t.anaphoric).expect("la veille");
        assert_eq!(veille.value, TimeValue::day(Date::new(2024, 6, 27).unwrap()));
    }

    #[test]
    fn la_veille_counts_back_from_the_last_date() {
        let p: Date = "2025-05-02".parse().unwrap();
        let found = find(&fold("Le 26 avril, il parle ; la veille, il avait signé."), Some(p));
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].value.key(), "2025-04-25");
    }

    #[test]
    fn season_and_xsd_forms() {
        let v = season("ete", 2024).unwrap();
        assert_eq!(v.xsd(), ("2024".to_string(), "gYear"));
        assert_eq!(v.season_name(), Some("summer"));
        assert_eq!(TimeValue::month(2025, 4).xsd(), ("2025-04".to_string(), "gYearMonth"));
    }

    #[test]
    fn no_date_words_no_dates() {
        assert!(find(&fold("Il a mars dans les yeux et un mai de travail"), None).is_empty());
    }
}
