//! Requests and responses as plain values, so the handler is tested without
//! a socket; content negotiation; the body-size limit; escaping for HTML and
//! URLs.

use std::io::Read;

/// An HTTP request, already read: the body is complete and within the limit.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub method: String,
    /// The path, still percent-encoded, without the query string.
    pub path: String,
    /// The raw query string (after `?`), empty when there is none.
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// A request for `target` (a path with an optional `?query`).
    pub fn new(method: &str, target: &str) -> Request {
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        Request { method: method.to_string(), path: path.to_string(), query: query.to_string(), ..Default::default() }
    }

    pub fn get(target: &str) -> Request {
        Request::new("GET", target)
    }

    /// A POST with a body of the given media type.
    pub fn post(target: &str, content_type: &str, body: impl Into<Vec<u8>>) -> Request {
        let mut r = Request::new("POST", target);
        r.body = body.into();
        r.with_header("Content-Type", content_type)
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Request {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// The first header of that name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The media type of the body, lower-cased, without parameters.
    pub fn content_type(&self) -> Option<String> {
        self.header("Content-Type").map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
    }

    /// The decoded query-string parameters, in order.
    pub fn params(&self) -> Vec<(String, String)> {
        decode_form(self.query.as_bytes())
    }

    /// The first query-string parameter of that name.
    pub fn param(&self, name: &str) -> Option<String> {
        self.params().into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
}

/// `application/x-www-form-urlencoded` pairs.
pub fn decode_form(bytes: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(bytes).map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

/// An HTTP response.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Response {
        Response { status, headers: vec![("Content-Type".to_string(), content_type.to_string())], body: body.into() }
    }

    /// A one-line plain-text message (errors, mostly).
    pub fn text(status: u16, message: impl Into<String>) -> Response {
        let mut m = message.into();
        m.push('\n');
        Response::new(status, "text/plain; charset=utf-8", m)
    }

    pub fn html(status: u16, page: String) -> Response {
        Response::new(status, "text/html; charset=utf-8", page)
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Response {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The body as text (lossy), for tests and logs.
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// The offer the `Accept` header prefers: its index in `offers`, or `None`
/// when the header accepts none of them. No header (or an empty one) takes
/// the first offer; among equal qualities the earlier offer wins.
pub fn negotiate(accept: Option<&str>, offers: &[&str]) -> Option<usize> {
    let accept = accept.map(str::trim).filter(|a| !a.is_empty());
    let Some(accept) = accept else { return (!offers.is_empty()).then_some(0) };
    let ranges: Vec<(String, String, f32)> = accept
        .split(',')
        .filter_map(|part| {
            let mut bits = part.split(';');
            let (t, s) = bits.next()?.trim().split_once('/')?;
            let q = bits
                .filter_map(|p| p.trim().strip_prefix("q="))
                .filter_map(|q| q.trim().parse::<f32>().ok())
                .next()
                .unwrap_or(1.0);
            Some((t.trim().to_ascii_lowercase(), s.trim().to_ascii_lowercase(), q))
        })
        .collect();
    let mut best: Option<(usize, f32)> = None;
    for (i, offer) in offers.iter().enumerate() {
        let (ot, os) = offer.split_once('/').unwrap_or((offer, ""));
        // The most specific range that matches decides the quality.
        let q = ranges
            .iter()
            .filter_map(|(t, s, q)| {
                let specificity = match (t.as_str(), s.as_str()) {
                    (t, s) if t == ot && s == os => 3,
                    (t, "*") if t == ot => 2,
                    ("*", "*") => 1,
                    _ => return None,
                };
                Some((specificity, *q))
            })
            .max_by_key(|(specificity, _)| *specificity)
            .map(|(_, q)| q);
        if let Some(q) = q.filter(|q| *q > 0.0) {
            if best.is_none_or(|(_, b)| q > b) {
                best = Some((i, q));
            }
        }
    }
    best.map(|(i, _)| i)
}

/// Reads a body of at most `limit` bytes: `None` when it is longer.
pub fn read_limited(reader: impl Read, limit: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut body = Vec::new();
    reader.take(limit as u64 + 1).read_to_end(&mut body)?;
    Ok((body.len() <= limit).then_some(body))
}

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encodes a value for a URL query string.
pub fn url_param(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RESULTS: &[&str] = &["application/sparql-results+json", "application/sparql-results+xml", "text/csv"];

    #[test]
    fn negotiation_follows_quality_and_specificity() {
        assert_eq!(negotiate(None, RESULTS), Some(0));
        assert_eq!(negotiate(Some(""), RESULTS), Some(0));
        assert_eq!(negotiate(Some("text/csv"), RESULTS), Some(2));
        assert_eq!(negotiate(Some("text/*;q=0.5, application/sparql-results+xml"), RESULTS), Some(1));
        assert_eq!(negotiate(Some("application/sparql-results+xml;q=0.2, text/csv;q=0.9"), RESULTS), Some(2));
        assert_eq!(negotiate(Some("*/*"), RESULTS), Some(0));
        // A specific q=0 refuses that offer even under a wildcard.
        assert_eq!(negotiate(Some("*/*, application/sparql-results+json;q=0"), RESULTS), Some(1));
        assert_eq!(negotiate(Some("image/png"), RESULTS), None);
        assert_eq!(negotiate(Some("garbage"), RESULTS), None);
    }

    #[test]
    fn bodies_over_the_limit_are_refused() {
        assert_eq!(read_limited(&b"abc"[..], 3).unwrap(), Some(b"abc".to_vec()));
        assert_eq!(read_limited(&b"abcd"[..], 3).unwrap(), None);
    }

    #[test]
    fn escaping() {
        assert_eq!(esc("<script>a&b</script>\"'"), "&lt;script&gt;a&amp;b&lt;/script&gt;&quot;&#39;");
        assert_eq!(url_param("a b&c=é"), "a+b%26c%3D%C3%A9");
        let r = Request::get("/sparql?query=SELECT%20*%20WHERE%20%7B%7D&x=1+2");
        assert_eq!(r.path, "/sparql");
        assert_eq!(r.param("query").as_deref(), Some("SELECT * WHERE {}"));
        assert_eq!(r.param("x").as_deref(), Some("1 2"));
    }
}
