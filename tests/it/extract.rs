//! Extraction on text the lexicon was not written for: tables of
//! (sentence, publication date, expected mentions or roles).

use std::path::PathBuf;

use depeche::corpus::{Document, Meta};
use depeche::extract::Extractor;
use depeche::model::DocExtraction;

use crate::util::lexicon;

fn extract(text: &str, published: Option<&str>) -> DocExtraction {
    let meta = Meta { published: published.map(|d| d.parse().unwrap()), ..Default::default() };
    let doc = Document::new("t".into(), PathBuf::from("t.txt"), text.to_string(), meta);
    Extractor::new(lexicon()).extract(&doc)
}

/// (surface, entity key) of every mention.
fn mentions(x: &DocExtraction) -> Vec<(String, String)> {
    x.mentions.iter().map(|m| (m.surface.clone(), m.entity.clone())).collect()
}

fn has(x: &DocExtraction, surface: &str, key: &str) -> bool {
    x.mentions.iter().any(|m| m.surface == surface && m.entity == key)
}

#[test]
fn descriptors_resolve_by_publication_date() {
    let text = "Le président américain a reçu le président ukrainien à Washington.";
    let cases = [("2023-05-10", "joe-biden"), ("2025-03-01", "donald-trump")];
    for (date, who) in cases {
        let x = extract(text, Some(date));
        assert!(has(&x, "président américain", who), "{date}: {:?}", mentions(&x));
    }
    let x = extract("Le ministre russe de la Défense a inspecté les troupes.", Some("2023-06-01"));
    assert!(has(&x, "ministre russe de la Défense", "sergei-shoigu"), "{:?}", mentions(&x));
    let x = extract("Le ministre russe de la Défense a inspecté les troupes.", Some("2024-09-01"));
    assert!(has(&x, "ministre russe de la Défense", "andrei-belousov"), "{:?}", mentions(&x));
}

#[test]
fn counterpart_follows_the_office_of_the_person_just_named() {
    let x = extract(
        "Le chef de la diplomatie russe, Sergueï Lavrov, s'est entretenu avec son homologue nord-coréenne à Moscou.",
        Some("2024-11-04"),
    );
    assert!(has(&x, "homologue nord-coréenne", "choe-son-hui"), "{:?}", mentions(&x));
}

#[test]
fn people_outside_the_lexicon_are_found_by_title_cues() {
    let text = "La porte-parole du ministère slovène des Affaires étrangères, Ana Novak, a démenti l'information. \
                Jean-Marc Dubois, porte-parole du gouvernement belge, a confirmé la rencontre. \
                Le général Piotr Wiśniewski était présent à la réunion. Plus tard, Novak a quitté la salle. \
                Selon M. Leclerc, rien n'est décidé.";
    let x = extract(text, Some("2025-01-10"));
    let found: Vec<&str> = x.found.iter().map(|f| f.label.as_str()).collect();
    for name in ["Ana Novak", "Jean-Marc Dubois", "Piotr Wiśniewski", "Leclerc"] {
        assert!(found.contains(&name), "{name} among {found:?}");
    }
    // The surname alone points to the same person later in the text.
    let novak = x.found.iter().find(|f| f.label == "Ana Novak").unwrap();
    assert_eq!(x.mentions.iter().filter(|m| m.entity == novak.key).count(), 2);
    let roles: Vec<(&str, &str)> = x
        .roles
        .iter()
        .map(|r| (x.found.iter().find(|f| f.key == r.holder).map_or("?", |f| f.label.as_str()), r.label.as_str()))
        .collect();
    assert!(roles.contains(&("Ana Novak", "porte-parole du ministère slovène des Affaires étrangères")), "{roles:?}");
    assert!(roles.contains(&("Jean-Marc Dubois", "porte-parole du gouvernement belge")), "{roles:?}");
}

#[test]
fn capitalized_words_that_are_not_people_are_not_found() {
    let text = "Lundi, Pékin a réagi. Selon Moscou, la Guerre froide est finie. En Ukraine, le Parlement siège.";
    let x = extract(text, Some("2025-01-10"));
    assert!(x.found.is_empty(), "{:?}", x.found);
}

#[test]
fn treaty_articles_attach_to_the_treaty_named_before() {
    let x = extract(
        "Le traité de partenariat stratégique global a été signé à Pyongyang. Son article 4 prévoit une assistance mutuelle.",
        Some("2024-06-20"),
    );
    assert!(has(&x, "article 4", "russia-north-korea-treaty-article-4"), "{:?}", mentions(&x));
    // An article of an agreement the lexicon has no article for is minted.
    let x = extract("Le traité New START expire bientôt ; son article 14 prévoit un retrait.", Some("2025-01-10"));
    let a14 = x.found.iter().find(|f| f.label == "Article 14").expect("article 14 minted");
    assert_eq!(a14.part_of.as_deref(), Some("new-start"));
}

#[test]
fn demonyms_and_names_in_every_form() {
    let x = extract(
        "Des soldats nord‑coréens et des militaires russes ; les Nord-Coréennes ; Kim Jong-un, Kim Jong Un, Poutine et Putin.",
        Some("2025-01-10"),
    );
    let keys: Vec<&str> = x.mentions.iter().map(|m| m.entity.as_str()).collect();
    assert_eq!(
        keys,
        ["north-korea", "russia", "north-korea", "kim-jong-un", "kim-jong-un", "vladimir-putin", "vladimir-putin"]
    );
}

#[test]
fn case_sensitive_forms_do_not_match_common_words() {
    let x = extract("La libération de la ville a été célébrée, selon Le Monde et Libération.", Some("2025-01-10"));
    let surfaces: Vec<&str> = x.mentions.iter().map(|m| m.surface.as_str()).collect();
    assert!(!surfaces.contains(&"libération"), "{surfaces:?}");
    assert!(surfaces.contains(&"Libération"), "{surfaces:?}");
}

#[test]
fn organizations_the_lexicon_lacks_are_found_by_their_head_noun() {
    let x = extract(
        "Pour Claire Fontaine, chercheuse à l'Institut de relations internationales de Genève, rien n'est joué. \
         Le Centre d'analyse navale de Toulon partage cet avis.",
        Some("2025-01-10"),
    );
    let orgs: Vec<&str> = x
        .found
        .iter()
        .filter(|f| f.kind == depeche::lexicon::EntityType::Organization)
        .map(|f| f.label.as_str())
        .collect();
    assert_eq!(orgs, ["Institut de relations internationales de Genève", "Centre d'analyse navale de Toulon"]);
    // The city inside the name is not a mention of its own.
    assert!(!x.mentions.iter().any(|m| m.surface == "Genève"), "{:?}", mentions(&x));
}

#[test]
fn an_organization_named_inside_a_descriptor_is_mentioned_too() {
    let x = extract("Le secrétaire général de l'OTAN a réuni les alliés.", Some("2025-03-01"));
    assert!(x.mentions.iter().any(|m| m.entity == "nato"), "{:?}", mentions(&x));
}

#[test]
fn a_family_name_first_is_the_person_read_before() {
    let text = "Le colonel Ri Song-chol, attaché militaire, a inspecté la base. Le colonel Ri a ensuite salué les \
                officiers, et M. Ri a quitté la ville.";
    let x = extract(text, Some("2024-05-02"));
    let keys: Vec<&str> =
        x.mentions.iter().filter(|m| m.surface.starts_with("Ri")).map(|m| m.entity.as_str()).collect();
    assert!(keys.len() >= 3 && keys.iter().all(|k| *k == "name:ri-song-chol"), "{:?}", mentions(&x));
    assert!(!x.found.iter().any(|f| f.label == "Ri"), "{:?}", x.found);
}

#[test]
fn reciprocal_passive_and_split_compound_events() {
    let x = extract(
        "Kim Jong Un et Vladimir Poutine se sont longuement entretenus par téléphone samedi.",
        Some("2024-08-05"),
    );
    assert!(
        x.events.iter().any(|e| e.kind == "Meeting"
            && e.agent.as_deref() == Some("kim-jong-un")
            && e.participants.contains(&"vladimir-putin".to_string())),
        "{:?}",
        x.events
    );
    let x = extract(
        "Le colonel Ri Song-chol a été reçu lundi à Moscou par le général Piotr Lebedev, chef d'état-major adjoint.",
        Some("2024-08-05"),
    );
    assert!(
        x.events.iter().any(|e| e.kind == "Meeting"
            && e.agent.as_deref() == Some("name:piotr-lebedev")
            && e.participants.contains(&"name:ri-song-chol".to_string())),
        "{:?}",
        x.events
    );
    let x = extract("Vladimir Poutine a pour sa part appelé les Occidentaux à la retenue.", Some("2024-08-05"));
    assert!(
        x.events.iter().any(|e| e.kind == "Statement" && e.agent.as_deref() == Some("vladimir-putin")),
        "{:?}",
        x.events
    );
}

/// (kind, agent, participants and recipients) of every event.
fn events_of(x: &DocExtraction) -> Vec<(String, Option<String>, Vec<String>)> {
    x.events
        .iter()
        .map(|e| (e.kind.clone(), e.agent.clone(), e.participants.iter().chain(&e.recipients).cloned().collect()))
        .collect()
}

fn has_event(x: &DocExtraction, kind: &str, agent: &str, other: &str) -> bool {
    events_of(x).iter().any(|(k, a, o)| {
        k == kind && a.as_deref().unwrap_or("") == agent && (other.is_empty() || o.iter().any(|p| p == other))
    })
}

fn speaker_of(x: &DocExtraction, starts: &str) -> Option<String> {
    x.quotes.iter().find(|q| q.text.starts_with(starts)).and_then(|q| q.speaker.clone())
}

#[test]
fn a_known_name_that_goes_on_is_someone_else() {
    let x = extract(
        "Selon Yoon Da-eun, chercheuse à Séoul, le pacte durera. Le diplomate Park Jin-woo a reçu Lee Min-ho mardi. \
         Pour Mme Yoon, « le régime cherche des devises fraîches ».",
        Some("2025-07-03"),
    );
    assert!(!mentions(&x).iter().any(|(_, k)| k == "yoon-suk-yeol" || k == "park-jin"), "{:?}", mentions(&x));
    assert!(has(&x, "Yoon Da-eun", "name:yoon-da-eun"));
    assert!(has(&x, "Yoon", "name:yoon-da-eun"), "the bare family name follows: {:?}", mentions(&x));
    assert_eq!(speaker_of(&x, "le régime cherche").as_deref(), Some("name:yoon-da-eun"));
}

#[test]
fn a_descriptor_followed_by_a_name_is_that_person_and_a_deputy_is_no_holder() {
    let x = extract(
        "Son homologue américain, Antony Blinken, a averti que toute aide « franchirait une ligne rouge ». \
         Le vice-ministre russe des Affaires étrangères, Andreï Roudenko, a reçu l'ambassadeur.",
        Some("2024-11-27"),
    );
    assert!(has(&x, "homologue américain", "antony-blinken"), "{:?}", mentions(&x));
    assert_eq!(speaker_of(&x, "franchirait").as_deref(), Some("antony-blinken"));
    assert!(!mentions(&x).iter().any(|(_, k)| k == "sergey-lavrov"), "{:?}", mentions(&x));
    // The demonym inside an office names the country too.
    assert!(has(&x, "russe", "russia"), "{:?}", mentions(&x));
}

#[test]
fn quote_speakers_through_incises_relatives_pronouns_and_unnamed_officials() {
    let x = extract(
        "Des instructeurs nord-coréens ont été vus près de Louhansk, a affirmé jeudi le Service de sécurité d'Ukraine (SBU), \
         qui y voit « un nouveau pas dans l'escalade ». \
         Maria Zakharova a été interrogée sur ces informations. Lorsqu'un journaliste lui a demandé si Moscou confirmait, \
         elle a répondu : « Nous ne commentons pas les rumeurs de Kiev. » \
         « Nous suivons la situation de très près », a déclaré à l'AFP un responsable du ministère japonais des Affaires étrangères.",
        Some("2025-06-12"),
    );
    assert_eq!(speaker_of(&x, "un nouveau pas").as_deref(), Some("sbu"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "Nous ne commentons").as_deref(), Some("maria-zakharova"), "{:?}", x.quotes);
    let official = speaker_of(&x, "Nous suivons").unwrap_or_default();
    assert!(official != "afp" && !official.is_empty(), "told to the AFP, said by the ministry: {official}");
}

#[test]
fn verbs_that_fold_like_nouns_pairs_and_strikes() {
    let x = extract(
        "Le ministre Sergueï Lavrov a rencontré lundi Choe Son Hui à Wonsan. Les deux ministres ont ensuite signé un accord consulaire.",
        Some("2025-07-15"),
    );
    assert!(has_event(&x, "Meeting", "sergey-lavrov", "choe-son-hui"), "{:?}", events_of(&x));
    assert!(has_event(&x, "AgreementSigning", "sergey-lavrov", "choe-son-hui"), "{:?}", events_of(&x));
    let x = extract(
        "Des artilleurs nord-coréens ont bombardé mardi plusieurs localités du district de Velykyï Bourlouk, tuant au moins trois civils.",
        Some("2025-10-02"),
    );
    assert!(has(&x, "Velykyï Bourlouk", "name:velykyi-bourlouk"), "{:?}", mentions(&x));
    let victims: Vec<&Vec<String>> =
        x.events.iter().filter(|e| e.kind == "Casualties").map(|e| &e.recipients).collect();
    assert!(!victims.is_empty() && victims.iter().all(|r| !r.contains(&"north-korea".to_string())), "{:?}", x.events);
}

#[test]
fn what_is_announced_asked_for_or_refused() {
    let x = extract(
        "Le Canada a annoncé jeudi de nouvelles sanctions contre des armateurs russes. \
         Le ministre ukrainien a salué la décision, tout en réclamant des sanctions plus dures. \
         Le porte-parole du Kremlin a refusé de commenter ces mesures.",
        Some("2025-02-20"),
    );
    let kinds: Vec<(String, Option<String>)> = x.events.iter().map(|e| (e.kind.clone(), e.agent.clone())).collect();
    assert!(kinds.contains(&("Sanction".into(), Some("canada".into()))), "{kinds:?}");
    assert!(!kinds.contains(&("Statement".into(), Some("canada".into()))), "the act announced is the event: {kinds:?}");
    assert_eq!(kinds.iter().filter(|(k, _)| k == "Sanction").count(), 1, "a sanction asked for is none: {kinds:?}");
    assert!(!kinds.iter().any(|(k, a)| k == "Statement" && a.as_deref() == Some("dmitry-peskov")), "{kinds:?}");
}

#[test]
fn sources_letters_and_ratifications_by_their_shape() {
    let x = extract(
        "Le ministère japonais de la Défense a publié un rapport, selon lequel plus de 200 missiles ont été livrés à la Russie par la Corée du Nord. \
         Kim Jong Un a écrit à Vladimir Poutine. Le président russe lui a répondu vendredi par un message. \
         Le traité a été ratifié par la Douma. Kim Jong Un l'avait ratifié par décret la semaine précédente.",
        Some("2025-05-09"),
    );
    let supply = x.events.iter().find(|e| e.kind == "Supply").expect("a supply");
    assert_eq!(supply.agent.as_deref(), Some("north-korea"));
    assert!(supply.source.as_deref().is_some_and(|s| s != "japan" && s != "russia"), "{:?}", supply.source);
    assert!(has_event(&x, "Letter", "vladimir-putin", "kim-jong-un"), "{:?}", events_of(&x));
    assert!(x.events.iter().any(|e| e.kind == "Ratification" && e.agent.as_deref() == Some("kim-jong-un")));
}

#[test]
fn a_source_before_a_subject_a_title_that_points_back_and_a_korean_name_alone() {
    let x = extract(
        "Selon le Kremlin, Vladimir Poutine s'est entretenu mercredi au téléphone avec Kim Jong Un. \
         Rencontrée à Genève, Seo Min-ji ne cherche pas à rassurer. Pour cette politologue, le pacte « durera bien \
         au-delà de la guerre ». Le vice-ministre nord-coréen des Affaires étrangères, Pak Myong-ho, a reçu la \
         délégation. Le vice-ministre a, lui, promis que son pays resterait « aux côtés de ses amis russes ».",
        Some("2026-10-08"),
    );
    let meeting = x.events.iter().find(|e| e.kind == "Meeting").expect("a meeting");
    assert_eq!(meeting.agent.as_deref(), Some("vladimir-putin"));
    assert_eq!(meeting.source.as_deref(), Some("kremlin"));
    assert!(has(&x, "Seo Min-ji", "name:seo-min-ji"), "{:?}", mentions(&x));
    assert_eq!(speaker_of(&x, "durera bien").as_deref(), Some("name:seo-min-ji"));
    assert_eq!(speaker_of(&x, "aux côtés de ses amis").as_deref(), Some("name:pak-myong-ho"));
}

#[test]
fn wire_datelines_and_bare_participles_with_par() {
    let x = extract(
        "SÉOUL, 28 octobre 2024 (AFP) - La Corée du Nord a envoyé environ 11 000 soldats en Russie. \
         Le traité, signé en juin 2024 par Vladimir Poutine et Kim Jong Un, prévoit une assistance mutuelle.",
        Some("2024-10-28"),
    );
    let deployment = x.events.iter().find(|e| e.kind == "TroopDeployment").expect("a deployment");
    assert_eq!(deployment.agent.as_deref(), Some("north-korea"), "the dateline's city is no actor");
    assert!(has_event(&x, "AgreementSigning", "vladimir-putin", "kim-jong-un"), "{:?}", events_of(&x));
    assert!(
        !x.events.iter().any(|e| e.kind == "Supply"),
        "what a treaty provides for did not happen: {:?}",
        events_of(&x)
    );
}

