//! The lexicon: reviewed data files in `lexicon/`, parsed and compiled once.
//!
//! `terms.toml` (finding terms), `context.toml` (triggers, pseudo-triggers, terminations) and
//! `sections.toml` (section headers, global normal statements, side words). Their schema mirrors
//! the engine's algorithm (see `engine.rs`). [`lint`] checks the files inside `cargo test`.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use regex::RegexSet;
use serde::Deserialize;

use crate::finding::{Finding, Laterality, ReportStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Negated,
    Uncertain,
    Historical,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Forward,
    Backward,
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Stops at terminations and at commas that do not continue a list.
    Clause,
    /// Stops at terminations only.
    Sentence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    Question,
    Findings,
    Conclusion,
    Comparison,
    /// A supervisor's or later addition ("Supervisie:", "Correctie:", "Addendum:"): it has the
    /// last word over everything before it.
    Revision,
    /// An earlier report quoted or summarised ("Verslag vorig onderzoek:", "Eerdere bevinding:"):
    /// about another examination, so never an assertion about this one.
    Prior,
    /// Another body part in a combined report ("Abdomen:", "Handen:", "Schouder:"): its text
    /// on the header's line (or up to a blank line) is not about the chest.
    Other,
    /// A preliminary reading ("VB laborant: ?PTX li", the radiographer's first look, to its
    /// line's end): it asserts, but whatever the rest of the report says outranks it.
    Preliminary,
    /// A status heading over a list ("Afwezig: pneumothorax, pleuravocht", "Niet: ..."): a
    /// finding listed without a cue of its own is absent.
    Absent,
    /// A status heading over a list of doubtful items ("Twijfelachtig: ..."): uncertain.
    Doubtful,
}

