//! `depeche serve`: the store over HTTP. A SPARQL 1.1 Protocol endpoint at
//! `/sparql`, Graph Store Protocol GET at `/store`, and pages for people: a
//! query editor at `/`, a page per entity, document and event, a timeline,
//! and an entity's neighbourhood as SVG.
//!
//! [`App::handle`] is the whole server as a function from [`Request`] to
//! [`Response`]; [`Server`] only moves bytes between sockets and it, on a
//! thread per connection. Everything the pages show is read through SPARQL from the
//! store `depeche build` writes; every text from the store is HTML-escaped.

pub mod http;
mod pages;
mod sparql;
mod svg;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use oxigraph::sparql::CancellationToken;

pub use self::http::{Request, Response};
use crate::export::View;
use crate::store::GraphStore;

/// The canned queries of `queries/`, offered as examples by the query editor.
pub const CANNED_QUERIES: &[(&str, &str)] = &[
    ("entities", include_str!("../../queries/entities.rq")),
    ("documents", include_str!("../../queries/documents.rq")),
    ("events", include_str!("../../queries/events.rq")),
    ("claims", include_str!("../../queries/claims.rq")),
    ("quotes", include_str!("../../queries/quotes.rq")),
    ("mentions-of", include_str!("../../queries/mentions-of.rq")),
    ("people-and-roles", include_str!("../../queries/people-and-roles.rq")),
    ("competency/timeline", include_str!("../../queries/competency/timeline.rq")),
    ("competency/kursk-timeline", include_str!("../../queries/competency/kursk-timeline.rq")),
    ("competency/meetings", include_str!("../../queries/competency/meetings.rq")),
    ("competency/north-korea-supplies", include_str!("../../queries/competency/north-korea-supplies.rq")),
    ("competency/putin-quotes", include_str!("../../queries/competency/putin-quotes.rq")),
    ("competency/state-media", include_str!("../../queries/competency/state-media.rq")),
    ("competency/treaty", include_str!("../../queries/competency/treaty.rq")),
    ("competency/troops-and-casualties", include_str!("../../queries/competency/troops-and-casualties.rq")),
    ("competency/who-thanked-whom", include_str!("../../queries/competency/who-thanked-whom.rq")),
];

/// Settings of the server.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Where to listen.
    pub listen: String,
    /// A query running longer is cancelled (503).
    pub timeout: Duration,
    /// Results stop after this many rows (or triples); the response says so.
    pub max_rows: usize,
    /// Request bodies over this many bytes are refused (413).
    pub max_body: usize,
    /// SPARQL Update is refused (403) unless this is set.
    pub allow_update: bool,
    /// Connections served at once, each on its own thread (more wait to be accepted).
    pub max_connections: usize,
    /// Where one line per request goes (the binary prints them on stderr).
    pub log: Option<fn(&str)>,
    /// Keep query responses (the store only changes through this server).
    pub cache: bool,
}

impl Default for ServeConfig {
    fn default() -> ServeConfig {
        ServeConfig {
            listen: "127.0.0.1:7878".to_string(),
            timeout: Duration::from_secs(10),
            max_rows: 10_000,
            max_body: 1 << 20,
            allow_update: false,
            max_connections: 64,
            log: None,
            cache: true,
        }
    }
}

/// The application: a store, its settings, and what is cached from it.
pub struct App {
    store: GraphStore,
    config: ServeConfig,
    watchdog: Watchdog,
    /// The whole property-graph view, for neighbourhood pictures; dropped
    /// when an update changes the store.
    view: Mutex<Option<Arc<View>>>,
    /// Query responses by query, dataset and Accept header. The store cannot
    /// change under the server (it holds the store's lock; `depeche build`
    /// waits), except through its own updates, which empty this.
    results: Mutex<HashMap<CacheKey, Arc<Response>>>,
}

/// Query text, default graphs, named graphs, Accept header.
type CacheKey = (String, Vec<String>, Vec<String>, Option<String>);
const CACHED_RESPONSES: usize = 512;
const CACHED_BODY_MAX: usize = 1 << 20;

impl App {
    pub fn new(store: &GraphStore, config: ServeConfig) -> App {
        App {
            store: GraphStore { store: store.store.clone(), path: store.path.clone() },
            config,
            watchdog: Watchdog::start(),
            view: Mutex::new(None),
            results: Mutex::new(HashMap::new()),
        }
    }

    pub fn config(&self) -> &ServeConfig {
        &self.config
    }