#[test]
fn the_speaker_whose_clause_tells_a_fact_is_its_source_over_a_framing_selon() {
    let x = extract(
        "Le renseignement militaire ukrainien (GUR) a affirmé mardi que 120 soldats nord-coréens avaient été tués \
         et 250 autres blessés près de Soudja, d'après le quotidien Kyiv Independent.",
        Some("2025-02-12"),
    );
    let casualties: Vec<_> = x.events.iter().filter(|e| e.kind == "Casualties").collect();
    assert_eq!(casualties.len(), 2, "{:?}", events_of(&x));
    for e in casualties {
        assert_eq!(e.source.as_deref(), Some("gur"), "{:?}", e);
    }
}

#[test]
fn speakers_by_nationality_pronoun_after_a_body_and_unnamed_spokespeople() {
    let x = extract(
        "La cheffe de la diplomatie sud-coréenne, Cho Hyun, a rencontré mardi ses homologues. \
         Devant la presse, la ministre sud-coréenne a salué « une convergence de vues très nette entre les alliés ». \
         Le ministère russe des Affaires étrangères a rejeté ces critiques. « Ces accusations ne reposent sur \
         aucun élément sérieux », a-t-il affirmé dans un communiqué. \
         Mercredi, un porte-parole du ministère chinois des Affaires étrangères, cité par l'agence Xinhua, a \
         appelé à « la retenue de toutes les parties concernées ». \
         Il y a une semaine, le Service national du renseignement a assuré que Pyongyang « préparait un nouvel \
         envoi de troupes », son porte-parole précisant que « les préparatifs seraient achevés en mai ». \
         Pour le Service national du renseignement, le régime « cherche avant tout des devises ».",
        Some("2025-11-04"),
    );
    let spoke = |starts: &str| speaker_of(&x, starts).unwrap_or_default();
    let cho = spoke("une convergence de vues");
    assert!(cho.contains("cho-hyun"), "the South Korean minister named before: {cho}");
    assert_eq!(spoke("Ces accusations ne reposent"), "russian-ministry-of-foreign-affairs");
    assert_eq!(spoke("la retenue de toutes"), "chinese-ministry-of-foreign-affairs");
    assert_eq!(spoke("préparait un nouvel"), "south-korea-nis");
    assert_eq!(spoke("les préparatifs seraient"), "south-korea-nis");
    assert_eq!(spoke("cherche avant tout des devises"), "south-korea-nis");
}

#[test]
fn incises_inside_the_marks_voices_relatives_and_cited_spokespeople() {
    let x = extract(
        "Le Kremlin a publié un communiqué. « Nous ne céderons rien, tranche Marina Lefort, chercheuse à \
         l'Institut des études baltes. Le rapport de forces a changé. » \
         Madrid a protesté, par la voix de son ministre des Affaires étrangères, José Albares, contre « une \
         provocation inacceptable ». \
         M. Albares a été reçu mardi par le chef du Kremlin, qui a remercié l'Espagne pour sa « position \
         équilibrée sur le dossier ». \
         Un porte-parole du ministère nord-coréen des Affaires étrangères, cité mardi par l'agence officielle \
         KCNA, a qualifié ces mesures de « gesticulations d'un camp en déclin », qui resteront selon lui « sans \
         le moindre effet ». \
         Pour l'Américain Mike Walton, Moscou s'est « placé hors de tout cadre acceptable ».",
        Some("2025-11-04"),
    );
    let spoke = |starts: &str| speaker_of(&x, starts).unwrap_or_default();
    assert_eq!(spoke("Nous ne céderons rien"), "name:marina-lefort");
    assert!(spoke("une provocation").contains("albares"), "{}", spoke("une provocation"));
    assert_eq!(spoke("position équilibrée"), "vladimir-putin");
    assert_eq!(spoke("gesticulations"), "north-korean-ministry-of-foreign-affairs");
    assert_eq!(spoke("sans le moindre effet"), "north-korean-ministry-of-foreign-affairs");
    assert_eq!(spoke("placé hors de tout"), "name:mike-walton");
}

#[test]
fn an_office_with_no_country_is_its_holder_told_of_and_a_source_is_someone() {
    let x = extract(
        "Emmanuel Macron s'est entretenu jeudi au téléphone avec Volodymyr Zelensky. Le chef de l'État lui a \
         assuré que la France resterait « aux côtés de l'Ukraine aussi longtemps que nécessaire ». Une source à \
         l'Élysée va plus loin : « Nous ne pouvons plus ignorer ce qui se passe en Corée. » Les deux soldats \
         n'en faisaient pas partie : selon le ministère sud-coréen des Affaires étrangères, leur transfert \
         reste « suspendu à un accord entre les deux capitales ».",
        Some("2025-03-06"),
    );
    let spoke = |starts: &str| speaker_of(&x, starts).unwrap_or_default();
    assert_eq!(spoke("aux côtés de l'Ukraine"), "emmanuel-macron");
    assert_eq!(spoke("Nous ne pouvons plus"), "elysee");
    assert_eq!(spoke("suspendu à un accord"), "south-korean-ministry-of-foreign-affairs");
}

#[test]
fn bodies_and_people_named_in_the_shapes_of_the_press() {
    let x = extract(
        "À Séoul, le ministère des Affaires étrangères a répété qu'il restait « ouvert à toute demande de cette \
         nature ». L'économiste Mathieu Lefranc estime que ces envois rapportent beaucoup. Dans une lettre adressée \
         au président Lee Jae-myung, Ri Chol-jin écrit : « Je vous demande de ne pas me renvoyer là-bas. » \
         « Il était blessé à la jambe », a précisé à France 24 le lieutenant-colonel Oleksandr Tkachenko.",
        Some("2026-03-18"),
    );
    let spoke = |starts: &str| speaker_of(&x, starts).unwrap_or_default();
    assert_eq!(spoke("ouvert à toute demande"), "south-korean-ministry-of-foreign-affairs");
    assert_eq!(spoke("Je vous demande"), "name:ri-chol-jin");
    assert_eq!(spoke("Il était blessé"), "name:oleksandr-tkachenko");
    assert!(has(&x, "Mathieu Lefranc", "name:mathieu-lefranc"), "{:?}", mentions(&x));
}

#[test]
fn captives_named_by_a_participle_and_prisoners_exchanged() {
    let x = extract(
        "Les trois soldats nord-coréens capturés en février dans la région de Koursk sont détenus à Kiev. \
         Samedi, Kiev et Moscou ont procédé à un échange de 120 prisonniers.",
        Some("2025-06-10"),
    );
    let captures: Vec<_> = x.events.iter().filter(|e| e.kind == "Capture").collect();
    assert_eq!(captures.len(), 1, "{:?}", events_of(&x));
    // The captives' country captured no one; with no captor named, the other side
    // of the war (`conflicts.tsv`) did.
    assert_eq!(captures[0].agent.as_deref(), Some("ukraine"));
    assert!(captures[0].recipients.contains(&"north-korea".to_string()), "{:?}", captures[0]);
}

#[test]
fn soldiers_counted_in_an_exchange_and_captives_named_again() {
    let x = extract(
        "Kiev et Moscou ont procédé samedi à un échange de prisonniers : 210 militaires ukrainiens ont été libérés. \
         Les deux soldats nord-coréens capturés en mars ne figuraient pas sur la liste.",
        Some("2025-06-10"),
    );
    let exchange = x.events.iter().find(|e| e.kind == "OtherEvent").expect("the exchange");
    assert_eq!(exchange.count.and_then(|c| x.claims[c].value), Some(210));
    assert!(
        !x.events.iter().any(|e| matches!(e.kind.as_str(), "TroopDeployment" | "MilitaryOperation")),
        "{:?}",
        events_of(&x)
    );
    let capture = x.events.iter().find(|e| e.kind == "Capture").expect("a capture");
    assert_eq!(capture.count.and_then(|c| x.claims[c].value), Some(2));
}

#[test]
fn the_subject_its_verb_follows_and_a_pronoun_after_a_pronoun() {
    let x = extract(
        "Face au chef d'état-major, Valeri Guerassimov, qui lui présentait un rapport, le président russe a fixé \
         l'objectif : « La région doit être reprise au plus vite. » \
         Le président ukrainien, Volodymyr Zelensky, se trouvait alors à Pretoria. Il a été reçu jeudi par le \
         président Cyril Ramaphosa. « Sans ces missiles, Moscou aurait manqué de munitions », a-t-il lancé. \
         Plus de 10 000 soldats ont été envoyés, a-t-il affirmé, ajoutant que « des milliers d'ouvriers suivront ».",
        Some("2025-03-13"),
    );
    let spoke = |starts: &str| speaker_of(&x, starts).unwrap_or_default();
    assert_eq!(spoke("La région doit être"), "vladimir-putin");
    assert_eq!(spoke("Sans ces missiles"), "volodymyr-zelensky");
    assert_eq!(spoke("des milliers d'ouvriers"), "volodymyr-zelensky");
}

#[test]
fn an_official_named_last_is_the_source_and_an_agency_reporting_words_makes_no_statement() {
    let x = extract(
        "À Kharkiv, une frappe de missiles a tué quatre personnes, a indiqué le maire de la ville, Ihor Terekhov. \
         Kim Jong-un a promis de soutenir la Russie « jusqu'à la victoire finale », a rapporté l'agence officielle KCNA.",
        Some("2025-03-10"),
    );
    let toll = x.events.iter().find(|e| e.kind == "Casualties").expect("a toll");
    assert_eq!(toll.source.as_deref(), Some("ihor-terekhov"));
    let pledge = x.events.iter().find(|e| e.kind == "PledgeOfSupport").expect("a pledge");
    assert_eq!(pledge.source.as_deref(), Some("kcna"));
    assert!(!x.events.iter().any(|e| e.kind == "Statement"), "{:?}", events_of(&x));
}

#[test]
fn a_conditional_fact_keeps_the_source_told_just_before() {
    let x = extract(
        "Selon le Service national du renseignement sud-coréen, environ 2 000 soldats nord-coréens ont été tués. \
         Pyongyang aurait en outre envoyé 3 000 hommes supplémentaires en Russie.",
        Some("2025-09-05"),
    );
    let sent = x.events.iter().find(|e| e.kind == "TroopDeployment").expect("a deployment");
    assert_eq!(sent.source.as_deref(), Some("south-korea-nis"), "{:?}", sent);
}

#[test]
fn a_toll_is_where_and_when_the_strike_told_before_fell() {
    let x = extract(
        "Mardi, une frappe russe a visé le centre de Kharkiv. Elle a fait trois morts, selon le maire.",
        Some("2025-03-12"),
    );
    let toll = x.events.iter().find(|e| e.kind == "Casualties").expect("a toll");
    assert_eq!(toll.place.as_deref(), Some("kharkiv"), "{:?}", events_of(&x));
    assert!(toll.date.is_some_and(|d| d.day == Some(11)), "{:?}", toll.date);
}

#[test]
fn incises_before_the_quotation_people_by_relative_and_given_name_and_a_verb_after_a_person() {
    let x = extract(
        "Pékin s'en tient à une ligne prudente : le porte-parole de sa diplomatie, Lin Jian, a assuré que la Chine \
         « suivait la situation de près ». L'agence KCNA a rapporté mercredi que Kim Jong Un avait assuré à son \
         hôte que son pays resterait « aux côtés de la Russie ». Le texte signé, a renchéri M. Poutine, « ouvre une \
         page nouvelle ». « Ils avancent en colonnes serrées », raconte Taras, sergent d'une brigade d'assaut. \
         Olena Kravets, dont le fils est détenu en Russie, attend. « Qu'on les échange dès demain », a-t-elle dit.",
        Some("2025-03-10"),
    );
    let spoke = |starts: &str| speaker_of(&x, starts).unwrap_or_default();
    assert_eq!(spoke("suivait la situation"), "lin-jian");
    assert_eq!(spoke("aux côtés de la Russie"), "kim-jong-un");
    assert_eq!(spoke("ouvre une page"), "vladimir-putin");
    assert_eq!(spoke("Ils avancent"), "name:taras");
    assert_eq!(spoke("Qu'on les échange"), "name:olena-kravets");
}

#[test]
fn sending_deploys_troops_only_when_troops_are_sent() {
    let x = extract(
        "Le prêtre était accompagné d'un interprète envoyé par Séoul. \
         La Corée du Nord a dépêché en Russie environ un millier d'opérateurs de drones.",
        Some("2025-06-10"),
    );
    let sent: Vec<_> = x.events.iter().filter(|e| e.kind == "TroopDeployment").collect();
    assert_eq!(sent.len(), 1, "{:?}", events_of(&x));
    assert_eq!(sent[0].agent.as_deref(), Some("north-korea"));
}

#[test]
fn a_participle_after_troops_of_a_nationality_is_sent_by_their_country() {
    let x = extract(
        "Séoul en sait beaucoup sur le contingent nord-coréen envoyé en Russie l'an dernier.",
        Some("2025-06-10"),
    );
    let sent = x.events.iter().find(|e| e.kind == "TroopDeployment").expect("a deployment");
    assert_eq!(sent.agent.as_deref(), Some("north-korea"), "{:?}", events_of(&x));
}

fn count_of(x: &DocExtraction, kind: &str) -> Option<u64> {
    x.events.iter().find(|e| e.kind == kind).and_then(|e| e.count).and_then(|c| x.claims[c].value)
}

#[test]
fn cargo_captives_possessives_and_amounts_in_words_are_counted() {
    let x = extract(
        "D'après l'institut, Moscou a livré plus d'un million de barils de gazole à Pyongyang depuis le printemps.",
        Some("2025-06-10"),
    );
    assert_eq!(count_of(&x, "Supply"), Some(1_000_000), "{:?}", x.claims);
    let x = extract(
        "Trois soldats nord-coréens blessés ont été capturés vendredi près de Soudja, a annoncé l'armée ukrainienne.",
        Some("2025-02-10"),
    );
    assert_eq!(count_of(&x, "Capture"), Some(3), "{:?}", events_of(&x));
    assert!(!x.events.iter().any(|e| e.kind == "Casualties"), "wounded captives are no toll: {:?}", events_of(&x));
    let x = extract(
        "Selon Kiev, quelque 3 000 de leurs hommes auraient été tués ou blessés cet hiver.",
        Some("2025-03-01"),
    );
    assert_eq!(count_of(&x, "Casualties"), Some(3000), "{:?}", x.claims);
    let x =
        extract("La frappe a tué une quinzaine de militaires russes près de Rylsk, selon Kiev.", Some("2025-03-01"));
    assert_eq!(count_of(&x, "Casualties"), Some(15), "{:?}", x.claims);
}

#[test]
fn demonstratives_and_descriptors_point_to_the_last_person_named() {
    let x = extract(
        "Pour Julie Renard, chercheuse à l'Institut d'études baltes, la visite de la ministre « change peu de choses ». \
         L'ancienne diplomate, qui fut en poste à Riga, estime que Moscou « cherche surtout des obus ». \
         La ministre Choe Son Hui a rencontré le président Vladimir Poutine lundi à Moscou. \
         Celle-ci a ensuite promis que son pays resterait « aux côtés de la Russie jusqu'au bout ». \
         « Nos liens sont plus solides que jamais », a déclaré ce dernier devant la ministre.",
        Some("2024-11-05"),
    );
    assert_eq!(speaker_of(&x, "change peu").as_deref(), Some("name:julie-renard"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "cherche surtout").as_deref(), Some("name:julie-renard"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "aux côtés").as_deref(), Some("choe-son-hui"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "Nos liens").as_deref(), Some("vladimir-putin"), "{:?}", x.quotes);
}

#[test]
fn an_ally_sends_troops_to_the_principal_and_countries_make_no_statements() {
    let x = extract(
        "Une quarantaine d'officiers nord-coréens ont été déployés dans la région de Donetsk, selon le renseignement ukrainien.",
        Some("2025-11-05"),
    );
    assert!(has_event(&x, "TroopDeployment", "north-korea", "russia"), "{:?}", events_of(&x));
    assert!(!has_event(&x, "TroopDeployment", "north-korea", "ukraine"), "{:?}", events_of(&x));
    let x = extract("Pékin a démenti mercredi ces informations, jugées « sans fondement ».", Some("2025-11-05"));
    assert!(
        !x.events.iter().any(|e| e.kind == "Statement" && e.agent.as_deref() == Some("china")),
        "{:?}",
        events_of(&x)
    );
}

#[test]
fn interceptions_falling_missiles_and_fighting_with_no_side_are_operations() {
    let x = extract(
        "La défense antiaérienne ukrainienne a abattu 58 drones dans la nuit de lundi à mardi.",
        Some("2025-09-02"),
    );
    assert!(has_event(&x, "MilitaryOperation", "ukraine", ""), "{:?}", events_of(&x));
    assert_eq!(count_of(&x, "MilitaryOperation"), Some(58));
    let x = extract(
        "Moscou a lancé 200 drones contre l'Ukraine, selon Kiev, qui dit en avoir abattu 150.",
        Some("2025-09-02"),
    );
    let operations = x.events.iter().filter(|e| matches!(e.kind.as_str(), "Attack" | "MilitaryOperation")).count();
    assert_eq!(operations, 1, "the interception answers the strike told with it: {:?}", events_of(&x));
    let x = extract("Trois missiles russes se sont abattus mardi sur Odessa.", Some("2025-09-02"));
    assert!(has_event(&x, "Attack", "russia", ""), "{:?}", events_of(&x));
    let x = extract("De violents combats ont eu lieu dimanche près de Korenevo.", Some("2025-02-10"));
    let fight = x.events.iter().find(|e| e.kind == "MilitaryOperation").expect("the fighting");
    assert_eq!(fight.place.as_deref(), Some("korenevo"));
    assert_eq!(fight.agent, None);
}

