//! Vocabulary terms as constants: the only place IRIs of the ontology and of
//! the vocabularies it aligns to are written. Logic never spells an IRI.

use oxigraph::model::NamedNodeRef;

macro_rules! terms {
    ($ns:literal; $($name:ident = $local:literal),* $(,)?) => {
        $(pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(concat!($ns, $local));)*
    };
}

/// The ontology namespace.
pub const DP: &str = "https://w3id.org/depeche/ontology#";
/// Where instance IRIs live.
pub const ID: &str = "https://w3id.org/depeche/id/";
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";

pub mod dp {
    use super::*;
    terms!("https://w3id.org/depeche/ontology#";
        DOCUMENT = "Document", ENTITY = "Entity", MENTION = "Mention", SENTENCE = "Sentence",
        ROLE_ASSERTION = "RoleAssertion", EXTRACTION_RUN = "ExtractionRun",
        IN_DOCUMENT = "inDocument", PART_OF = "partOf", STANDS_FOR = "standsFor",
        HOLDER = "holder", ROLE_OF = "roleOf", ROLE_LABEL = "roleLabel", EVIDENCE = "evidence",
        CONTENT_HASH = "contentHash", SOURCE_PATH = "sourcePath", OUTLET_NAME = "outletName",
        LEXICON_KEY = "lexiconKey", MENTION_KIND = "mentionKind",
        SOFTWARE_VERSION = "softwareVersion", LEXICON_FINGERPRINT = "lexiconFingerprint",
        EXTRACTED_AT = "extractedAt",
        EVENT = "Event", EVENT_REPORT = "EventReport", CLAIM = "Claim", QUOTATION = "Quotation",
        REPORTS = "reports", AGENT = "agent", RECIPIENT = "recipient", PARTICIPANT = "participant", PLACE = "place",
        THEME = "theme", DATE = "date", DATE_PRECISION = "datePrecision", DATE_TEXT = "dateText", SEASON = "season",
        CAMEO_CODE = "cameoCode", COUNT = "count", CONFIDENCE = "confidence", HEDGED = "hedged",
        VALUE_MIN = "valueMin", VALUE_MAX = "valueMax", QUALIFIER = "qualifier", COUNTS = "counts",
        COUNTS_TEXT = "countsText", COUNTS_OF = "countsOf", ABOUT_EVENT = "aboutEvent", SPEAKER = "speaker",
        MEDIUM = "medium", REPORTED_BY = "reportedBy", OUTLET_ENTITY = "outletEntity", SUPPLIES = "supplies",
    );
}

pub mod nif {
    use super::*;
    terms!("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        CONTEXT = "Context", SENTENCE = "Sentence", PHRASE = "Phrase", BEGIN_INDEX = "beginIndex",
        END_INDEX = "endIndex", ANCHOR_OF = "anchorOf", REFERENCE_CONTEXT = "referenceContext",
        IS_STRING = "isString", SENTENCE_PROP = "sentence",
    );
}

pub mod itsrdf {
    use super::*;
    terms!("http://www.w3.org/2005/11/its/rdf#"; TA_IDENT_REF = "taIdentRef");
}

pub mod schema {
    use super::*;
    terms!("http://schema.org/";
        DATE_PUBLISHED = "datePublished", URL = "url", NEWS_ARTICLE = "NewsArticle", QUOTATION = "Quotation",
        TEXT = "text",
    );
}

pub mod sem {
    use super::*;
    terms!("http://semanticweb.cs.vu.nl/2009/11/sem/"; EVENT = "Event", ACCORDING_TO = "accordingTo");
}

pub mod dcterms {
    use super::*;
    terms!("http://purl.org/dc/terms/"; IDENTIFIER = "identifier", TITLE = "title", DESCRIPTION = "description");
}

pub mod prov {
    use super::*;
    terms!("http://www.w3.org/ns/prov#"; WAS_GENERATED_BY = "wasGeneratedBy", WAS_ATTRIBUTED_TO = "wasAttributedTo");
}

pub mod skos {
    use super::*;
    terms!("http://www.w3.org/2004/02/skos/core#"; ALT_LABEL = "altLabel", PREF_LABEL = "prefLabel");
}

pub use oxigraph::model::vocab::{rdf, rdfs, xsd};

pub mod owl {
    use super::*;
    terms!("http://www.w3.org/2002/07/owl#"; SAME_AS = "sameAs");
}

/// A serializer that writes the ontology's prefixes (where its format has any).
pub fn with_prefixes(mut ser: oxigraph::io::RdfSerializer) -> oxigraph::io::RdfSerializer {
    for (p, ns) in PREFIXES {
        ser = ser.with_prefix(*p, *ns).expect("valid prefix IRIs");
    }
    ser
}

/// Prefixes for Turtle and for the table output of queries.
pub const PREFIXES: &[(&str, &str)] = &[
    ("dp", DP),
    ("id", ID),
    ("wd", WIKIDATA),
    ("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"),
    ("itsrdf", "http://www.w3.org/2005/11/its/rdf#"),
    ("schema", "http://schema.org/"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"),
];