    /// Answers one request.
    pub fn handle(&self, req: &Request) -> Response {
        let path = req.path.as_str();
        let response = match path {
            "/sparql" | "/query" | "/update" => if req.method == "OPTIONS" {
                Response::new(204, "text/plain; charset=utf-8", Vec::new())
                    .with_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                    .with_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            } else if let Some(refusal) = cross_origin_update(req) {
                refusal
            } else {
                sparql::endpoint(self, req)
            }
            .with_header("Access-Control-Allow-Origin", "*"),
            "/store" => sparql::graph_store(self, req).with_header("Access-Control-Allow-Origin", "*"),
            _ if req.method != "GET" && req.method != "HEAD" => {
                Response::text(405, "only GET and HEAD are served here").with_header("Allow", "GET, HEAD")
            }
            "/" => pages::index(self),
            "/timeline" => pages::timeline(self, req),
            "/entities" => pages::entities(self),
            "/resource" => match req.param("iri") {
                Some(iri) => pages::resource(self, &iri, req),
                None => pages::not_found("pass iri="),
            },
            "/graph.svg" => match req.param("iri") {
                Some(iri) => pages::graph_svg(self, &iri),
                None => Response::text(400, "pass iri="),
            },
            "/favicon.ico" => Response::new(204, "image/x-icon", Vec::new()),
            _ => {
                if let Some(name) = path.strip_prefix("/assets/") {
                    pages::asset(name)
                } else if let Some(rest) = path.strip_prefix("/id/") {
                    pages::resource(self, &format!("{}{rest}", crate::vocab::ID), req)
                } else {
                    pages::not_found("no such page")
                }
            }
        };
        response.with_header("X-Content-Type-Options", "nosniff")
    }

    /// The store changed (an update went through): drop what was cached.
    fn changed(&self) {
        *self.view.lock().unwrap_or_else(|e| e.into_inner()) = None;
        self.results.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    /// A response to the same query, dataset and Accept header, if one is kept.
    fn cached(&self, key: &CacheKey) -> Option<Response> {
        if !self.config.cache {
            return None;
        }
        self.results.lock().unwrap_or_else(|e| e.into_inner()).get(key).map(|r| (**r).clone())
    }

    /// Keeps a response for later (not too big ones; all are forgotten when
    /// the cache is full or the store changes).
    fn remember(&self, key: CacheKey, r: &Response) {
        if !self.config.cache || r.body.len() > CACHED_BODY_MAX {
            return;
        }
        let mut cache = self.results.lock().unwrap_or_else(|e| e.into_inner());
        if cache.len() >= CACHED_RESPONSES {
            cache.clear();
        }
        cache.insert(key, Arc::new(r.clone()));
    }

    /// The whole view of the store, computed once.
    fn view(&self) -> anyhow::Result<Arc<View>> {
        let mut cached = self.view.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(v) = cached.as_ref() {
            return Ok(v.clone());
        }
        let config = crate::export::ViewConfig { lang: "fr".to_string(), ..Default::default() };
        let v = Arc::new(crate::export::view(&self.store, &config)?);
        *cached = Some(v.clone());
        Ok(v)
    }
}

/// A browser page of another site must not change the store: an update whose
/// `Origin` is not this server is refused, whatever `--allow-update` says.
fn cross_origin_update(req: &Request) -> Option<Response> {
    if req.method != "POST" {
        return None;
    }
    let origin = req.header("Origin")?;
    let host = req.header("Host").unwrap_or("");
    let same = origin.split_once("://").is_some_and(|(_, h)| h.eq_ignore_ascii_case(host));
    let is_update = req.content_type().as_deref() == Some("application/sparql-update")
        || http::decode_form(&req.body).iter().any(|(k, _)| k == "update");
    (is_update && !same).then(|| Response::text(403, format!("update from another origin ({origin}) refused")))
}

/// Cancels queries that outlive their deadline, from one thread.
struct Watchdog {
    shared: Arc<(Mutex<WatchList>, Condvar)>,
}

#[derive(Default)]
struct WatchList {
    next: u64,
    armed: Vec<(u64, Instant, CancellationToken)>,
    closed: bool,
}

/// Disarms its query's deadline when dropped.
struct Armed<'a> {
    watchdog: &'a Watchdog,
    id: u64,
}

impl Watchdog {
    fn start() -> Watchdog {
        let shared = Arc::new((Mutex::new(WatchList::default()), Condvar::new()));
        let s = shared.clone();
        std::thread::Builder::new()
            .name("depeche-watchdog".into())
            .spawn(move || {
                let (list, wake) = &*s;
                let mut l = list.lock().unwrap_or_else(|e| e.into_inner());
                while !l.closed {
                    let now = Instant::now();
                    l.armed.retain(|(_, deadline, token)| {
                        if *deadline <= now {
                            token.cancel();
                        }
                        *deadline > now
                    });
                    let wait = l.armed.iter().map(|(_, d, _)| d.saturating_duration_since(now)).min();
                    l = match wait {
                        Some(w) => wake.wait_timeout(l, w).unwrap_or_else(|e| e.into_inner()).0,
                        None => wake.wait(l).unwrap_or_else(|e| e.into_inner()),
                    };
                }
            })
            .expect("a thread can be spawned");
        Watchdog { shared }
    }