#[test]
fn speakers_by_pronoun_gender_dislocation_inverted_incises_and_last_resort() {
    let x = extract(
        "Reçue lundi par Vladimir Poutine, la ministre des Affaires étrangères, Choe Son Hui, a visité Moscou. \
         Plus tard, elle a promis que son pays resterait « aux côtés de la Russie jusqu'à la victoire ». \
         Quant à Volodymyr Zelensky, il a estimé mardi que Moscou « se sert de soldats étrangers ». \
         Pour Paul Girard, de l'Institut d'études slaves, l'alliance « change de nature ». \
         « Le prix sera lourd », analyse celui-ci. \
         Leur bravoure, promet-il, « ne sera jamais oubliée ». \
         Kim Jong Un a rendu hommage aux soldats qui « ont montré leur courage ».",
        Some("2025-04-29"),
    );
    assert_eq!(speaker_of(&x, "aux côtés").as_deref(), Some("choe-son-hui"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "se sert").as_deref(), Some("volodymyr-zelensky"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "change de nature").as_deref(), Some("name:paul-girard"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "Le prix sera lourd").as_deref(), Some("name:paul-girard"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "ne sera jamais").as_deref(), Some("name:paul-girard"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "ont montré").as_deref(), Some("kim-jong-un"), "{:?}", x.quotes);
}

#[test]
fn captives_told_again_make_no_capture_and_the_captor_follows_par() {
    let x = extract(
        "Capturés par les forces ukrainiennes en janvier, les deux soldats nord-coréens sont détenus à Kiev. \
         Les deux prisonniers ont été interrogés par le SBU. L'un des prisonniers a été blessé lors de sa capture.",
        Some("2025-03-01"),
    );
    let captures: Vec<_> = x.events.iter().filter(|e| e.kind == "Capture").collect();
    assert_eq!(captures.len(), 1, "{:?}", events_of(&x));
    assert_eq!(captures[0].agent.as_deref(), Some("ukraine"), "{:?}", events_of(&x));
    assert!(captures[0].recipients.contains(&"north-korea".to_string()), "{:?}", events_of(&x));
}

#[test]
fn interview_answers_and_names_after_a_place_in_a_title() {
    let x = extract(
        "« Le traité sert de paravent », résume l'ancien ambassadeur de France à Séoul Henri Valmont, qui suit le dossier. \
         L'avocate Julie Sarrazin rappelle les règles. «Le droit est clair, explique la juriste : un prisonnier ne peut être renvoyé.» \
         Que fera Pyongyang ? Sa réponse est nette : « Le régime ne les réclamera pas. » \
         Interrogée sur ces unités, elle se montre prudente : « Ces hommes manquent d'expérience. »",
        Some("2025-02-01"),
    );
    assert!(has(&x, "Henri Valmont", "name:henri-valmont"), "{:?}", mentions(&x));
    assert_eq!(speaker_of(&x, "Le traité sert").as_deref(), Some("name:henri-valmont"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "Le droit est clair").as_deref(), Some("name:julie-sarrazin"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "Le régime ne les").as_deref(), Some("name:julie-sarrazin"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "Ces hommes manquent").as_deref(), Some("name:julie-sarrazin"), "{:?}", x.quotes);
}

#[test]
fn platforms_later_quotations_and_apposed_names_in_incises() {
    let x = extract(
        "Le gouverneur de la région, Ivan Fedorov, a dénoncé une frappe. « Les tirs ont visé le centre-ville », a écrit sur Telegram le responsable. \
         Dans un communiqué, la Commission militaire centrale du Parti du travail de Corée reconnaît avoir envoyé des troupes « sur ordre du chef de l'Etat », afin de « chasser les occupants ukrainiens ». \
         «Ce rapport ne vaut rien, a rétorqué l'ambassadeur russe, Vassili Nebenzia. Il sert Kiev.»",
        Some("2025-05-01"),
    );
    assert_eq!(speaker_of(&x, "Les tirs").as_deref(), Some("ivan-fedorov"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "sur ordre").as_deref(), Some("wpk-central-military-commission"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "chasser").as_deref(), Some("wpk-central-military-commission"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "Ce rapport").as_deref(), Some("vasily-nebenzya"), "{:?}", x.quotes);
}

#[test]
fn an_unnamed_official_of_a_named_body_speaks_for_it() {
    let x = extract(
        "Dmitri Peskov a refusé de commenter. « Ces échanges violent les résolutions », a déclaré mardi la porte-parole du ministère de l'Unification, à Séoul. \
         Le représentant russe, Vassili Nebenzia, a balayé ces accusations. Aux yeux du diplomate russe, l'Occident « n'a aucune leçon à donner ».",
        Some("2025-05-01"),
    );
    assert_eq!(
        speaker_of(&x, "Ces échanges").as_deref(),
        Some("south-korean-ministry-of-unification"),
        "{:?}",
        x.quotes
    );
    assert_eq!(speaker_of(&x, "n'a aucune").as_deref(), Some("vasily-nebenzya"), "{:?}", x.quotes);
}

#[test]
fn a_verb_in_the_present_after_a_title_is_no_participle() {
    let x = extract(
        "Paul Martin, chercheur à l'Institut Vauban, a publié une note. Le chercheur affirme que Pyongyang en tire des devises.",
        Some("2025-04-28"),
    );
    assert!(has_event(&x, "Statement", "name:paul-martin", ""), "{:?}", events_of(&x));
    let x = extract("Les troupes envoyées en Russie par Pyongyang se battent à Koursk.", Some("2025-04-28"));
    assert!(has_event(&x, "TroopDeployment", "north-korea", "russia"), "{:?}", events_of(&x));
}

#[test]
fn workers_sent_exchanges_counted_and_ceremonies_are_other_events() {
    let x = extract(
        "Plusieurs milliers d'ouvriers nord-coréens ont été envoyés sur des chantiers en Russie, selon le NIS.",
        Some("2025-04-28"),
    );
    assert!(!x.events.iter().any(|e| e.kind == "TroopDeployment"), "{:?}", events_of(&x));
    assert!(has_event(&x, "OtherEvent", "", "north-korea"), "{:?}", events_of(&x));
    let x = extract("Kiev et Moscou ont procédé lundi à un échange de 150 prisonniers.", Some("2025-04-28"));
    assert_eq!(count_of(&x, "OtherEvent"), Some(150), "{:?}", events_of(&x));
    assert!(!x.events.iter().any(|e| e.kind == "Capture"), "{:?}", events_of(&x));
    let x = extract(
        "Kim Jong Un a présidé jeudi une cérémonie à la mémoire des soldats tombés en Russie.",
        Some("2025-04-28"),
    );
    assert!(has_event(&x, "OtherEvent", "kim-jong-un", ""), "{:?}", events_of(&x));
}

#[test]
fn a_country_found_as_speaker_gives_way_to_the_body_or_person_of_its_sentence() {
    let x = extract(
        "Le NIS, qui s'exprimait devant des députés, juge que Pyongyang prépare l'envoi de renforts, « sans doute au printemps ».",
        Some("2025-01-10"),
    );
    assert_eq!(speaker_of(&x, "sans doute").as_deref(), Some("south-korea-nis"), "{:?}", x.quotes);
}

#[test]
fn speakers_of_reports_documents_titles_and_relatives() {
    // "les auteurs" and "y lit-on" point to the body that issued the report,
    // named as its issuer ("publié par") rather than the last body named.
    let x = extract(
        "Un rapport publié lundi par l'Équipe multilatérale de surveillance des sanctions (MSMT) détaille les \
         livraisons. Il cite aussi des pétroliers, au-delà du plafond fixé par l'ONU. « Ces cargaisons échappent à \
         tout contrôle douanier », écrivent les auteurs. « Le réseau compte plusieurs sociétés écrans à Vladivostok », \
         y lit-on.",
        Some("2025-06-02"),
    );
    assert_eq!(speaker_of(&x, "Ces cargaisons").as_deref(), Some("msmt"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "Le réseau compte").as_deref(), Some("msmt"), "{:?}", x.quotes);
    // A title with no name points to the person named with that title, even
    // one the lexicon lacks; an apposition after the tag's title is no
    // unnamed official.
    let x = extract(
        "La délégation, conduite par le vice-ministre des Transports Kang Il-sop, a rencontré le gouverneur \
         Sergueï Nossov. « Les échanges vont doubler d'ici l'été », s'est réjoui le gouverneur. Le vice-ministre a, \
         lui, promis que son pays serait « un partenaire fiable et durable ». « Nos équipes sont déjà sur place \
         depuis mars », assure l'officier de liaison, un ancien marin de Nakhodka.",
        Some("2025-06-02"),
    );
    assert!(has(&x, "Kang Il-sop", "name:kang-il-sop"), "the portfolio is no part of the name: {:?}", mentions(&x));
    assert_eq!(speaker_of(&x, "un partenaire fiable").as_deref(), Some("name:kang-il-sop"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "Les échanges vont").as_deref(), Some("name:serguei-nossov"), "{:?}", x.quotes);
    assert!(speaker_of(&x, "Nos équipes sont").is_some(), "{:?}", x.quotes);
    // A second quotation after someone else's relative clause with its own
    // speech verb is theirs; "les propos de Y, qui" is Y's clause, not the
    // subject's.
    let x = extract(
        "Le ministre Andriy Sybiha a rejeté mardi les propos de Sergueï Lavrov, qui avait évoqué « une victoire \
         inévitable et proche » : « C'est une fable pour le public russe », a-t-il tranché.",
        Some("2025-06-02"),
    );
    assert_eq!(speaker_of(&x, "une victoire inévitable").as_deref(), Some("sergey-lavrov"), "{:?}", x.quotes);
}

#[test]
fn retaken_land_skirmishes_and_weapons_that_fell() {
    // Land taken back with no one named goes back to the country it belongs
    // to, from the side named after "à".
    let x = extract(
        "Le Kremlin a annoncé samedi que la région de Koursk était entièrement reprise aux forces ukrainiennes.",
        Some("2025-04-28"),
    );
    assert!(has_event(&x, "MilitaryOperation", "russia", "ukraine"), "{:?}", events_of(&x));
    // Skirmishes between two sides: the first acts, the second is the other.
    let x = extract(
        "Les premiers accrochages entre l'armée ukrainienne et des soldats nord-coréens ont eu lieu mercredi.",
        Some("2025-04-28"),
    );
    assert!(has_event(&x, "MilitaryOperation", "ukraine", "north-korea"), "{:?}", events_of(&x));
    // A missile that fell on a city struck it, for whoever fired it.
    let x = extract(
        "Un missile tiré par les forces russes s'est abattu mardi sur un immeuble de Kharkiv.",
        Some("2025-04-28"),
    );
    assert!(has_event(&x, "Attack", "russia", "ukraine"), "{:?}", events_of(&x));
    // A body whose name carries a nationality names that country too.
    let x = extract("Le ministère sud-coréen de l'Unification a jugé la visite illégale.", Some("2025-04-28"));
    assert!(has(&x, "ministère sud-coréen de l'Unification", "south-korean-ministry-of-unification"));
    assert!(has(&x, "sud-coréen", "south-korea"), "{:?}", mentions(&x));
}

#[test]
fn a_toll_with_no_victims_named_counts_the_soldiers_told_before() {
    // The troops sent in the sentence before; the nationality of soldiers
    // told of; the side struck just before.
    let x = extract(
        "Pyongyang a envoyé environ 12 000 soldats en Russie à l'automne. Selon le renseignement sud-coréen, \
         quelque 3 000 d'entre eux auraient été tués ou blessés.",
        Some("2025-04-28"),
    );
    assert!(has_event(&x, "Casualties", "", "north-korea"), "{:?}", events_of(&x));
    let x = extract(
        "Les pertes nord-coréennes restent mal connues. Le GUR évoque environ 1 500 tués depuis janvier.",
        Some("2025-04-28"),
    );
    assert!(has_event(&x, "Casualties", "", "north-korea"), "{:?}", events_of(&x));
}

#[test]
fn goods_received_are_a_supply_from_the_other_side() {
    // Receiving goods is no meeting: the receiver is supplied, by the side
    // named with the goods or the one it supplied just before.
    let x = extract(
        "La Corée du Nord a livré des millions d'obus à la Russie. Pyongyang aurait reçu en échange des systèmes de \
         défense antiaérienne et du pétrole.",
        Some("2025-04-28"),
    );
    assert!(!x.events.iter().any(|e| e.kind == "Meeting"), "{:?}", events_of(&x));
    assert!(has_event(&x, "Supply", "russia", "north-korea"), "{:?}", events_of(&x));
    // Goods with no figure make a gift a supply.
    let x = extract("Moscou a offert des technologies spatiales à Pyongyang.", Some("2025-04-28"));
    assert!(has_event(&x, "Supply", "russia", "north-korea"), "{:?}", events_of(&x));
    // "N d'entre eux" counts the soldiers told just before.
    let x = extract(
        "Environ 11 000 soldats nord-coréens ont été envoyés en Russie. Quelque 8 000 d'entre eux se trouvent déjà \
         dans la région de Koursk.",
        Some("2025-04-28"),
    );
    let counts: Vec<u64> = x.events.iter().filter_map(|e| e.count).filter_map(|c| x.claims[c].value).collect();
    assert!(counts.contains(&8000), "{counts:?} {:?}", events_of(&x));
}

#[test]
fn bodies_named_again_by_their_head_noun_speak() {
    // "écrit la commission", "un responsable du ministère", "la même source",
    // a letter's author after "par".
    let x = extract(
        "Dans un communiqué, la Commission militaire centrale du Parti du travail de Corée salue les troupes. \
         « Nos unités ont rempli leur mission avec honneur », écrit la commission.",
        Some("2025-04-28"),
    );
    assert_eq!(speaker_of(&x, "Nos unités").as_deref(), Some("wpk-central-military-commission"), "{:?}", x.quotes);
    let x = extract(
        "Le ministère sud-coréen des Affaires étrangères a convoqué l'ambassadeur. « Nous disposons de preuves \
         solides et concordantes », a affirmé à Yonhap un responsable du ministère.",
        Some("2025-04-28"),
    );
    assert_eq!(
        speaker_of(&x, "Nous disposons").as_deref(),
        Some("south-korean-ministry-of-foreign-affairs"),
        "{:?}",
        x.quotes
    );
    let x = extract(
        "L'agence KCNA a publié une lettre adressée la veille par Kim Jong Un à Vladimir Poutine, dans laquelle le \
         dirigeant salue « une amitié que rien ne pourra briser ». Les deux hommes ont évoqué, selon la même source, \
         « de nouveaux projets communs dans l'énergie ».",
        Some("2025-04-28"),
    );
    assert_eq!(speaker_of(&x, "une amitié").as_deref(), Some("kim-jong-un"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "de nouveaux projets").as_deref(), Some("kcna"), "{:?}", x.quotes);
}

#[test]
fn an_officer_of_a_body_told_before_and_a_member_who_speaks_for_himself() {
    let x = extract(
        "À Séoul, l'état-major interarmées (JCS) a fait état de nouveaux renforts. « Le rythme des rotations \
         s'accélère nettement », a estimé un officier de l'état-major cité par l'agence Yonhap.",
        Some("2025-04-28"),
    );
    assert_eq!(speaker_of(&x, "Le rythme").as_deref(), Some("south-korea-jcs"), "{:?}", x.quotes);
    let x = extract(
        "Le député Kim Byung-joo a rencontré le prisonnier. « Il veut vivre au Sud et ne reviendra pas en \
         arrière », a raconté l'élu du Parti démocrate à sa sortie.",
        Some("2025-04-28"),
    );
    assert_eq!(speaker_of(&x, "Il veut vivre").as_deref(), Some("name:kim-byung-joo"), "{:?}", x.quotes);
}

#[test]
fn opening_participles_and_captors_after_par() {
    // A present participle opening the sentence has the main clause's subject.
    let x = extract(
        "Recevant lundi l'ambassadeur de Russie, Alexandre Matsegora, Kim Jong Un a affirmé que son pays se \
         tiendrait aux côtés de Moscou.",
        Some("2025-04-28"),
    );
    assert!(has_event(&x, "Meeting", "kim-jong-un", "alexander-matsegora"), "{:?}", events_of(&x));
    assert!(!events_of(&x).iter().any(|(_, a, _)| a.as_deref() == Some("alexander-matsegora")));
    // A captor named after "par" with a noun and its adjective between.
    let x = extract(
        "Capturés début janvier dans l'oblast de Koursk par les forces spéciales ukrainiennes, les deux soldats \
         nord-coréens sont soignés à Kiev.",
        Some("2025-04-28"),
    );
    assert!(has_event(&x, "Capture", "ukraine", "north-korea"), "{:?}", events_of(&x));
    // Whoever announces a place taken back is not the one who took it.
    let x = extract(
        "Samedi, le chef d'état-major russe, Valeri Guerassimov, avait annoncé à Vladimir Poutine la reprise de \
         Gornal.",
        Some("2025-04-28"),
    );
    assert!(has_event(&x, "MilitaryOperation", "russia", ""), "{:?}", events_of(&x));
}