impl SectionKind {
    /// Whether statements in this section speak about the current examination.
    pub fn asserts(self) -> bool {
        !matches!(self, SectionKind::Question | SectionKind::Prior | SectionKind::Other)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trigger {
    pub phrase: String,
    pub qualifier: Qualifier,
    pub direction: Direction,
    pub scope: Scope,
    pub max_words: Option<usize>,
    pub priority: u32,
    /// Made from `[lookalikes]`: a hedge naming a benign look-alike ("waarschijnlijk vaatstructuur").
    #[serde(skip)]
    pub lookalike: bool,
}

/// Hedged benign look-alikes: each "hedge [een] word" acts as a backward uncertain trigger, and
/// each "explanation [een|de|het] word" as a backward negated one.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Lookalikes {
    hedges: Vec<String>,
    words: Vec<String>,
    scope: Scope,
    max_words: usize,
    priority: u32,
    /// Verbs that explain what they follow as a look-alike ("berust op", "correspondeert met").
    #[serde(default)]
    explained: Vec<String>,
    #[serde(default)]
    explained_priority: u32,
}

const HEDGE_ARTICLES: [&str; 2] = ["", "een "];
const EXPLAINED_ARTICLES: [&str; 4] = ["", "de ", "een ", "het "];

impl Lookalikes {
    /// Every trigger phrase the section stands for, with its qualifier and priority, in a fixed order.
    fn phrases(&self) -> Vec<(String, Qualifier, u32)> {
        let mut out = Vec::new();
        for (cues, articles, qualifier, priority) in [
            (&self.hedges, &HEDGE_ARTICLES[..], Qualifier::Uncertain, self.priority),
            (&self.explained, &EXPLAINED_ARTICLES[..], Qualifier::Negated, self.explained_priority),
        ] {
            for h in cues {
                for article in articles {
                    for w in &self.words {
                        out.push((format!("{h} {article}{w}"), qualifier, priority));
                    }
                }
            }
        }
        out
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TermGroup {
    finding: String,
    patterns: Vec<String>,
    #[serde(default)]
    fuzzy: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    weak: Vec<String>,
    #[serde(default)]
    diagnosis: Vec<String>,
    /// What an unqualified weak term may be explained as (with a context.toml `explanations`
    /// phrase) that is not the finding: "verdichting in de RBK, passend bij atelectase".
    #[serde(default)]
    explained_as: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TermsFile {
    version: String,
    #[serde(default)]
    not_terms: Vec<String>,
    term: Vec<TermGroup>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Phrase {
    phrase: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextFile {
    version: String,
    trigger: Vec<Trigger>,
    #[serde(default)]
    pseudo: Vec<Phrase>,
    #[serde(default)]
    termination: Vec<Phrase>,
    /// Verbs that keep a clause going: a termination right after one sits inside its clause
    /// ("een PTX is echter niet uit te sluiten"), and a comma before one closes an embedded
    /// clause that a comma before a `relative_words` word opened.
    #[serde(default)]
    clause_verbs: Vec<String>,
    #[serde(default)]
    relative_words: Vec<String>,
    /// Words besides `relative_words` that open an embedded clause or aside after a comma
    /// ("een pneumothorax, gezien de liggende opname, niet uit te sluiten").
    #[serde(default)]
    embedded_openers: Vec<String>,
    /// Last words of a short clause between commas that says when or where the finding was seen
    /// before ("het infiltraat, vorige maand beschreven, is verdwenen").
    #[serde(default)]
    aside_participles: Vec<String>,
    /// Words that open a new clause after a comma ("..., en verder ..."), never a list item.
    #[serde(default)]
    clause_openers: Vec<String>,
    /// Adjectives that a comma may follow inside one noun phrase, after an article ("een
    /// kleine, scherp begrensde nodus"): such a comma ends no scope.
    #[serde(default)]
    comma_adjectives: Vec<String>,
    /// Words before a term that make it a residual ("geen resterende consolidatie"); a term that
    /// starts with "rest" ("restinfiltraat") is one too.
    #[serde(default)]
    residual_words: Vec<String>,
    /// Adverbs that may stand between a field's colon and the cue that answers it
    /// ("Pneumothorax: volledig verdwenen").
    #[serde(default)]
    value_adverbs: Vec<String>,
    /// Words that say a finding is still there on the other side, after one side's negation
    /// ("Pneumothorax links verdwenen, rechts nog klein apicaal").
    #[serde(default)]
    remaining_words: Vec<String>,
    /// Words of size, place and degree that may follow in such a clause ("rechts nog klein apicaal").
    #[serde(default)]
    remaining_details: Vec<String>,
    /// Verbs that need the rest of their clause: a short aside between commas right after one
    /// ("kan, gezien het pleuravocht, niet uitgesloten worden") ends no scope.
    #[serde(default)]
    aside_verbs: Vec<String>,
    /// Words that explain a weak term as another finding ("ronde verdichting, passend bij een
    /// ronde pneumonie").
    #[serde(default)]
    explanations: Vec<String>,
    /// Hedges that, before what a weak term may be explained as (a term's `explained_as`), explain
    /// it away as well ("Verdichting LOK, waarschijnlijk atelectase"); unlike `explanations` they
    /// do not make it another finding's lesion ("ronde verdichting, waarschijnlijk ronde
    /// pneumonie" keeps the round opacity).
    #[serde(default)]
    hedged_explanations: Vec<String>,
    /// Terminations that end a scope only at the start of a clause.
    #[serde(default)]
    initial_terminations: Vec<String>,
    /// Words that join two findings as alternatives ("infiltraat of tumor"): each is hedged.
    #[serde(default)]
    alternatives: Vec<String>,
    /// Words that join the items of a list ("geen consolidatie, pleuravocht of pneumothorax").
    #[serde(default)]
    list_conjunctions: Vec<String>,
    /// Words one edit from a single-word cue that are no misspelling of it ("suspecte").
    #[serde(default)]
    not_typos: Vec<String>,
    /// Parts of a lung besides the side words: an alternative between two places offers two
    /// places for one lesion ("Consolidatie in RMV dan wel ROK"), not a hedge about it.
    #[serde(default)]
    places: Vec<String>,
    /// Words after a number that make it a time ("d.d. 3 dagen eerder", "d.d. 3 maart").
    #[serde(default)]
    time_words: Vec<String>,
    /// Rule-out hedges that take back a negation from a later clause.
    #[serde(default)]
    reopeners: Vec<String>,
    /// Cues that open a differential diagnosis: after a field's label they name what its lesion
    /// may be, and do not answer the label.
    #[serde(default)]
    differentials: Vec<String>,
    /// Cues that only recommend ruling a finding out: beside a negation of it they assert nothing.
    #[serde(default)]
    recommendations: Vec<String>,
    /// Words that soften a negation right after its cue ("geen duidelijke pneumothorax").
    #[serde(default)]
    softeners: Vec<String>,
    /// Words before a term that name another lesion than one described ("geen nieuwe noduli").
    #[serde(default)]
    other_lesions: Vec<String>,
    /// Words of a mention's sentence that make it a known lesion ("bekende nodus, ongewijzigd").
    #[serde(default)]
    known_lesions: Vec<String>,
    /// Words right after a mention's colon that refer to what the report said of it before
    /// ("Nodus: zie boven"): the mention asserts nothing of its own.
    #[serde(default)]
    see_above: Vec<String>,
    /// Hedged benign look-alikes, expanded into triggers at load.
    lookalikes: Option<Lookalikes>,
}

impl ContextFile {
    /// The literal triggers plus those `[lookalikes]` stands for (a literal trigger of the same
    /// phrase is an error the lint reports; at load the literal one is kept), and each cue that
    /// opens with "geen" also with its shorthand "gn" ("gn aanwijzing voor"), as normal statements
    /// have it.
    fn all_triggers(&self) -> Vec<Trigger> {
        let mut out = self.trigger.clone();
        let literal: HashSet<String> = self.trigger.iter().map(|t| phrase_key(&t.phrase)).collect();
        out.extend(self.trigger.iter().filter_map(|t| {
            let short = format!("gn {}", t.phrase.strip_prefix("geen ")?);
            (!literal.contains(&phrase_key(&short))).then(|| Trigger { phrase: short, ..t.clone() })
        }));
        if let Some(l) = &self.lookalikes {
            out.extend(l.phrases().into_iter().filter(|(p, ..)| !literal.contains(&phrase_key(p))).map(|(phrase, qualifier, priority)| Trigger {
                phrase,
                qualifier,
                direction: Direction::Backward,
                scope: l.scope,
                max_words: Some(l.max_words),
                priority,
                lookalike: true,
            }));
        }
        out
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionGroup {
    kind: SectionKind,
    headers: Vec<String>,
    /// The header may carry a note before its colon: a time, a date, a name or a few words
    /// ("Addendum 10:55:", "Definitief verslag na herbeoordeling dagdienst:").
    #[serde(default)]
    notes: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct NormalGroup {
    covers: Vec<String>,
    phrases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct SidesFile {
    both: Vec<String>,
    left: Vec<String>,
    right: Vec<String>,
    /// A side word right after one of these names a direction, not a side.
    #[serde(default)]
    direction: Vec<String>,
    /// A side word right before one of these (or a normal anchor) names a part of the chest.
    #[serde(default)]
    parts: Vec<String>,
    /// Words that place a mention inside the region described just before it ("een
    /// onderliggende massa", "hierin"): without a side of its own, it takes that region's side.
    #[serde(default)]
    anaphora: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionsFile {
    version: String,
    normal_blockers: Vec<String>,
    normal_anchors: Vec<String>,
    lung_headings: Vec<String>,
    pleura_headings: Vec<String>,
    normal_exceptions: Vec<String>,
    #[serde(default)]
    one_lung: Vec<String>,
    normal_continuations: Vec<String>,
    /// Words right before a normal statement that deny it ("niet geheel normale thoraxfoto").
    #[serde(default)]
    normal_negations: Vec<String>,
    title_words: Vec<String>,
    answers_no: Vec<String>,
    answers_yes: Vec<String>,
    /// Labels of an answer line in a question-and-answer layout ("A: Nee.").
    #[serde(default)]
    answer_labels: Vec<String>,
    /// Labels of a numbered question ("V1:", "Vraag 2:"), answered by the answer of its number.
    #[serde(default)]
    question_number_labels: Vec<String>,
    /// Words that open a clause of the question inside a sentence ("..., vraagstelling
    /// ribfracturen, pneumothorax?, er is ...").
    #[serde(default)]
    question_clauses: Vec<String>,
    /// Ticked and unticked check boxes of templates ("[x]", "[ ]"), folded.
    #[serde(default)]
    checked_boxes: Vec<String>,
    #[serde(default)]
    unchecked_boxes: Vec<String>,
    /// Telegraphic signs after a finding ("PTX -", "infiltraat +/-"), folded.
    #[serde(default)]
    absent_signs: Vec<String>,
    /// Tick marks of structured templates (see sections.toml).
    #[serde(default)]
    tick_absent: Vec<String>,
    #[serde(default)]
    tick_uncertain: Vec<String>,
    #[serde(default)]
    tick_present: Vec<String>,
    #[serde(default)]
    tick_marks: Vec<String>,
    #[serde(default)]
    tick_after: Vec<String>,
    #[serde(default)]
    tick_columns_absent: Vec<String>,
    #[serde(default)]
    tick_columns_uncertain: Vec<String>,
    #[serde(default)]
    tick_columns_present: Vec<String>,
    /// Grades of graded template fields ("Infiltraat: 0", "Nodus: 2 = waarschijnlijk").
    #[serde(default)]
    absent_grades: Vec<String>,
    #[serde(default)]
    uncertain_grades: Vec<String>,
    /// Words of a grade legend in the report ("1 = uitgesloten, ..., 5 = zeker").
    #[serde(default)]
    legend_absent: Vec<String>,
    #[serde(default)]
    legend_uncertain: Vec<String>,
    #[serde(default)]
    legend_present: Vec<String>,
    #[serde(default)]
    uncertain_signs: Vec<String>,
    normal_sentences: Vec<String>,
    #[serde(default)]
    normal_labels: Vec<String>,
    /// Words of normal statements whose misspellings count as the word ("Longvelen helder").
    #[serde(default)]
    normal_typo_words: Vec<String>,
    question_openers: Vec<String>,
    /// A sentence opening with one of these restates the question before its colon.
    #[serde(default)]
    question_labels: Vec<String>,
    /// A headerless report's first line with one of these words is the question.
    #[serde(default)]
    question_markers: Vec<String>,
    /// Words of advice: a first-line sentence with one recommends, it does not ask.
    #[serde(default)]
    advice_words: Vec<String>,
    /// A quoted passage right after one of these is text taken back ("lees 'geen infiltraat'
    /// i.p.v. 'een infiltraat'"), never an assertion.
    #[serde(default)]
    retraction_words: Vec<String>,
    /// Double reading: a sentence whose first clause has at most `agreement_words` words and
    /// opens with one of `agreements`, after a quoted report or opening a revision, adopts that
    /// reading; one opening with one of `denials` after a sentence that reports another reading
    /// (quoted, or opening with one of `reported_readings`) denies what that sentence names.
    #[serde(default)]
    agreements: Vec<String>,
    #[serde(default)]
    agreement_exceptions: Vec<String>,
    #[serde(default)]
    agreement_words: usize,
    #[serde(default)]
    denials: Vec<String>,
    #[serde(default)]
    reported_readings: Vec<String>,
    abbreviations: Vec<String>,
    #[serde(default)]
    name_titles: Vec<String>,
    #[serde(default)]
    dictated_stops: Vec<String>,
    #[serde(default)]
    dictated_marks: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    dictated_stop_not_after: Vec<String>,
    /// In a report dictated without punctuation, a line that ends with one of these goes on on
    /// the next line ("geen\npneumothorax").
    #[serde(default)]
    open_line_ends: Vec<String>,
    section: Vec<SectionGroup>,
    normal: Vec<NormalGroup>,
    laterality: SidesFile,
}

/// The three lexicon files as text, before compilation.
#[derive(Debug, Clone)]
pub struct LexiconSource {
    pub terms: String,
    pub context: String,
    pub sections: String,
    /// Where they came from, for error messages.
    pub origin: PathBuf,
}

impl LexiconSource {
    pub fn read(dir: &Path) -> Result<Self, LexiconError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|e| LexiconError(format!("cannot read {}: {e}", path.display())))
        };
        Ok(LexiconSource {
            terms: read("terms.toml")?,
            context: read("context.toml")?,
            sections: read("sections.toml")?,
            origin: dir.to_path_buf(),
        })
    }
}

#[derive(Debug, Clone, thiserror::Error)]
#[error("lexicon: {0}")]
pub struct LexiconError(pub String);

/// A word whose misspellings count as the word: within `max_distance` edits, keeping the first
/// letter. Short words (5-6 letters) only match with one inner letter missing ("nodli", "tumr"):
/// any edit would make too many real words ("haard" -> "hard").
#[derive(Debug, Clone)]
pub struct Spelling {
    pub word: Vec<char>,
    pub max_distance: usize,
    pub deletion_only: bool,
}

impl Spelling {
    fn new(word: &str, max_distance: usize) -> Self {
        let word: Vec<char> = word.chars().collect();
        let deletion_only = word.len() < 7;
        Self { word, max_distance, deletion_only }
    }
}

/// A fuzzy-matchable finding word: its misspellings count as the finding.
#[derive(Debug, Clone)]
pub struct FuzzyWord {
    pub spelling: Spelling,
    pub finding: Finding,
}

/// The compiled lexicon the engine runs on.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// "terms/context/sections" versions, e.g. "0.1.0/0.1.0/0.1.0".
    pub version: String,
    /// sha256 over the three files, hex.
    pub hash: String,
    pub(crate) term_scan: Scan,
    /// Phrases that contain a term but name something else ("ossale metastasen").
    pub(crate) not_term_scan: Option<Scan>,
    pub(crate) term_finding: Vec<Finding>,
    pub(crate) term_short: Vec<bool>,
    /// Weak patterns ("verdichting in de onderkwab") yield to a specific term of the same
    /// finding in the same sentence ("..., verdacht voor infiltraat").
    pub(crate) term_weak: Vec<bool>,
    pub(crate) term_diagnosis: Vec<bool>,
    /// Single-word triggers of 7+ letters, matched with one typo ("moglijk", "twijfelachtge"):
    /// ordered by first letter (a typo keeps it), the lexicon's order kept among those.
    pub(crate) fuzzy_triggers: Vec<(Vec<char>, usize)>,
    /// Which typed words (first letter, length within one) could be one of `fuzzy_triggers`.
    pub(crate) fuzzy_trigger_reach: Reach,
    pub(crate) fuzzy: Vec<FuzzyWord>,
    /// Which typed words could be a fuzzy word within its distance, and which two words
    /// written apart could be one joined ("pneumo thorax": their joined length within one).
    pub(crate) fuzzy_reach: Reach,
    pub(crate) compound_reach: Reach,
    pub(crate) exclude: [Option<Scan>; 3],
    /// Per finding: an explanation naming something else ("passend bij (poststenotische)
    /// atelectase"), looked for after an unqualified weak term in its sentence.
    pub(crate) explained_as: [Option<Scan>; 3],
    pub(crate) triggers: Vec<Trigger>,
    pub(crate) trigger_scan: Scan,
    pub(crate) lookalike_scan: Option<Scan>,
    /// The look-alike words themselves ("vaatstructuur", "tepelschaduw").
    pub(crate) lookalike_words: FastSet<String>,
    pub(crate) trigger_start: Scan,
    pub(crate) trigger_by_phrase: FastMap<String, usize>,
    pub(crate) pseudo_scan: Option<Scan>,
    pub(crate) termination_scan: Option<Scan>,
    pub(crate) header_scan: Scan,
    pub(crate) header_kind: FastMap<String, SectionKind>,
    pub(crate) abbreviations: FastSet<String>,
    pub(crate) dictated_stops: Vec<String>,
    /// Dictated punctuation words and the mark each stands for ("dubbele punt" -> ":"), and
    /// one scan for all of them.
    pub(crate) dictated_marks: FastMap<String, char>,
    pub(crate) dictated_scan: Option<Scan>,
    pub(crate) name_titles: FastSet<String>,
    pub(crate) dictated_stop_not_after: FastSet<String>,
    pub(crate) open_line_ends: FastSet<String>,
    pub(crate) clause_verbs: FastSet<String>,
    pub(crate) relative_words: FastSet<String>,
    pub(crate) embedded_openers: FastSet<String>,
    pub(crate) aside_participles: FastSet<String>,
    pub(crate) clause_openers: Vec<String>,
    pub(crate) comma_adjectives: FastSet<String>,
    pub(crate) residual_words: FastSet<String>,
    pub(crate) value_adverbs: FastSet<String>,
    pub(crate) remaining_words: FastSet<String>,
    pub(crate) remaining_details: FastSet<String>,
    pub(crate) aside_verbs: FastSet<String>,
    pub(crate) explanations: Vec<String>,
    pub(crate) initial_terminations: FastSet<String>,
    pub(crate) alternatives: Vec<String>,
    pub(crate) list_conjunctions: FastSet<String>,
    pub(crate) not_typos: FastSet<String>,
    pub(crate) places: FastSet<String>,
    pub(crate) time_words: FastSet<String>,
    /// Rule-out hedges that, in a later clause naming no finding, take back a negation.
    pub(crate) reopeners: Vec<String>,
    /// Cues that open a differential diagnosis ("DD", "ddx"): by trigger index, `true` for one.
    pub(crate) differential: Vec<bool>,
    /// The same cues as phrases: a sentence opening with one and numbering its items ("DD: 1.
    /// ... 2. ...") is one sentence.
    pub(crate) differentials: Vec<String>,
    /// Cues that recommend ruling a finding out ("ter uitsluiting van"), by phrase.
    pub(crate) recommendations: Vec<String>,
    /// Does any of `reopeners` occur (as a substring)?
    pub(crate) reopener_scan: Option<Scan>,
    /// A negation whose cue is followed by one of these ("geen duidelijke pneumothorax") is soft:
    /// it yields to a hedge about the same finding elsewhere in the report.
    pub(crate) softeners: Vec<String>,
    /// A negated or hedged mention with one of these just before its term ("geen nieuwe
    /// noduli", "mogelijk een tweede nodus") is about another lesion: it ranks as a finding.
    pub(crate) other_lesions: Vec<String>,
    /// A known lesion described as there ("bekende nodus RBK, ongewijzigd") outranks a
    /// negation or hedge of another one.
    pub(crate) known_lesions: WordList,
    pub(crate) see_above: WordList,
    pub(crate) normal_scan: Scan,
    pub(crate) normal_set: RegexSet,
    pub(crate) normal_covers: Vec<Vec<Finding>>,
    /// Literal normal statements (and whole-sentence ones) with what they cover, for
    /// typo-tolerant whole-sentence matching ("Goen afwijkingen.", "Verder nl."); ordered by
    /// first letter (a typo keeps it), the lexicon's order kept among those.
    pub(crate) normal_sentences: Vec<NormalSentence>,
    /// Words of a label of the whole study that a whole-sentence normal statement may follow.
    pub(crate) normal_labels: FastSet<String>,
    /// Words of normal statements read through one typo ("afwijknigen"), and which typed words
    /// could be one of them.
    pub(crate) normal_typos: Vec<Spelling>,
    pub(crate) normal_typo_reach: Reach,
    /// Organ words that, before a normal statement in its sentence, make it about that organ.
    pub(crate) normal_blockers: WordList,
    /// Lung words that keep a normal statement about the lungs despite a blocker in its clause
    /// ("hart en longen zonder afwijkingen").
    pub(crate) normal_anchors: WordList,
    /// Heading words of the lungs and of the pleura: a list item under a heading that names the
    /// lungs but not the pleura ("1. Longen:") does not speak for the pleura.
    pub(crate) lung_headings: WordList,
    pub(crate) pleura_headings: WordList,
    /// Exception words before a normal statement ("behoudens een nodus rechts geen
    /// afwijkingen"): the side named in the exception does not restrict the statement.
    pub(crate) normal_exceptions: WordList,
    /// Words of a report on a patient with one lung ("status na pneumonectomie links"): there a
    /// normal statement about one side ("Rechter long helder") speaks for the whole chest.
    pub(crate) one_lung: WordList,
    /// A normal statement whose last word starts one of these two-word phrases is not one
    /// ("longvelden vrij van infiltraten" speaks of infiltrates only): (last word, next word).
    pub(crate) normal_continuations: Vec<(String, String)>,
    pub(crate) normal_negations: WordList,
    /// Whole-sentence answers to a question about a finding ("Ptx? Nee.").
    pub(crate) answers_no: Vec<String>,
    pub(crate) answers_yes: Vec<String>,
    pub(crate) answer_labels: Vec<String>,
    pub(crate) question_number_labels: Vec<String>,
    pub(crate) question_clauses: WordList,
    pub(crate) checked_boxes: Vec<String>,
    pub(crate) unchecked_boxes: Vec<String>,
    pub(crate) absent_signs: Vec<String>,
    pub(crate) absent_grades: Vec<String>,
    /// Tick marks and tick-table columns, each with the status it gives.
    pub(crate) ticks: Vec<(String, ReportStatus)>,
    pub(crate) tick_marks: Vec<String>,
    /// Ticks written after the answer they confirm ("nee ✓"), unlike boxes ("[x] nee").
    pub(crate) tick_after: Vec<String>,
    pub(crate) tick_columns: Vec<(String, ReportStatus)>,
    pub(crate) uncertain_grades: Vec<String>,
    pub(crate) legend_words: Vec<(String, ReportStatus)>,
    pub(crate) uncertain_signs: Vec<String>,
    /// First-line openers of a headerless report that make that line the clinical question.
    pub(crate) question_openers: Vec<String>,
    pub(crate) question_labels: Vec<String>,
    pub(crate) question_markers: WordList,
    pub(crate) advice_words: WordList,
    pub(crate) retraction_words: Vec<String>,
    /// Double reading (see `sections.toml`).
    pub(crate) agreements: WordList,
    pub(crate) agreement_exceptions: WordList,
    pub(crate) agreement_words: usize,
    pub(crate) denials: WordList,
    pub(crate) reported_readings: WordList,
    /// Headers that may carry a note before their colon, longest first, with their kind.
    pub(crate) noted_headers: Vec<(String, SectionKind)>,
    /// Words that make a short first line an examination title, which a question line may follow.
    pub(crate) title_words: Vec<String>,
    pub(crate) side_scan: Scan,
    pub(crate) side_of: FastMap<String, Laterality>,
    pub(crate) side_parts: FastSet<String>,
    pub(crate) side_anaphora: WordList,
}

impl Lexicon {
    /// Whether a word names a side ("links", "re", "RBK", "bdz"), not only a place.
    pub(crate) fn is_side(&self, word: &str) -> bool {
        self.side_of.get(word).is_some_and(|&l| l != Laterality::Unspecified)
    }
}

/// A literal phrase as a regex: words escaped, any whitespace between them.
fn phrase_regex(phrase: &str) -> String {
    phrase.split_whitespace().map(regex::escape).collect::<Vec<_>>().join(r"\s+")
}

/// Collapses whitespace, for looking a matched phrase up by its text.
pub(crate) fn phrase_key(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A word of a normal statement with its shorthand: "geen" also matches "gn".
fn shorthand(word: &str) -> String {
    match word {
        "geen" => "(?:geen|gn)".to_string(),
        w => match w.strip_prefix("(?:geen|") {
            // "(?:geen|nergens ..." keeps its own alternatives and gains "gn".
            Some(rest) => format!("(?:geen|gn|{rest}"),
            None => w.to_string(),
        },
    }
}

/// Three word lists of sections.toml (absent, uncertain, present) as one list of (word, status).
fn by_status(absent: &[String], uncertain: &[String], present: &[String]) -> Vec<(String, ReportStatus)> {
    [(absent, ReportStatus::Absent), (uncertain, ReportStatus::Uncertain), (present, ReportStatus::Present)]
        .into_iter()
        .flat_map(|(list, status)| list.iter().map(move |w| (w.clone(), status)))
        .collect()
}

/// A whole sentence that is a normal statement, up to `max_edits` typos.
#[derive(Debug, Clone)]
pub(crate) struct NormalSentence {
    pub(crate) text: Vec<char>,
    pub(crate) covers: Vec<Finding>,
    pub(crate) max_edits: usize,
}

/// Every text a normal-statement pattern matches, when its only regex is non-nested groups of
/// plain alternatives, each optionally optional ("geen (?:actieve )?(?:longafwijkingen|letsels)"),
/// and there are at most 256 of them; None otherwise.
fn spelled_out(pattern: &str) -> Option<Vec<String>> {
    let plain = |t: &str| t.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
    let mut variants = vec![String::new()];
    let mut rest = pattern;
    while !rest.is_empty() {
        let (options, after): (Vec<&str>, &str) = match rest.strip_prefix("(?:") {
            Some(inner) => {
                let close = inner.find(')')?;
                let (group, after) = (&inner[..close], &inner[close + 1..]);
                let mut options: Vec<&str> = group.split('|').collect();
                if options.iter().any(|o| !plain(o)) {
                    return None;
                }
                match after.strip_prefix('?') {
                    Some(after) => {
                        options.push("");
                        (options, after)
                    }
                    None => (options, after),
                }
            }
            None => {
                let end = rest.find("(?:").unwrap_or(rest.len());
                if !plain(&rest[..end]) {
                    return None;
                }
                (vec![&rest[..end]], &rest[end..])
            }
        };
        variants = variants.iter().flat_map(|v| options.iter().map(move |o| format!("{v}{o}"))).collect();
        if variants.len() > 256 {
            return None;
        }
        rest = after;
    }
    Some(variants.into_iter().map(|v| phrase_key(&v)).collect())
}

/// FxHash, the hasher of rustc: the lexicon's maps are looked up with short words of every report,
/// and SipHash's protection against crafted collisions costs more than the lookup and buys
/// nothing for keys fixed when the lexicon loads.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
        }
        for &byte in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(SEED);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;
pub(crate) type FastSet<K> = HashSet<K, std::hash::BuildHasherDefault<FxHasher>>;

/// The typed words that can reach a word of a list within an edit distance: for each ASCII first
/// letter (typos keep it), the lengths in chars (below 64) as a bit set. Fuzzy matching runs on
/// most words of every report; this rules nearly all of them out before any comparison.
#[derive(Debug, Clone)]
pub(crate) struct Reach([u64; 128]);

impl Reach {
    /// `words`: each word with the length difference it tolerates.
    fn new<'a>(words: impl Iterator<Item = (&'a [char], usize)>) -> Self {
        let mut lengths = [0u64; 128];
        for (word, tolerance) in words.filter(|(w, _)| w.first().is_some_and(char::is_ascii)) {
            for n in word.len().saturating_sub(tolerance)..=(word.len() + tolerance).min(63) {
                lengths[word[0] as usize] |= 1 << n;
            }
        }
        Self(lengths)
    }

    /// Could a word of `len` chars starting with `first` (ASCII) be within reach?
    pub(crate) fn reaches(&self, first: char, len: usize) -> bool {
        first.is_ascii() && len < 64 && self.0[first as usize] & (1 << len) != 0
    }
}

/// Words and phrases of a lexicon list, matched as whole words in folded text: each split into its
/// words once, when the lexicon loads, with the set of their first words (most words of a text
/// open none, and one lookup rules them out).
#[derive(Debug, Clone, Default)]
pub(crate) struct WordList(Vec<Vec<String>>, FastSet<String>);

impl WordList {
    fn new(list: &[String]) -> Self {
        let entries: Vec<Vec<String>> = list.iter().map(|w| w.split(' ').map(str::to_string).collect()).collect();
        let firsts = entries.iter().filter_map(|words| words.first().cloned()).collect();
        Self(entries, firsts)
    }

    /// Does one of the words or phrases start within the first `within` words of `text`?
    pub(crate) fn opens(&self, text: &str, within: usize) -> bool {
        self.first_at(text, within).is_some()
    }

    /// Does `text` contain one of the words, or the words of a phrase one after another?
    /// Runs for many clauses of every report, so it allocates nothing.
    pub(crate) fn in_text(&self, text: &str) -> bool {
        self.first_at(text, usize::MAX).is_some()
    }

    /// The number of words of the longest of the words or phrases that opens `text`, if one does.
    /// Runs for every sentence of every report: the text's first word is found once.
    pub(crate) fn opening(&self, text: &str) -> Option<usize> {
        let mut tokens = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        let first = tokens.next()?;
        if !self.1.contains(first) {
            return None;
        }
        self.0
            .iter()
            .filter(|words| {
                let mut rest = tokens.clone();
                words[0] == first && words[1..].iter().all(|w| rest.next() == Some(w.as_str()))
            })
            .map(Vec::len)
            .max()
    }

    /// Does `text` end with one of the words or phrases (its last words, ignoring what follows
    /// them that is no letter or digit)?
    pub(crate) fn closes(&self, text: &str) -> bool {
        let tokens = text.rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        self.0.iter().any(|words| {
            let mut rest = tokens.clone();
            words.iter().rev().all(|w| rest.next() == Some(w.as_str()))
        })
    }

    /// The word position in `text` where the first of the words or phrases starts, looking at
    /// the first `within` words only.
    fn first_at(&self, text: &str, within: usize) -> Option<usize> {
        let mut tokens = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        let mut at = 0;
        while at < within
            && let Some(token) = tokens.next()
        {
            let starts = |words: &Vec<String>| {
                let mut rest = tokens.clone();
                words[0] == token && words[1..].iter().all(|w| rest.next() == Some(w.as_str()))
            };
            if self.1.contains(token) && self.0.iter().any(starts) {
                return Some(at);
            }
            at += 1;
        }
        None
    }
}

/// One alternation over phrases, longest first so the longest phrase wins at a position.
fn alternation(phrases: &[String]) -> String {
    let mut sorted: Vec<&String> = phrases.iter().collect();
    sorted.sort_by_key(|p| std::cmp::Reverse(p.len()));
    sorted.iter().map(|p| phrase_regex(p)).collect::<Vec<_>>().join("|")
}

/// A term pattern whose spaces also match a line break, outside character classes: an export
/// that wraps its lines may break a term in two ("geen infiltratieve\nafwijkingen"); the engine
/// keeps such a wrapped line in its sentence, and the term must still match across it.
fn wrappable(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let (mut in_class, mut escaped) = (false, false);
    for c in pattern.chars() {
        match c {
            ' ' if !in_class && !escaped => out.push_str("[ \n]"),
            _ => out.push(c),
        }
        in_class = match c {
            '[' if !escaped => true,
            ']' if !escaped => false,
            _ => in_class,
        };
        escaped = c == '\\' && !escaped;
    }
    out
}

/// Makes a pattern end on a word boundary inside the regex, so that the engine backtracks to a
/// longer alternative ("afwijkingen" after "afwijking") instead of matching a word prefix.
/// `strict`: a hyphen does not count as a boundary either; the boundary character is then
/// consumed and the engine trims it (see `engine::trim_boundary`). Patterns that end in
/// punctuation ("?", "d.d.") are left as they are.
pub(crate) fn bounded(pattern: &str, ends_alnum: bool, strict: bool) -> String {
    match (ends_alnum, strict) {
        (false, _) => format!("(?:{pattern})"),
        // ASCII word boundary: folded text is almost all ASCII, and a Unicode \b would push the
        // regex engine off its fast DFA onto the much slower PikeVM.
        (true, false) => format!(r"(?:{pattern})(?-u:\b)"),
        // The consumed boundary is any char but an ASCII letter, digit or hyphen: folded text is
        // ASCII letters almost everywhere, and a negated \p{L} class is so large that the lazy
        // DFA gives up and the regex falls back to a backtracker. A non-ASCII letter let through
        // here is caught by the engine's own boundary check.
        (true, true) => format!(r"(?:{pattern})(?:[^a-z0-9\-]|$)"),
    }
}

/// Literal phrases as one bounded alternation, longest first.
fn phrase_alternation(phrases: &[String], strict: bool) -> String {
    let mut sorted: Vec<&String> = phrases.iter().collect();
    sorted.sort_by_key(|p| std::cmp::Reverse(p.len()));
    sorted
        .iter()
        .map(|p| bounded(&phrase_regex(p), p.chars().last().is_some_and(char::is_alphanumeric), strict))
        .collect::<Vec<_>>()
        .join("|")
}

fn compile(what: &str, pattern: &str) -> Result<Scan, LexiconError> {
    Scan::new(pattern, true).map_err(|e| LexiconError(format!("{what}: {e}")))
}

/// For the scans that run on every sentence and whose alternatives open with common words
/// ("geen", "links", "verdichting"): a literal prefilter finds a candidate at nearly every word
/// and restarts the automaton each time, so one pass of the lazy DFA is faster (on the corpus
/// 125,200 -> 112,000 instructions per report; README, Benchmarks). The prefilter still pays for
/// the scans of rare words (not_terms, dictated marks).
fn compile_unfiltered(what: &str, pattern: &str) -> Result<Scan, LexiconError> {
    Scan::new(pattern, false).map_err(|e| LexiconError(format!("{what}: {e}")))
}

/// A compiled lexicon pattern: the regex crate's own engine (`regex_automata`'s meta regex), with
/// the same syntax and limits, and the literal prefilter as a choice.
#[derive(Debug, Clone)]
pub(crate) struct Scan(regex_automata::meta::Regex);

/// A match of a `Scan` in a haystack.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
    pattern: usize,
}

impl<'h> Hit<'h> {
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    pub(crate) fn end(&self) -> usize {
        self.end
    }
    pub(crate) fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }
    /// Which of the patterns of a `Scan::many` matched.
    pub(crate) fn pattern(&self) -> usize {
        self.pattern
    }
}

impl Scan {
    fn new(pattern: &str, prefilter: bool) -> Result<Self, String> {
        Self::many(&[pattern], prefilter)
    }

    /// Several patterns in one scan, leftmost-first with the earlier pattern preferred.
    fn many<P: AsRef<str>>(patterns: &[P], prefilter: bool) -> Result<Self, String> {
        use regex_automata::meta;
        // The trigger and term alternations hold over a thousand phrases: with the default lazy-DFA
        // cache (2 MiB) a scan keeps refilling the cache and runs several times slower. The NFA
        // size limit is the regex crate's default.
        let config = meta::Config::new().nfa_size_limit(Some(10 << 20)).hybrid_cache_capacity(32 << 20).auto_prefilter(prefilter);
        meta::Builder::new().configure(config).build_many(patterns).map(Scan).map_err(|e| e.to_string())
    }

    fn hit<'h>(haystack: &'h str, m: regex_automata::Match) -> Hit<'h> {
        Hit { haystack, start: m.start(), end: m.end(), pattern: m.pattern().as_usize() }
    }