    fn arm(&self, deadline: Instant, token: CancellationToken) -> Armed<'_> {
        let (list, wake) = &*self.shared;
        let mut l = list.lock().unwrap_or_else(|e| e.into_inner());
        l.next += 1;
        let id = l.next;
        l.armed.push((id, deadline, token));
        wake.notify_one();
        Armed { watchdog: self, id }
    }
}

impl Drop for Armed<'_> {
    fn drop(&mut self) {
        let (list, _) = &*self.watchdog.shared;
        list.lock().unwrap_or_else(|e| e.into_inner()).armed.retain(|(id, _, _)| *id != self.id);
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        let (list, wake) = &*self.shared;
        list.lock().unwrap_or_else(|e| e.into_inner()).closed = true;
        wake.notify_one();
    }
}

/// The HTTP server: Oxigraph's own HTTP/1.1 server (a thread per
/// connection, at most `max_connections` at once, TCP_NODELAY, read and
/// write timeouts) moving bytes between sockets and [`App::handle`].
pub struct Server {
    addr: SocketAddr,
    app: Arc<App>,
}

/// How long a connection may sit idle or stall a read or a write.
const SOCKET_TIMEOUT: Duration = Duration::from_secs(60);

impl Server {
    /// Checks the address and the store; port 0 picks a free port.
    pub fn bind(store: &GraphStore, config: ServeConfig) -> anyhow::Result<Server> {
        let cannot = |e: &dyn std::fmt::Display| anyhow::anyhow!("{}: cannot listen: {e}", config.listen);
        let mut addr: SocketAddr = std::net::ToSocketAddrs::to_socket_addrs(config.listen.as_str())
            .map_err(|e| cannot(&e))?
            .next()
            .ok_or_else(|| cannot(&"no such address"))?;
        // Try the address now, so that a port in use is reported before serving.
        let probe = std::net::TcpListener::bind(addr).map_err(|e| cannot(&e))?;
        addr = probe.local_addr().map_err(|e| cannot(&e))?;
        drop(probe);
        Ok(Server { addr, app: Arc::new(App::new(store, config)) })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Starts serving on background threads (until the process ends).
    pub fn spawn(self) -> anyhow::Result<oxhttp::ListeningServer> {
        let app = self.app.clone();
        let server = oxhttp::Server::new(move |rq| serve_one(&app, rq))
            .bind(self.addr)
            .with_global_timeout(SOCKET_TIMEOUT)
            .with_max_concurrent_connections(self.app.config.max_connections.max(1))
            .with_server_name(concat!("depeche/", env!("CARGO_PKG_VERSION")))?;
        server.spawn().map_err(|e| anyhow::anyhow!("{}: cannot listen: {e}", self.addr))
    }

    /// Serves until the process ends.
    pub fn run(self) -> anyhow::Result<()> {
        self.spawn()?.join()?;
        Ok(())
    }
}

fn serve_one(
    app: &App,
    rq: &mut oxhttp::model::Request<oxhttp::model::Body>,
) -> oxhttp::model::Response<oxhttp::model::Body> {
    let started = Instant::now();
    let mut req = Request {
        method: rq.method().as_str().to_ascii_uppercase(),
        path: rq.uri().path().to_string(),
        query: rq.uri().query().unwrap_or("").to_string(),
        headers: rq
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect(),
        body: Vec::new(),
    };
    let max = app.config.max_body;
    let too_large = || Response::text(413, format!("request body over {max} bytes"));
    let declared = req.header("Content-Length").and_then(|l| l.trim().parse::<u64>().ok());
    let response = if declared.is_some_and(|l| l > max as u64) {
        too_large()
    } else {
        match http::read_limited(rq.body_mut(), max) {
            Ok(Some(body)) => {
                req.body = body;
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| app.handle(&req)))
                    .unwrap_or_else(|_| Response::text(500, "internal error (a bug: please report it)"))
            }
            Ok(None) => too_large(),
            Err(e) => Response::text(400, format!("cannot read the request body: {e}")),
        }
    };
    if let Some(log) = app.config.log {
        log(&format!(
            "{} {} {} {} {:.1} ms",
            req.method,
            req.path,
            response.status,
            response.body.len(),
            started.elapsed().as_secs_f64() * 1e3
        ));
    }
    let mut out = oxhttp::model::Response::builder().status(response.status);
    for (k, v) in &response.headers {
        out = out.header(k.as_str(), v.as_str());
    }
    let body = if req.method == "HEAD" { Vec::new() } else { response.body };
    out.body(body.into()).unwrap_or_else(|_| {
        let mut r = oxhttp::model::Response::new(oxhttp::model::Body::from("invalid response header\n"));
        *r.status_mut() = oxhttp::model::StatusCode::INTERNAL_SERVER_ERROR;
        r
    })
}