#[test]
fn a_known_family_name_after_another_given_name_is_someone_else() {
    let x = extract(
        "Pour le général de réserve Jean-Marc Vautrin, ancien attaché de défense à Séoul, le seuil est franchi.",
        Some("2026-03-19"),
    );
    assert!(!mentions(&x).iter().any(|(_, k)| k == "catherine-vautrin"), "{:?}", mentions(&x));
    assert!(has(&x, "Jean-Marc Vautrin", "name:jean-marc-vautrin"), "{:?}", mentions(&x));
}

#[test]
fn plural_pronoun_tags_bodies_and_a_ministry_named_by_its_possessor() {
    // "», ont-elles indiqué": the force told of just before.
    let x = extract(
        "Les Forces d'opérations spéciales (SSO) ukrainiennes ont affirmé mardi avoir frappé un campement. « Une \
         trentaine de fantassins ont été neutralisés en moins d'une heure », ont-elles indiqué dans un communiqué.",
        Some("2025-04-28"),
    );
    assert_eq!(speaker_of(&x, "Une trentaine").as_deref(), Some("ukraine-special-operations-forces"), "{:?}", x.quotes);
    // "», a ajouté le ministre": whoever just spoke goes on.
    let x = extract(
        "La ministre Choe Son Hui a rencontré Sergueï Lavrov la veille. À Kiev, le chef de la diplomatie \
         ukrainienne, Andriï Sybiha, a exhorté les alliés à « ne pas rester spectateurs de cette guerre ». « Chaque \
         soldat envoyé contre nous est une escalade », a ajouté le ministre.",
        Some("2025-04-28"),
    );
    assert_eq!(speaker_of(&x, "Chaque soldat").as_deref(), Some("andrii-sybiha"), "{:?}", x.quotes);
    // "son ministère des Affaires étrangères": the possessor's ministry.
    let x = extract(
        "La Chine a répété par la voix de son ministère des Affaires étrangères qu'elle n'avait pas d'informations.",
        Some("2025-04-28"),
    );
    assert!(has(&x, "ministère des Affaires étrangères", "chinese-ministry-of-foreign-affairs"), "{:?}", mentions(&x));
}

#[test]
fn a_capture_noun_takes_its_captor_after_par_and_soldiers_positioned_are_counted() {
    let x = extract(
        "Le président ukrainien a annoncé samedi la capture par l'armée ukrainienne de deux soldats nord-coréens.",
        Some("2025-01-12"),
    );
    assert!(has_event(&x, "Capture", "ukraine", "north-korea"), "{:?}", events_of(&x));
    let x = extract(
        "Selon le NIS, quelque 11 000 soldats nord-coréens sont en Russie, dont entre 7 000 et 8 000 déjà \
         positionnés dans la région de Koursk.",
        Some("2025-01-12"),
    );
    let counted: Vec<Option<u64>> = x
        .events
        .iter()
        .filter(|e| e.kind == "TroopDeployment")
        .filter_map(|e| e.count)
        .map(|c| x.claims[c].min)
        .collect();
    assert!(counted.contains(&Some(7000)), "{counted:?} {:?}", events_of(&x));
}

#[test]
fn a_visit_goes_to_the_place_right_after_its_verb_and_to_its_possessor() {
    let x = extract(
        "Le ministre Jean-Noël Barrot est arrivé mercredi à Séoul pour une visite de deux jours consacrée à la \
         guerre en Ukraine.",
        Some("2025-03-06"),
    );
    let visit = x.events.iter().find(|e| e.kind == "Visit").expect("a visit");
    assert_eq!(visit.place.as_deref(), Some("seoul"), "{:?}", events_of(&x));
    assert!(visit.recipients.contains(&"south-korea".to_string()), "{:?}", events_of(&x));
    let x = extract(
        "C'est déjà sa troisième visite en Corée du Nord depuis mars. Sergueï Choïgou a été reçu mardi par Kim \
         Jong Un.",
        Some("2025-06-18"),
    );
    assert!(has_event(&x, "Visit", "sergei-shoigu", "north-korea"), "{:?}", events_of(&x));
}

#[test]
fn clefts_naming_participles_plural_subjects_and_first_answers_name_the_speaker() {
    // "« ... » : c'est la position qu'a rappelée X": the cleft names the speaker.
    let x = extract(
        "« Chaque réfugié venu du Nord recevra une aide au logement » : c'est la ligne qu'a défendue lundi le \
         ministère sud-coréen de l'Unification.",
        Some("2025-03-10"),
    );
    let spoke = |x: &DocExtraction, starts: &str| speaker_of(x, starts).unwrap_or_default();
    assert_eq!(spoke(&x, "Chaque réfugié"), "south-korean-ministry-of-unification", "{:?}", x.quotes);
    // "présenté par l'agence comme « ... »": who called it so.
    let x = extract(
        "Le lanceur a été présenté par l'agence KCNA comme « le fleuron de l'industrie spatiale du pays ».",
        Some("2025-03-10"),
    );
    assert_eq!(spoke(&x, "le fleuron"), "kcna", "{:?}", x.quotes);
    // "elles ont affirmé « ... »" with no subject in the sentence: the force
    // told of just before.
    let x = extract(
        "Les Forces d'opérations spéciales ukrainiennes ont visé une base près de Rylsk. Dans un message publié \
         dimanche, elles ont assuré avoir mis hors d'usage « trois lance-roquettes et un radar de tir ».",
        Some("2025-03-10"),
    );
    assert_eq!(spoke(&x, "trois lance-roquettes"), "ukraine-special-operations-forces", "{:?}", x.quotes);
    // "Sa première réponse : « ... »": the person just introduced answers.
    let x = extract(
        "Nous avons joint Hélène Castagnier, historienne à l'université de Rennes. Sa première réponse surprend : \
         « Rien de tout cela n'est vraiment nouveau pour Pyongyang. »",
        Some("2025-03-10"),
    );
    assert_eq!(spoke(&x, "Rien de tout"), "name:helene-castagnier", "{:?}", x.quotes);
}

#[test]
fn distant_tags_appositions_with_par_and_an_agency_right_before_its_verb() {
    let spoke = |x: &DocExtraction, starts: &str| speaker_of(x, starts).unwrap_or_default();
    // A tag past a phrase that goes on: ", après ..., a affirmé le X".
    let x = extract(
        "Les artilleurs ont changé de position « toutes les deux ou trois heures », après une semaine de \
         combats, a raconté vendredi le commandant Petro Dovhan, joint par téléphone.",
        Some("2025-02-14"),
    );
    assert_eq!(spoke(&x, "toutes les deux"), "name:petro-dovhan", "{:?}", x.quotes);
    // "L'entretien, qualifié par l'agence de « ... », s'est tenu ...": the
    // agency, not whoever the rest of the sentence names.
    let x = extract(
        "Sergueï Lavrov a été reçu par Kim Jong Un, a rapporté l'agence KCNA. L'entretien, qualifié par \
         l'agence de « cordial et d'une grande franchise », s'est tenu en présence de M. Lavrov.",
        Some("2025-07-13"),
    );
    assert_eq!(spoke(&x, "cordial et"), "kcna", "{:?}", x.quotes);
    // "Lorsque X avait admis ..., l'agence KCNA avait assuré que « ... »": the
    // agency right before its own speech verb.
    let x = extract(
        "Lorsque Kim Jong Un avait admis, au printemps, avoir envoyé des troupes, l'agence KCNA avait assuré \
         que ces hommes « avaient fait honneur à la patrie tout entière ».",
        Some("2025-09-02"),
    );
    assert_eq!(spoke(&x, "avaient fait honneur"), "kcna", "{:?}", x.quotes);
    // A person who presides over a ceremony does not say what the agency
    // reports about it.
    let x = extract(
        "Kim Jong Un a présidé samedi une cérémonie pour les soldats « morts pour la patrie sur une terre \
         lointaine », a rapporté l'agence KCNA.",
        Some("2025-09-02"),
    );
    assert_eq!(spoke(&x, "morts pour la patrie"), "kcna", "{:?}", x.quotes);
}

#[test]
fn an_agreeing_participle_after_a_noun_is_no_speech_verb() {
    // "ces frappes répétées montrent": an adjective, so "Pour X, ..." names
    // the speaker, not the demonym inside X's institute.
    let x = extract(
        "Pour Iryna Bondar, chercheuse à l'Institut ukrainien de politique étrangère, ces attaques répétées \
         montrent que l'adversaire « n'a toujours pas appris à se protéger des drones ».",
        Some("2025-02-14"),
    );
    assert_eq!(speaker_of(&x, "n'a toujours").as_deref(), Some("name:iryna-bondar"), "{:?}", x.quotes);
}

#[test]
fn a_body_named_by_its_head_noun_after_a_scene_setting_phrase() {
    let x = extract(
        "L'état-major général des forces armées ukrainiennes a publié un nouveau bilan. Dans son point de \
         situation du soir, l'état-major a compté 37 assauts et assuré avoir stoppé « toutes les tentatives \
         d'infiltration de l'adversaire ».",
        Some("2025-06-11"),
    );
    assert_eq!(speaker_of(&x, "toutes les tentatives").as_deref(), Some("ukrainian-general-staff"), "{:?}", x.quotes);
}

#[test]
fn an_originator_before_the_quotation_over_a_relayer_and_a_new_subject_after_et() {
    let spoke = |x: &DocExtraction, starts: &str| speaker_of(x, starts).unwrap_or_default();
    // "X a réaffirmé que ... « ... », a poursuivi le conseiller": X's words.
    let x = extract(
        "Iouri Ouchakov, conseiller du Kremlin, a rendu compte de l'entretien. Kim Jong Un a pour sa part \
         assuré que son pays soutiendrait « chacune des décisions de la direction russe », a poursuivi le \
         conseiller.",
        Some("2025-08-15"),
    );
    assert_eq!(spoke(&x, "chacune des"), "kim-jong-un", "{:?}", x.quotes);
    // "X a remercié ... « A », et Y a assuré que ... « B »": B is Y's.
    let x = extract(
        "Vladimir Poutine a salué « la bravoure des soldats coréens », et Kim Jong Un a assuré que son pays \
         tiendrait pour « une obligation d'honneur » de soutenir la Russie.",
        Some("2025-08-15"),
    );
    assert_eq!(spoke(&x, "la bravoure"), "vladimir-putin", "{:?}", x.quotes);
    assert_eq!(spoke(&x, "une obligation"), "kim-jong-un", "{:?}", x.quotes);
}

#[test]
fn voices_after_the_tag_follow_ups_titles_after_a_comma_relaying_agencies_and_guests() {
    let spoke = |x: &DocExtraction, starts: &str| speaker_of(x, starts).unwrap_or_default();
    // "», a fait savoir le Kremlin par la voix de son porte-parole, X": X.
    let x = extract(
        "« Aucune décision n'a encore été prise sur ce point », a fait savoir le Kremlin par la voix de son \
         porte-parole, Dmitri Peskov, lors d'un point de presse.",
        Some("2024-11-05"),
    );
    assert_eq!(spoke(&x, "Aucune décision"), "dmitry-peskov", "{:?}", x.quotes);
    // "Puis, s'adressant aux captifs : « ... »": the one who just spoke.
    let x = extract(
        "« Nous sommes prêts à un échange », a déclaré Volodymyr Zelensky dans une vidéo. Puis, s'adressant \
         aux deux prisonniers : « Ceux qui ne veulent pas rentrer auront d'autres options. »",
        Some("2025-01-13"),
    );
    assert_eq!(spoke(&x, "Ceux qui ne veulent"), "volodymyr-zelensky", "{:?}", x.quotes);
    // "Samedi, lors d'un entretien avec X, le général avait salué « ... »": the
    // general told of before, not the one he spoke with.
    let x = extract(
        "L'annonce en avait été faite par le chef d'état-major russe Valéri Guérassimov. Samedi, lors d'un \
         entretien avec Vladimir Poutine diffusé à la télévision, le général avait salué « la ténacité et le \
         sang-froid » des unités engagées.",
        Some("2025-04-28"),
    );
    assert_eq!(spoke(&x, "la ténacité"), "valery-gerasimov", "{:?}", x.quotes);
    // "», rapporte un enquêteur du service, cité par l'agence X": the service.
    let x = extract(
        "Le Service de sécurité d'Ukraine (SBU) a publié les auditions des deux captifs. « Ils pensaient partir \
         pour de simples manœuvres », rapporte un enquêteur du service, cité par l'agence Ukrinform.",
        Some("2025-01-13"),
    );
    assert_eq!(spoke(&x, "Ils pensaient"), "sbu", "{:?}", x.quotes);
    // "son invité a assuré que ... « ... »": the guest, not the host who
    // just spoke.
    let x = extract(
        "Kim Jong Un est arrivé mardi à Vladivostok. Vladimir Poutine l'a accueilli sur le quai. « Nous \
         examinerons chaque demande de nos amis », a déclaré le président russe. Au dîner, son invité a assuré \
         que son pays resterait « toujours aux côtés de Moscou ».",
        Some("2025-09-02"),
    );
    assert_eq!(spoke(&x, "toujours aux côtés"), "kim-jong-un", "{:?}", x.quotes);
    // "», avait-il affirmé" after "C'est samedi que X avait annoncé ...": X.
    let x = extract(
        "Le porte-parole du Kremlin, Dmitri Peskov, a renvoyé aux militaires. C'est samedi que le chef \
         d'état-major, Valéri Guérassimov, avait annoncé la fin des combats. « Nos alliés ont tenu leurs \
         positions », avait-il affirmé.",
        Some("2025-04-28"),
    );
    assert_eq!(spoke(&x, "Nos alliés"), "valery-gerasimov", "{:?}", x.quotes);
}

#[test]
fn journeys_that_are_none_offered_or_told_already_make_no_visit() {
    let visits = |x: &DocExtraction| x.events.iter().filter(|e| e.kind == "Visit").count();
    for text in [
        "Son ascension s'est accélérée avec l'arrivée au pouvoir de Kim Jong Un en 2011.",
        "Selon le renseignement ukrainien, des soldats ont reçu l'ordre de se tuer plutôt que de se rendre.",
        "Le Kremlin a rappelé que l'invitation faite à Kim Jong Un pour une visite en Russie restait valable.",
        "Pour cette chercheuse, la visite confirme que la relation entre Moscou et Pyongyang a changé.",
        "La veille de l'arrivée de l'émissaire russe, Séoul avait mis en garde Pyongyang.",
    ] {
        let x = extract(text, Some("2025-06-17"));
        assert_eq!(visits(&x), 0, "{text}: {:?}", events_of(&x));
    }
    // A journey with its destination stays one.
    for text in [
        "Les sanctions ont été annoncées au lendemain de l'arrivée du ministre russe en Corée du Nord.",
        "Sergueï Lavrov a gagné Wonsan, où il s'était déjà rendu l'an dernier.",
    ] {
        let x = extract(text, Some("2025-06-17"));
        assert!(visits(&x) >= 1, "{text}: {:?}", events_of(&x));
    }
}

#[test]
fn a_title_after_a_dateline_names_its_person_who_is_the_summoned_one() {
    let x = extract(
        "TOKYO, 12 mars 2026 (AFP) - Le Japon a convoqué mercredi l'ambassadeur de Russie, Nikolaï Nozdrev, \
         pour protester contre les livraisons de missiles.",
        Some("2026-03-12"),
    );
    assert!(has(&x, "Nikolaï Nozdrev", "name:nikolai-nozdrev"), "{:?}", mentions(&x));
    assert!(has_event(&x, "OtherEvent", "japan", "name:nikolai-nozdrev"), "{:?}", events_of(&x));
}

#[test]
fn a_sanction_counts_the_people_it_targets_first() {
    let count_of = |x: &DocExtraction| {
        x.events.iter().find(|e| e.kind == "Sanction").and_then(|e| e.count).map(|c| x.claims[c].value)
    };
    let x =
        extract("Washington a sanctionné lundi une vingtaine de personnes liées aux livraisons.", Some("2025-03-10"));
    assert_eq!(count_of(&x), Some(Some(20)), "{:?}", x.events);
    let x = extract(
        "Ottawa a annoncé vendredi le gel des avoirs de sept personnes et de deux sociétés de transport.",
        Some("2025-03-10"),
    );
    assert_eq!(count_of(&x), Some(Some(7)), "{:?}", x.events);
    // Officials a sanction targets are its count.
    let x = extract(
        "Bruxelles a adopté mardi des sanctions contre neuf hauts responsables biélorusses.",
        Some("2025-03-10"),
    );
    assert_eq!(count_of(&x), Some(Some(9)), "{:?}", x.events);
}

#[test]
fn openers_past_a_noun_demonstrative_titles_and_documents_with_their_issuer() {
    let spoke = |x: &DocExtraction, starts: &str| speaker_of(x, starts).unwrap_or_default();
    // "Pour X, ..., la simultanéité de ces annonces ... : « ... »": X's.
    let x = extract(
        "Pour Lina Okafor, chercheuse à l'Institut de Gand, la simultanéité de ces annonces ne doit rien au \
         hasard : « Chacun veut montrer qu'il a ses propres sources. »",
        Some("2025-03-10"),
    );
    assert_eq!(spoke(&x, "Chacun veut"), "name:lina-okafor", "{:?}", x.quotes);
    // "Cette experte invite à ... : « ... »": the expert just named.
    let x = extract(
        "Pour Élise Baradat, chercheuse à l'Institut de Brest, « le déploiement change la nature du conflit ». \
         Cette experte invite pourtant à la prudence : « Quelques milliers d'hommes ne décident pas d'une guerre. »",
        Some("2025-03-10"),
    );
    assert_eq!(spoke(&x, "Quelques milliers"), "name:elise-baradat", "{:?}", x.quotes);
    // "Un éditorial du Rodong Sinmun s'en prenait aux « ... »": the daily.
    let x = extract(
        "Un éditorial du Rodong Sinmun s'en prenait mardi aux « provocations répétées des fantoches de Séoul ».",
        Some("2025-03-10"),
    );
    assert_eq!(spoke(&x, "provocations"), "rodong-sinmun", "{:?}", x.quotes);
}