    pub(crate) fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> impl Iterator<Item = Hit<'h>> + 'r
    where
        'h: 'r,
    {
        self.0.find_iter(haystack).map(move |m| Self::hit(haystack, m))
    }

    /// The first match at or after `start`, with the text before `start` seen by look-arounds.
    pub(crate) fn find_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Hit<'h>> {
        self.0.find(regex_automata::Input::new(haystack).range(start..)).map(|m| Self::hit(haystack, m))
    }

    pub(crate) fn find<'h>(&self, haystack: &'h str) -> Option<Hit<'h>> {
        self.0.find(haystack).map(|m| Self::hit(haystack, m))
    }

    pub(crate) fn is_match(&self, haystack: &str) -> bool {
        self.0.is_match(haystack)
    }
}

impl Lexicon {
    /// Reads and compiles the lexicon folder.
    pub fn load(dir: &Path) -> Result<Self, LexiconError> {
        Self::compile(&LexiconSource::read(dir)?)
    }

    pub fn compile(src: &LexiconSource) -> Result<Self, LexiconError> {
        let parse_err = |file: &str, e: toml::de::Error| {
            LexiconError(format!("{}/{file}: {e}", src.origin.display()))
        };
        let terms: TermsFile = toml::from_str(&src.terms).map_err(|e| parse_err("terms.toml", e))?;
        let context: ContextFile = toml::from_str(&src.context).map_err(|e| parse_err("context.toml", e))?;
        let sections: SectionsFile = toml::from_str(&src.sections).map_err(|e| parse_err("sections.toml", e))?;
        let finding = |s: &str| s.parse::<Finding>().map_err(LexiconError);

        let mut patterns = Vec::new();
        let mut term_finding = Vec::new();
        let mut term_weak = Vec::new();
        let mut term_diagnosis = Vec::new();
        let mut fuzzy = Vec::new();
        let mut exclude: [Option<Scan>; 3] = Default::default();
        for group in &terms.term {
            let f = finding(&group.finding)?;
            for p in &group.patterns {
                compile(&format!("term pattern '{p}'"), p)?;
                patterns.push(p.clone());
                term_finding.push(f);
                term_weak.push(group.weak.contains(p));
                term_diagnosis.push(group.diagnosis.contains(p));
            }
            for (what, list) in [("weak", &group.weak), ("diagnosis", &group.diagnosis)] {
                if let Some(w) = list.iter().find(|w| !group.patterns.contains(w)) {
                    return Err(LexiconError(format!("terms.toml [{}] {what} '{w}' is not one of its patterns", group.finding)));
                }
            }
            for w in &group.fuzzy {
                let max_distance = if w.chars().count() >= 11 { 2 } else { 1 };
                fuzzy.push(FuzzyWord { spelling: Spelling::new(w, max_distance), finding: f });
            }
            if !group.exclude.is_empty() {
                let alt = alternation(&group.exclude);
                exclude[f.index()] = Some(compile("exclude", &format!(r"(?-u:\b)(?:{alt})(?-u:\b)"))?);
            }
        }
        if patterns.is_empty() {
            return Err(LexiconError("terms.toml has no patterns".into()));
        }
        let term_short: Vec<bool> = patterns.iter().map(|p| p.chars().all(|c| c.is_alphanumeric()) && p.len() <= 4).collect();
        let not_term_scan = match terms.not_terms.as_slice() {
            [] => None,
            list => Some(compile("not_terms", &list.iter().map(|p| format!("(?:{p})(?-u:\\b)")).collect::<Vec<_>>().join("|"))?),
        };
        // One pattern per term, so that a match names its term (`Hit::pattern`): the first
        // in lexicon order that matches at the leftmost position, as in one alternation.
        let bounded_terms: Vec<String> = patterns.iter().zip(&term_short).map(|(p, &short)| bounded(&wrappable(p), true, short)).collect();
        let term_scan = Scan::many(&bounded_terms, false).map_err(|e| LexiconError(format!("terms: {e}")))?;

        let mut explained_as: [Option<Scan>; 3] = Default::default();
        let explainers = [context.explanations.as_slice(), context.hedged_explanations.as_slice()].concat();
        for group in terms.term.iter().filter(|g| !g.explained_as.is_empty() && !explainers.is_empty()) {
            let pattern = format!(
                r"(?-u:\b)(?:{}) (?:[a-z]+ ){{0,2}}(?:{})(?-u:\b)",
                alternation(&explainers),
                alternation(&group.explained_as)
            );
            explained_as[finding(&group.finding)?.index()] = Some(compile("explained_as", &pattern)?);
        }
        let all_triggers = context.all_triggers();
        let differential = all_triggers.iter().map(|t| context.differentials.contains(&t.phrase)).collect();
        // The look-alike pairs are scanned apart in one compact pattern ("hedge [een] word"):
        // hundreds more alternatives in the main scan would slow every report down.
        let literal_phrases: Vec<String> = all_triggers.iter().filter(|t| !t.lookalike).map(|t| t.phrase.clone()).collect();
        let literal_alternation = phrase_alternation(&literal_phrases, true);
        let trigger_scan = compile("triggers", &literal_alternation)?;
        let lookalike_pattern = match &context.lookalikes {
            Some(l) if all_triggers.iter().any(|t| t.lookalike) => {
                // "cue [article] word", the articles of each cue kind from the lists that make the phrases.
                let articles = |list: &[&str]| list.iter().map(|a| a.trim()).filter(|a| !a.is_empty()).collect::<Vec<_>>().join("|");
                let mut cues = format!(r"(?:{})\s+(?:(?:{})\s+)?", alternation(&l.hedges), articles(&HEDGE_ARTICLES));
                if !l.explained.is_empty() {
                    cues += &format!(r"|(?:{})\s+(?:(?:{})\s+)?", alternation(&l.explained), articles(&EXPLAINED_ARTICLES));
                }
                Some(format!(r"(?:{cues})(?:{})", alternation(&l.words)))
            }
            _ => None,
        };
        let lookalike_scan = match &lookalike_pattern {
            Some(pattern) => Some(compile_unfiltered("lookalikes", &bounded(&format!(r"(?-u:\b){pattern}"), true, true))?),
            None => None,
        };
        // The same alternations anchored at the start: does a cue open this text? The look-alike
        // pairs go in as their compact pattern, not as thousands of phrases.
        let start_alternatives = match &lookalike_pattern {
            Some(pattern) => format!("{pattern}|{literal_alternation}"),
            None => literal_alternation,
        };
        let trigger_start = compile("triggers", &format!("^(?:{start_alternatives})"))?;
        let trigger_by_phrase = all_triggers.iter().enumerate().map(|(i, t)| (phrase_key(&t.phrase), i)).collect();
        let mut fuzzy_triggers: Vec<(Vec<char>, usize)> = all_triggers
            .iter()
            .enumerate()
            .filter(|(_, t)| t.phrase.chars().count() >= 7 && t.phrase.chars().all(char::is_alphabetic))
            .map(|(i, t)| (t.phrase.chars().collect(), i))
            .collect();
        fuzzy_triggers.sort_by_key(|(t, _)| t[0]);
        let optional = |what: &str, list: &[Phrase]| -> Result<Option<Scan>, LexiconError> {
            if list.is_empty() {
                return Ok(None);
            }
            let phrases: Vec<String> = list.iter().map(|p| p.phrase.clone()).collect();
            compile_unfiltered(what, &phrase_alternation(&phrases, true)).map(Some)
        };
        let pseudo_scan = optional("pseudo", &context.pseudo)?;
        let termination_scan = optional("termination", &context.termination)?;

        let mut headers = Vec::new();
        let mut header_kind = FastMap::default();
        let mut noted_headers = Vec::new();
        for group in &sections.section {
            for h in &group.headers {
                headers.push(h.clone());
                header_kind.insert(phrase_key(h), group.kind);
                if group.notes {
                    noted_headers.push((h.clone(), group.kind));
                }
            }
        }
        noted_headers.sort_by_key(|(h, _)| std::cmp::Reverse(h.len()));
        // A header starts a line (after any bullet or dashes: "- Conclusie:", "--- tekst aanvraag:")
        // or follows a sentence end, and is followed by ':' or line end,
        // with at most a short note in brackets between ("Supervisie (dr. De Vries):").
        // A header of a kind with `notes` may instead carry up to twelve words, times, dates or
        // bracketed notes before its colon ("Addendum 10:55:", "Addendum na CT (zelfde dag):",
        // "Addendum bij verslag van 02:15u:", "Correctie d.d. vandaag:"),
        // the first maybe after a slash ("Addendum/correctie:").
        let noted: Vec<String> = noted_headers.iter().map(|(h, _)| h.clone()).collect();
        // A bracketed note, in either form.
        let note = r"\([^()\n]{0,120}\)";
        let noted_alt = if noted.is_empty() {
            String::new()
        } else {
            format!(
                r"|(?:{})(?:(?:[ \t]+|/)(?:\d{{1,2}}[:.]\d{{2}}(?:u|h|uur)?|\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{2,4}}|{note}|(?:dr|drs|prof|mw|dhr|d\.d)\.|[^\s.!?:()]+)){{1,12}}[ \t]*:",
                alternation(&noted)
            )
        };
        let header_scan = compile(
            "section headers",
            &format!(r"(?m)(?:^|[.!?])[ \t*\-]*(?:(?:{})[ \t]*(?:{note}[ \t]*)?(?::|$){noted_alt})", alternation(&headers)),
        )?;
        // Normal statements are regular expressions (spaces match any whitespace), longest first.
        let mut normal_patterns: Vec<(String, Vec<Finding>)> = Vec::new();
        for group in &sections.normal {
            let covers = group.covers.iter().map(|c| finding(c)).collect::<Result<Vec<_>, _>>()?;
            for p in &group.phrases {
                // "geen" also as its shorthand "gn" ("gn afw", "Longen: gn bijz").
                let re = p.split(' ').map(shorthand).collect::<Vec<_>>().join(r"\s+");
                compile(&format!("normal statement '{p}'"), &re)?;
                normal_patterns.push((re, covers.clone()));
            }
        }
        let all = vec![Finding::Nodule, Finding::Pneumothorax, Finding::Consolidation];
        // Typos allowed in a whole-sentence statement: none up to 7 letters, one up to 13, two
        // beyond; one at most in a statement spelled out from alternatives, whose variants may
        // differ from each other in a short word ("zonder lucht" / "zonder vocht").
        let edits = |text: &str| match text.chars().count() {
            0..=7 => 0,
            8..=13 => 1,
            _ => 2,
        };
        let mut normal_sentences: Vec<NormalSentence> = sections
            .normal_sentences
            .iter()
            .map(|p| NormalSentence { text: p.chars().collect(), covers: all.clone(), max_edits: edits(p) })
            .collect();
        for group in &sections.normal {
            let covers = group.covers.iter().map(|c| finding(c)).collect::<Result<Vec<_>, _>>()?;
            // Literal statements, and those whose only regex is a few plain alternatives
            // ("geen actieve (?:longafwijkingen|longletsels)"), spelled out.
            for p in &group.phrases {
                let literal = p.chars().all(|c| c.is_alphanumeric() || c == ' ');
                for variant in spelled_out(p).into_iter().flatten().filter(|v| v.len() <= 40) {
                    let max_edits = if literal { edits(&variant) } else { edits(&variant).min(1) };
                    normal_sentences.push(NormalSentence { text: variant.chars().collect(), covers: covers.clone(), max_edits });
                }
            }
        }
        normal_sentences.sort_by_key(|n| n.text[0]);
        normal_patterns.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        let normal_scan = compile_unfiltered(
            "normal statements",
            &normal_patterns.iter().map(|(p, _)| bounded(p, true, false)).collect::<Vec<_>>().join("|"),
        )?;
        let normal_set = RegexSet::new(normal_patterns.iter().map(|(p, _)| format!("^(?:{p})$")))
            .map_err(|e| LexiconError(format!("normal statements: {e}")))?;
        let normal_covers = normal_patterns.into_iter().map(|(_, c)| c).collect();
        let mut side_words = Vec::new();
        let mut side_of = FastMap::default();
        for (side, words) in [
            (Laterality::Both, &sections.laterality.both),
            (Laterality::Left, &sections.laterality.left),
            (Laterality::Right, &sections.laterality.right),
        ] {
            for w in words {
                side_words.push(w.clone());
                side_of.insert(phrase_key(w), side);
                // "naar links" is matched whole, as no side (the engine drops Unspecified).
                for d in &sections.laterality.direction {
                    let phrase = format!("{d} {w}");
                    side_of.insert(phrase_key(&phrase), Laterality::Unspecified);
                    side_words.push(phrase);
                }
            }
        }
        let mut dictated_marks = Vec::new();
        for (words, mark) in &sections.dictated_marks {
            let mut chars = mark.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii() && words.is_ascii() && !words.is_empty() => dictated_marks.push((words.clone(), c)),
                _ => return Err(LexiconError(format!("sections.toml dictated_marks: '{words}' = '{mark}' must be ASCII words and one ASCII mark"))),
            }
        }
        let normal_continuations = sections
            .normal_continuations
            .iter()
            .map(|p| match p.split_once(' ') {
                Some((a, b)) if !a.is_empty() && !b.is_empty() && !b.contains(' ') => Ok((a.to_string(), b.to_string())),
                _ => Err(LexiconError(format!("sections.toml normal_continuations: '{p}' must be two words"))),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let side_parts: FastSet<String> = sections.laterality.parts.iter().chain(&sections.normal_anchors).cloned().collect();
        let side_scan = compile_unfiltered("laterality", &format!(r"(?-u:\b)(?:{})(?-u:\b)", alternation(&side_words)))?;

        // One edit only: two would reach real words ("afwijking" from "afwijkingen").
        let normal_typos: Vec<Spelling> = sections.normal_typo_words.iter().map(|w| Spelling::new(w, 1)).collect();

        let hash = crate::classifier::card::hex_sha256(
            format!("{}\0{}\0{}", src.terms, src.context, src.sections).as_bytes(),
        );
        Ok(Lexicon {
            version: format!("{}/{}/{}", terms.version, context.version, sections.version),
            hash,
            term_scan,
            not_term_scan,
            term_finding,
            term_short,
            fuzzy_reach: Reach::new(fuzzy.iter().map(|f| (f.spelling.word.as_slice(), f.spelling.max_distance.max(1)))),
            compound_reach: Reach::new(fuzzy.iter().map(|f| (f.spelling.word.as_slice(), 1))),
            normal_typo_reach: Reach::new(normal_typos.iter().map(|s| (s.word.as_slice(), s.max_distance))),
            normal_typos,
            term_weak,
            term_diagnosis,
            fuzzy_trigger_reach: Reach::new(fuzzy_triggers.iter().map(|(t, _)| (t.as_slice(), 1))),
            fuzzy_triggers,
            fuzzy,
            exclude,
            explained_as,
            triggers: all_triggers,
            trigger_scan,
            lookalike_scan,
            lookalike_words: context.lookalikes.as_ref().map(|l| l.words.iter().cloned().collect()).unwrap_or_default(),
            trigger_start,
            trigger_by_phrase,
            pseudo_scan,
            termination_scan,
            header_scan,
            header_kind,
            abbreviations: sections.abbreviations.into_iter().collect(),
            dictated_stops: sections.dictated_stops,
            dictated_scan: if dictated_marks.is_empty() {
                None
            } else {
                let words: Vec<String> = dictated_marks.iter().map(|(w, _)| w.clone()).collect();
                Some(compile("dictated_marks", &format!(r"(?-u:\b)(?:{})(?-u:\b)", alternation(&words)))?)
            },
            dictated_marks: dictated_marks.into_iter().map(|(w, c)| (phrase_key(&w), c)).collect(),
            name_titles: sections.name_titles.iter().cloned().collect(),
            dictated_stop_not_after: sections.dictated_stop_not_after.into_iter().collect(),
            open_line_ends: sections.open_line_ends.into_iter().collect(),
            clause_verbs: context.clause_verbs.iter().cloned().collect(),
            relative_words: context.relative_words.iter().cloned().collect(),
            embedded_openers: context.embedded_openers.iter().cloned().collect(),
            aside_participles: context.aside_participles.iter().cloned().collect(),
            clause_openers: context.clause_openers.clone(),
            comma_adjectives: context.comma_adjectives.iter().cloned().collect(),
            residual_words: context.residual_words.iter().cloned().collect(),
            value_adverbs: context.value_adverbs.iter().cloned().collect(),
            remaining_words: context.remaining_words.iter().cloned().collect(),
            remaining_details: context.remaining_details.iter().cloned().collect(),
            aside_verbs: context.aside_verbs.iter().cloned().collect(),
            explanations: context.explanations.clone(),
            initial_terminations: context.initial_terminations.iter().cloned().collect(),
            alternatives: context.alternatives.clone(),
            list_conjunctions: context.list_conjunctions.iter().cloned().collect(),
            not_typos: context.not_typos.iter().cloned().collect(),
            places: context.places.iter().cloned().collect(),
            time_words: context.time_words.iter().cloned().collect(),
            reopeners: context.reopeners.clone(),
            differential,
            differentials: context.differentials.clone(),
            recommendations: context.recommendations.clone(),
            softeners: context.softeners.clone(),
            other_lesions: context.other_lesions.clone(),
            known_lesions: WordList::new(&context.known_lesions),
            see_above: WordList::new(&context.see_above),
            reopener_scan: if context.reopeners.is_empty() {
                None
            } else {
                Some(compile("reopeners", &context.reopeners.iter().map(|r| regex::escape(r)).collect::<Vec<_>>().join("|"))?)
            },
            normal_scan,
            normal_set,
            normal_covers,
            normal_sentences,
            normal_labels: sections.normal_labels.iter().cloned().collect(),
            normal_blockers: WordList::new(&sections.normal_blockers),
            normal_anchors: WordList::new(&sections.normal_anchors),
            lung_headings: WordList::new(&sections.lung_headings),
            pleura_headings: WordList::new(&sections.pleura_headings),
            normal_exceptions: WordList::new(&sections.normal_exceptions),
            one_lung: WordList::new(&sections.one_lung),
            normal_continuations,
            normal_negations: WordList::new(&sections.normal_negations),
            title_words: sections.title_words,
            answers_no: sections.answers_no,
            answers_yes: sections.answers_yes,
            answer_labels: sections.answer_labels,
            question_number_labels: sections.question_number_labels,
            question_clauses: WordList::new(&sections.question_clauses),
            checked_boxes: sections.checked_boxes,
            unchecked_boxes: sections.unchecked_boxes,
            absent_signs: sections.absent_signs,
            absent_grades: sections.absent_grades,
            ticks: by_status(&sections.tick_absent, &sections.tick_uncertain, &sections.tick_present),
            tick_marks: sections.tick_marks.clone(),
            tick_after: sections.tick_after.clone(),
            tick_columns: by_status(&sections.tick_columns_absent, &sections.tick_columns_uncertain, &sections.tick_columns_present),
            uncertain_grades: sections.uncertain_grades,
            legend_words: by_status(&sections.legend_absent, &sections.legend_uncertain, &sections.legend_present),
            uncertain_signs: sections.uncertain_signs,
            question_openers: sections.question_openers,
            question_labels: sections.question_labels,
            question_markers: WordList::new(&sections.question_markers),
            advice_words: WordList::new(&sections.advice_words),
            retraction_words: sections.retraction_words,
            agreements: WordList::new(&sections.agreements),
            agreement_exceptions: WordList::new(&sections.agreement_exceptions),
            agreement_words: sections.agreement_words,
            denials: WordList::new(&sections.denials),
            reported_readings: WordList::new(&sections.reported_readings),
            noted_headers,
            side_scan,
            side_of,
            side_parts,
            side_anaphora: WordList::new(&sections.laterality.anaphora),
        })
    }
}

/// Review checks for the lexicon files: every problem found, as sentences.
///
/// Entries trimmed, lower-case, unique and sorted within their list; every pattern compiles;
/// every label is a known finding, qualifier, direction or section kind (those are checked by
/// parsing); fuzzy words are single words of 8+ letters.
pub fn lint(src: &LexiconSource) -> Vec<String> {
    let mut problems = Vec::new();
    if let Err(e) = Lexicon::compile(src) {
        problems.push(e.to_string());
        return problems;
    }
    let terms: TermsFile = toml::from_str(&src.terms).expect("parsed above");
    let context: ContextFile = toml::from_str(&src.context).expect("parsed above");
    let sections: SectionsFile = toml::from_str(&src.sections).expect("parsed above");

    let mut check_list = |what: String, list: &[String], sorted: bool| {
        let mut seen = HashSet::new();
        for e in list {
            if e.trim() != e || e.contains("  ") {
                problems.push(format!("{what}: '{e}' has stray whitespace"));
            }
            if e.is_empty() {
                problems.push(format!("{what}: empty entry"));
            }
            if e.to_lowercase() != *e {
                problems.push(format!("{what}: '{e}' is not lower case (matching is on lower-cased text)"));
            }
            if !seen.insert(e) {
                problems.push(format!("{what}: '{e}' appears twice"));
            }
        }
        if sorted && list.windows(2).any(|w| w[0] > w[1]) {
            problems.push(format!("{what}: not sorted"));
        }
    };
    check_list("terms.toml not_terms".into(), &terms.not_terms, true);
    for g in &terms.term {
        check_list(format!("terms.toml [{}] patterns", g.finding), &g.patterns, true);
        check_list(format!("terms.toml [{}] fuzzy", g.finding), &g.fuzzy, true);
        check_list(format!("terms.toml [{}] exclude", g.finding), &g.exclude, true);
        check_list(format!("terms.toml [{}] explained_as", g.finding), &g.explained_as, true);
        check_list(format!("terms.toml [{}] weak", g.finding), &g.weak, true);
        check_list(format!("terms.toml [{}] diagnosis", g.finding), &g.diagnosis, true);
    }
    let phrases = |list: &[Phrase]| list.iter().map(|p| p.phrase.clone()).collect::<Vec<_>>();
    let trigger_phrases: Vec<String> = context.trigger.iter().map(|t| t.phrase.clone()).collect();
    check_list("context.toml triggers".into(), &trigger_phrases, true);
    check_list("context.toml pseudo".into(), &phrases(&context.pseudo), true);
    check_list("context.toml termination".into(), &phrases(&context.termination), true);
    let all_headers: Vec<String> = sections.section.iter().flat_map(|s| s.headers.clone()).collect();
    for s in &sections.section {
        check_list(format!("sections.toml headers of {:?}", s.kind), &s.headers, true);
    }
    check_list("sections.toml headers (all kinds)".into(), &all_headers, false);
    for n in &sections.normal {
        check_list("sections.toml normal phrases".into(), &n.phrases, true);
        check_list("sections.toml normal covers".into(), &n.covers, true);
    }
    let all_normal: Vec<String> = sections.normal.iter().flat_map(|n| n.phrases.clone()).collect();
    check_list("sections.toml normal phrases (all groups)".into(), &all_normal, false);
    check_list("sections.toml abbreviations".into(), &sections.abbreviations, false);
    check_list("sections.toml dictated_stops".into(), &sections.dictated_stops, true);
    check_list("sections.toml name_titles".into(), &sections.name_titles, true);
    check_list("sections.toml dictated_stop_not_after".into(), &sections.dictated_stop_not_after, true);
    check_list("sections.toml open_line_ends".into(), &sections.open_line_ends, true);
    check_list("context.toml clause_verbs".into(), &context.clause_verbs, true);
    check_list("context.toml relative_words".into(), &context.relative_words, true);
    check_list("context.toml embedded_openers".into(), &context.embedded_openers, true);
    check_list("context.toml aside_participles".into(), &context.aside_participles, true);
    check_list("context.toml clause_openers".into(), &context.clause_openers, true);
    check_list("context.toml comma_adjectives".into(), &context.comma_adjectives, true);
    check_list("context.toml residual_words".into(), &context.residual_words, true);
    check_list("context.toml value_adverbs".into(), &context.value_adverbs, true);
    check_list("context.toml remaining_words".into(), &context.remaining_words, true);
    check_list("context.toml remaining_details".into(), &context.remaining_details, true);
    check_list("context.toml aside_verbs".into(), &context.aside_verbs, true);
    check_list("context.toml explanations".into(), &context.explanations, true);
    check_list("context.toml hedged_explanations".into(), &context.hedged_explanations, true);
    check_list("context.toml initial_terminations".into(), &context.initial_terminations, true);
    check_list("context.toml alternatives".into(), &context.alternatives, true);
    check_list("context.toml list_conjunctions".into(), &context.list_conjunctions, true);
    check_list("context.toml not_typos".into(), &context.not_typos, true);
    check_list("context.toml places".into(), &context.places, true);
    check_list("context.toml time_words".into(), &context.time_words, true);
    check_list("context.toml reopeners".into(), &context.reopeners, true);
    check_list("context.toml softeners".into(), &context.softeners, true);
    check_list("context.toml other_lesions".into(), &context.other_lesions, true);
    check_list("context.toml known_lesions".into(), &context.known_lesions, true);
    check_list("context.toml see_above".into(), &context.see_above, true);
    check_list("context.toml recommendations".into(), &context.recommendations, true);
    check_list("context.toml differentials".into(), &context.differentials, true);
    if let Some(l) = &context.lookalikes {
        check_list("context.toml lookalikes hedges".into(), &l.hedges, true);
        check_list("context.toml lookalikes words".into(), &l.words, true);
        check_list("context.toml lookalikes explained".into(), &l.explained, true);
    }
    // Lists of cues with a role: each must name an uncertain trigger.
    let not_uncertain = |what: &str, list: &[String]| -> Vec<String> {
        list.iter()
            .filter(|p| !context.trigger.iter().any(|t| &t.phrase == *p && t.qualifier == Qualifier::Uncertain))
            .map(|p| format!("context.toml {what}: '{p}' is not an uncertain trigger"))
            .collect()
    };
    let not_recommendations = not_uncertain("recommendations", &context.recommendations);
    let not_differentials = not_uncertain("differentials", &context.differentials);
    let not_terminations: Vec<String> = context
        .initial_terminations
        .iter()
        .filter(|t| !context.termination.iter().any(|p| &p.phrase == *t))
        .map(|t| format!("context.toml initial_terminations: '{t}' is not a termination"))
        .collect();
    check_list("sections.toml question_openers".into(), &sections.question_openers, true);
    check_list("sections.toml question_labels".into(), &sections.question_labels, true);
    check_list("sections.toml question_markers".into(), &sections.question_markers, true);
    check_list("sections.toml advice_words".into(), &sections.advice_words, true);
    let double_reading = [
        ("agreements", &sections.agreements),
        ("agreement_exceptions", &sections.agreement_exceptions),
        ("denials", &sections.denials),
        ("reported_readings", &sections.reported_readings),
    ];
    for (what, list) in double_reading {
        check_list(format!("sections.toml {what}"), list, true);
    }
    check_list("sections.toml normal_sentences".into(), &sections.normal_sentences, true);
    check_list("sections.toml normal_labels".into(), &sections.normal_labels, true);
    check_list("sections.toml normal_typo_words".into(), &sections.normal_typo_words, true);
    check_list("sections.toml normal_blockers".into(), &sections.normal_blockers, true);
    check_list("sections.toml normal_negations".into(), &sections.normal_negations, true);
    check_list("sections.toml normal_anchors".into(), &sections.normal_anchors, true);
    check_list("sections.toml lung_headings".into(), &sections.lung_headings, true);
    check_list("sections.toml pleura_headings".into(), &sections.pleura_headings, true);
    check_list("sections.toml normal_exceptions".into(), &sections.normal_exceptions, true);
    check_list("sections.toml one_lung".into(), &sections.one_lung, true);
    check_list("sections.toml normal_continuations".into(), &sections.normal_continuations, true);
    check_list("sections.toml title_words".into(), &sections.title_words, true);
    check_list("sections.toml answers_no".into(), &sections.answers_no, true);
    check_list("sections.toml answers_yes".into(), &sections.answers_yes, true);
    check_list("sections.toml answer_labels".into(), &sections.answer_labels, true);
    check_list("sections.toml question_number_labels".into(), &sections.question_number_labels, true);
    check_list("sections.toml question_clauses".into(), &sections.question_clauses, true);
    check_list("sections.toml checked_boxes".into(), &sections.checked_boxes, true);
    check_list("sections.toml unchecked_boxes".into(), &sections.unchecked_boxes, true);
    check_list("sections.toml absent_signs".into(), &sections.absent_signs, true);
    check_list("sections.toml absent_grades".into(), &sections.absent_grades, true);
    for (name, list) in [
        ("tick_absent", &sections.tick_absent),
        ("tick_uncertain", &sections.tick_uncertain),
        ("tick_present", &sections.tick_present),
        ("tick_marks", &sections.tick_marks),
        ("tick_after", &sections.tick_after),
        ("tick_columns_absent", &sections.tick_columns_absent),
        ("tick_columns_uncertain", &sections.tick_columns_uncertain),
        ("tick_columns_present", &sections.tick_columns_present),
    ] {
        check_list(format!("sections.toml {name}"), list, true);
    }
    check_list("sections.toml uncertain_grades".into(), &sections.uncertain_grades, true);
    check_list("sections.toml legend_absent".into(), &sections.legend_absent, true);
    check_list("sections.toml legend_uncertain".into(), &sections.legend_uncertain, true);
    check_list("sections.toml legend_present".into(), &sections.legend_present, true);
    check_list("sections.toml uncertain_signs".into(), &sections.uncertain_signs, true);
    let sides = [&sections.laterality.both, &sections.laterality.left, &sections.laterality.right];
    let all_sides: Vec<String> = sides.iter().flat_map(|s| s.iter().cloned()).collect();
    check_list("sections.toml laterality (all sides)".into(), &all_sides, false);
    check_list("sections.toml laterality direction".into(), &sections.laterality.direction, true);
    check_list("sections.toml laterality parts".into(), &sections.laterality.parts, true);
    check_list("sections.toml laterality anaphora".into(), &sections.laterality.anaphora, true);

    for g in &terms.term {
        for w in &g.fuzzy {
            if !(5..=40).contains(&w.chars().count()) || !w.chars().all(char::is_alphabetic) {
                problems.push(format!("terms.toml fuzzy '{w}': fuzzy words must be single words of 5 to 40 letters"));
            }
        }
    }
    for w in &sections.normal_typo_words {
        if !(5..=40).contains(&w.chars().count()) || !w.chars().all(char::is_alphabetic) {
            problems.push(format!("sections.toml normal_typo_words '{w}': must be single words of 5 to 40 letters"));
        }
    }
    // A space in a normal statement becomes `\s+`, so a quantifier after it ("pleura ?lijn")
    // would demand whitespace instead of making it optional.
    for p in &all_normal {
        if [" ?", " *", " +", " {"].iter().any(|q| p.contains(q)) {
            problems.push(format!("sections.toml normal phrase '{p}': a space matches any whitespace; write alternatives instead of a quantified space"));
        }
    }
    for t in &context.trigger {
        if t.max_words == Some(0) {
            problems.push(format!("context.toml trigger '{}': max_words 0 reaches nothing", t.phrase));
        }
    }
    if let Some(l) = &context.lookalikes {
        if !l.explained.is_empty() && l.explained_priority <= l.priority {
            problems.push(format!("context.toml lookalikes: explained_priority {} must outrank the hedges' priority {}", l.explained_priority, l.priority));
        }
        let made: HashSet<String> = l.phrases().iter().map(|(p, ..)| phrase_key(p)).collect();
        for t in context.trigger.iter().filter(|t| made.contains(&phrase_key(&t.phrase))) {
            problems.push(format!("context.toml trigger '{}' is also made by [lookalikes]; keep one", t.phrase));
        }
    }
    // A pseudo-trigger must contain a trigger, or it masks nothing.
    let lex = Lexicon::compile(src).expect("compiled above");
    for p in &context.pseudo {
        if !lex.trigger_scan.is_match(&p.phrase) {
            problems.push(format!("context.toml pseudo '{}' contains no trigger", p.phrase));
        }
    }
    if !sections.agreements.is_empty() && sections.agreement_words == 0 {
        problems.push("sections.toml agreement_words: 0 lets no agreement count; give the most words an agreement's first clause may have".into());
    }
    // Matched word by word on the text's letters and digits: a '.' or '-' would never match.
    for (what, list) in double_reading {
        for e in list.iter().filter(|e| e.contains(|c: char| !c.is_alphanumeric() && c != ' ')) {
            problems.push(format!("sections.toml {what}: '{e}' must be words separated by spaces ('m u v', not 'm.u.v')"));
        }
    }
    problems.extend(not_terminations);
    problems.extend(not_recommendations);
    problems.extend(not_differentials);
    problems
}