#[test]
fn heads_of_bodies_are_people_and_a_feminine_role_tells_elle() {
    let spoke = |x: &DocExtraction, starts: &str| speaker_of(x, starts).unwrap_or_default();
    // "X, qui dirige à Kiev l'Institut ...": a person, who speaks for himself.
    let x = extract(
        "Taras Bilenko, qui dirige à Lviv le Centre d'études militaires, reste prudent. « Pyongyang peut encore \
         envoyer des milliers d'hommes », estime-t-il.",
        Some("2025-03-10"),
    );
    assert!(has(&x, "Taras Bilenko", "name:taras-bilenko"), "{:?}", mentions(&x));
    assert_eq!(spoke(&x, "Pyongyang peut"), "name:taras-bilenko", "{:?}", x.quotes);
    // "maîtresse de conférences": "elle" is her, not the minister before.
    let x = extract(
        "Le ministre David Lammy a annoncé des sanctions. La nouvelle a été suivie par Claire Vermeulen, \
         maîtresse de conférences à l'université de Lille. « Le sort de ces hommes sera un casse-tête, \
         prévient-elle. Kiev devra trancher. »",
        Some("2025-03-10"),
    );
    assert_eq!(spoke(&x, "Le sort de ces"), "name:claire-vermeulen", "{:?}", x.quotes);
}

#[test]
fn told_before_the_press_pour_lui_and_a_title_after_et() {
    let spoke = |x: &DocExtraction, starts: &str| speaker_of(x, starts).unwrap_or_default();
    // "a déclaré devant la presse X, porte-parole du Conseil ...": X speaks.
    let x = extract(
        "« Moscou a reçu plusieurs dizaines de missiles », a déclaré devant la presse John Kirby, porte-parole \
         du Conseil de sécurité nationale américain.",
        Some("2024-01-05"),
    );
    assert_eq!(spoke(&x, "Moscou a reçu"), "john-kirby", "{:?}", x.quotes);
    // "Pour lui, ... « ... »": the one who just spoke.
    let x = extract(
        "« Leur sort dépend de leur volonté », a rappelé le ministre ukrainien des Affaires étrangères, Andriï \
         Sybiha. Pour lui, ces deux hommes « ne seront jamais renvoyés de force ».",
        Some("2025-06-11"),
    );
    assert_eq!(spoke(&x, "ne seront jamais"), "andrii-sybiha", "{:?}", x.quotes);
    // "D'après l'agence, l'entretien s'est tenu dans « ... », et le dirigeant
    // a assuré que ... « ... »": the leader's words are his.
    let x = extract(
        "Andreï Belooussov a été reçu mercredi par Kim Jong Un. D'après l'agence KCNA, l'entretien s'est tenu \
         dans « une atmosphère de confiance et de camaraderie », et le dirigeant a assuré son visiteur que son \
         pays resterait « aux côtés de la Russie jusqu'à la victoire ».",
        Some("2026-05-16"),
    );
    assert_eq!(spoke(&x, "aux côtés de la Russie"), "kim-jong-un", "{:?}", x.quotes);
}

#[test]
fn the_closest_figure_counts_an_event_and_troops_before_a_visit_noun_do_not_make_it_theirs() {
    let x = extract(
        "Selon le renseignement sud-coréen, près de douze mille militaires nord-coréens sont passés par la \
         Russie, et quelque 3 000 d'entre eux y auraient perdu la vie.",
        Some("2025-08-10"),
    );
    let count =
        |kind: &str| x.events.iter().find(|e| e.kind == kind).and_then(|e| e.count).and_then(|c| x.claims[c].value);
    assert_eq!(count("Casualties"), Some(3000), "{:?}", x.events);
    let x = extract(
        "S'y ajoute un millier de démineurs, dépêchés après la visite à Pyongyang, le 17 juin, de Sergueï Choïgou.",
        Some("2025-08-10"),
    );
    assert!(has_event(&x, "Visit", "sergei-shoigu", ""), "{:?}", events_of(&x));
    assert!(!has_event(&x, "TroopDeployment", "sergei-shoigu", ""), "{:?}", events_of(&x));
}

#[test]
fn a_comma_closes_a_source_phrase_and_a_first_name_with_an_age_is_a_person() {
    let spoke = |x: &DocExtraction, starts: &str| speaker_of(x, starts).unwrap_or_default();
    let x = extract(
        "Selon l'agence, Kim Jong Un a lui-même rendu hommage à des soldats qui « ont montré ce que vaut \
         l'amitié entre nos peuples ».",
        Some("2025-04-28"),
    );
    assert_eq!(spoke(&x, "ont montré ce que"), "kim-jong-un", "{:?}", x.quotes);
    let x = extract(
        "Le maire, Ihor Terekhov, a décrit des scènes de désolation. Oksana, 58 ans, habite l'immeuble voisin. \
         « J'ai entendu un sifflement, raconte-t-elle. Puis tout a tremblé. »",
        Some("2025-04-28"),
    );
    assert!(has(&x, "Oksana", "name:oksana"), "{:?}", mentions(&x));
    assert_eq!(spoke(&x, "J'ai entendu"), "name:oksana", "{:?}", x.quotes);
}

#[test]
fn calling_on_someone_is_speech_and_opens_its_own_clause_after_tandis_que() {
    let x = extract(
        "L'ambassadeur français a assuré que Paris soutiendrait Kiev “aussi longtemps qu'il le faudra”, tandis \
         que le représentant chinois, Fu Cong, appelait « toutes les parties à la retenue et au dialogue ».",
        Some("2025-10-01"),
    );
    assert_eq!(speaker_of(&x, "toutes les parties").as_deref(), Some("fu-cong"), "{:?}", x.quotes);
    assert!(has_event(&x, "Statement", "fu-cong", ""), "{:?}", events_of(&x));
}

#[test]
fn a_pronoun_after_a_relative_to_someone_else_is_the_subject_and_qui_l_a_is_its_antecedent() {
    let spoke = |x: &DocExtraction, starts: &str| speaker_of(x, starts).unwrap_or_default();
    let x = extract(
        "Le ministre David Lammy a annoncé des sanctions. À Kiev, la présidente de la Commission européenne, \
         Ursula von der Leyen, a été reçue par Volodymyr Zelensky, à qui elle a promis que l'Europe « ne \
         laissera pas l'Ukraine seule ».",
        Some("2025-02-24"),
    );
    assert_eq!(spoke(&x, "ne laissera pas"), "ursula-von-der-leyen", "{:?}", x.quotes);
    let x = extract(
        "Sergueï Choïgou a été reçu mercredi par Kim Jong Un, qui l'a assuré que son pays soutiendrait « sans \
         condition la position de la Russie », a rapporté l'agence KCNA.",
        Some("2025-06-04"),
    );
    assert_eq!(spoke(&x, "sans condition"), "kim-jong-un", "{:?}", x.quotes);
}

#[test]
fn long_korean_syllables_and_institutes_named_for_a_purpose() {
    let x = extract(
        "« Les unités ne sont plus cantonnées à l'arrière », a rapporté à la presse Lee Seong-kweun, membre de \
         la commission du renseignement.",
        Some("2024-11-13"),
    );
    assert!(has(&x, "Lee Seong-kweun", "lee-seong-kweun"), "{:?}", mentions(&x));
    assert_eq!(speaker_of(&x, "Les unités").as_deref(), Some("lee-seong-kweun"), "{:?}", x.quotes);
    let x = extract(
        "Un chercheur de l'Institut coréen pour la stratégie nationale, cité par l'agence Yonhap, résume \
         l'enjeu : « Pyongyang veut transformer une opération cachée en récit héroïque. »",
        Some("2025-04-28"),
    );
    let key = "name:institut-coreen-pour-la-strategie-nationale";
    assert!(has(&x, "Institut coréen pour la stratégie nationale", key), "{:?}", mentions(&x));
    assert_eq!(speaker_of(&x, "Pyongyang veut").as_deref(), Some(key), "{:?}", x.quotes);
}

#[test]
fn a_channel_is_no_speaker_and_the_unit_is_the_force_told_of() {
    let x = extract(
        "Les Forces d'opérations spéciales ukrainiennes ont diffusé une vidéo de la frappe. « Ils avançaient en \
         file, sans aucune couverture », a écrit l'unité sur son canal Telegram.",
        Some("2025-01-20"),
    );
    assert_eq!(
        speaker_of(&x, "Ils avançaient").as_deref(),
        Some("ukraine-special-operations-forces"),
        "{:?}",
        x.quotes
    );
}

#[test]
fn the_spokesperson_of_a_body_told_of_by_its_head_noun_speaks_for_it() {
    let x = extract(
        "L'échange a été annoncé par le Quartier général de coordination pour le traitement des prisonniers de \
         guerre. « Nous avons proposé de les inclure dans la liste », a expliqué jeudi le porte-parole du \
         Quartier général, joint par téléphone.",
        Some("2025-12-10"),
    );
    assert_eq!(
        speaker_of(&x, "Nous avons proposé").as_deref(),
        Some("ukraine-pow-coordination-headquarters"),
        "{:?}",
        x.quotes
    );
}

#[test]
fn presidential_offices_are_bodies_of_their_country() {
    let x = extract(
        "« Nous appelons Moscou à cesser cette coopération », a réagi le bureau présidentiel sud-coréen dans un \
         communiqué, tandis que la présidence ukrainienne dénonçait une escalade.",
        Some("2025-06-18"),
    );
    assert!(has(&x, "bureau présidentiel sud-coréen", "south-korea-presidential-office"), "{:?}", mentions(&x));
    assert!(has(&x, "présidence ukrainienne", "ukraine-presidential-office"), "{:?}", mentions(&x));
    assert_eq!(speaker_of(&x, "Nous appelons").as_deref(), Some("south-korea-presidential-office"), "{:?}", x.quotes);
}

#[test]
fn a_national_title_points_to_the_compatriot_whose_office_has_that_word() {
    let x = extract(
        "Le chef de la diplomatie russe, Sergueï Lavrov, a été reçu vendredi par Kim Jong Un. Il lui a remis un \
         message de Vladimir Poutine. À sa sortie, le ministre russe a résumé l'esprit de la rencontre : « Nos \
         amis coréens savent ce que nous leur devons. »",
        Some("2025-07-12"),
    );
    assert!(has(&x, "ministre russe", "sergey-lavrov"), "{:?}", mentions(&x));
    assert_eq!(speaker_of(&x, "Nos amis").as_deref(), Some("sergey-lavrov"), "{:?}", x.quotes);
}

#[test]
fn an_unnamed_spokeswoman_before_her_verb_speaks_for_her_body() {
    let x = extract(
        "Le ministre nord-coréen de la Défense, No Kwang-chol, a reçu son homologue. À Séoul, la porte-parole du \
         ministère de l'Unification a estimé jeudi que cette visite illustrait « une coopération militaire \
         illégale ».",
        Some("2025-06-18"),
    );
    assert_eq!(
        speaker_of(&x, "une coopération").as_deref(),
        Some("south-korean-ministry-of-unification"),
        "{:?}",
        x.quotes
    );
}

#[test]
fn a_given_name_told_as_such_and_elle_past_a_public_figure() {
    let spoke = |x: &DocExtraction, starts: &str| speaker_of(x, starts).unwrap_or_default();
    let x = extract(
        "Un sergent joint par téléphone décrit un adversaire discipliné. « Ils tirent toujours aux mêmes heures, \
         alors nous avons appris à attendre », raconte ce militaire de 34 ans, qui ne donne que son prénom, Bohdan.",
        Some("2026-06-03"),
    );
    assert!(has(&x, "Bohdan", "name:bohdan"), "{:?}", mentions(&x));
    assert_eq!(spoke(&x, "Ils tirent"), "name:bohdan", "{:?}", x.quotes);
    let x = extract(
        "Pour Mathilde Carrère, chercheuse à l'Institut de Rennes, le retour des troupes est un signal. La \
         chercheuse y voit aussi un message adressé à Kiev. Volodymyr Zelensky avait proposé le mois dernier un \
         échange de prisonniers. « Pyongyang a répondu à sa manière », estime-t-elle.",
        Some("2025-02-20"),
    );
    assert_eq!(spoke(&x, "Pyongyang a répondu"), "name:mathilde-carrere", "{:?}", x.quotes);
}

#[test]
fn the_second_of_two_joined_complements_is_governed_too() {
    let x = extract(
        "Le porte-parole de la diplomatie chinoise, Lin Jian, a été interrogé. Interrogé sur les liens entre Pékin \
         et Pyongyang, le diplomate a rappelé que son pays entretenait avec son voisin des « relations d'amitié \
         traditionnelles ».",
        Some("2024-10-21"),
    );
    assert_eq!(speaker_of(&x, "relations d'amitié").as_deref(), Some("lin-jian"), "{:?}", x.quotes);
}

#[test]
fn a_capital_that_speaks_gives_way_to_the_body_its_source_phrase_names() {
    let x = extract(
        "Kiev dénonce « une alliance de régimes qui tuent des civils », selon un communiqué du ministère \
         ukrainien des Affaires étrangères.",
        Some("2024-06-19"),
    );
    assert_eq!(
        speaker_of(&x, "une alliance de régimes").as_deref(),
        Some("ukrainian-ministry-of-foreign-affairs"),
        "{:?}",
        x.quotes
    );
}

#[test]
fn selon_qui_and_pour_qui_point_to_their_antecedent() {
    let spoke = |x: &DocExtraction, starts: &str| speaker_of(x, starts).unwrap_or_default();
    let x = extract(
        "Le texte, diffusé par l'agence KCNA, cite Kim Jong Un, selon qui « la justice a triomphé grâce au sang \
         versé ».",
        Some("2025-04-28"),
    );
    assert_eq!(spoke(&x, "la justice a triomphé"), "kim-jong-un", "{:?}", x.quotes);
    let x = extract(
        "Le front reste calme, selon le commandant Petro Dovhan, pour qui « l'ennemi attend des renforts avant \
         de repartir ».",
        Some("2025-04-28"),
    );
    assert_eq!(spoke(&x, "l'ennemi attend"), "name:petro-dovhan", "{:?}", x.quotes);
}

#[test]
fn an_aside_is_no_subject_and_the_daily_is_the_medium_told_of() {
    let spoke = |x: &DocExtraction, starts: &str| speaker_of(x, starts).unwrap_or_default();
    let x = extract(
        "La ministre nord-coréenne, Choe Son Hui, a rencontré Sergueï Lavrov. « Nos positions coïncident », a \
         déclaré M. Lavrov devant la presse. Mme Choe a, quant à elle, réaffirmé que son pays « se tiendra \
         toujours aux côtés de ses camarades russes ».",
        Some("2025-07-14"),
    );
    assert_eq!(spoke(&x, "se tiendra toujours"), "choe-son-hui", "{:?}", x.quotes);
    let x = extract(
        "À Moscou, le quotidien Kommersant s'attarde sur l'alliance. « Pour le Kremlin, ces hommes valent \
         autant que des bataillons », commente le journal.",
        Some("2026-06-25"),
    );
    assert_eq!(spoke(&x, "Pour le Kremlin"), "kommersant", "{:?}", x.quotes);
}

#[test]
fn a_speech_verb_with_a_thing_as_subject_leaves_the_opener_its_speaker() {
    let x = extract(
        "Le chef de la diplomatie ukrainienne, Andriï Sybiha, a ironisé mardi. Pour Sophie Landreau, maîtresse de \
         conférences à l'université Rennes 2, cette visite confirme que « la relation a changé de nature ».",
        Some("2025-07-14"),
    );
    assert_eq!(speaker_of(&x, "la relation a changé").as_deref(), Some("name:sophie-landreau"), "{:?}", x.quotes);
}

#[test]
fn a_forces_communique_after_the_quotation_is_theirs() {
    let x = extract(
        "Dimanche, des drones des Forces d'opérations spéciales ukrainiennes ont détruit trois obusiers près de \
         Tokmak. « Nos opérateurs ont suivi ces pièces pendant deux jours avant de frapper », indique leur \
         communiqué.",
        Some("2026-03-17"),
    );
    assert_eq!(
        speaker_of(&x, "Nos opérateurs").as_deref(),
        Some("ukraine-special-operations-forces"),
        "{:?}",
        x.quotes
    );
}

#[test]
fn one_captive_a_single_toll_and_captives_named_by_nationality_are_counted() {
    let count_of = |x: &DocExtraction, kind: &str| {
        x.events
            .iter()
            .filter(|e| e.kind == kind)
            .filter_map(|e| e.count.and_then(|c| x.claims[c].value))
            .collect::<Vec<_>>()
    };
    // One soldier made prisoner counts one; "l'un blessé, l'autre ..." counts nothing.
    let x = extract(
        "Le renseignement ukrainien a indiqué mardi qu'un soldat nord-coréen avait été fait prisonnier près de \
         Glouchkovo. L'un blessé au bras, l'autre indemne, les deux hommes ont été interrogés.",
        Some("2025-08-12"),
    );
    assert_eq!(count_of(&x, "Capture"), [1], "{:?}", events_of(&x));
    assert!(count_of(&x, "Casualties").is_empty(), "{:?}", events_of(&x));
    // A bombing that "a fait un mort et trois blessés": two tolls, one and three.
    let x = extract("Le bombardement a fait un mort et trois blessés dimanche à Belgorod.", Some("2025-08-12"));
    let mut tolls = count_of(&x, "Casualties");
    tolls.sort();
    assert_eq!(tolls, [1, 3], "{:?}", events_of(&x));
    // "Les deux Nord-Coréens capturés": two captives of a nationality named again.
    let x = extract(
        "Les deux Nord-Coréens capturés par Kiev en février ont été présentés à la presse.",
        Some("2025-08-12"),
    );
    assert_eq!(count_of(&x, "Capture"), [2], "{:?}", events_of(&x));
    // "deux prisonniers nord-coréens": the nationality is the one taken, not the captor.
    let x = extract(
        "Deux prisonniers nord-coréens capturés par l'Ukraine en février ont été présentés à la presse.",
        Some("2025-08-12"),
    );
    let capture = x.events.iter().find(|e| e.kind == "Capture").expect("a capture");
    assert_eq!(capture.agent.as_deref(), Some("ukraine"), "{:?}", events_of(&x));
    assert!(capture.recipients.contains(&"north-korea".to_string()), "{:?}", events_of(&x));
}

#[test]
fn a_capital_after_a_source_apposition_keeps_its_agency() {
    let x = extract(
        "D'après le chef du renseignement militaire ukrainien, Kyrylo Boudanov, Pyongyang a livré à Moscou une \
         soixantaine de missiles depuis janvier.",
        Some("2025-08-12"),
    );
    assert!(has_event(&x, "Supply", "north-korea", "russia"), "{:?}", events_of(&x));
}

#[test]
fn speakers_of_joined_clauses_cited_leaders_country_officials_and_apposed_advisers() {
    let x = extract(
        "Le ministère russe s'est tu, et la porte-parole de la diplomatie russe, Maria Zakharova, a renvoyé les \
         journalistes vers « ceux qui écrivent ces fables à Kiev ».",
        Some("2025-08-12"),
    );
    assert_eq!(speaker_of(&x, "ceux qui écrivent").as_deref(), Some("maria-zakharova"), "{:?}", x.quotes);
    let x = extract(
        "L'agence KCNA a diffusé un long texte. Le communiqué cite aussi le dirigeant nord-coréen : « Nos \
         combattants ont écrit une page glorieuse. »",
        Some("2025-08-12"),
    );
    assert_eq!(speaker_of(&x, "Nos combattants").as_deref(), Some("kim-jong-un"), "{:?}", x.quotes);
    let x = extract(
        "Le Conseil de sécurité s'est réuni mardi. « Ces livraisons violent toutes nos résolutions », a déclaré \
         l'ambassadeur sud-coréen.",
        Some("2025-08-12"),
    );
    assert_eq!(speaker_of(&x, "Ces livraisons").as_deref(), Some("south-korea"), "{:?}", x.quotes);
    let x = extract(
        "Les deux dirigeants se sont parlé lundi. Un entretien « franc et très utile », selon le conseiller \
         diplomatique du Kremlin, Iouri Ouchakov, qui n'a rien dit de plus.",
        Some("2025-08-12"),
    );
    assert_eq!(speaker_of(&x, "franc et très utile").as_deref(), Some("name:iouri-ouchakov"), "{:?}", x.quotes);
    // The verb of a tag is no title ("a jugé" is not "juge"): the ministry told of before.
    let x = extract(
        "Selon le ministère sud-coréen de l'Unification, 2 000 ouvriers sont partis. « Ils remplacent les morts \
         de l'hiver », a jugé la porte-parole du ministère lors d'un point presse.",
        Some("2025-08-12"),
    );
    assert_eq!(
        speaker_of(&x, "Ils remplacent").as_deref(),
        Some("south-korean-ministry-of-unification"),
        "{:?}",
        x.quotes
    );
    // "son invitée": the woman of the pair; "», y compris ..." is no speech tag.
    let x = extract(
        "Sergueï Lavrov a reçu Choe Son Hui, la ministre nord-coréenne. Son invitée l'a assuré que la Corée du \
         Nord resterait « toujours aux côtés de la Russie », a rapporté l'agence KCNA. Kim Jong Un, lui, a promis \
         un « soutien total et sans réserve à la Russie », y compris à la guerre qu'elle mène en Ukraine.",
        Some("2025-08-12"),
    );
    assert_eq!(speaker_of(&x, "toujours aux côtés").as_deref(), Some("choe-son-hui"), "{:?}", x.quotes);
    assert_eq!(speaker_of(&x, "soutien total").as_deref(), Some("kim-jong-un"), "{:?}", x.quotes);
}

#[test]
fn interview_answers_after_a_question_are_the_interviewees() {
    let x = extract(
        "Nous avons interrogé Hervé Marchetti, commandant d'une batterie près de Pokrovsk.\n\nQue visent-ils ? \
         « Les dépôts, surtout », raconte le commandant. Selon le gouverneur, Oleh Synegoubov, deux civils ont été \
         blessés.\n\nLes frappez-vous ? « Oui, et de plus en plus souvent », affirme-t-il.",
        Some("2025-08-12"),
    );
    for starts in ["Les dépôts", "Oui, et de plus"] {
        assert_eq!(speaker_of(&x, starts).as_deref(), Some("name:herve-marchetti"), "{starts}: {:?}", x.quotes);
    }
}

#[test]
fn an_unnamed_kremlin_spokesman_speaks_for_the_kremlin_until_named() {
    let x = extract(
        "Kiev a dénoncé mercredi « une fuite en avant ». Interrogé jeudi, le porte-parole du Kremlin a écarté la \
         question : « Nous laissons ces spéculations aux journalistes », a-t-il dit.\n\nLe porte-parole du Kremlin \
         s'est ensuite borné à une formule : « Rien à ajouter ».",
        Some("2025-03-06"),
    );
    for starts in ["Nous laissons", "Rien à ajouter"] {
        assert_eq!(speaker_of(&x, starts).as_deref(), Some("kremlin"), "{starts}: {:?}", x.quotes);
    }
    assert!(!x.mentions.iter().any(|m| m.entity == "dmitry-peskov"), "{:?}", mentions(&x));
    // Named anywhere in the article, the spokesman is the person.
    let x = extract(
        "Le porte-parole du Kremlin a écarté la question : « Nous laissons ces spéculations aux journalistes ». \
         Dmitri Peskov a ensuite quitté la salle.",
        Some("2025-03-06"),
    );
    assert_eq!(speaker_of(&x, "Nous laissons").as_deref(), Some("dmitry-peskov"), "{:?}", x.quotes);
}

#[test]
fn an_agency_relaying_a_bodys_communique_is_not_its_speaker() {
    let x = extract(
        "L'agence KCNA a publié mardi un communiqué de la Commission militaire centrale du Parti du travail \
         affirmant que les unités envoyées avaient rempli « une mission d'honneur sur une terre amie ». Le texte, \
         relayé par l'agence, promet « un mémorial digne de leur courage ».",
        Some("2025-05-06"),
    );
    for starts in ["une mission d'honneur", "un mémorial digne"] {
        assert_eq!(
            speaker_of(&x, starts).as_deref(),
            Some("wpk-central-military-commission"),
            "{starts}: {:?}",
            x.quotes
        );
    }
    // The agency's own words stay the agency's.
    let x = extract(
        "L'agence KCNA a qualifié mardi ces manœuvres de « provocation délibérée contre la paix ».",
        Some("2025-05-06"),
    );
    assert_eq!(speaker_of(&x, "provocation délibérée contre").as_deref(), Some("kcna"), "{:?}", x.quotes);
}

#[test]
fn the_subject_of_a_relative_on_a_document_speaks_and_an_unnamed_official_goes_on() {
    let x = extract(
        "Mardi soir, le gouvernement a diffusé une note dans laquelle la ministre des Affaires étrangères, Hélène \
         Varlet, dénonce « une dérive que rien ne justifie ». « Nous ne céderons pas », y ajoute-t-elle.",
        Some("2025-09-10"),
    );
    for starts in ["une dérive", "Nous ne céderons"] {
        assert_eq!(speaker_of(&x, starts).as_deref(), Some("name:helene-varlet"), "{starts}: {:?}", x.quotes);
    }
    let x = extract(
        "Vladimir Poutine a signé le texte mercredi. Interrogé jeudi par la presse, le porte-parole du Kremlin a \
         écarté les objections de Séoul. « Cet accord ne menace aucun pays voisin », a-t-il assuré.",
        Some("2024-06-21"),
    );
    assert_eq!(speaker_of(&x, "Cet accord").as_deref(), Some("kremlin"), "{:?}", x.quotes);
}

#[test]
fn letters_by_their_author_addressee_and_words() {
    let x = extract(
        "Mardi, le vice-ministre Pak Myong-ho a été reçu par Sergueï Lavrov, à qui il a remis un message \
         personnel de Kim Jong Un. Jeudi, le Kremlin a rendu public un message du président russe adressé au \
         dirigeant nord-coréen.\n\nLe même jour, Sergueï Choïgou a remis à son hôte, Kim Jong Un, une lettre de \
         Vladimir Poutine. « Nos soldats ont écrit ensemble une page d'histoire », écrit le président russe.",
        Some("2025-06-19"),
    );
    let found = events_of(&x);
    assert!(has_event(&x, "Letter", "kim-jong-un", "sergey-lavrov"), "{found:?}");
    assert!(has_event(&x, "Letter", "vladimir-putin", "kim-jong-un"), "{found:?}");
    assert!(!found.iter().any(|(k, a, _)| k == "Letter" && a.as_deref() == Some("kremlin")), "{found:?}");
    assert!(!has_event(&x, "Letter", "vladimir-putin", "sergei-shoigu"), "{found:?}");
    // The letter's words are the letter, not also a statement of its author.
    assert!(!has_event(&x, "Statement", "vladimir-putin", ""), "{found:?}");
    // A post on social networks is no letter, nor is someone its quoted
    // words name an addressee.
    let x = extract(
        "Dimanche, Volodymyr Zelensky a écrit sur les réseaux sociaux : « Nous sommes prêts à les rendre à \
         Kim Jong Un contre nos soldats. »",
        Some("2025-01-12"),
    );
    assert!(!x.events.iter().any(|e| e.kind == "Letter"), "{:?}", events_of(&x));
}

#[test]
fn speakers_after_a_demonstrative_a_dislocation_a_view_an_envoy_and_relayed_officials() {
    let spoke = |x: &DocExtraction, starts: &str| speaker_of(x, starts).unwrap_or_default();
    // "Ce dernier" points back to the last person named.
    let x = extract(
        "« Il faut agir vite », a lancé Volodymyr Zelensky devant le chancelier allemand, Friedrich Merz. Ce \
         dernier a préféré temporiser. « Nous examinerons toutes les options avec nos partenaires », a-t-il dit.",
        Some("2025-06-02"),
    );
    assert_eq!(spoke(&x, "Nous examinerons"), "friedrich-merz", "{:?}", x.quotes);
    // "Quant à l'ambassadeur X, Y, il a jugé ...".
    let x = extract(
        "Le délégué français, Jérôme Bonnafont, a demandé « une enquête indépendante et rapide ». Quant à \
         l'ambassadrice japonaise, Aiko Tanabe, elle a estimé que la situation devenait « tout simplement \
         intenable pour la région ».",
        Some("2025-06-02"),
    );
    assert_eq!(spoke(&x, "tout simplement"), "name:aiko-tanabe", "{:?}", x.quotes);
    // A quotation alone goes on with the one whose view opened the sentence
    // before.
    let x = extract(
        "Le ministère a démenti « toute présence étrangère sur le front ». Selon l'historienne Anne Vidal, \
         spécialiste de la péninsule, ce démenti ne trompe personne. « Les images parlent d'elles-mêmes depuis \
         des semaines. »",
        Some("2025-06-02"),
    );
    assert_eq!(spoke(&x, "Les images"), "name:anne-vidal", "{:?}", x.quotes);
    // An envoy of a country speaks for it.
    let x = extract(
        "Lors de la séance, la représentante des États-Unis a dénoncé « une violation caractérisée des \
         résolutions du Conseil ».",
        Some("2025-06-02"),
    );
    assert_eq!(spoke(&x, "une violation"), "united-states", "{:?}", x.quotes);
    // Words a member of parliament relays from an unnamed official of a
    // body told of before are the body's.
    let x = extract(
        "Le Service national de renseignement (NIS) a informé les élus à huis clos. La députée Han Mi-rae a \
         ensuite rapporté les propos d'un responsable du service : « Les renforts arrivent par petits groupes \
         depuis le mois dernier. »",
        Some("2025-06-02"),
    );
    assert_eq!(spoke(&x, "Les renforts"), "south-korea-nis", "{:?}", x.quotes);
}

#[test]
fn thanks_to_a_bare_counterpart_a_branch_and_not_to_whom_the_reason_names() {
    let x = extract(
        "Vladimir Poutine a reçu mardi Kim Jong Un au Kremlin. Le président russe a remercié son homologue pour \
         l'aide apportée par ses soldats. À Kiev, Volodymyr Zelensky a remercié les forces d'opérations spéciales \
         pour une opération « qui prive le Kremlin de ses renforts ».",
        Some("2025-03-04"),
    );
    let found = events_of(&x);
    assert!(has_event(&x, "Thanks", "vladimir-putin", "kim-jong-un"), "{found:?}");
    assert!(has_event(&x, "Thanks", "volodymyr-zelensky", "ukraine-special-operations-forces"), "{found:?}");
    assert!(!has_event(&x, "Thanks", "volodymyr-zelensky", "kremlin"), "{found:?}");
    // No one in another country holds the owner's office: no counterpart.
    let x = extract("Andreï Beloussov a salué son homologue lors de la cérémonie.", Some("2025-03-04"));
    assert!(!x.mentions.iter().any(|m| m.surface == "son homologue"), "{:?}", mentions(&x));
    // "les Vingt-Sept" is the Union; "vingt-sept soldats" a number.
    let x = extract(
        "Les Vingt-Sept ont adopté lundi de nouvelles sanctions. Vingt-sept soldats ont été blessés.",
        Some("2025-03-04"),
    );
    assert_eq!(x.mentions.iter().filter(|m| m.entity == "european-union").count(), 1, "{:?}", mentions(&x));
}

#[test]
fn a_strike_keeps_its_named_attacker_and_hits_the_troops_it_names() {
    // The attacker is also the source: its nationality beside the strike stays its agent.
    let x = extract(
        "Une frappe de drones ukrainiens a détruit jeudi un dépôt près de Rylsk, a-t-on appris de source militaire \
         ukrainienne.",
        Some("2025-02-14"),
    );
    assert!(has_event(&x, "Attack", "ukraine", "russia"), "{:?}", events_of(&x));
    // Troops of a third side named after the strike are its target, not the land's owner.
    let x = extract(
        "Samedi, des drones ukrainiens ont frappé un campement près de Glouchkovo, blessant une dizaine de \
         fantassins nord-coréens.",
        Some("2025-02-14"),
    );
    assert!(has_event(&x, "Attack", "ukraine", "north-korea"), "{:?}", events_of(&x));
    assert!(!has_event(&x, "Attack", "ukraine", "russia"), "{:?}", events_of(&x));
    // With no troops named, the land's owner is still the target.
    let x = extract("Samedi, des drones ukrainiens ont frappé un entrepôt près de Glouchkovo.", Some("2025-02-14"));
    assert!(has_event(&x, "Attack", "ukraine", "russia"), "{:?}", events_of(&x));
}

#[test]
fn joint_subjects_guests_counterparts_and_a_body_the_tag_names() {
    let x = extract(
        "Jeudi, le ministre chinois a téléphoné à son homologue japonais ; les deux hommes ont souligné « leur \
         volonté commune de dialogue » dans la région, a indiqué l'agence Xinhua. \
         Les deux dirigeants ont salué, selon l'agence Yonhap, « une étape importante pour la péninsule ». \
         Reçue par Vladimir Poutine, Mme Choe Son Hui a déjeuné au Kremlin. Sa visiteuse a assuré que son pays \
         resterait « aux côtés de la Russie jusqu'au bout ». Son homologue a vanté « des liens plus solides que \
         jamais entre nos peuples ». \
         Selon le parquet régional de Kharkiv, le missile était nord-coréen. « Les débris ne laissent aucun doute \
         sur leur origine », a déclaré un procureur du parquet. \
         Le ministère russe de la Défense a publié son bilan. « Les pertes ennemies dépassent deux cents hommes », \
         a indiqué le ministère dans son communiqué, sans citer les unités nord-coréennes.",
        Some("2025-03-10"),
    );
    let spoke = |starts: &str| speaker_of(&x, starts).unwrap_or_default();
    assert_eq!(spoke("leur volonté commune"), "xinhua");
    assert_eq!(spoke("une étape importante"), "yonhap");
    assert_eq!(spoke("aux côtés de la Russie"), "choe-son-hui");
    assert_eq!(spoke("des liens plus solides"), "vladimir-putin");
    assert_eq!(spoke("Les débris ne laissent"), "name:parquet-regional-de-kharkiv");
    assert_eq!(spoke("Les pertes ennemies"), "russian-ministry-of-defence");
}

#[test]
fn elided_pronouns_governed_names_trades_and_a_body_spokesperson() {
    let x = extract(
        "Le président chinois a reçu Kim Jong Un mercredi. \
         Le porte-parole du Kremlin, Dmitri Peskov, a rejeté jeudi ce qu'il a appelé « une campagne de \
         désinformation occidentale ». \
         Lundi, le président ukrainien a durci le ton. Kiev remettra les prisonniers à Kim Jong Un « si Pyongyang \
         accepte un échange contre nos soldats », a-t-il déclaré. \
         Interrogée sur les propos de Maria Zakharova, Claire Dumontel, chercheuse à l'Institut des études \
         orientales, lui donne raison. « Ces sanctions relèvent surtout du symbole », observe-t-elle. Avant de \
         nuancer : « Mais un symbole pèse sur les assureurs du secteur. » \
         L'ambassadeur japonais, Kazuyuki Yamazaki, a pris la parole le premier. « Ces transferts violent \
         toutes les résolutions du Conseil », a martelé le diplomate. \
         À Washington, le Pentagone évalue désormais ces troupes à environ 10 000 hommes. « Nous les attendons \
         bientôt sur le front de Koursk », a déclaré jeudi son porte-parole.",
        Some("2025-03-10"),
    );
    let spoke = |starts: &str| speaker_of(&x, starts).unwrap_or_default();
    assert_eq!(spoke("une campagne de désinformation"), "dmitry-peskov");
    assert_eq!(spoke("si Pyongyang accepte"), "volodymyr-zelensky");
    assert_eq!(spoke("Ces sanctions relèvent"), "name:claire-dumontel");
    assert_eq!(spoke("Mais un symbole pèse"), "name:claire-dumontel");
    assert_eq!(spoke("Ces transferts violent"), "name:kazuyuki-yamazaki");
    assert_eq!(spoke("Nous les attendons"), "us-department-of-defense");
}

#[test]
fn bodies_by_head_noun_one_of_their_officials_and_a_titled_subject_over_its_relayer() {
    let x = extract(
        "Selon le SBU, le prisonnier a demandé à rester en Ukraine. « Les captifs reçoivent tous les soins \
         nécessaires », a fait savoir le service dans un communiqué. \
         Le ministère sud-coréen de l'Unification suit le dossier. Plus de 15 000 soldats auraient été envoyés, a \
         indiqué mardi un porte-parole du ministère, qui a jugé ce chiffre « très inquiétant pour la région ». \
         Le ministère japonais des Affaires étrangères a protesté. « Ces tirs menacent directement notre \
         sécurité », a rappelé un de ses responsables. \
         Le premier vice-ministre sud-coréen des Affaires étrangères, Park Yoon-joo, a convoqué mardi \
         l'ambassadeur russe. Le vice-ministre a averti l'ambassadeur que Séoul « prendrait toutes les mesures \
         nécessaires pour se protéger », a fait savoir le ministère dans un communiqué.",
        Some("2025-03-10"),
    );
    let spoke = |starts: &str| speaker_of(&x, starts).unwrap_or_default();
    assert_eq!(spoke("Les captifs reçoivent"), "sbu");
    assert_eq!(spoke("très inquiétant"), "south-korean-ministry-of-unification");
    assert_eq!(spoke("Ces tirs menacent"), "japanese-ministry-of-foreign-affairs");
    assert_eq!(spoke("prendrait toutes les mesures"), "name:park-yoon-joo");
}

#[test]
fn a_bulletin_speaks_for_the_body_that_issues_it() {
    let x = extract(
        "Le ministère russe de la Défense a revendiqué lundi la reprise d'un village. « Nos unités poursuivent \
         leur progression vers l'ouest », affirmait son bulletin quotidien.",
        Some("2025-03-10"),
    );
    assert_eq!(speaker_of(&x, "Nos unités poursuivent").as_deref(), Some("russian-ministry-of-defence"));
}

#[test]
fn an_official_named_in_apposition_speaks_not_the_body_of_the_title() {
    let x = extract(
        "À Séoul, le porte-parole du ministère des Affaires étrangères, Lee Jae-woong, a exprimé mardi « de \
         graves préoccupations face à cette coopération ». \
         À Kiev, Volodymyr Zelensky, qui recevait le ministre japonais des Affaires étrangères, Takeshi Iwaya, a \
         appelé « tous les pays démocratiques » à suivre Tokyo.",
        Some("2025-03-10"),
    );
    assert_eq!(speaker_of(&x, "de graves préoccupations").as_deref(), Some("name:lee-jae-woong"));
    assert_eq!(speaker_of(&x, "tous les pays démocratiques").as_deref(), Some("volodymyr-zelensky"));
}

#[test]
fn an_envoys_counterpart_speaks_for_the_country() {
    let x = extract(
        "La ministre nord-coréenne des Affaires étrangères, Choe Son Hui, a vu Sergueï Lavrov mardi. \
         Au Conseil de sécurité, l'ambassadrice britannique, Barbara Woodward, a dénoncé « un pacte entre deux \
         États isolés ». Son homologue japonais a regretté, lui, « une violation répétée des résolutions ». \
         Le ministre russe de la Défense, Andreï Belooussov, a accueilli lundi la délégation à Moscou. Son \
         homologue nord-coréen a salué « une amitié forgée dans l'épreuve ».",
        Some("2025-03-12"),
    );
    // The counterpart of an envoy is an envoy the office table does not
    // know: the country speaks, not the minister named two sentences before.
    assert_eq!(speaker_of(&x, "une violation répétée").as_deref(), Some("japan"));
    // The counterpart of a minister is still the holder of the same office.
    assert_eq!(speaker_of(&x, "une amitié forgée").as_deref(), Some("no-kwang-chol"));
}

#[test]
fn an_intelligence_service_is_the_agency_a_tag_names() {
    let x = extract(
        "À Séoul, le Service national du renseignement (NIS) a confirmé jeudi ces chiffres. « Nous suivons la \
         situation heure par heure », a fait savoir l'agence, qui évoque des pertes lourdes.",
        Some("2025-01-16"),
    );
    assert_eq!(speaker_of(&x, "Nous suivons la situation").as_deref(), Some("south-korea-nis"));
}

#[test]
fn a_title_in_an_incise_before_the_quotation_is_someone_told_of() {
    let x = extract(
        "Pour Claire Vautrin, chercheuse à l'Institut d'études asiatiques de Lille, rien n'est joué. Les deux \
         bilans, souligne la chercheuse, « ne reposent pas sur les mêmes sources ». \
         Le chef de la diplomatie ukrainienne a été reçu lundi. Son collègue, Oleh Marchuk, a jugé ces \
         accusations « absurdes et sans fondement ».",
        Some("2025-01-16"),
    );
    assert_eq!(speaker_of(&x, "ne reposent pas").as_deref(), Some("name:claire-vautrin"));
    assert_eq!(speaker_of(&x, "absurdes et sans").as_deref(), Some("name:oleh-marchuk"));
}

#[test]
fn the_host_after_tandis_que_is_the_other_one_of_the_pair() {
    let x = extract(
        "Le président sud-coréen, Yoon Suk Yeol, a parlé à Volodymyr Zelensky. \
         Andriï Sybiha a rencontré Cho Tae-yul à Séoul mardi. « Nous devons agir ensemble », a déclaré le \
         ministre ukrainien, tandis que son hôte promettait « une aide humanitaire accrue ». \
         L'ambassadeur russe, Vassili Nebenzia, a estimé que ces liens « ne regardent personne », tandis que son \
         homologue américain, Mike Waltz, a jugé la réunion « utile mais tardive ».",
        Some("2024-11-05"),
    );
    assert_eq!(speaker_of(&x, "Nous devons agir").as_deref(), Some("andrii-sybiha"));
    assert_eq!(speaker_of(&x, "une aide humanitaire").as_deref(), Some("cho-tae-yul"));
    assert_eq!(speaker_of(&x, "utile mais tardive").as_deref(), Some("mike-waltz"));
}

#[test]
fn a_north_korean_name_in_three_parts_is_a_person() {
    let x = extract(
        "Pyongyang a répondu par la voix de son ambassadeur à Minsk. Lors d'une conférence de presse, Ryu Chol \
         Nam a qualifié de « provocation pure et simple » les images diffusées par Kiev.",
        Some("2025-04-10"),
    );
    assert!(has(&x, "Ryu Chol Nam", "name:ryu-chol-nam"), "{:?}", mentions(&x));
    assert_eq!(speaker_of(&x, "provocation pure et").as_deref(), Some("name:ryu-chol-nam"));
}

#[test]
fn a_person_set_out_with_quant_a_is_the_pronoun_past_an_apposition() {
    let x = extract(
        "Le ministère a publié un communiqué. Quant au président de la Corée du Sud, Lee Jae-myung, en visite à \
         Ottawa pour un sommet, il a plaidé mardi pour « une solution qui n'isole pas la péninsule ». \
         Quant à une trêve, que Donald Trump appelle de ses vœux, Mme Kovalenko n'y croit guère ; elle juge \
         qu'elle serait « fragile et de courte durée ».",
        Some("2025-06-17"),
    );
    assert_eq!(speaker_of(&x, "une solution qui").as_deref(), Some("lee-jae-myung"));
    assert_ne!(speaker_of(&x, "fragile et de courte").as_deref(), Some("donald-trump"));
}

#[test]
fn the_agent_of_a_naming_participle_after_the_quotation_says_it() {
    let x = extract(
        "L'accord a été qualifié de « pacte entre deux parias » par le chef de la diplomatie britannique, David \
         Lammy, lors d'une visite à Varsovie.",
        Some("2024-11-05"),
    );
    assert_eq!(speaker_of(&x, "pacte entre deux").as_deref(), Some("david-lammy"));
}

#[test]
fn the_head_of_an_alliance_and_the_eus_chief_diplomat_resolve_by_date() {
    let x = extract(
        "« Ce partenariat menace l'Europe entière », a déclaré le patron de l'OTAN à Bruxelles. La cheffe de la \
         diplomatie européenne a dénoncé « une alliance des autocraties contre nous ».",
        Some("2025-02-10"),
    );
    assert_eq!(speaker_of(&x, "Ce partenariat menace").as_deref(), Some("mark-rutte"));
    assert_eq!(speaker_of(&x, "une alliance des autocraties").as_deref(), Some("kaja-kallas"));
    let before =
        extract("Le chef de la diplomatie européenne a dénoncé « une alliance des autocraties ».", Some("2024-06-20"));
    assert_eq!(speaker_of(&before, "une alliance des").as_deref(), Some("josep-borrell"));
}

#[test]
fn a_quotation_nothing_attributes_goes_on_with_the_last_speaker() {
    let x = extract(
        "« Nous sommes prêts à négocier », a assuré mardi Oleksandr Merezhko, député ukrainien. Une semaine plus \
         tard, changement de ton : « plus aucune discussion n'est à l'ordre du jour ».",
        Some("2025-03-04"),
    );
    assert_eq!(speaker_of(&x, "plus aucune discussion").as_deref(), Some("name:oleksandr-merezhko"));
}

#[test]
fn an_impersonal_on_speaks_for_the_body_the_sentence_opens_on() {
    let x = extract(
        "Au Kremlin, on a qualifié ces images de « mise en scène grossière à l'usage des Occidentaux ». \
         « Les inscriptions en coréen ne laissent aucune place au doute », a assuré à RFI Mykola Savtchenko, l'un \
         des enquêteurs chargés du dossier.",
        Some("2025-01-14"),
    );
    assert_eq!(speaker_of(&x, "mise en scène grossière").as_deref(), Some("kremlin"));
    // "l'un des enquêteurs" after a name marks a person.
    assert_eq!(speaker_of(&x, "Les inscriptions en coréen").as_deref(), Some("name:mykola-savtchenko"));
}

#[test]
fn an_impersonal_tag_and_a_nominal_reaction_name_the_speaker() {
    let x = extract(
        "Côté russe, Dmitri Peskov se veut prudent : « Nous ne commentons pas ces informations de presse. » \
         « Nous examinons toutes les options avec nos alliés », résume-t-on au ministère sud-coréen de la \
         Défense. Réaction immédiate de Maria Zakharova : « Ces accusations sont absurdes et sans fondement. »",
        Some("2024-11-05"),
    );
    assert_eq!(speaker_of(&x, "Nous ne commentons").as_deref(), Some("dmitry-peskov"));
    assert_eq!(speaker_of(&x, "Nous examinons toutes").as_deref(), Some("south-korean-ministry-of-national-defense"));
    assert_eq!(speaker_of(&x, "Ces accusations sont").as_deref(), Some("maria-zakharova"));
}

#[test]
fn the_agency_as_subject_and_a_span_of_time_after_a_quotation() {
    let x = extract(
        "L'agence Yonhap a cité un responsable militaire. L'agence affirme que Séoul « étudie toutes les options \
         possibles ». À Pyongyang, l'agence officielle KCNA a salué un accord qui « ouvre une nouvelle page de \
         l'amitié », trois mois après la signature du traité par Kim Jong Un et Vladimir Poutine.",
        Some("2024-09-20"),
    );
    assert_eq!(speaker_of(&x, "étudie toutes les").as_deref(), Some("yonhap"));
    assert_eq!(speaker_of(&x, "ouvre une nouvelle page").as_deref(), Some("kcna"));
}

#[test]
fn the_host_is_the_one_who_received_the_visitor_who_spoke() {
    let x = extract(
        "Le secrétaire du Conseil de sécurité russe, Sergueï Choïgou, a été reçu mercredi à Pyongyang par Kim Jong \
         Un. Vladimir Poutine avait annoncé cette visite la veille. « Le président m'a chargé de vous remercier », \
         a déclaré Sergueï Choïgou. Son hôte l'a assuré en retour que son pays soutiendrait « sans la moindre \
         hésitation toutes les décisions russes ».",
        Some("2025-06-05"),
    );
    assert_eq!(speaker_of(&x, "sans la moindre").as_deref(), Some("kim-jong-un"));
}

#[test]
fn a_pronoun_after_a_relative_is_the_one_the_report_tells_of() {
    let x = extract(
        "À Pyongyang, l'agence officielle KCNA a passé ces captures sous silence. Elle a en revanche rapporté \
         mercredi que Kim Jong Un avait reçu une délégation militaire russe, à laquelle il a assuré que son pays \
         « restera toujours aux côtés de l'armée russe ».",
        Some("2025-01-15"),
    );
    assert_eq!(speaker_of(&x, "restera toujours").as_deref(), Some("kim-jong-un"));
}

#[test]
fn a_possessed_title_speaks_for_the_one_the_sentence_before_was_about() {
    let x = extract(
        "SÉOUL, 14 mars (AFP) - Le Service national du renseignement sud-coréen (NIS) a affirmé jeudi que la Corée \
         du Nord avait envoyé 3 000 soldats de plus. Devant les députés, son directeur adjoint a précisé que ces \
         renforts « comprennent des artilleurs et des opérateurs de drones ». \
         Le président sud-coréen, Lee Jae-myung, a convoqué vendredi son Conseil de sécurité nationale. À l'issue \
         de la réunion, son porte-parole a indiqué que Séoul « examinera toutes les options sans exception ».",
        Some("2026-03-14"),
    );
    assert_eq!(speaker_of(&x, "comprennent des artilleurs").as_deref(), Some("south-korea-nis"));
    assert_eq!(speaker_of(&x, "examinera toutes les").as_deref(), Some("lee-jae-myung"));
}

#[test]
fn a_pronoun_subject_past_a_source_phrase_is_the_one_told_of() {
    let x = extract(
        "Le vice-ministre sud-coréen des Affaires étrangères, Kim Hong-kyun, a convoqué jeudi l'ambassadeur de \
         Russie. Selon le ministère, il lui a signifié que Séoul « ne restera pas passif face à cette menace ».",
        Some("2024-11-21"),
    );
    assert_eq!(speaker_of(&x, "ne restera pas").as_deref(), Some("kim-hong-kyun"));
}

#[test]
fn the_communique_is_the_body_told_of_since_the_last_quotation() {
    let x = extract(
        "L'état-major ukrainien a annoncé avoir repoussé une attaque. Dans son bulletin, il précise que les \
         assaillants « ont subi de lourdes pertes en hommes ». Le ministère russe de la Défense a, de son côté, \
         revendiqué la prise d'un village. Les unités russes ont « infligé une défaite à l'ennemi », affirme le \
         communiqué.",
        Some("2025-03-12"),
    );
    assert_eq!(speaker_of(&x, "infligé une défaite").as_deref(), Some("russian-ministry-of-defence"));
}

#[test]
fn elle_after_an_army_named_by_its_country_is_that_country() {
    let x = extract(
        "L'armée ukrainienne a publié un bilan détaillé. Elle affirme avoir tué « plus de deux cents soldats \
         nord-coréens en une semaine ».",
        Some("2025-01-20"),
    );
    assert_eq!(speaker_of(&x, "plus de deux cents").as_deref(), Some("ukraine"));
}

#[test]
fn a_quotation_the_next_sentence_introduces_with_ces_mots_is_its_speakers() {
    let x = extract(
        "Kyrylo Boudanov a donné une interview à la chaîne ICTV. « Nous aurions tort de les sous-estimer », a-t-il \
         prévenu. « La situation est sous contrôle. Nos troupes progressent. » C'est par ces mots que le ministre \
         russe de la Défense, Andreï Belooussov, a ouvert lundi une réunion de l'état-major.",
        Some("2024-12-10"),
    );
    assert_eq!(speaker_of(&x, "Nous aurions tort").as_deref(), Some("kyrylo-budanov"));
    assert_eq!(speaker_of(&x, "La situation est").as_deref(), Some("andrei-belousov"));
}

#[test]
fn a_pronoun_after_ou_and_a_pronoun_incise_before_the_quotation() {
    let x = extract(
        "Valeri Guerassimov a annoncé la reprise de Soudja. La veille, Vladimir Poutine, en treillis, s'était \
         rendu dans un poste de commandement, où il avait exigé que l'ennemi soit « chassé dans les plus brefs \
         délais ». Pour Pierre-Alain Guimard, de l'Observatoire européen des conflits armés, la chute de Soudja \
         « prive Kiev de sa monnaie d'échange ». Et elle consacre, juge-t-il, le rôle des soldats que Pyongyang a \
         expédiés : « Sans eux, Moscou aurait mis des mois de plus. »",
        Some("2025-03-14"),
    );
    assert_eq!(speaker_of(&x, "chassé dans les").as_deref(), Some("vladimir-putin"));
    assert_eq!(speaker_of(&x, "Sans eux, Moscou").as_deref(), Some("name:pierre-alain-guimard"));
}

#[test]
fn an_opener_before_an_elided_noun_and_a_demonstrative_past_a_source() {
    let x = extract(
        "Pour Hwang Ji-won, chercheuse à l'Institut coréen d'études stratégiques de Busan, l'annonce n'a rien \
         d'un hasard : « Pyongyang attendait que la bataille soit gagnée. » \
         Jeudi, Andriï Sybiha a appelé son homologue japonais, Takeshi Iwaya. Selon la diplomatie ukrainienne, ce \
         dernier a promis « tout le soutien nécessaire à l'Ukraine ».",
        Some("2025-03-14"),
    );
    assert_eq!(speaker_of(&x, "Pyongyang attendait").as_deref(), Some("name:hwang-ji-won"));
    assert_eq!(speaker_of(&x, "tout le soutien").as_deref(), Some("iwaya-takeshi"));
}

#[test]
fn puis_se_tournant_vers_a_delegation_goes_on_with_the_speaker() {
    let x = extract(
        "Prenant la parole en premier, la représentante des États-Unis a dénoncé « une violation flagrante des \
         résolutions ». Puis, se tournant vers la délégation russe : « Chaque obus livré par Pyongyang tue des \
         civils ukrainiens. »",
        Some("2025-05-20"),
    );
    assert_eq!(speaker_of(&x, "une violation flagrante").as_deref(), Some("united-states"));
    assert_eq!(speaker_of(&x, "Chaque obus livré").as_deref(), Some("united-states"));
}

#[test]
fn a_title_before_an_acronym_in_parentheses_marks_the_name_after_it() {
    let x = extract(
        "C'est du moins ce qu'affirme le porte-parole des forces d'opérations spéciales ukrainiennes (SSO), \
         Oleksandr Kindratenko, pour qui ces unités « ont été retirées faute de combattants », a-t-il estimé.",
        Some("2025-02-11"),
    );
    assert!(has(&x, "Oleksandr Kindratenko", "name:oleksandr-kindratenko"), "{:?}", mentions(&x));
    assert_eq!(speaker_of(&x, "ont été retirées").as_deref(), Some("name:oleksandr-kindratenko"));
}

#[test]
fn a_force_named_in_a_tag_speaks() {
    let x = extract(
        "Le Quartier général de coordination pour le traitement des prisonniers de guerre a fait savoir que les \
         deux soldats « étaient en bonne santé et bien traités ». « Nos opérateurs ont suivi ce groupe pendant \
         deux heures avant de frapper », ont précisé les forces d'opérations spéciales ukrainiennes sur Telegram.",
        Some("2024-11-28"),
    );
    assert_eq!(speaker_of(&x, "Nos opérateurs ont").as_deref(), Some("ukraine-special-operations-forces"));
}

#[test]
fn jcs_is_the_south_korean_joint_chiefs() {
    let x = extract(
        "L'état-major interarmées (JCS) a précisé suivre « de près les mouvements de troupes au Nord ».",
        Some("2025-02-18"),
    );
    assert_eq!(speaker_of(&x, "de près les mouvements").as_deref(), Some("south-korea-jcs"));
}

#[test]
fn a_source_phrase_before_a_quotation_an_unnamed_foreign_ministry_spokesperson_and_document_issuers() {
    // A "selon X," set off by commas just before the quotation names its
    // speaker, whoever the subject is.
    let x = extract(
        "Le chef du Pentagone a rejoint Séoul lundi pour un séjour destiné, selon le département d'État, à « \
         rassurer un allié inquiet ». Le texte prévoit, d'après le Kremlin, « une aide mutuelle immédiate ».",
        Some("2025-03-10"),
    );
    assert_eq!(speaker_of(&x, "rassurer un allié").as_deref(), Some("us-department-of-state"));
    assert_eq!(speaker_of(&x, "une aide mutuelle").as_deref(), Some("kremlin"));
    // An unnamed foreign ministry spokeswoman speaks for the ministry, and a
    // later "Selon elle" goes on with it.
    let x = extract(
        "La porte-parole de la diplomatie russe a rejeté mercredi les chiffres de Séoul. Selon elle, ces \
         rapports relèvent « d'une fiction destinée aux Occidentaux ».",
        Some("2025-03-12"),
    );
    assert_eq!(speaker_of(&x, "d'une fiction destinée").as_deref(), Some("russian-ministry-of-foreign-affairs"));
    // A person a preposition governs after "Pour X, ..." is no subject of
    // her own, past a courtesy title.
    let x = extract(
        "Pour Hélène Roussel, chercheuse à l'Institut d'études asiatiques, le voyage de Mme Choe « sert d'abord \
         à obtenir des contreparties ».",
        Some("2025-03-12"),
    );
    assert_eq!(speaker_of(&x, "sert d'abord").as_deref(), Some("name:helene-roussel"));
    // "Dans un commentaire diffusé par l'agence officielle X, Pyongyang a
    // qualifié ...": the subject past the agency; "un commentaire de
    // l'agence officielle X a qualifié ...": the agency that issued it.
    let x = extract(
        "Dans une note diffusée mardi par l'agence officielle KCNA, Pyongyang a qualifié les manœuvres de « \
         répétition générale d'une invasion ». Jeudi, un éditorial de l'agence officielle KCNA a dénoncé « \
         l'hystérie belliqueuse de Séoul ».",
        Some("2025-03-14"),
    );
    assert_eq!(speaker_of(&x, "répétition générale").as_deref(), Some("north-korea"));
    assert_eq!(speaker_of(&x, "l'hystérie belliqueuse").as_deref(), Some("kcna"));
}

#[test]
fn a_pronoun_skips_a_man_for_someone_of_unknown_gender_and_the_minister_is_the_head_of_diplomacy() {
    // "confie-t-elle" after a governor named "selon le gouverneur, X": the
    // woman named before him, whose gender the text never marks.
    let x = extract(
        "À Rennes, Iryna Boiko, 52 ans, dirige une association d'entraide. Sa ville, Soumy, a encore été \
         bombardée samedi, selon le gouverneur régional, Volodymyr Artioukh. « Nous vivons avec la peur au \
         ventre », confie-t-elle.",
        Some("2025-04-14"),
    );
    assert_eq!(speaker_of(&x, "Nous vivons avec").as_deref(), Some("name:iryna-boiko"));
    // "le ministre" after "le chef de la diplomatie, X": X, not a foreign
    // minister named before him.
    let x = extract(
        "À Pyongyang, la ministre nord-coréenne des Affaires étrangères, Choe Son Hui, a vanté « une amitié \
         forgée dans le sang ». Côté ukrainien, le chef de la diplomatie, Andriï Sybiha, a condamné ce \
         rapprochement. « Chaque obus livré prolonge la guerre », a écrit le ministre.",
        Some("2025-04-14"),
    );
    assert_eq!(speaker_of(&x, "Chaque obus livré").as_deref(), Some("andrii-sybiha"));
}

#[test]
fn one_of_a_group_an_official_source_opening_the_sentence_before_a_deputy_envoy_and_the_same_source() {
    // "l'un d'eux" is one of the group told of before, by its country.
    let x = extract(
        "Plusieurs diplomates japonais jugent la menace sérieuse. « Tokyo ne peut plus attendre », a glissé \
         l'un d'entre eux.",
        Some("2025-06-02"),
    );
    assert_eq!(speaker_of(&x, "Tokyo ne peut plus").as_deref(), Some("japan"));
    // An unnamed official named by "Selon un porte-parole de X, ..." goes on
    // in the next sentence's "a-t-il déclaré".
    let x = extract(
        "Selon un porte-parole du Pentagone, les munitions ont transité par le port de Rajin. « Ces livraisons \
         violent les résolutions de l'ONU », a-t-il déclaré.",
        Some("2025-06-02"),
    );
    assert_eq!(speaker_of(&x, "Ces livraisons violent").as_deref(), Some("us-department-of-defense"));
    // A deputy envoy of a country speaks for it.
    let x = extract(
        "La représentante de la France a pris la parole. Le représentant adjoint de la Chine a appelé à « la \
         retenue de toutes les parties ».",
        Some("2025-06-02"),
    );
    assert_eq!(speaker_of(&x, "la retenue de toutes").as_deref(), Some("china"));
    // "selon la même source" after one person opening the sentence: hers.
    let x = extract(
        "Selon un communiqué du ministère russe des Affaires étrangères, Choe Son Hui et Sergueï Lavrov ont parlé \
         de la guerre. La ministre nord-coréenne a estimé, selon la même source, que leur alliance était « plus \
         solide que jamais ».",
        Some("2025-06-02"),
    );
    assert_eq!(speaker_of(&x, "plus solide que jamais").as_deref(), Some("choe-son-hui"));
}

#[test]
fn a_bare_body_takes_the_country_of_a_clause_or_a_side_and_the_services_are_the_nis() {
    let x = extract(
        "Le même jour, à Séoul, le ministère des Affaires étrangères a promis « d'accueillir les deux hommes ». \
         Côté ukrainien, l'état-major général a admis un « repli tactique vers des lignes mieux tenues ». « Ces unités manquent de drones », \
         ont estimé les services sud-coréens.",
        Some("2025-01-20"),
    );
    assert_eq!(speaker_of(&x, "d'accueillir les deux").as_deref(), Some("south-korean-ministry-of-foreign-affairs"));
    assert_eq!(speaker_of(&x, "repli tactique vers").as_deref(), Some("ukrainian-general-staff"));
    assert_eq!(speaker_of(&x, "Ces unités manquent").as_deref(), Some("south-korea-nis"));
}

#[test]
fn a_pronoun_after_a_body_qualified_by_a_demonym_and_a_tag_past_a_relative() {
    // "Elle" after "L'agence officielle nord-coréenne KCNA ..." is the agency.
    let x = extract(
        "L'agence officielle nord-coréenne KCNA est restée sobre. Elle a rapporté jeudi que les deux dirigeants \
         avaient eu « un échange franc et chaleureux ».",
        Some("2025-07-03"),
    );
    assert_eq!(speaker_of(&x, "un échange franc").as_deref(), Some("kcna"));
    // The agent of an opening participle is not the subject the pronoun
    // after it stands for.
    let x = extract(
        "Le ministre ukrainien de la Défense, Roustem Oumerov, a parlé de combats. Interrogé par la chaîne \
         sud-coréenne KBS, il s'est montré ferme. « La guerre a changé de nature », a-t-il dit.",
        Some("2024-11-06"),
    );
    assert_eq!(speaker_of(&x, "La guerre a changé").as_deref(), Some("rustem-umerov"));
    // Someone named in a relative after the one a tag names does not speak.
    let x = extract(
        "« Ce pacte lie deux régimes en guerre », tranche l'éditorial du Chosun Ilbo, qui presse le gouvernement \
         de Yoon Suk Yeol d'armer Kiev.",
        Some("2024-06-21"),
    );
    assert_eq!(speaker_of(&x, "Ce pacte lie").as_deref(), Some("chosun-ilbo"));
}

#[test]
fn envoys_at_the_un_speak_for_their_country_or_by_name() {
    // An unnamed envoy after "tandis que" speaks for the country, even when
    // a person spoke first in the sentence; a stressed pronoun between commas
    // repeats the subject.
    let x = extract(
        "Au Conseil de sécurité, Vassili Nebenzia a dénoncé « une mise en scène montée par l'Occident », tandis \
         que le représentant sud-coréen a exigé « le départ de tous les soldats nord-coréens ». La représentante \
         des États-Unis a, elle, fustigé « une économie de guerre nourrie d'obus étrangers ».",
        Some("2025-10-02"),
    );
    assert_eq!(speaker_of(&x, "une mise en scène").as_deref(), Some("vasily-nebenzya"));
    assert_eq!(speaker_of(&x, "le départ de tous").as_deref(), Some("south-korea"));
    assert_eq!(speaker_of(&x, "une économie de guerre").as_deref(), Some("united-states"));
    // "Pour l'ambassadeur russe, ..." after he was named: him.
    let x = extract(
        "Vassili Nebenzia a répliqué aussitôt. Pour l'ambassadeur russe, ce rapport n'est qu'« un tract écrit \
         par ceux qui arment Kiev ».",
        Some("2025-10-02"),
    );
    assert_eq!(speaker_of(&x, "un tract écrit").as_deref(), Some("vasily-nebenzya"));
}

#[test]
fn a_known_person_without_an_office_takes_the_title_set_before_the_name() {
    // "l'ambassadeur de Russie, X" gives X a role, so "L'ambassadeur" later
    // is X, not the official who summoned him.
    let x = extract(
        "Séoul a convoqué jeudi l'ambassadeur de Russie, Georgy Zinoviev. Le vice-ministre des Affaires \
         étrangères Kim Hong-kyun a dénoncé « une coopération dangereuse ». L'ambassadeur a répondu que Moscou \
         « ne menaçait personne dans la péninsule ».",
        Some("2024-06-21"),
    );
    assert_eq!(speaker_of(&x, "ne menaçait personne").as_deref(), Some("georgy-zinoviev"));
    // "le diplomate russe" is the one set out as Russia's envoy.
    let x = extract(
        "Le représentant permanent de la Russie, Vassili Nebenzia, a rejeté ces accusations. « Ce sont des \
         rumeurs », a déclaré le diplomate russe.",
        Some("2024-11-05"),
    );
    assert_eq!(speaker_of(&x, "Ce sont des rumeurs").as_deref(), Some("vasily-nebenzya"));
}

#[test]
fn the_impersonal_on_in_a_body_and_a_national_title_for_the_subject_not_a_complement() {
    // "Au ministère ..., on assure que ... « »": the ministry, not a demonym
    // in the clause it reports.
    let x = extract(
        "Au ministère russe de la Défense, on assure que les soldats nord-coréens « n'ont jamais franchi la \
         frontière ukrainienne ».",
        Some("2025-05-12"),
    );
    assert_eq!(speaker_of(&x, "n'ont jamais franchi").as_deref(), Some("russian-ministry-of-defence"));
    // "l'émissaire russe" is the subject of the sentence before, not the
    // president whose message he carried.
    let x = extract(
        "Kim Jong Un a reçu mardi le secrétaire du Conseil de sécurité russe. Sergueï Choïgou lui a transmis un \
         message de Vladimir Poutine. « Le président m'a demandé de vous remercier », a déclaré l'émissaire russe.",
        Some("2025-06-17"),
    );
    assert_eq!(speaker_of(&x, "Le président m'a demandé").as_deref(), Some("sergei-shoigu"));
}

#[test]
fn the_one_cited_after_a_quotation_and_a_body_noun_for_the_subject_before_a_complement() {
    // "», citant un porte-parole du ministère X": the ministry speaks.
    let x = extract(
        "Samedi, l'agence KCNA a fustigé « une manœuvre servile dictée par Washington », citant un porte-parole \
         du ministère nord-coréen des Affaires étrangères.",
        Some("2026-03-10"),
    );
    assert_eq!(speaker_of(&x, "une manœuvre servile").as_deref(), Some("north-korean-ministry-of-foreign-affairs"));
    // "a indiqué le service" after "Le SBU a précisé ... avec le NIS": the
    // subject, not the service named in a complement.
    let x = extract(
        "Le SBU a précisé lundi que les interrogatoires se déroulaient en coopération avec le NIS. « Il croyait \
         partir pour des exercices », a indiqué le service dans un communiqué.",
        Some("2025-01-13"),
    );
    assert_eq!(speaker_of(&x, "Il croyait partir").as_deref(), Some("sbu"));
}

#[test]
fn a_pronoun_after_a_joined_clause_or_selon_lui_is_the_body_the_sentence_opens_on_and_citing_past_a_tag() {
    let x = extract(
        "Réuni jeudi, le Conseil de sécurité nationale sud-coréen a condamné un pacte qui représente, selon lui, \
         « une violation manifeste des résolutions de l'ONU ». L'état-major général ukrainien n'a pas confirmé \
         la chute de la ville, mais il a admis un « repli vers des lignes plus faciles à tenir ».",
        Some("2024-06-20"),
    );
    assert_eq!(speaker_of(&x, "une violation manifeste").as_deref(), Some("south-korea-nsc"));
    assert_eq!(speaker_of(&x, "repli vers des lignes").as_deref(), Some("ukrainian-general-staff"));
    // "», a rapporté le député X, citant le NIS": the words are the NIS's.
    let x = extract(
        "« Ils s'entraînent surtout au pilotage de drones », a rapporté à la sortie de la réunion le député Park \
         Sun-won, citant le NIS.",
        Some("2024-11-06"),
    );
    assert_eq!(speaker_of(&x, "Ils s'entraînent").as_deref(), Some("south-korea-nis"));
}
