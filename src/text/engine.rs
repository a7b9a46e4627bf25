//! The Dutch report engine: report text -> status per finding with evidence and trigger.
//!
//! Algorithm (the lexicon files mirror it):
//! 1. Fold: lower case, diacritics removed, one char for one char (offsets stay valid).
//! 2. Sections: headers split the report; question sections (indication) and a leading bare
//!    question line ("Pneumonie?") are never assertions.
//! 3. Sentences, then cuts inside a sentence: terminations (hard) and commas (soft: a comma
//!    does not end a negation's scope when a list conjunction follows, "geen X, Y of Z").
//! 4. Mentions: term patterns as whole words, plus fuzzy matches of long words (typos); a
//!    mention explained away in its sentence ("tepelschaduw") is dropped.
//! 5. Triggers (pseudo-triggers masked first) qualify the mentions they reach by direction,
//!    scope and distance; the highest-priority trigger decides: negated -> absent, uncertain ->
//!    uncertain, historical -> ignored, none -> present.
//! 6. Per finding: conclusion mentions outrank findings mentions; within them present >
//!    uncertain > absent; with no mention, a global normal statement makes it absent.

use crate::finding::{Finding, Laterality, ReportStatus};
use crate::records::TextFinding;

use std::borrow::Cow;

use super::lexicon::{Direction, Lexicon, Qualifier, Scan, Scope, SectionKind, Spelling, phrase_key};

/// Lower case and strip diacritics, keeping exactly one char per input char.
pub fn fold(text: &str) -> String {
    // Most reports are plain ASCII: lower-case them in one pass, then the two control characters.
    if text.is_ascii() {
        let mut folded = text.to_ascii_lowercase();
        if folded.contains(['\t', '\r']) {
            folded = folded.replace('\t', " ").replace('\r', "\n");
        }
        return folded;
    }
    let mut folded = String::with_capacity(text.len());
    folded.extend(text.chars().map(fold_char));
    folded
}

fn fold_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        '\u{a0}' | '\t' => ' ',
        '\r' => '\n',
        '\u{2018}' | '\u{2019}' => '\'',
        '\u{2013}' | '\u{2014}' => '-',
        c if c.is_uppercase() => c.to_lowercase().next().filter(|_| c.to_lowercase().count() == 1).unwrap_or(c),
        c => c,
    }
}

/// Markup left in by exports: HTML line breaks and entities ("<br>", "&nbsp;"), HL7 v2 escapes
/// that an interface did not render ("\.br\", "\F\") and runs of tabs used as paragraph breaks.
/// A break becomes a line break and an entity or escape its character, each padded with spaces
/// to the same number of chars, so every offset still points into the original text. A tilde
/// between spaces (" ~ ", HL7's repetition separator, which exports put between the report's
/// lines) is a line break too.
fn unmarkup(text: &str, folded: String) -> String {
    const MARKUP: [(&str, char); 20] = [
        ("&lt;br&gt;", '\n'),
        ("&lt;br/&gt;", '\n'),
        ("&lt;br /&gt;", '\n'),
        ("<br>", '\n'),
        ("<br/>", '\n'),
        ("<br />", '\n'),
        ("<p>", ' '),
        ("</p>", '\n'),
        ("&nbsp;", ' '),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&amp;", '&'),
        ("&quot;", '"'),
        ("&#39;", '\''),
        ("\\.br\\", '\n'),
        ("\\f\\", '|'),
        ("\\s\\", '^'),
        ("\\t\\", '&'),
        ("\\r\\", '~'),
        ("\\e\\", '\\'),
    ];
    let tabs = text.contains("\t\t");
    if !(tabs || folded.contains(['<', '&', '\\']) || folded.contains(" ~ ")) {
        return folded;
    }
    let mut chars: Vec<char> = folded.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '~' && i > 0 && chars[i - 1] == ' ' && chars.get(i + 1) == Some(&' ') {
            chars[i] = '\n';
            i += 1;
            continue;
        }
        if matches!(chars[i], '<' | '&' | '\\')
            && let Some(&(m, c)) = MARKUP.iter().find(|(m, _)| m.chars().enumerate().all(|(k, mc)| chars.get(i + k) == Some(&mc))) {
                let n = m.chars().count();
                chars[i] = c;
                chars[i + 1..i + n].fill(' ');
                i += n;
                continue;
            }
        i += 1;
    }
    if tabs {
        // The first tab of a run of two or more (folded to spaces) becomes a line break.
        let original: Vec<char> = text.chars().collect();
        for k in 0..original.len().saturating_sub(1) {
            if original[k] == '\t' && original[k + 1] == '\t' && (k == 0 || original[k - 1] != '\t') {
                chars[k] = '\n';
            }
        }
    }
    chars.into_iter().collect()
}

/// Template fields left as the template had them: a placeholder ("Pneumothorax: ***", "___") or
/// an unchosen choice after a field's colon ("Consolidatie: [aanwezig/afwezig]") is an empty value,
/// so the row asserts nothing; a default answer in brackets ("Noduli: (geen)") is the answer.
/// Same length: every offset still points into the original text.
fn unfill(lex: &Lexicon, folded: String) -> String {
    if !folded.contains(['*', '_', '[', '(']) {
        return folded;
    }
    let mut b = folded.into_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            // A run of three or more placeholder marks.
            b'*' | b'_' => {
                let run = b[i..].iter().take_while(|&&c| c == b[i]).count();
                if run >= 3 {
                    b[i..i + run].fill(b' ');
                }
                i += run;
                continue;
            }
            // "[aanwezig/afwezig]" as the whole value of a field (right after its colon, nothing
            // but punctuation after it on the line); "Longparenchym: [wel/geen] consolidatie"
            // is left as it is.
            b'[' => {
                let after_colon = b[..i].iter().rev().find(|c| !c.is_ascii_whitespace()) == Some(&b':');
                if let Some(len) = b[i..].iter().take(48).position(|&c| c == b']') {
                    let inner = &b[i + 1..i + len];
                    let line_ends = b[i + len + 1..].iter().take_while(|&&c| c != b'\n').all(|c| c.is_ascii_whitespace() || c.is_ascii_punctuation());
                    if after_colon && line_ends && inner.contains(&b'/') && inner.iter().all(|c| c.is_ascii_alphabetic() || matches!(c, b'/' | b' ')) {
                        b[i..=i + len].fill(b' ');
                    }
                }
            }
            // "(geen)": a bracketed answer word.
            b'(' => {
                if let Some(len) = b[i..].iter().take(24).position(|&c| c == b')') {
                    let inner = std::str::from_utf8(&b[i + 1..i + len]).unwrap_or("").trim();
                    if answer_status(lex, inner).is_some() {
                        b[i] = b' ';
                        b[i + len] = b' ';
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    String::from_utf8(b).expect("only ASCII bytes were replaced by spaces")
}

/// Dictated punctuation that speech recognition wrote out ("koorts komma pneumonie vraagteken
/// nieuwe regel verslag dubbele punt ..."): the space before the words and the words become the
/// mark, padded with spaces to the same length, so that every offset still points into the
/// original text ("pneumonie?          ").
fn undictate(lex: &Lexicon, mut folded: String) -> String {
    let Some(scan) = &lex.dictated_scan else { return folded };
    // Longest words first in the alternation: "dubbele punt" wins over any shorter word in it.
    let found: Vec<(usize, usize)> = scan
        .find_iter(&folded)
        .filter(|m| m.start() > 0 && folded.as_bytes()[m.start() - 1] == b' ')
        .filter(|m| !folded[m.end()..].starts_with('-'))
        .map(|m| (m.start(), m.end()))
        .collect();
    for (k, end) in found {
        let Some(&mark) = lex.dictated_marks.get(&*key(&folded[k..end])) else { continue };
        let mut replacement = String::with_capacity(end - k + 1);
        replacement.push(mark);
        replacement.extend(std::iter::repeat_n(' ', end - k));
        folded.replace_range(k - 1..end, &replacement);
    }
    folded
}

/// Check-box templates. In a field ("Pneumothorax: [x] nee [ ] ja", or with the boxes after
/// their options: "ja [ ] nee [x]") the ticked option is the answer: every unticked option is
/// blanked with its box, and the ticked box itself, so that "Pneumothorax:     nee" is left. A
/// box that starts its line is an item of a list of findings: ticked, the box is blanked ("[x]
/// Consolidatie RMK" is found);
/// unticked, it stays and the lexicon reads it as "not found" ("[ ] Pneumothorax"), as it does
/// a field's only, unticked box ("Consolidatie: [ ]"), unless the item is itself negative ("☐
/// Geen afwijkingen": an option not chosen, blanked). Blanking replaces each char by one space,
/// so every offset still points into the original text.
fn untick(lex: &Lexicon, folded: String) -> String {
    let boxes_in = |line: &str| -> Vec<(usize, usize, bool)> {
        let mut found: Vec<(usize, usize, bool)> = Vec::new();
        for (list, ticked) in [(&lex.checked_boxes, true), (&lex.unchecked_boxes, false)] {
            for b in list {
                found.extend(line.match_indices(b.as_str()).map(|(i, m)| (i, i + m.len(), ticked)));
            }
        }
        found.sort_unstable();
        found
    };
    if !may_hold_symbols(&folded) || !lex.checked_boxes.iter().chain(&lex.unchecked_boxes).any(|b| folded.contains(b.as_str())) {
        return folded;
    }
    let mut blank: Vec<(usize, usize, char)> = Vec::new();
    let mut line_start = 0;
    for line in folded.split_inclusive('\n') {
        let boxes = boxes_in(line);
        let field = boxes.first().is_some_and(|b| line[..b.0].contains(':'));
        // Boxes written after their options ("Pneumothorax: ja [ ] nee [x]"): an unticked box
        // blanks the option before it, back to the colon or the box before.
        let colon = boxes.first().and_then(|b| line[..b.0].rfind(':'));
        let after_options = colon.is_some_and(|c| !line[c + 1..boxes[0].0].trim().is_empty());
        for (i, &(a, b, ticked)) in boxes.iter().enumerate() {
            if ticked {
                blank.push((line_start + a, line_start + b, ' '));
            } else if !field && line[..a].trim().is_empty() && line[b..].trim_start().starts_with("geen ") {
                // An unticked negative item ("☐ Geen afwijkingen") is an option not chosen: it
                // says nothing.
                let end = boxes.get(i + 1).map_or(line.trim_end().len(), |n| n.0);
                blank.push((line_start + a, line_start + end, ' '));
            } else if field && boxes.len() > 1 && after_options {
                let start = if i == 0 { colon.map_or(0, |c| c + 1) } else { boxes[i - 1].1 };
                blank.push((line_start + start, line_start + b, ' '));
            } else if field && boxes.len() > 1 {
                let next = boxes.get(i + 1).map_or(line.len(), |n| n.0);
                let rest = &line[b..next];
                // The option's words: up to a separator after its first char, or the next box.
                let skip = rest.char_indices().nth(1).map_or(rest.len(), |(j, _)| j);
                let end = [" - ", " -> ", ";", ",", "  ", "\n"].iter().filter_map(|sep| rest[skip..].find(sep).map(|j| j + skip)).min().unwrap_or(rest.len());
                blank.push((line_start + a, line_start + b + end, ' '));
            }
        }
        line_start += line.len();
    }
    if blank.is_empty() {
        return folded;
    }
    overwrite(&folded, &blank)
}

/// One pass that rules out every box and tick symbol: each has a non-ASCII char, '(' or '['.
fn may_hold_symbols(folded: &str) -> bool {
    folded.bytes().any(|b| b >= 0x80 || b == b'(' || b == b'[')
}

/// Tables typed with pipes ("Longvelden     | helder, geen infiltraat |", "| Pleura | geen
/// pneumothorax |"): the pipe after a row's first cell becomes the label's colon, written right
/// after the label ("Longvelden:      helder"), later pipes end a clause (";"), a leading pipe and
/// a rule line ("|---|---|") become blanks. Offsets are kept.
fn pipes(folded: String) -> String {
    if !folded.contains('|') {
        return folded;
    }
    let mut marks: Vec<(usize, usize, char)> = Vec::new();
    let mut line_start = 0;
    for line in folded.split_inclusive('\n') {
        let base = line_start;
        line_start += line.len();
        if !line.contains('|') {
            continue;
        }
        let body = line.trim_end_matches(['\n', '\r']);
        if body.chars().all(|c| matches!(c, '|' | '-' | ':' | '+' | '=' | ' ' | '\t')) {
            marks.push((base, base + body.len(), ' '));
            continue;
        }
        let mut label_done = false;
        let mut cell_start = 0;
        for (i, _) in body.match_indices('|') {
            let cell = &body[cell_start..i];
            if cell.trim().is_empty() && !label_done {
                // A leading pipe, or an empty first cell.
                marks.push((base + i, base + i + 1, ' '));
            } else if !label_done {
                // The label's colon, right after its last word.
                let label_end = cell_start + cell.trim_end().len();
                marks.push((base + label_end, base + i + 1, ':'));
                label_done = true;
            } else {
                marks.push((base + i, base + i + 1, ';'));
            }
            cell_start = i + 1;
        }
    }
    if marks.is_empty() {
        return folded;
    }
    overwrite(&folded, &marks)
}

/// Tick marks of structured templates, before check boxes are read. In a tick table (a header
/// line of column labels: "ja  nee", "V  X", "aanwezig  afwezig") a mark in a row ("☒", "X",
/// "✓") takes the meaning of the column it stands under; elsewhere a tick symbol after an item
/// ("Pneumothorax ✗", "PTX (−)", "Consolidatie ✔?") or an answer word ticked beside it
/// ("Consolidatie  nee ✓") gives its status. Absent becomes "∅" ("¬" when it opens its line),
/// uncertain "±", present nothing: the same rewrite as sign notation, offsets kept.
fn ticks(lex: &Lexicon, folded: String) -> String {
    if lex.ticks.is_empty() && lex.tick_columns.is_empty() {
        return folded;
    }
    // Tick symbols and boxes are rare characters; a tick table or a column gap needs a run of
    // spaces or a tab. Most reports have neither.
    let symbols = lex.ticks.iter().map(|(t, _)| t).chain(&lex.tick_after).chain(&lex.checked_boxes).chain(&lex.unchecked_boxes);
    let has_symbol = may_hold_symbols(&folded) && symbols.into_iter().any(|t| folded.contains(t.as_str()));
    if !(has_symbol || folded.contains("  ") || folded.contains('\t')) {
        return folded;
    }
    let column = |w: &str| lex.tick_columns.iter().find(|(c, _)| c == w).map(|&(_, st)| st);
    let answer = |w: &str| answer_status(lex, w).or_else(|| column(w));
    let mut marks: Vec<(usize, usize, char)> = Vec::new();
    // Columns of the tick table being read: (centre char position, status).
    let mut header: Option<Vec<(f32, ReportStatus)>> = None;
    let mut line_start = 0;
    for line in folded.split_inclusive('\n') {
        // A check-box field with an empty box ("Infiltraat:     ja [x]  nee [ ]") is read by
        // `untick`, whatever its spacing.
        if line.contains(':') && lex.unchecked_boxes.iter().any(|b| line.contains(b.as_str())) {
            line_start += line.len();
            continue;
        }
        // Tokens: (byte start, byte end, char start) within the line.
        let mut tokens: Vec<(usize, usize, usize)> = Vec::new();
        let mut start: Option<(usize, usize)> = None;
        for (ci, (bi, c)) in line.char_indices().enumerate() {
            match (c.is_whitespace(), start) {
                (false, None) => start = Some((bi, ci)),
                (true, Some((b0, c0))) => {
                    tokens.push((b0, bi, c0));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some((b0, c0)) = start {
            tokens.push((b0, line.len(), c0));
        }
        let word = |t: &(usize, usize, usize)| &line[t.0..t.1];
        let base = line_start;
        line_start += line.len();
        if tokens.is_empty() {
            header = None;
            continue;
        }
        // A header: two or more column labels at the end, after at most two title words
        // ("Checklist trauma   V    X", "Item   ja   nee   twijfel").
        let labels = tokens.iter().rev().take_while(|t| column(word(t)).is_some()).count();
        if labels >= 2 && tokens.len() - labels <= 2 {
            header = Some(
                tokens[tokens.len() - labels..]
                    .iter()
                    .map(|t| (t.2 as f32 + (word(t).chars().count() as f32 - 1.0) / 2.0, column(word(t)).unwrap_or(ReportStatus::Present)))
                    .collect(),
            );
            continue;
        }
        if let Some(cols) = &header {
            // The row's label is its first token; marks after it fall under a column.
            for t in tokens.iter().skip(1) {
                let w = word(t);
                let unticked = lex.unchecked_boxes.iter().any(|b| b == w);
                if !unticked && !lex.tick_marks.iter().any(|m| m == w) {
                    continue;
                }
                let centre = t.2 as f32;
                let status = cols.iter().min_by(|a, b| (a.0 - centre).abs().total_cmp(&(b.0 - centre).abs())).map(|c| c.1);
                let mark = if unticked { ' ' } else { status.map_or(' ', |st| status_sign(st, false)) };
                marks.push((base + t.0, base + t.1, mark));
            }
            continue;
        }
        let mut answered = false;
        for (k, t) in tokens.iter().enumerate() {
            // "infiltraat (−), PTX (−).": the mark without the punctuation after it.
            let w = word(t).trim_end_matches([',', ';', '.']);
            let end = t.0 + w.len();
            let boxed = |list: &[String]| list.iter().any(|b| b == w);
            if let Some(&(_, status)) = lex.ticks.iter().find(|(s, _)| s == w) {
                marks.push((base + t.0, base + end, status_sign(status, k == 0)));
            } else if k >= 2
                && boxed(&lex.checked_boxes)
                && lex.tick_after.iter().any(|b| b == w)
                && answer(word(&tokens[k - 1]).trim_end_matches([',', ';', ':'])).is_some()
            {
                // "Consolidatie  nee ✓": a tick after an answer word (not a box, which comes
                // before its option: "[ ] nee [x] ja") confirms it.
                let prev = &tokens[k - 1];
                let status = answer(word(prev).trim_end_matches([',', ';', ':'])).unwrap_or(ReportStatus::Present);
                marks.push((base + prev.0, base + end, status_sign(status, false)));
            } else if k >= 1
                && !line[..t.0].contains(':')
                && (boxed(&lex.checked_boxes) || boxed(&lex.unchecked_boxes))
                && tokens.get(k + 1).is_some_and(|n| column(word(n).trim_end_matches([',', ';', '.'])).is_some())
            {
                // "Consolidatie   ☐ ja  ☒ nee": a ticked box gives its option's answer, an
                // unticked one and its option are left out.
                let next = &tokens[k + 1];
                let status = column(word(next).trim_end_matches([',', ';', '.'])).unwrap_or(ReportStatus::Present);
                let mark = if boxed(&lex.checked_boxes) { status_sign(status, false) } else { ' ' };
                marks.push((base + t.0, base + next.1, mark));
            } else if k >= 1 && !answered && t.2 >= tokens[k - 1].2 + word(&tokens[k - 1]).chars().count() + 2 {
                // "Pneumothorax          nee": an answer word (not a one-letter column label)
                // after the label's column gap.
                if let Some(status) = column(w).filter(|_| w.chars().count() > 1) {
                    marks.push((base + t.0, base + end, status_sign(status, false)));
                    answered = true;
                }
            }
        }
    }
    if marks.is_empty() {
        return folded;
    }
    overwrite(&folded, &marks)
}

/// Telegraphic sign notation ("PTX -.", "Infiltraat bdz +/-, vocht +."): a sign after a word and
/// before the end of its clause. An absent sign becomes "\u{2205}" and an uncertain one "\u{b1}",
/// padded with spaces to the same number of chars (so every offset still points into the
/// original text); context.toml reads both as cues. A present sign ("+") needs no cue, and a
/// dash inside a word ("X-thorax") or before more words ("lijnen - alle ok") is no sign. A sign
/// that starts a line of a +/- list negates what follows it ("\u{ac}").
fn signs(lex: &Lexicon, folded: String) -> String {
    let mut marks: Vec<(usize, usize, char)> = graded_fields(lex, &folded);
    if marks.is_empty() && !folded.contains(['-', '+', '\u{2212}', '\u{b1}']) {
        return folded;
    }
    // Lines that start with a dash: two or more make a bullet list. Counted only when a dash
    // glued to a word opens a line (below), which is rare.
    let dash_lines = || folded.lines().filter(|l| lex.absent_signs.iter().any(|s| l.trim_start().starts_with(s.as_str()))).count();
    for (list, mark) in [(&lex.uncertain_signs, '\u{b1}'), (&lex.absent_signs, '\u{2205}')] {
        for sign in list {
            for (i, _) in folded.match_indices(sign.as_str()) {
                let end = i + sign.len();
                if marks.iter().any(|&(a, b, _)| a < end && i < b) {
                    continue;
                }
                // After a word, also across a template's column gap ("Consolidatie     -").
                let before = folded[..i].trim_end_matches([' ', '\t']);
                // An abbreviation's full stop counts as its word's end ("infiltr. -").
                let word_end = before.strip_suffix('.').filter(|b| b.ends_with(char::is_alphabetic)).unwrap_or(before);
                // Or glued to a word at the end of its clause ("ptx-.", "Nod-, cons-."), not to a
                // number ("costae 5-8").
                let glued = before.len() == i && word_end.ends_with(char::is_alphabetic);
                let after_word = (before.len() < i || glued) && word_end.ends_with(|c: char| c.is_alphanumeric() || c == ')') && !folded[before.len()..i].contains('\n');
                let rest = folded[end..].trim_start_matches([' ', '\t']);
                let clause_end = rest.is_empty() || rest.starts_with(['.', ',', ';', '\n', ')']);
                // An absent sign glued to the word that opens a clause negates it: "-PTX.", "Cor
                // nl. -inf."; at the start of a line only outside a bullet list.
                let opens_clause = || {
                    before.chars().next_back().is_none_or(|c| match c {
                        '\n' => dash_lines() < 2,
                        _ => matches!(c, '.' | ',' | ';' | ':' | '('),
                    })
                };
                let found = if after_word && clause_end {
                    Some(mark)
                } else if mark == '\u{b1}' && folded[end..].trim_start_matches(' ').starts_with(|c: char| c.is_ascii_digit()) {
                    // "± 12 mm", "+/-1 cm": before a number the sign means "about", no doubt.
                    Some(' ')
                } else if mark == '\u{2205}' && folded[end..].starts_with(char::is_alphabetic) && opens_clause() {
                    Some('\u{ac}')
                } else {
                    None
                };
                if let Some(m) = found {
                    marks.push((i, end, m));
                }
            }
        }
    }
    // A list whose lines start with "+ " and "- " (found, not found): there a line's leading
    // sign is a cue for the words after it ("- PTX", "+/- infiltraat"); where no line starts
    // with "+ ", a leading "- " is only a bullet.
    let line_starts = || std::iter::once(0).chain(folded.match_indices('\n').map(|(i, _)| i + 1)).map(|i| i + (folded[i..].len() - folded[i..].trim_start_matches([' ', '\t']).len()));
    if line_starts().any(|i| folded[i..].starts_with("+ ")) {
        for i in line_starts() {
            let rest = &folded[i..];
            let leads = |s: &&String| rest.strip_prefix(s.as_str()).is_some_and(|r| r.starts_with(' '));
            if let Some(sign) = lex.uncertain_signs.iter().find(leads) {
                marks.push((i, i + sign.len(), '\u{b1}'));
            } else if let Some(sign) = lex.absent_signs.iter().find(leads) {
                marks.push((i, i + sign.len(), '\u{ac}'));
            }
        }
    }
    if marks.is_empty() {
        return folded;
    }
    overwrite(&folded, &marks)
}

/// The sign a template value rewrites to, which context.toml reads as a cue: absent "∅" ("¬"
/// when it opens its line, cueing forward), uncertain "±"; present needs none (a blank).
fn status_sign(status: ReportStatus, leading: bool) -> char {
    match status {
        ReportStatus::Absent if leading => '\u{ac}',
        ReportStatus::Absent => '\u{2205}',
        ReportStatus::Uncertain => '\u{b1}',
        _ => ' ',
    }
}

/// Graded template fields ("Infiltraat: 0", "Nodus/massa: 2 = waarschijnlijk", "Graad
/// infiltraat: 1"): a grade right after the colon of a short label is rewritten as an absent
/// ("∅") or uncertain ("±") sign, which context.toml reads after a colon; a present grade needs
/// none. Not a number that goes on ("PTX: 0,5 cm", "CTR: 0.6", "Tijd: 12").
fn graded_fields(lex: &Lexicon, folded: &str) -> Vec<(usize, usize, char)> {
    let mut marks = Vec::new();
    if lex.absent_grades.is_empty() && lex.uncertain_grades.is_empty() {
        return marks;
    }
    if !folded.contains(':') {
        return marks;
    }
    // A legend in the report ("1 = uitgesloten, 2 = onwaarschijnlijk, ..., 5 = zeker", "score 1
    // uitgesloten - 5 zeker") gives the grades their meaning; a grade between two legend grades
    // that it does not name is uncertain. Without one, the lexicon's grades hold.
    // Only a colon followed by a digit can start a grade.
    let any_grade = folded.match_indices(':').any(|(i, _)| folded[i + 1..].trim_start_matches([' ', '\t']).starts_with(|c: char| c.is_ascii_digit()));
    if !any_grade {
        return marks;
    }
    let legend = grade_legend(lex, folded);
    let legend_status = |d: u32| -> Option<ReportStatus> {
        if let Some(&(_, st)) = legend.iter().find(|(g, _)| *g == d) {
            return Some(st);
        }
        let (lo, hi) = (legend.iter().map(|l| l.0).min()?, legend.iter().map(|l| l.0).max()?);
        (lo < d && d < hi).then_some(ReportStatus::Uncertain)
    };
    for (colon, _) in folded.match_indices(':') {
        let after = &folded[colon + 1..];
        let value = after.trim_start_matches([' ', '\t']);
        let at = colon + 1 + (after.len() - value.len());
        // A grade ends its value or is explained ("1 = mogelijk", "2 (waarschijnlijk)", "1-2",
        // "2 – toegenomen"); a count goes on ("Noduli: 1; RBK, 9 mm", "2-jaars"). Zero is absent
        // either way.
        let grade = |g: &&String, explained: bool| {
            value.starts_with(g.as_str()) && {
                let rest = &value[g.len()..];
                let mut chars = rest.chars();
                match chars.next() {
                    None | Some('\n') => true,
                    Some(c) if c.is_ascii_digit() || c.is_alphabetic() => false,
                    Some('-') => chars.next().is_some_and(|d| d.is_ascii_digit()),
                    Some('.' | ',') if chars.next().is_some_and(|d| d.is_ascii_digit()) => false,
                    Some(_) if !explained => true,
                    Some(_) => {
                        let line_rest = rest.split('\n').next().unwrap_or("").trim();
                        matches!(line_rest, "" | ".") || line_rest.starts_with(['=', '(', '\u{2013}', '\u{2014}', '-', '|', '/'])
                    }
                }
            }
        };
        let mark = if legend.len() >= 2 {
            let Some(d) = value.chars().next().and_then(|c| c.to_digit(10)) else { continue };
            let digit = d.to_string();
            match legend_status(d) {
                Some(st @ ReportStatus::Absent) if grade(&&digit, false) => (1, status_sign(st, false)),
                Some(st @ ReportStatus::Uncertain) if grade(&&digit, true) => (1, status_sign(st, false)),
                _ => continue,
            }
        } else if let Some(g) = lex.absent_grades.iter().find(|g| grade(g, false)) {
            (g.len(), status_sign(ReportStatus::Absent, false))
        } else if let Some(g) = lex.uncertain_grades.iter().find(|g| grade(g, true)) {
            (g.len(), status_sign(ReportStatus::Uncertain, false))
        } else {
            continue;
        };
        let label_start = folded[..colon].rfind(['\n', '.', ';', '|']).map_or(0, |i| i + 1);
        let label = folded[label_start..colon].trim();
        if label.ends_with(char::is_alphabetic) && label.split_whitespace().count() <= 3 {
            marks.push((at, at + mark.0, mark.1));
        }
    }
    marks
}

/// The grade legend of a report: each "<digit> = <word>" or "<digit> <word>" whose word is a
/// legend word ("0 = geen", "5 = zeker", "1 uitgesloten"), once per digit, first one kept.
fn grade_legend(lex: &Lexicon, folded: &str) -> Vec<(u32, ReportStatus)> {
    let mut out: Vec<(u32, ReportStatus)> = Vec::new();
    if lex.legend_words.is_empty() {
        return out;
    }
    let bytes = folded.as_bytes();
    for (i, c) in folded.char_indices() {
        let Some(d) = c.to_digit(10) else { continue };
        if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b',' || bytes[i - 1] == b'.') {
            continue;
        }
        let rest = folded[i + 1..].trim_start_matches(' ');
        let rest = rest.strip_prefix('=').map_or(rest, |r| r.trim_start_matches(' '));
        let word = &rest[..rest.find(|ch: char| !ch.is_alphabetic()).unwrap_or(rest.len())];
        if let Some(&(_, st)) = lex.legend_words.iter().find(|(w, _)| w == word)
            && !out.iter().any(|(g, _)| *g == d) {
                out.push((d, st));
            }
    }
    out
}

/// Each (start, end, mark) byte range of `folded` rewritten as the mark followed by spaces, one
/// char for each char it replaces (line breaks stay), so every char offset still points into the
/// original text.
fn overwrite(folded: &str, marks: &[(usize, usize, char)]) -> String {
    let mut out = String::with_capacity(folded.len() + 2 * marks.len());
    for (i, c) in folded.char_indices() {
        match marks.iter().find(|&&(a, b, _)| a <= i && i < b) {
            Some(_) if c == '\n' => out.push(c),
            Some(&(a, _, mark)) if a == i => out.push(mark),
            Some(_) => out.push(' '),
            None => out.push(c),
        }
    }
    out
}

#[derive(Debug, Clone, Copy)]
struct Sentence {
    start: usize,
    end: usize,
    kind: SectionKind,
    /// In a revision section: its number in the report (1 for the first "Addendum:"), so that
    /// a later revision outranks an earlier one; 0 elsewhere.
    revision: u8,
    /// Reports another reading that a later sentence (its index) denies ("Eerste lezer beschrijft
    /// een kleine PTX rechts. Kan ik niet bevestigen: ..."): what it names is absent, at the
    /// denial's rank. See `double_reading`.
    denied_by: Option<usize>,
    /// A radiographer's preliminary finding ("VB laborant: ?PTX li"): what the report says
    /// elsewhere outranks it.
    preliminary: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cut {
    Hard,
    /// A comma; `continues_list` when a list conjunction follows it in the same clause.
    Comma { continues_list: bool },
    /// A bracketed aside that is no cut (from its "(" to after its ")") or an embedded clause
    /// between commas: its words do not count towards a cue's reach ("nodus ROK (8 mm, CT
    /// 03-2024) is verdwenen").
    Aside,
}

#[derive(Debug, Clone)]
struct Mention {
    finding: Finding,
    weak: bool,
    /// A diagnosis term ("longcarcinoom"): hedged, it is a hedge about malignancy.
    diagnosis: bool,
    /// Named by a pattern that opens with its own cue ("mogelijk aspiratie"): that hedge is part
    /// of the term, so a weak one hedged by it is no more specific than an unhedged weak term.
    cued: bool,
    start: usize,
    end: usize,
    sentence: usize,
}

#[derive(Debug, Clone)]
struct Found {
    trigger: usize,
    start: usize,
    end: usize,
}

/// Runs the engine on one report. The lexicon is a parameter so tests can use tiny fixtures.
pub fn extract(lex: &Lexicon, text: &str) -> [TextFinding; 3] {
    let folded = signs(lex, untick(lex, ticks(lex, pipes(undictate(lex, unfill(lex, unmarkup(text, fold(text))))))));
    let sentences = sentences(lex, text, &folded);
    let mut mentions = Vec::new();
    let mut normals: Vec<(usize, usize, &[Finding], usize)> = Vec::new(); // (start, end, covers, sentence)
    // (rank, finding, marks): see `Marks`.
    let mut decided: [Vec<(Rank, TextFinding, Marks)>; 3] = Default::default();

    // What sentences that a second reader denies name (see `double_reading`).
    let mut denied = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        if s.denied_by.is_some() {
            find_mentions(lex, &folded[s.start..s.end], s.start, si, &mut denied);
        }
        if !s.kind.asserts() {
            continue;
        }
        let body = &folded[s.start..s.end];
        find_mentions(lex, body, s.start, si, &mut mentions);
        let before = normals.len();
        for m in lex.normal_scan.find_iter(body) {
            if word_bounded(body, m.start(), m.end(), false) && !continued_normal(lex, body, m.end()) && !denied_normal(lex, body, m.start())
                && let Some(covers) = normal_covers(lex, m.as_str()) {
                    normals.push((s.start + m.start(), s.start + m.end(), covers, si));
                }
        }
        // Misspelled inside ("Longvelen helder"): found in the sentence spelled right, kept
        // where the text spelled right has none.
        if let Some((respelled, map)) = respelled_normal_words(lex, body) {
            for m in lex.normal_scan.find_iter(&respelled) {
                let (a, b) = (s.start + map[m.start()], s.start + map[m.end()]);
                if word_bounded(&respelled, m.start(), m.end(), false)
                    && !continued_normal(lex, &respelled, m.end())
                    && !denied_normal(lex, &respelled, m.start())
                    && !normals[before..].iter().any(|n| n.0 < b && a < n.1)
                    && let Some(covers) = normal_covers(lex, m.as_str()) {
                        normals.push((a, b, covers, si));
                    }
            }
        }
        if normals.len() == before
            && let Some(covers) = normal_sentence(lex, body) {
                normals.push((s.start, s.end, covers, si));
            }
    }
    // Group mentions by sentence so triggers and cuts are computed once per sentence.
    let mut by_sentence: Vec<Vec<&Mention>> = vec![Vec::new(); sentences.len()];
    for m in &mentions {
        by_sentence[m.sentence].push(m);
    }
    for (si, ms) in by_sentence.iter().enumerate() {
        if ms.is_empty() {
            continue;
        }
        let s = sentences[si];
        let body = &folded[s.start..s.end];
        let triggers = find_triggers(lex, body);
        let cuts = find_cuts(lex, body);
        let sentence_sides: std::cell::OnceCell<Vec<(usize, usize, Laterality)>> = std::cell::OnceCell::new();
        let label_end = question_label_end(lex, body);
        for m in ms {
            // A question restated before its answer ("Ter uitsluiting van pneumothorax: geen
            // pneumothorax", "Vraag infiltraat: ...") asserts nothing; the answer does.
            if let Some(colon) = label_end.filter(|&colon| m.end - s.start <= colon) {
                // A bare answer ("Gevraagd naar pneumothorax: niet aanwezig.") answers for it.
                let reply = &body[colon + 1..];
                let answer = reply.split([',', ';', '.']).next().unwrap_or("").trim();
                let first = answer.split_whitespace().next().unwrap_or("");
                let bare = answer.split_whitespace().count() <= 2;
                let answered = bare.then(|| answer_status(lex, answer).or_else(|| answer_status(lex, first))).flatten();
                if let Some(status) = answered {
                    let at = colon + 1 + (reply.len() - reply.trim_start().len());
                    let span = (status == ReportStatus::Absent).then_some((s.start + at, s.start + at + answer.len()));
                    let rank = Rank::in_sentence(&s, true, !m.weak, status_rank(status));
                    decided[m.finding.index()].push((rank, evidence(text, &folded, s, m.finding, status, span, Laterality::Unspecified), Marks::default()));
                }
                continue;
            }
            if question_clause(lex, body, &cuts, m.start - s.start) {
                continue;
            }
            // A weak term yields to a specific one in its sentence, but not to a diagnosis that
            // names what the lesion may be ("ronde verdichting, mogelijk een granuloom").
            // Unless a termination sets them apart ("Geen evident infiltraat, wel twijfelachtige
            // verdichting LOK"): then the weak term is a lesion of its own.
            let apart = |o: &Mention| {
                let (a, b) = if o.end <= m.start { (o.end, m.start) } else { (m.end, o.start.max(m.end)) };
                lex.termination_scan.as_ref().is_some_and(|t| t.is_match(&folded[a..b]))
            };
            // "geen" and one of `words` right before a mention.
            let denied_as = |o: &Mention, words: &[String]| {
                let mut before = folded[words_before(&folded, o.start, 2)..o.start].split_whitespace();
                before.next() == Some("geen") && before.next().is_some_and(|w| words.iter().any(|x| x == w))
            };
            // Nor to one that a softened negation denies ("Twijfelachtige pleuralijn apicaal links,
            // geen duidelijke pneumothorax"): that one yields to a hedge, and the weak term may
            // be it.
            let softly_denied = |o: &Mention| denied_as(o, &lex.softeners);
            // Nor to a denial of other lesions ("ronde verdichting RBK, verdacht voor maligniteit,
            // geen andere noduli"): the weak term is the lesion the others are set against.
            let others_denied = |o: &Mention| denied_as(o, &lex.other_lesions);
            let yields_to = |o: &Mention| o.finding == m.finding && !o.weak && !o.diagnosis && !apart(o) && !others_denied(o);
            if m.weak && ms.iter().any(|o| yields_to(o) && !softly_denied(o)) {
                continue;
            }
            // Beside a softly denied one, only a hedged weak term counts.
            let hedge_only = m.weak && ms.iter().any(|o| yields_to(o));

            let (ms_, me) = (m.start - s.start, m.end - s.start);
            // A template row "Nodus: zie boven": what the report said of it before decides.
            if body[me..].starts_with(':') && lex.see_above.opens(&body[me + 1..], 1) {
                continue;
            }
            // A cue in the mention's own clause outranks one that reaches in from another clause
            // ("De nodus is niet meer zichtbaar, betrof waarschijnlijk overprojectie").
            let clause = clause_around(&cuts, body.len(), ms_, me);
            let best = triggers
                .iter()
                .filter(|t| reaches(lex, body, &cuts, t, ms_, me))
                .max_by_key(|t| {
                    // A label's cue ("DD:", "AI:") belongs to the clause its colon opens.
                    let label = lex.triggers[t.trigger].phrase.ends_with(':') && t.end <= clause.0 && body[t.end..clause.0].trim().is_empty();
                    // A cue that opens with the colon ("Longen: geen contusie of consolidaties")
                    // belongs to the clause its colon opens as well.
                    let opens = lex.triggers[t.trigger].phrase.starts_with(':') && t.start < clause.0 && t.end > clause.0 && t.end <= clause.1;
                    let own = (t.start >= clause.0 && t.end <= clause.1) || label || opens;
                    (own, lex.triggers[t.trigger].priority, std::cmp::Reverse(distance(t, ms_, me)))
                });
            let best = match best {
                Some(t) if lex.triggers[t.trigger].qualifier != Qualifier::Historical => best,
                _ => predicate_negation(lex, body, &cuts, &triggers, ms_, me, ms.iter().map(|o| o.start - s.start)).or(best),
            };
            // A check named in a field's label ("Controle pneumothorax links: verdwenen",
            // "Controle kleine pneumothorax links: ongewijzigd, apicale rand 1 cm"): the value
            // answers it, whatever the label's cue says of the check itself.
            let best = match best {
                Some(t) if lex.triggers[t.trigger].qualifier == Qualifier::Historical && t.end <= ms_ => match field_value(&body[me..]) {
                    Some((label_rest, value)) => {
                        let colon = me + label_rest.len();
                        // Only a negation: a hedge there may doubt a change ("Controle nodus RBK:
                        // mogelijk iets groter").
                        let answer = triggers
                            .iter()
                            .filter(|v| v.start >= colon && lex.triggers[v.trigger].qualifier == Qualifier::Negated && reaches(lex, body, &cuts, v, ms_, me))
                            .min_by_key(|v| v.start);
                        let first = value.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
                        if answer.is_some() {
                            answer
                        } else if lex.remaining_words.contains(first) {
                            None
                        } else {
                            best
                        }
                    }
                    // Or a later clause that says how it is now ("Follow-up gekende noduli
                    // beiderzijds, ongewijzigd t.o.v. 6 maanden geleden").
                    None if reports_state(lex, &body[me..]) => None,
                    None => best,
                },
                _ => best,
            };
            // An unqualified mention explained away in its sentence ("ronde verdichting,
            // passend bij tepelschaduw") is not a finding; a negated or hedged one still counts,
            // and so does one whose explanation is itself hedged ("waarschijnlijk tepelschaduw").
            let mut best = best;
            // An unqualified weak term that its sentence explains as another finding ("Ronde
            // verdichting in de RBK, passend bij een ronde pneumonie") names that finding's
            // lesion, not its own.
            if best.is_none()
                && m.weak
                && ms.iter().any(|o| {
                    o.finding != m.finding && !o.weak && o.start > m.end && {
                        // The explanation leads to the other finding: at most two words ("een",
                        // "ronde") between them, not a differential further on ("verdacht voor
                        // een fungale infectie, DD nodulaire pneumonie").
                        let lead = &folded[words_before(&folded[..o.start], o.start, 4).max(m.end)..o.start];
                        lex.explanations.iter().any(|e| lead.contains(e.as_str()))
                    }
                })
            {
                continue;
            }
            // An unqualified weak term that its sentence explains as something that is no
            // finding ("Verdichting in de rechter bovenkwab met volumeverlies, passend bij
            // poststenotische atelectase") is not one.
            if best.is_none() && m.weak && lex.explained_as[m.finding.index()].as_ref().is_some_and(|r| r.is_match(&folded[m.end..s.end])) {
                continue;
            }
            // A field's label ("Consolidatie: links basaal dystelectase, geen infiltraat") names
            // what the field is about; when its value names the finding again with a specific
            // term and the label has no cue of its own, the value speaks.
            // The label may name a side or place after the term ("Pneumothorax rechts apicaal:").
            let value = field_value(&body[me..])
                .filter(|(place, _)| place.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '\t'))
                .map(|(_, v)| v.trim_start());
            let answer_first = |v: &str| {
                let first = v.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                answer_status(lex, first).is_some()
            };
            if best.is_none()
                && value.is_some_and(|v| !answer_first(v))
                && ms.iter().any(|o| o.finding == m.finding && !o.weak && o.start > m.end)
            {
                continue;
            }
            // An empty template row ("Pneumothorax:\nNodus:\nOverig: lichte stuwing") asserts
            // nothing: its value is empty and the next line is another row or the end.
            let next_is_row = || {
                sentences.get(si + 1).is_none_or(|n| {
                    let next = &folded[n.start..n.end];
                    next.split_once(':').is_some_and(|(label, _)| label.split_whitespace().count() <= 3)
                })
            };
            if best.is_none() && value.is_some_and(str::is_empty) && next_is_row() {
                continue;
            }
            // The part after a semicolon that names no finding goes on with the same lesion
            // ("Ronde verdichting rechts, lateraal niet zichtbaar; passend bij tepelschaduw"),
            // unless it hedges ("; mogelijk tepelschaduw": see `doubting_sentence`).
            let explained = |ex: &Scan| {
                ex.is_match(body)
                    || joined_rest(&folded, &sentences, &by_sentence, si).is_some_and(|rest| {
                        let rest = &folded[rest.start..rest.end];
                        ex.is_match(rest) && find_triggers(lex, rest).iter().all(|t| lex.triggers[t.trigger].qualifier != Qualifier::Uncertain)
                    })
            };
            if best.is_none() && lex.exclude[m.finding.index()].as_ref().is_some_and(explained) {
                match triggers.iter().find(|t| lex.triggers[t.trigger].qualifier == Qualifier::Uncertain) {
                    Some(hedge) => best = Some(hedge),
                    None => continue,
                }
            }
            let (status, trigger_span) = match best.map(|t| (lex.triggers[t.trigger].qualifier, t)) {
                Some((Qualifier::Historical, _)) => continue,
                Some((Qualifier::Negated, t)) => (ReportStatus::Absent, Some((s.start + t.start, s.start + t.end))),
                Some((Qualifier::Uncertain, t)) => (ReportStatus::Uncertain, Some((s.start + t.start, s.start + t.end))),
                // Listed under a status heading ("Afwezig: pneumothorax, pleuravocht").
                None if s.kind == SectionKind::Absent => (ReportStatus::Absent, None),
                None if s.kind == SectionKind::Doubtful => (ReportStatus::Uncertain, None),
                // A template row that answers after the finding ("Pleura: pneumothorax geen",
                // "Pneumothorax nee.").
                None => match postposed_answer(lex, body, me) {
                    Some((status, (a, b))) => (status, Some((s.start + a, s.start + b))),
                    None => (ReportStatus::Present, None),
                },
            };
            // "Verdichting rechter bovenveld, infiltraat of tumor": two findings offered as
            // alternatives, with no cue of their own, are each uncertain.
            // So is a finding offered beside a look-alike ("vaatstructuur of kleine nodus").
            let (status, trigger_span) = match status {
                ReportStatus::Present => match alternative(lex, body, ms.iter().filter(|o| o.finding != m.finding).map(|o| (o.start - s.start, o.end - s.start)), (ms_, me))
                    .or_else(|| lookalike_alternative(lex, body, (ms_, me)))
                {
                    Some((a, b)) => (ReportStatus::Uncertain, Some((s.start + a, s.start + b))),
                    None => (status, trigger_span),
                },
                _ => (status, trigger_span),
            };
            // A negation that a later clause takes back with a rule-out hedge naming no finding
            // of its own ("Geen pneumothorax zichtbaar, maar op liggende opname niet volledig uit
            // te sluiten").
            let (status, trigger_span) = match status {
                ReportStatus::Absent => match reopened(lex, body, clause.1, ms.iter().map(|o| o.start - s.start)) {
                    Some((a, b)) => (ReportStatus::Uncertain, Some((s.start + a, s.start + b))),
                    None => (status, trigger_span),
                },
                _ => (status, trigger_span),
            };
            // A question answered in the next sentence ("Ptx? Nee.", "Infiltraat? Ja."): the
            // answer decides, and the evidence runs through it.
            let mut evidence_sentence = s;
            let answered = best.filter(|t| lex.triggers[t.trigger].phrase == "?").and_then(|_| {
                // A numbered question's answer may stand further on ("V1: PTX? V2: pneumonie?
                // A1: neen. A2: neen.").
                // A run of questions is answered after its last one ("Pneumonie? Tumor? Nee.").
                let after_run = || {
                    (si + 1..sentences.len().min(si + 6))
                        .find(|&k| !folded[sentences[k].start..sentences[k].end].trim_end().ends_with('?'))
                        .unwrap_or(si + 1)
                };
                let ni = numbered_answer(lex, &folded, &sentences, si).unwrap_or_else(after_run);
                let next = sentences.get(ni).filter(|n| n.kind.asserts())?;
                let reply = folded[next.start..next.end].trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
                // "A: Neen." (a question-and-answer layout's label) and "Ja, klein, apicaal."
                // (an answer with its details after a comma) answer as well.
                // A dash or colon may lead it ("Pneumonie? - nee.").
                let lead = reply.len() - reply.trim_start_matches(['-', ':', ' ', '\u{2013}', '\u{2014}']).len();
                let offset = lead + answer_label_len(lex, &reply[lead..]);
                let reply = &reply[offset..];
                let answer = reply.split([',', ';', ':']).next().unwrap_or(reply).trim_end();
                let answer_span = (next.start + offset, next.start + offset + answer.len());
                // Or an answer that opens with a negation reaching back or a word of what remains,
                // naming no finding of its own ("PTX re? Niet meer zichtbaar na drain.", "Infiltraten?
                // Ongewijzigd bdz.").
                let cue_answer = || {
                    if !by_sentence.get(ni).is_some_and(|v| v.is_empty()) {
                        return None;
                    }
                    let mut words = answer.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
                    let first = words.next()?;
                    // Only details may follow ("Ongewijzigd bdz.", "Afgenomen, nog klein
                    // apicaal"), not another thing ("Afgenomen pleuravocht links").
                    if lex.remaining_words.contains(first) && words.all(|w| remaining_detail(lex, w) || lex.is_side(w)) {
                        return Some(ReportStatus::Present);
                    }
                    let end = opening_cue(lex, answer)?;
                    // A cue that reaches back to the question ("verdwenen", "niet aan te tonen");
                    // one that reaches forward negates what follows it ("Geen pleuravocht").
                    let cue = &lex.triggers[*lex.trigger_by_phrase.get(&*key(&answer[..end]))?];
                    // Nor a bare "niet", which may deny something else ("Niet eerder gezien").
                    if cue.direction == Direction::Forward || cue.phrase.len() < 6 {
                        return None;
                    }
                    // A hedge may doubt another thing ("Inf RBK? DD overprojectie scapula."): the
                    // question stays a question.
                    (cue.qualifier == Qualifier::Negated).then_some(ReportStatus::Absent)
                };
                let status = answer_status(lex, answer).or_else(cue_answer)?;
                // A negating answer taken back in its own sentence ("PTX? Niet aangetoond, maar
                // op liggende opname onvoldoende beoordeelbaar.") leaves the question open.
                let reply_body = &folded[next.start..next.end];
                if status == ReportStatus::Absent
                    && let Some((a, b)) = reopened(lex, reply_body, answer_span.1 - next.start, std::iter::empty())
                {
                    return Some((ReportStatus::Uncertain, Some((next.start + a, next.start + b)), next.end));
                }
                Some((status, (status == ReportStatus::Absent).then_some(answer_span), next.end))
            });
            // "Pneumonie? Geen infiltraat.", "Klaplong? Pijn li na sporten. Geen klaplong.": a
            // report that opens with a bare question, whose later sentences name the same finding
            // again, opens with the question, and those sentences answer it.
            if si == 0
                && body.split_whitespace().count() <= 3
                && best.is_some_and(|t| lex.triggers[t.trigger].phrase == "?")
                && answered.is_none()
                && sentences.get(si + 1).is_some_and(|n| n.kind.asserts())
                && by_sentence.iter().enumerate().skip(si + 1).any(|(k, later)| sentences[k].kind.asserts() && later.iter().any(|o| o.finding == m.finding))
            {
                continue;
            }
            let (status, trigger_span) = match answered {
                Some((answer_status, answer_span, answer_end)) => {
                    evidence_sentence.end = answer_end;
                    (answer_status, answer_span)
                }
                None => (status, trigger_span),
            };
            // An unqualified mention doubted by the next sentence, which names no finding and
            // opens with a hedged look-alike ("Ronde verdichting links basaal. Waarschijnlijk
            // tepelschaduw; foto met tepelmarkers."): uncertain, the evidence running through it.
            // One that explains it ("...; berustte op overprojectie van rib en clavicula") makes
            // it absent.
            let doubted = (status == ReportStatus::Present && answered.is_none())
                .then(|| doubting_sentence(lex, &folded, &sentences, &by_sentence, si))
                .flatten();
            let (status, trigger_span) = match doubted {
                Some((span, next_end, qualifier)) => {
                    evidence_sentence.end = next_end;
                    let status = if qualifier == Qualifier::Negated { ReportStatus::Absent } else { ReportStatus::Uncertain };
                    (status, Some(span))
                }
                None => (status, trigger_span),
            };
            let (cs, ce) = clause_around(&cuts, body.len(), ms_, me);
            let cs = side_start(body, &cuts, cs);
            // The side nearest the mention in its clause, else in its sentence ("Rechts basaal
            // vage verdichting, infiltraat niet uit te sluiten").
            let sides = sentence_sides.get_or_init(|| side_words(lex, body, (0, body.len())).collect());
            let laterality = match mention_side(body, sides, (cs, ce), (ms_, me)) {
                Laterality::Unspecified => mention_side(body, sides, (0, body.len()), (ms_, me)),
                side => side,
            };
            // "Consolidatie RBK. Een onderliggende massa is niet uit te sluiten.": a mention
            // placed inside the region just described takes the last side of the sentence before.
            // Not a negation: "Geen onderliggende massa" denies it on every side.
            let anaphora = || status != ReportStatus::Absent && lex.side_anaphora.in_text(&body[words_before(body, ms_, 4).max(cs)..ms_]);
            let laterality = match laterality {
                Laterality::Unspecified if anaphora() => sentences[..si].last().filter(|p| p.kind.asserts()).map_or(Laterality::Unspecified, |p| {
                    let before = &folded[p.start..p.end];
                    let sides: Vec<_> = side_words(lex, before, (0, before.len())).collect();
                    mention_side(before, &sides, (0, before.len()), (before.len(), before.len()))
                }),
                // "Verhoogde densiteit rechts basaal; infiltraat kan niet worden uitgesloten.": a
                // hedge with no side doubts the region the sentence before described: its last
                // side, or where it names this finding ("Ronde verdichting rechts, waarschijnlijk
                // tepelschaduw; links niet te zien. Een nodus is niet uit te sluiten."), the side
                // of that mention.
                Laterality::Unspecified if status == ReportStatus::Uncertain && si > 0 && sentences[si - 1].kind.asserts() => {
                    let p = sentences[si - 1];
                    let before = &folded[p.start..p.end];
                    let prior = &by_sentence[si - 1];
                    let sides: Vec<_> = side_words(lex, before, (0, before.len())).collect();
                    let same: Vec<_> = prior.iter().filter(|o| o.finding == m.finding).collect();
                    if same.is_empty() {
                        mention_side(before, &sides, (0, before.len()), (before.len(), before.len()))
                    } else {
                        same.iter().fold(Laterality::Unspecified, |acc, o| {
                            acc.merge(mention_side(before, &sides, (0, before.len()), (o.start - p.start, o.end - p.start)))
                        })
                    }
                }
                side => side,
            };
            if hedge_only && status != ReportStatus::Uncertain {
                continue;
            }
            // "Massa RBK. Conclusie: verdenking longcarcinoom." A hedged diagnosis is a hedge about
            // malignancy: it ranks below any described lesion, conclusion or not, and decides
            // only when nothing else is said.
            let hedged_diagnosis = m.diagnosis && status == ReportStatus::Uncertain;
            // "Bekende nodus RBK, ongewijzigd. Conclusie: geen nieuwe noduli.": a mention of
            // another lesion ("nieuwe", "andere") and one of a known lesion.
            let lead = &body[words_before(body, ms_, 3).max(clause.0)..ms_];
            let marks = Marks {
                soft: false,
                other_lesion: lead.split(|c: char| !c.is_alphanumeric()).any(|w| lex.other_lesions.iter().any(|o| o == w)),
                residual: matches!(status, ReportStatus::Absent | ReportStatus::Uncertain)
                    && (body[ms_..].starts_with("rest")
                        || lead.split(|c: char| !c.is_alphanumeric()).any(|w| lex.residual_words.contains(w))),
            };
            // A negation for one side ("Links geen consolidatie") does not outweigh an opacity
            // described elsewhere ("Verdichting in de rechter onderkwab").
            // A weak term doubted as a look-alike ("ronde densiteit, waarschijnlijk een vat")
            // does not: a later "Geen nodus" concludes it.
            let specific = (!m.weak
                    || (status == ReportStatus::Uncertain && !m.cued && !best.is_some_and(|t| lex.triggers[t.trigger].lookalike) && doubted.is_none()))
                    && !hedged_diagnosis
                    && !(status == ReportStatus::Absent && matches!(laterality, Laterality::Left | Laterality::Right));
            let rank = Rank {
                revision: if hedged_diagnosis { 0 } else { s.revision },
                conclusion: s.kind == SectionKind::Conclusion && !hedged_diagnosis,
                ..Rank::in_sentence(&s, true, specific, status_rank(status))
            };
            // "Geen duidelijke pneumothorax": a negation softened by the word after its cue.
            let soft = status == ReportStatus::Absent
                && answered.is_none()
                && best.is_some_and(|t| {
                    let cue = &lex.triggers[t.trigger];
                    cue.qualifier == Qualifier::Negated
                        && {
                            let next = word_after(&body[t.end..]);
                            lex.softeners.iter().any(|w| w == next)
                        }
                });
            decided[m.finding.index()].push((rank, evidence(text, &folded, evidence_sentence, m.finding, status, trigger_span, laterality), Marks { soft, ..marks }));
            // "Pneumothorax links verdwenen, rechts nog klein apicaal", "Consolidatie re
            // verdwenen, li ongewijzigd": a later clause that opens with the other side and says
            // the finding is still there, naming no finding of its own, asserts it on that side.
            if status == ReportStatus::Absent && matches!(laterality, Laterality::Left | Laterality::Right) {
                let from = trigger_span.map_or(me, |(_, b)| b - s.start).max(me);
                let others = ms.iter().map(|o| o.start - s.start);
                if let Some(side) = other_side_remains(lex, body, from, laterality, others) {
                    let rank = Rank { status: status_rank(ReportStatus::Present), ..rank };
                    decided[m.finding.index()].push((rank, evidence(text, &folded, evidence_sentence, m.finding, ReportStatus::Present, None, side), Marks::default()));
                }
            }
        }
    }
    // Normal statements that speak for one side only: (side, findings, sentence, start, end).
    let mut one_sided: Vec<(Laterality, Vec<Finding>, usize, usize, usize)> = Vec::new();
    for (start, end, covers, si) in normals {
        let s = sentences[si];
        // "Links geen afwijkingen" speaks for one side only, not for the whole chest;
        // "Skelet: geen bijzonderheden" speaks of another organ.
        // Only the statement's own clause counts: in "Cor nl, longvelden helder" the heart has
        // its own clause; in "Hart en longen zonder afwijkingen" the lungs are named too.
        let body = &folded[s.start..s.end];
        let clause_start = body[..start - s.start].rfind([',', ';']).map_or(0, |i| i + 1);
        // "(toen zonder afwijkingen)": a statement about an earlier film.
        let before = word_before(&body[clause_start..start - s.start]);
        if lex.trigger_by_phrase.get(before).is_some_and(|&t| lex.triggers[t].qualifier == Qualifier::Historical) {
            continue;
        }
        let blocked = lex.normal_blockers.in_text(&body[clause_start..start - s.start]);
        if blocked && !names_lungs(lex, &body[clause_start..end - s.start]) {
            continue;
        }
        // "Geen afwijkingen aan de ribben": the organ named right after the statement.
        let after: Vec<&str> = body[end - s.start..].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(4).collect();
        if matches!(after.first(), Some(&("aan" | "van" | "in"))) && names_other_organ(lex, &after.join(" ")) {
            continue;
        }
        // "Geen bijzonderheden aan de lijn": a statement about a thing it names, unless that
        // is the chest ("aan hart en longen"); "geen afwijkingen aan te wijzen" names nothing.
        // "Longvelden helder aan beide zijden" names sides, not a thing.
        let sided = || after.iter().skip(1).take(2).any(|w| lex.is_side(w));
        if after.first() == Some(&"aan") && after.get(1) != Some(&"te") && !lex.normal_anchors.in_text(&body[end - s.start..]) && !sided() {
            continue;
        }
        // "Geen afwijkende bevindingen ter plaatse van het reservoir": one place, not the chest.
        if matches!(after.as_slice(), ["ter", "plaatse" | "hoogte", ..] | ["rond" | "rondom", ..]) {
            continue;
        }
        // "Geen bijzonderheden t.a.v. de lijn": about what it names, unless that is the lungs.
        if matches!(after.as_slice(), ["t", "a", "v", ..] | ["ten", "aanzien", ..] | ["m", "b", "t", ..] | ["met", "betrekking", ..])
            && !lex.normal_anchors.in_text(&body[end - s.start..])
        {
            continue;
        }
        // An organ's label speaks for its whole sentence, commas included ("Skelet: status na
        // VATS, verder geen bijzonderheden"), unless the statement has a label of its own ("Cor:
        // nl, mediast: nl, longen: nl").
        let own_label = folded[start..end].contains(':');
        let label = body[..start - s.start].split_once(':').filter(|(l, _)| !own_label && l.split_whitespace().count() <= 3).map(|(l, _)| l);
        if label.is_some_and(|l| names_other_organ(lex, l)) {
            continue;
        }
        // A list item under a heading line ("3. Linkerlong:\n   - Geen afwijkingen.") speaks for
        // what the heading names: another organ, one side, or the lungs without the pleura.
        let heading = if own_label { None } else { list_heading(&folded, start) };
        if heading.is_some_and(|h| names_other_organ(lex, h)) {
            continue;
        }
        // A heading or a label of the lungs alone speaks for the lungs without the pleura; one of
        // the pleura alone ("Pleura: geen bijzonderheden") for the pleura only.
        let lungs_only = heading.is_some_and(|h| lex.lung_headings.in_text(h) && !lex.pleura_headings.in_text(h));
        let pleura_only = heading.or(label).is_some_and(|h| lex.pleura_headings.in_text(h) && !lex.lung_headings.in_text(h));
        let covered = || covers.iter().copied().filter(move |&f| if f == Finding::Pneumothorax { !lungs_only } else { !pleura_only });
        let heading_side = heading.and_then(|h| one_side_named(lex, h));
        if let Some(side) = heading_side {
            one_sided.push((side, covered().collect(), si, start, end));
            continue;
        }
        let cuts = find_cuts(lex, body);
        let (cs, ce) = clause_around(&cuts, body.len(), start - s.start, end - s.start);
        // The side must be close: "Rechts basaal geen afwijkingen", "Links: geen afwijkingen",
        // but not the drain's side in "Na verwijderen drain rechts geen actieve longafwijkingen".
        let labelled = side_start(body, &cuts, cs);
        let near_start = if labelled < cs { labelled } else { cs.max(words_before(body, start - s.start, 3)) };
        let near_end = ce.min(words_after(body, end - s.start, 3));
        let excepted = lex.normal_exceptions.in_text(&body[..start - s.start]);
        let side = normal_side(lex, body, (cs, ce), (near_start, near_end));
        // A statement about the pleura alone on one side ("Rechter long volledig ontplooid",
        // "Links geen lucht pleuraal") speaks of the pneumothorax like a negation with a side.
        let pleural = covers == [Finding::Pneumothorax];
        // (The whole report is searched for a missing lung last: this runs for every normal
        // statement.)
        if !excepted && !pleural && matches!(side, Laterality::Left | Laterality::Right) && !lex.one_lung.in_text(&folded) {
            one_sided.push((side, covered().collect(), si, start, end));
            continue;
        }
        // With one lung left, its side's lung named normal ("Status na pneumectomie rechts.
        // Linker long zonder afwijkingen.") speaks for the lung, not the pleura: air in the
        // pneumectomy cavity is no pneumothorax either.
        let remaining_lung = !pleural
            && lex.lung_headings.in_text(body)
            && !lex.pleura_headings.in_text(body)
            && one_side_named(lex, body).is_some()
            && lex.one_lung.in_text(&folded);
        for f in covered().filter(|&f| !(remaining_lung && f == Finding::Pneumothorax)) {
            let rank = Rank::in_sentence(&s, false, false, 0);
            decided[f.index()].push((rank, evidence(text, &folded, s, f, ReportStatus::Absent, Some((start, end)), Laterality::Unspecified), Marks::default()));
        }
    }
    // One side's normal statement and the other side's together speak for the whole chest ("Rechts:
    // geen afwijkingen. Links: longveld helder."), for what both cover; the later one is the
    // evidence.
    for f in Finding::ALL {
        let covering = |side: Laterality| one_sided.iter().filter(move |o| o.0 == side && o.1.contains(&f)).map(|o| (o.2, o.3, o.4));
        let (Some(left), Some(right)) = (covering(Laterality::Left).next_back(), covering(Laterality::Right).next_back()) else { continue };
        let (si, start, end) = if left.1 > right.1 { left } else { right };
        let s = sentences[si];
        let rank = Rank::in_sentence(&s, false, false, 0);
        decided[f.index()].push((rank, evidence(text, &folded, s, f, ReportStatus::Absent, Some((start, end)), Laterality::Unspecified), Marks::default()));
    }
    // "Eerste lezer beschrijft een kleine PTX rechts. Kan ik niet bevestigen: ...": the denial
    // negates what the reported sentence names, unless it names the finding itself (then its own
    // words decide).
    for (k, m) in denied.iter().enumerate() {
        let f = m.finding;
        let Some(di) = sentences[m.sentence].denied_by else { continue };
        // Once per finding and denied sentence.
        if denied[..k].iter().any(|o| o.finding == f && o.sentence == m.sentence) {
            continue;
        }
        let d = sentences[di];
        if mentions.iter().any(|m| m.sentence == di && m.finding == f) {
            continue;
        }
        // The denial is the trigger: from the sentence's start to the end of its words.
        let body = &folded[d.start..d.end];
        let cue_end = words_after(body, 0, lex.denials.opening(body).unwrap_or(0));
        let cue_end = body[..cue_end].trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        let span = (d.start, d.start + cue_end);
        let specific = denied.iter().any(|o| o.finding == f && o.sentence == m.sentence && !o.weak);
        let rank = Rank::in_sentence(&d, true, specific, status_rank(ReportStatus::Absent));
        decided[f.index()].push((rank, evidence(text, &folded, d, f, ReportStatus::Absent, Some(span), Laterality::Unspecified), Marks::default()));
    }
    Finding::ALL.map(|f| {
        let candidates = &decided[f.index()];
        // Highest rank wins; among equals, the first in reading order (optionally leaving the
        // softened negations out).
        let top = |with_soft: bool| {
            candidates.iter().enumerate().filter(move |(_, (.., marks))| with_soft || !marks.soft).max_by_key(|(i, (r, ..))| (*r, std::cmp::Reverse(*i)))
        };
        let best = top(true);
        // A hedged diagnosis ranks below a described lesion ("Massa RBK. Conclusie: verdenking
        // longcarcinoom."), but a negation does not settle it: "Geen aanwijzingen voor
        // longmetastasen. Kleine metastasen zijn echter niet uit te sluiten." (a rule-out hedge in
        // a later sentence) is uncertain; a recommendation ("CT ter uitsluiting van een tumor")
        // after "Geen massa zichtbaar" is not.
        let best = match best {
            Some((_, (r, tf, _))) if tf.status == ReportStatus::Absent && r.explicit => candidates
                .iter()
                .enumerate()
                .rfind(|(_, (c, ctf, _))| {
                    c.explicit
                        && !c.specific
                        && ctf.status == ReportStatus::Uncertain
                        && c.revision >= r.revision
                        && c.conclusion >= r.conclusion
                        && ctf.trigger_start >= tf.trigger_end
                        && {
                            let cue = fold(&ctf.trigger);
                            lex.reopeners.iter().any(|p| cue.contains(p.as_str()))
                        }
                })
                .or(best),
            _ => best,
        };
        // A recommendation to rule the finding out ("CT geadviseerd ter uitsluiting van een
        // occulte pneumothorax") is no firmer than a negation of it ("geen pneumothorax
        // zichtbaar"): when it is the only doubt and nothing says the finding is there, the
        // negation decides. A revision's negation counts only against a revision.
        let recommends = |tf: &TextFinding| {
            tf.status == ReportStatus::Uncertain && !tf.trigger.is_empty() && {
                let cue = fold(&tf.trigger);
                let cue = key(&cue);
                lex.recommendations.iter().any(|p| *p == *cue)
            }
        };
        let best = match best {
            Some((_, (r, tf, _)))
                if recommends(tf) && candidates.iter().all(|(_, c, _)| c.status == ReportStatus::Absent || recommends(c)) =>
            {
                candidates
                    .iter()
                    .enumerate()
                    .rfind(|(_, (c, ctf, marks))| !marks.soft && c.explicit && ctf.status == ReportStatus::Absent && c.revision >= r.revision)
                    .or(best)
            }
            _ => best,
        };
        // A bare question ("Toename dyspnoe na ascitespunctie. Pneumothorax?") that the report
        // answers further on ("Een pneumothorax is niet zichtbaar.") only asks: the answer
        // decides.
        let asks = |tf: &TextFinding| {
            let e = tf.evidence.trim_end();
            tf.status == ReportStatus::Uncertain && tf.trigger == "?" && e.ends_with('?') && e.split_whitespace().count() <= 3
        };
        let best = match best {
            Some((_, (r, tf, _))) if asks(tf) => candidates
                .iter()
                .enumerate()
                .filter(|(_, (c, ctf, marks))| {
                    !marks.soft && c.explicit && c.revision >= r.revision && ctf.evidence_start >= tf.evidence_end && ctf.status != ReportStatus::Uncertain
                })
                .max_by_key(|(i, (c, ..))| (*c, std::cmp::Reverse(*i)))
                .or(best),
            _ => best,
        };
        // A softened negation yields to a hedge about the finding elsewhere in the report
        // ("Een kleine ventrale PTX is niet uit te sluiten. Conclusie: geen evidente PTX."): what
        // the report says without it decides when that is uncertain. A revision's does not yield
        // to what it revises ("Mogelijk beginnend infiltraat. Addendum supervisor: geen
        // overtuigend infiltraat.").
        let best = match best {
            Some((_, (r, tf, marks))) if marks.soft && tf.status == ReportStatus::Absent => {
                match top(false) {
                    Some(other) if other.1.1.status == ReportStatus::Uncertain && other.1.0.revision >= r.revision => Some(other),
                    _ => best,
                }
            }
            _ => best,
        };
        // "Bekende nodus RBK, ongewijzigd. Conclusie: geen nieuwe noduli." and "Nog steeds 2
        // noduli LOK. Besluit: twijfelachtige nieuwe nodulus RBK.": a negation or a hedge of
        // another lesion says nothing about a known one that the report describes as there.
        let best = match best {
            Some((_, (_, tf, marks))) if marks.other_lesion && tf.status != ReportStatus::Present => candidates
                .iter()
                .enumerate()
                .filter(|(_, (c, ctf, m))| {
                    // A hedged new lesion may be the one described ("Vage noduleuze opaciteit RM,
                    // op de vorige opname niet zichtbaar. Conclusie: mogelijk nieuwe nodus.").
                    // A weak term only when it is known ("Stabiele restlaesie LOK").
                    c.explicit
                        && !m.other_lesion
                        && ctf.status == ReportStatus::Present
                        && ((c.specific && tf.status == ReportStatus::Absent) || lex.known_lesions.in_text(&fold(&ctf.evidence)))
                })
                .max_by_key(|(i, (c, ..))| (*c, std::cmp::Reverse(*i)))
                .or(best),
            _ => best,
        };
        // "Regressie van de pneumonie, geen restinfiltraat.": nothing is left of what its sentence
        // describes as going away; "Regressie infiltraat RO, mogelijk nog restinfiltraat": what is
        // left is doubted.
        let best = match best {
            Some((_, (r, tf, _))) if tf.status == ReportStatus::Present => candidates
                .iter()
                .enumerate()
                .filter(|(_, (c, ctf, m))| m.residual && c.explicit && c.revision >= r.revision && ctf.evidence_start == tf.evidence_start && ctf.evidence_end == tf.evidence_end)
                .max_by_key(|(i, (c, ..))| (*c, std::cmp::Reverse(*i)))
                .or(best),
            _ => best,
        };
        match best {
            // A reported finding's side: all sides its present or hedged mentions name, across
            // sentences ("Bekende tumor RBK. Nieuwe nodus LOK." -> both; "In het rechter
            // middenveld een ronde verdichting. Een nodus is niet uit te sluiten." -> right).
            Some((_, (_, tf, _))) if matches!(tf.status, ReportStatus::Present | ReportStatus::Uncertain) => {
                let mut tf = tf.clone();
                // A revision that names the finding's side decides it ("Correctie: het betreft een
                // pneumothorax links"); one that names no side keeps the earlier sides.
                let revised = candidates
                    .iter()
                    .any(|(r, c, _)| r.revision > 0 && r.explicit && c.status.is_reported() && c.laterality != Laterality::Unspecified);
                let sides = |present_only: bool| {
                    candidates
                        .iter()
                        .filter(|(r, c, _)| r.explicit && c.status.is_reported() && (r.revision > 0 || !revised))
                        .filter(|(_, c, _)| !present_only || c.status == ReportStatus::Present)
                        .fold(Laterality::Unspecified, |acc, (_, c, _)| acc.merge(c.laterality))
                };
                // A present finding's side is where it is, not where it is only doubted ("Nodus
                // RO. Mogelijk een tweede nodus links, twijfelachtig." -> right).
                tf.laterality = match sides(tf.status == ReportStatus::Present) {
                    Laterality::Unspecified => sides(false),
                    side => side,
                };
                // "Klinische gegevens: controle nodus LBK. ... Nodus onveranderd.": with no side
                // of its own, the finding takes the side the question or prior report gives it.
                if tf.laterality == Laterality::Unspecified {
                    tf.laterality = context_side(lex, &folded, &sentences, f);
                }
                tf
            }
            Some((_, (_, tf, _))) => tf.clone(),
            None => TextFinding {
                finding: f,
                status: ReportStatus::NotMentioned,
                evidence: String::new(),
                evidence_start: 0,
                evidence_end: 0,
                trigger: String::new(),
                trigger_start: 0,
                trigger_end: 0,
                laterality: Laterality::Unspecified,
            },
        }
    })
}

/// The side that the question or a quoted prior report gives a finding: all sides named for its
/// mentions there, merged.
fn context_side(lex: &Lexicon, folded: &str, sentences: &[Sentence], finding: Finding) -> Laterality {
    let mut side = Laterality::Unspecified;
    let mut mentions = Vec::new();
    for s in sentences.iter().filter(|s| matches!(s.kind, SectionKind::Question | SectionKind::Prior)) {
        let body = &folded[s.start..s.end];
        mentions.clear();
        find_mentions(lex, body, 0, 0, &mut mentions);
        if !mentions.iter().any(|m| m.finding == finding) {
            continue;
        }
        let sides: Vec<_> = side_words(lex, body, (0, body.len())).collect();
        for m in mentions.iter().filter(|m| m.finding == finding) {
            side = side.merge(mention_side(body, &sides, (0, body.len()), (m.start, m.end)));
        }
    }
    side
}

/// The label of the heading line above the list item at `at` ("3. Linkerlong:" above "   -
/// Geen afwijkingen."), past the field's other items; None when `at` is not in a list item, or
/// when a blank line or a line that is neither an item nor a heading of at most three words
/// comes first.
fn list_heading(folded: &str, at: usize) -> Option<&str> {
    let item = |line: &str| line.trim_start().starts_with(['-', '\u{2022}', '*', '\u{2013}']);
    let line_start = folded[..at].rfind('\n').map_or(0, |i| i + 1);
    if !item(&folded[line_start..at]) {
        return None;
    }
    let mut end = line_start.checked_sub(1)?;
    loop {
        let start = folded[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = folded[start..end].trim();
        if !item(line) {
            let label = line.strip_suffix(':')?.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')').trim();
            return (!label.is_empty() && label.split_whitespace().count() <= 3).then_some(label);
        }
        end = start.checked_sub(1)?;
    }
}

/// Does `text` name an organ other than the lungs ("Skelet", "aan de ribben") and not the lungs?
fn names_other_organ(lex: &Lexicon, text: &str) -> bool {
    lex.normal_blockers.in_text(text) && !lex.normal_anchors.in_text(text)
}

/// The first word of `text` ("" when it has none).
fn word_after(text: &str) -> &str {
    text.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("")
}

/// The last word of `text` ("" when it has none).
fn word_before(text: &str) -> &str {
    text.rsplit(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("")
}

/// What a normal statement matched by a pattern covers. Several statements may match the same
/// words ("geen acute afwijkingen in de longen"): the narrowest coverage wins.
fn normal_covers<'a>(lex: &'a Lexicon, statement: &str) -> Option<&'a [Finding]> {
    let idx = lex.normal_set.matches(statement).iter().min_by_key(|&i| lex.normal_covers[i].len())?;
    Some(&lex.normal_covers[idx])
}

/// A short sentence that is, up to a typo, a normal statement ("Goen afwijkingen.", "Verder nl.").
fn normal_sentence<'a>(lex: &'a Lexicon, body: &str) -> Option<&'a [Finding]> {
    let key = body.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    // After a label of the whole study ("X-thorax PA: normaal.", "Thx: gb."), the rest is the
    // sentence; after an organ's label ("Hart: nl.") it is not.
    let key = match key.split_once(':') {
        Some((label, rest))
            if !rest.trim().is_empty() && label.split_whitespace().all(|w| lex.normal_labels.contains(w)) =>
        {
            rest.trim()
        }
        _ => key,
    };
    // A statement followed by a negation of its own ("Verder normaal, geen aanwijzingen voor
    // recidief") is still one.
    let key = match key.split_once(',') {
        Some((statement, rest)) if rest.trim_start().starts_with("geen ") || rest.trim_start().starts_with("zonder ") => statement.trim_end(),
        _ => key,
    };
    let first = key.chars().next().filter(|_| key.len() <= 40)?;
    // Only the statements with the same first letter can match; most sentences have none.
    let typed = key.chars().count();
    let mut candidates =
        with_initial(&lex.normal_sentences, first, |n| n.text[0]).iter().filter(|n| typed.abs_diff(n.text.len()) <= n.max_edits).peekable();
    candidates.peek()?;
    let key: Vec<char> = key.chars().collect();
    candidates.find_map(|n| (osa_distance(&key, &n.text, n.max_edits) <= n.max_edits).then_some(n.covers.as_slice()))
}

/// The entries of `list`, which is ordered by first letter (`initial`), that start with `first`.
fn with_initial<T>(list: &[T], first: char, initial: impl Fn(&T) -> char) -> &[T] {
    let from = list.partition_point(|e| initial(e) < first);
    let len = list[from..].partition_point(|e| initial(e) == first);
    &list[from..from + len]
}

/// What else the final choice looks at for a mention, beside its rank.
#[derive(Debug, Clone, Copy, Default)]
struct Marks {
    /// A negation softened by the word after its cue ("geen duidelijke PTX").
    soft: bool,
    /// One of `other_lesions` just before the term ("geen nieuwe noduli").
    other_lesion: bool,
    /// A negated or hedged residual ("geen restinfiltraat", "geen resterende pneumothorax",
    /// "mogelijk nog restinfiltraat").
    residual: bool,
}

/// Ordering of the evidence for one finding: a revision beats what came before it, explicit
/// mentions beat normal statements, conclusion beats findings, specific terms beat weak ones,
/// present > uncertain > absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    /// Not a preliminary finding (`Sentence::preliminary`): the radiologist's own words outrank
    /// a radiographer's first look whatever else either has.
    reported: bool,
    /// A revision ("Supervisie:", "Correctie:") overturns the preliminary reading, normal
    /// statements included ("Correctie: geen pneumothorax, heldere longvelden"); a later
    /// revision overturns an earlier one. 0 outside revisions.
    revision: u8,
    explicit: bool,
    conclusion: bool,
    /// A specific term ("nodus") outranks a weak one ("ronde verdichting") elsewhere in the
    /// report: "Ronde verdichting rechts. Een nodus kan niet worden uitgesloten." is uncertain.
    specific: bool,
    status: u8,
}

impl Rank {
    /// The rank of evidence in sentence `s`: its standing as a preliminary finding, a revision
    /// and a conclusion, and the evidence's own kind and status.
    fn in_sentence(s: &Sentence, explicit: bool, specific: bool, status: u8) -> Self {
        Rank { reported: !s.preliminary, revision: s.revision, conclusion: s.kind == SectionKind::Conclusion, explicit, specific, status }
    }
}

fn status_rank(s: ReportStatus) -> u8 {
    match s {
        ReportStatus::Present => 3,
        ReportStatus::Uncertain => 2,
        ReportStatus::Absent => 1,
        ReportStatus::NotMentioned => 0,
    }
}

fn evidence(
    text: &str,
    folded: &str,
    s: Sentence,
    finding: Finding,
    status: ReportStatus,
    trigger: Option<(usize, usize)>,
    laterality: Laterality,
) -> TextFinding {
    // Offsets are in chars; in ASCII text (most reports) chars are bytes, and slicing is direct
    // (unless the folded text gained a non-ASCII mark: same chars, more bytes).
    let ascii = text.is_ascii() && folded.len() == text.len();
    let char_offset = |byte: usize| if ascii { byte } else { char_offset(folded, byte) };
    let start = char_offset(s.start);
    let mut end = char_offset(s.end);
    let (mut trigger_start, mut trigger_end) = trigger.map_or((0, 0), |(a, b)| (char_offset(a), char_offset(b)));
    // A cue in a dictated mark ("pneumonie vraagteken" read as "pneumonie?"): the mark sits on the
    // space before the word and the word became padding, so the trigger is the word itself.
    let original = |a: usize, b: usize| if ascii { text[a..b].to_string() } else { text.chars().skip(a).take(b - a).collect::<String>() };
    if trigger_end > trigger_start && original(trigger_start, trigger_end).trim().is_empty() {
        let padded = folded.chars().skip(trigger_end).take_while(|&c| c == ' ').count();
        let word = original(trigger_end, trigger_end + padded);
        trigger_start = trigger_end + (word.len() - word.trim_start().len());
        trigger_end += word.trim_end().chars().count();
        end = end.max(trigger_end);
    } else if trigger_end > trigger_start && !ascii {
        // A mark that stands for several chars ("+/-" read as "\u{b1}  "): the trigger shows them all.
        let padding = folded.chars().skip(trigger_end).zip(text.chars().skip(trigger_end)).take_while(|&(f, t)| f == ' ' && !t.is_whitespace()).count();
        trigger_end += padding;
        end = end.max(trigger_end);
    }
    TextFinding {
        finding,
        status,
        evidence: original(start, end),
        evidence_start: start as u32,
        evidence_end: end as u32,
        trigger: original(trigger_start, trigger_end),
        trigger_start: trigger_start as u32,
        trigger_end: trigger_end as u32,
        laterality: if status == ReportStatus::Absent { Laterality::Unspecified } else { laterality },
    }
}

fn char_offset(folded: &str, byte: usize) -> usize {
    folded[..byte].chars().count()
}

/// A phrase's lookup key (`phrase_key`: words joined by single spaces), without allocating when
/// the text already is one, as nearly every match is.
fn key(s: &str) -> Cow<'_, str> {
    let plain = s.is_ascii()
        && !s.bytes().any(|b| b.is_ascii_whitespace() && b != b' ')
        && !s.contains("  ")
        && !s.starts_with(' ')
        && !s.ends_with(' ');
    if plain { Cow::Borrowed(s) } else { Cow::Owned(phrase_key(s)) }
}

/// End of a strict match without the boundary character that `lexicon::bounded` consumed.
/// A phrase that itself ends in punctuation ("d.d.") is known by its key and kept whole.
fn trim_boundary(lex_keys: impl Fn(&str) -> bool, s: &str, start: usize, end: usize) -> usize {
    let Some(last) = s[start..end].chars().next_back() else { return end };
    if last.is_alphanumeric() || last == '-' || end - start <= last.len_utf8() {
        return end;
    }
    if !last.is_whitespace() && lex_keys(&key(&s[start..end])) {
        return end;
    }
    end - last.len_utf8()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// No letter or digit touches either end; with `strict`, no hyphen either ("niet-afwijkend").
fn word_bounded(s: &str, start: usize, end: usize, strict: bool) -> bool {
    let bad = |c: char| is_word_char(c) || (strict && c == '-');
    let first_alnum = s[start..].chars().next().is_some_and(is_word_char);
    let last_alnum = s[..end].chars().next_back().is_some_and(is_word_char);
    let before_ok = !first_alnum || !s[..start].chars().next_back().is_some_and(bad);
    let after_ok = !last_alnum || !s[end..].chars().next().is_some_and(bad);
    before_ok && after_ok
}

/// Word bounds of a finding term, read as Dutch compounds, whose head is the last part: a term
/// before a hyphen is a modifier ("PTX-drain", "pneumothorax-drain", "massa-effect": no mention),
/// a term after one is the head ("rest-PTX", "hydro-pneumothorax": a mention). Short terms
/// (`strict`) also may not touch a hyphen that no letter follows ("PTX-", "RBK-").
fn term_bounded(s: &str, start: usize, end: usize, strict: bool) -> bool {
    if !word_bounded(s, start, end, false) {
        return false;
    }
    let mut after = s[end..].chars();
    match after.next() {
        Some('-') => !strict && !after.next().is_some_and(char::is_alphabetic),
        _ => true,
    }
}

/// Splits into sentences tagged with their section kind.
fn sentences(lex: &Lexicon, text: &str, folded: &str) -> Vec<Sentence> {
    // Section boundaries: (header start, content start, kind).
    let mut bounds: Vec<(usize, usize, SectionKind)> = Vec::new();
    // find_iter, not captures_iter (several times faster): the header is the match without its
    // leading sentence end and trailing colon.
    for m in lex.header_scan.find_iter(folded) {
        let text = m.as_str();
        let lead = text.len() - text.trim_start_matches(|c: char| matches!(c, '.' | '!' | '?' | '-' | '*') || c.is_whitespace()).len();
        let header = text[lead..].trim_end_matches(|c: char| c == ':' || c.is_whitespace());
        let header = if header.ends_with(')') { header[..header.rfind('(').unwrap_or(header.len())].trim_end() } else { header };
        // A header with a note before its colon ("Addendum 10:55:") is the longest noted
        // header it starts with.
        let noted = || {
            lex.noted_headers.iter().find(|(h, _)| {
                header.starts_with(h.as_str()) && header[h.len()..].starts_with(|c: char| c.is_whitespace() || c == '(' || c == '/')
            })
        };
        let Some(kind) = lex.header_kind.get(&*key(header)).copied().or_else(|| noted().map(|&(_, k)| k)) else { continue };
        // A status heading without its colon ("Geen" ending a line) heads a list only when list
        // items follow ("Geen\n- pneumothorax"); otherwise it starts a sentence that a feed
        // wrapped ("... Normale contouren. Geen\nactieve longafwijkingen.").
        if matches!(kind, SectionKind::Absent | SectionKind::Doubtful) && !text.trim_end().ends_with(':') {
            let next = folded[m.end()..].trim_start();
            if !next.starts_with(['-', '*', '\u{2022}', '+']) {
                continue;
            }
        }
        bounds.push((m.start() + lead, m.end(), kind));
    }
    let mut sections: Vec<(usize, usize, SectionKind)> = Vec::new();
    let first_header = bounds.first().map_or(folded.len(), |b| b.0);
    if first_header > 0 {
        sections.push((0, first_header, SectionKind::Findings));
    }
    for (i, &(_, content, kind)) in bounds.iter().enumerate() {
        let end = bounds.get(i + 1).map_or(folded.len(), |b| b.0);
        sections.push((content, end.max(content), kind));
    }
    let quotes = quoted_passages(lex, folded);
    let mut out = Vec::new();
    for (start, end, kind) in sections {
        if !kind.asserts() || kind == SectionKind::Preliminary {
            // The indication is short: it ends where its answer starts, and what follows
            // without a header of its own is read as findings.
            // An earlier report's quoted text ends with its closing quote.
            let quoted = quotes.iter().find(|q| kind == SectionKind::Prior && folded[start..q.0].trim().is_empty());
            let q_end = quoted.map_or_else(|| question_end(lex, text, folded, start, end), |q| (q.1 + 1).min(end));
            split_sentences(lex, text, folded, start, q_end, kind, &mut out);
            split_sentences(lex, text, folded, q_end, end, SectionKind::Findings, &mut out);
        } else {
            split_sentences(lex, text, folded, start, end, kind, &mut out);
        }
    }
    // A passage quoted from an earlier report after a colon ("Verslag SEH 01-06: 'Klaplong
    // links.'") is about that examination.
    for &(open, close) in &quotes {
        // The quote is a sentence of its own, whatever the punctuation around it.
        let mut split = Vec::with_capacity(out.len() + 2);
        for s in out.drain(..) {
            let mut start = s.start;
            for cut in [open, close + 1] {
                if start < cut && cut < s.end {
                    let piece = folded[start..cut].trim_end();
                    if !piece.is_empty() {
                        split.push(Sentence { start, end: start + piece.len(), ..s });
                    }
                    start = cut + (folded[cut..s.end].len() - folded[cut..s.end].trim_start().len());
                }
            }
            split.push(Sentence { start, ..s });
        }
        out = split;
        for s in out.iter_mut().filter(|s| s.start >= open && s.start < close) {
            s.kind = SectionKind::Prior;
        }
    }
    // "Addendum 1: mogelijk een nodulus. Addendum 2: CT verricht, geen nodus." The later
    // revision speaks last.
    // A conclusion after a revision is that revision's conclusion ("Aanvulling na vergelijking met
    // de CT: ... Conclusie: geen nodus.").
    for s in out.iter_mut().filter(|s| matches!(s.kind, SectionKind::Revision | SectionKind::Conclusion)) {
        let n = bounds.iter().filter(|b| b.2 == SectionKind::Revision && b.1 <= s.start).count();
        if s.kind == SectionKind::Revision || n > 0 {
            s.revision = u8::try_from(n.max(1)).unwrap_or(u8::MAX);
        }
    }
    // A preliminary reading ("VB laborant: geen ptx") speaks as findings, below the rest.
    for s in out.iter_mut().filter(|s| s.kind == SectionKind::Preliminary) {
        s.kind = SectionKind::Findings;
        s.preliminary = true;
    }
    // A report that opens with a bare question line ("Pneumonie?", "Ter uitsluiting
    // longmetastasen") before anything else: that line is the clinical question.
    if let Some(first) = out.first().copied() {
        let line_end_at = |start: usize| folded[start..].find('\n').map_or(folded.len(), |i| start + i);
        // The question line may follow an examination title ("X-thorax/X-LWK\nKoorts. Pneumonie?").
        let title_end = line_end_at(first.start);
        let q_start = match out.iter().find(|s| s.start > title_end) {
            Some(next) if is_title(lex, &folded[first.start..title_end]) => next.start,
            _ => first.start,
        };
        let line_end = line_end_at(q_start);
        let first_line = folded[q_start..line_end].trim_end();
        let more_follows = out.iter().any(|s| s.start >= line_end);
        let opened = |t: &str| lex.question_openers.iter().any(|o| t.starts_with(o.as_str()));
        // A marker counts in the line's first or last sentence ("Pneumonie LOK. Controle na 6
        // weken."), not in one between findings ("Hydropneumothorax links, nieuw. Status na
        // pleurapunctie gisteren. Onderliggende LOK dystelectatisch.\n..."), nor in one that
        // advises it ("DD tumor. Controle na antibiotische behandeling aangewezen.").
        let marked = || {
            let mut line = out.iter().filter(|s| s.start >= q_start && s.start < line_end);
            let (first, last) = (line.next(), line.next_back());
            [first, last].into_iter().flatten().any(|s| {
                let t = &folded[s.start..s.end.min(line_end)];
                lex.question_markers.in_text(t) && !lex.advice_words.in_text(t)
            })
        };
        let opener = || opened(first_line) || marked();
        // A question mark may be followed by a note in brackets ("PNO of longembool? (D-dimeren
        // verhoogd)"), or open the line ("?pneumothorax re na CVC-plaatsing").
        let asks = |t: &str| t.starts_with('?') || t.ends_with('?') || (t.ends_with(')') && t.rfind('(').is_some_and(|i| t[..i].trim_end().ends_with('?')));
        // No header may come before the question line's end, except an examination title used
        // as one ("X-thorax\n\nPneumothorax?\n\n...").
        let no_header = bounds.iter().take_while(|b| b.0 < line_end).all(|b| b.1 <= q_start && is_title(lex, &folded[b.0..b.1]));
        // A report of one line may still open with the purpose of the film ("X-thorax tbv
        // preoperatief onderzoek (wigresectie nodus). Longvelden schoon."): then only its first
        // sentence is the question, when a marker opens it and no colon or question mark makes it
        // a field or a telegram-style hedge ("Controle na biopsie: geen PTX", "Nodus? RBK.").
        let one_line_question = (!more_follows)
            .then(|| {
                let mut in_line = (0..out.len()).filter(|&k| out[k].start >= q_start && out[k].start < line_end);
                let first = in_line.next()?;
                in_line.next()?;
                let first_sentence = folded[out[first].start..out[first].end].trim_end();
                // A question label may open the sentence's last clause instead ("Thorax staand op
                // verzoek van de huisarts, vraag klaplong.").
                let last_clause = first_sentence.rsplit_once(',').map(|(_, c)| c.trim_start());
                let asks_last = || {
                    last_clause.is_some_and(|c| lex.question_labels.iter().any(|l| c.starts_with(l.as_str()) && c[l.len()..].starts_with(' ')))
                };
                // Or a label that names the question after the film ("Thoraxfoto bij klinische
                // vraag pneumonie.").
                let asks_within = || {
                    // (Most first sentences hold no "bij" at all: one pass over the words first.)
                    first_sentence.split([' ']).any(|w| w == "bij")
                        && lex.question_labels.iter().any(|l| {
                            l.starts_with("bij ")
                                && first_sentence
                                    .match_indices(l.as_str())
                                    .any(|(i, _)| first_sentence[..i].ends_with(' ') && first_sentence[i + l.len()..].starts_with(' '))
                        })
                };
                (first_sentence.ends_with('.')
                    && !first_sentence.contains([':', '?'])
                    && !reports_state(lex, first_sentence)
                    && (opened(first_sentence)
                        || lex.question_markers.opens(first_sentence, 3)
                        || asks_last()
                        || asks_within()))
                .then_some(first)
            })
            .flatten();
        if let Some(first) = one_line_question.filter(|_| no_header) {
            out[first].kind = SectionKind::Question;
        } else if no_header && more_follows && (asks(first_line) || opener()) {
            // A line opened by "Controle na ..." that goes on to answer ("Controle na plaatsing
            // van de katheter. Geen pneumothorax zichtbaar.") asks only in its first sentence, in
            // any sentence that ends with a question mark and in any that a question opener opens
            // ("Steekwonde thorax links? Uitsluiten ptx.").
            let asks_all = asks(first_line);
            // A first sentence that answers after a colon ("Controle na verwijderen thoraxdrain
            // links: geen pneumothorax.") is a field, not a question.
            let answers = |t: &str| t.split_once(':').is_some_and(|(_, a)| !a.trim().is_empty() && !a.trim_end().ends_with('?')) || reports_state(lex, t);
            for (k, s) in out.iter_mut().filter(|s| s.start >= q_start && s.start < line_end).enumerate() {
                let sentence = folded[s.start..s.end].trim_end();
                if asks_all || asks(sentence) || ((k == 0 || opened(sentence)) && !answers(sentence)) {
                    s.kind = SectionKind::Question;
                }
            }
        } else if first.kind == SectionKind::Findings && bounds.first().is_some_and(|b| b.0 >= first.end) {
            // Or, before the first header, with a short question sentence that shares its line
            // ("Klaplong? Pijn na acupunctuur.\nVerslag: ..."). Without a header to follow,
            // "Nodus? RBK." is a telegram-style hedge, not a question.
            let text = folded[first.start..first.end].trim_end();
            if text.ends_with('?') && text.split_whitespace().count() <= 4 {
                out[0].kind = SectionKind::Question;
            }
        }
        // A bare question line after a first line of clinical context ("Afd. chirurgie, koorts
        // dag 4 postop.\nPneumonie?\nDystelectase basaal ..."), before any header.
        let next_start = line_end + 1;
        let next_end = if next_start < folded.len() { line_end_at(next_start) } else { folded.len() };
        let next_line = folded.get(next_start..next_end).unwrap_or("").trim();
        if bare_question(next_line)
            && bounds.iter().all(|b| b.0 >= next_end)
            && out.iter().any(|s| s.start >= next_end)
        {
            for s in out.iter_mut().filter(|s| s.start >= next_start && s.start < next_end) {
                s.kind = SectionKind::Question;
            }
        }
    }
    // A bare question taken as the clinical question that the next sentence answers with a bare
    // word ("Klaplong?\nNee, longtekening tot in de periferie"): it asks within the report, and
    // the answer decides.
    for k in 1..out.len() {
        let (q, next) = (out[k - 1], out[k]);
        let asked = folded[q.start..q.end].trim_end();
        let reply = folded[next.start..next.end].trim_start();
        // A bare answer word with its own punctuation, not a statement that opens with one
        // ("Geen afwijkingen."). After an answer label ("Antwoord: nee.") the question may be
        // longer ("Vraag: ptx na val van ladder?").
        if q.kind != SectionKind::Question || !next.kind.asserts() || !asked.ends_with('?') {
            continue;
        }
        let (label, answer) = bare_answer(lex, reply);
        let short = |q: &Sentence| label > 0 || folded[q.start..q.end].split_whitespace().count() <= 3;
        // The answer may open the findings or the conclusion under its own header ("Vraagstelling:
        // Pneumothorax?\n\nVerslag: Niet aangetoond.").
        let apart = |from: usize| {
            bounds.iter().any(|b| b.0 >= from && b.1 <= next.start && !matches!(b.2, SectionKind::Findings | SectionKind::Conclusion))
        };
        if short(&q) && answer.is_some() && !apart(q.end) {
            out[k - 1].kind = next.kind;
            // A run of bare questions before it ("Pneumonie? Tumor?\nGeen aanwijzingen
            // hiervoor.") is answered together.
            for j in (0..k - 1).rev() {
                let p = out[j];
                if p.kind != SectionKind::Question || !folded[p.start..p.end].trim_end().ends_with('?') || !short(&p) || apart(p.end) {
                    break;
                }
                out[j].kind = next.kind;
            }
        }
    }
    // A numbered question ("1. Pneumonie?", "V1: PTX?") that a later numbered answer answers
    // with a bare word ("Ad 1: nee", "A1: neen") asks within the report, like the bare question
    // above; one answered in a statement ("Ad 1: geen PTX.") stays the question.
    for k in 0..out.len() {
        if out[k].kind == SectionKind::Question
            && let Some(a) = numbered_answer(lex, folded, &out, k)
            && bare_answer(lex, folded[out[a].start..out[a].end].trim_start()).1.is_some()
        {
            out[k].kind = out[a].kind;
        }
    }
    double_reading(lex, folded, &quotes, &mut out);
    out
}

/// Double reading: a second reader taking up another reading, sentence by sentence. A short
/// agreement ("Eens.", "Akkoord met voorlopig verslag.") right after a quoted report adopts the
/// quote: its sentences assert, with the agreement's section and revision. A denial ("Kan ik
/// niet bevestigen: ...", "Niet eens: ...") right after a sentence that reports another reading
/// ("Eerste lezer beschrijft een kleine PTX rechts.", "Eerste lezer: pneumothorax rechts.", or
/// a quote) makes that sentence no assertion and marks it `denied_by` the denial.
fn double_reading(lex: &Lexicon, folded: &str, quotes: &[(usize, usize)], out: &mut [Sentence]) {
    let quote_of = |s: &Sentence| quotes.iter().copied().find(|&(open, close)| s.start >= open && s.start < close);
    for k in 1..out.len() {
        // The sentence before, passing over what is left of a quote's sentence (its "." after
        // the closing quote).
        let Some(j) = (0..k).rev().find(|&j| folded[out[j].start..out[j].end].contains(char::is_alphanumeric)) else { continue };
        let (prev, s) = (out[j], out[k]);
        if !s.kind.asserts() {
            continue;
        }
        let body = &folded[s.start..s.end];
        let quoted = (prev.kind == SectionKind::Prior).then(|| quote_of(&prev)).flatten();
        if lex.denials.opening(body).is_some() {
            // The reading is named in the sentence, or in the header that opens its line when
            // it is the line's first sentence ("Eerste lezer: pneumothorax rechts.").
            let line_start = folded[..prev.start].rfind('\n').map_or(0, |i| i + 1);
            let first_on_line = j == 0 || out[j - 1].start < line_start;
            let names_reading = |t: &str| lex.reported_readings.opening(t).is_some();
            let reported = prev.kind.asserts()
                && (names_reading(&folded[prev.start..prev.end]) || (first_on_line && names_reading(&folded[line_start..prev.start])));
            // A denied normal statement ("Eerste lezer: normale thoraxfoto. Tweede lezer: niet
            // akkoord, nodus LBK. Verder eens.") still speaks for what the second reader leaves.
            let names_finding = || {
                let mut named = Vec::new();
                find_mentions(lex, &folded[prev.start..prev.end], prev.start, j, &mut named);
                !named.is_empty()
            };
            if (reported || quoted.is_some()) && names_finding() {
                out[j].kind = SectionKind::Prior;
                out[j].denied_by = Some(k);
            }
        } else if (quoted.is_some() || (s.kind == SectionKind::Revision && prev.revision < s.revision))
            && lex.agreements.opening(body).is_some()
            && body.split([',', ';']).next().unwrap_or("").split_whitespace().count() <= lex.agreement_words
            && !lex.agreement_exceptions.in_text(body)
        {
            // After a quote, or opening a revision ("Tweede lezer: Eens. Geen andere
            // afwijkingen."): the revision adopts the reading before it, which then speaks with
            // the revision's rank.
            let mut named = Vec::new();
            find_mentions(lex, body, s.start, k, &mut named);
            if !named.is_empty() {
                continue;
            }
            if let Some((open, close)) = quoted {
                for q in out[..k].iter_mut().filter(|q| q.start >= open && q.start < close) {
                    q.kind = s.kind;
                    q.revision = s.revision;
                }
            } else {
                for q in out[..k].iter_mut().filter(|q| q.kind.asserts() && q.revision == prev.revision) {
                    q.revision = s.revision;
                }
            }
        }
    }
}

/// The first rule-out hedge (`reopeners`) after `from` in a sentence, when no finding mention
/// starts between `from` and its end.
fn reopened(lex: &Lexicon, body: &str, from: usize, mentions: impl Iterator<Item = usize> + Clone) -> Option<(usize, usize)> {
    // One scan for all of them first: nearly every negation has none after it.
    if !lex.reopener_scan.as_ref().is_some_and(|r| r.is_match(&body[from..])) {
        return None;
    }
    lex.reopeners
        .iter()
        .filter_map(|p| body[from..].find(p.as_str()).map(|i| (from + i, from + i + p.len())))
        .filter(|&(a, b)| word_bounded(body, a, b, false))
        .min()
        .filter(|&(_, b)| !mentions.clone().any(|m| m > from && m < b))
}

/// An examination title on a line of its own: a few words, no sentence or field punctuation, one of
/// them naming the examination ("X-thorax/X-LWK", "Thorax PA liggend").
fn is_title(lex: &Lexicon, line: &str) -> bool {
    let line = line.trim();
    // A note in brackets ("thorax pa/lat (longafd.)") may hold an abbreviation's full stop.
    let outside: String = line.split('(').map(|part| part.split_once(')').map_or(part, |(_, after)| after)).collect();
    !outside.contains(['.', '?', ':', ','])
        && line.split_whitespace().count() <= 6
        && line.split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| lex.title_words.iter().any(|t| t == w))
}

/// Quoted passages that close on the same line, opening right after a colon (at least three
/// words: an earlier report) or after a retraction word (text taken back): (opening quote,
/// closing quote). An apostrophe inside a word ("foto's") neither opens nor
/// closes one.
fn quoted_passages(lex: &Lexicon, folded: &str) -> Vec<(usize, usize)> {
    let is_quote = |c: char| matches!(c, '\'' | '"' | '\u{201c}' | '\u{201d}' | '\u{201e}');
    // A byte scan first (the curly quotes start with 0xE2): most reports quote nothing.
    if !folded.bytes().any(|b| matches!(b, b'\'' | b'"' | 0xE2)) || !folded.contains(is_quote) {
        return Vec::new();
    }
    // Where a quote may open, and how many words it needs: after a colon an earlier report
    // (three words or more), after a retraction word ("i.p.v. 'een infiltraat'") any text.
    let mut openers: Vec<(usize, usize)> = folded.match_indices(':').map(|(i, _)| (i + 1, 3)).collect();
    for w in &lex.retraction_words {
        for (i, _) in folded.match_indices(w.as_str()) {
            let end = i + w.len();
            if !folded[..i].ends_with(is_word_char) && !folded[end..].starts_with(is_word_char) {
                openers.push((end, 1));
            }
        }
    }
    openers.sort_unstable();
    let mut out = Vec::new();
    let mut rest = 0;
    for (at, min_words) in openers {
        if at < rest {
            continue;
        }
        let after = folded[at..].trim_start_matches(' ');
        let open = folded.len() - after.len();
        if !after.starts_with(is_quote) {
            continue;
        }
        let line = &folded[open..folded[open..].find('\n').map_or(folded.len(), |i| open + i)];
        let mut prev = ' ';
        let close = line.char_indices().skip(1).find(|&(i, c)| {
            let closes = is_quote(c) && !prev.is_whitespace() && !line[i + c.len_utf8()..].starts_with(|n: char| n.is_alphanumeric());
            prev = c;
            closes
        });
        if let Some((i, _)) = close
            && line[..i].split_whitespace().count() >= min_words {
                out.push((open, open + i));
                rest = open + i;
            }
    }
    out
}

/// A normal statement that runs on into a narrower one ("longvelden vrij van infiltraten").
fn continued_normal(lex: &Lexicon, body: &str, end: usize) -> bool {
    let word_start = body[..end].rfind(|c: char| !is_word_char(c)).map_or(0, |i| i + 1);
    let next = body[end..].trim_start();
    let next_word = &next[..next.find(|c: char| !is_word_char(c)).unwrap_or(next.len())];
    !next_word.is_empty()
        && lex.normal_continuations.iter().any(|(a, b)| a == &body[word_start..end] && b == next_word)
}

/// A normal statement right after words that deny it ("Niet geheel normale thoraxfoto"), with
/// nothing but spaces between.
fn denied_normal(lex: &Lexicon, body: &str, start: usize) -> bool {
    let before = &body[..start];
    before.trim_end().ends_with(char::is_alphanumeric) && lex.normal_negations.closes(before)
}

/// A line that is only a short question ("Pneumonie?", "PTX?"), not a field answered with one
/// ("Infiltr. RMK: ?").
fn bare_question(line: &str) -> bool {
    line.ends_with('?') && !line.contains(':') && line.split_whitespace().count() <= 3
}

/// End of a question section's text. Inline ("Vraag: pneumonie? -> ..."): at "->" or the line
/// end. On its own lines ("Klinische gegevens:\n..."): at the first blank line.
fn question_end(lex: &Lexicon, text: &str, folded: &str, start: usize, end: usize) -> usize {
    let body = &folded[start..end];
    let mut line_end = body.find('\n').unwrap_or(body.len());
    // A line that an export wrapped goes on on the next ("Klinische gegevens: 6 weken na
    // wigresectie LOK wegens solitaire\nmetastase, follow-up."); a dictated "nieuwe regel" is
    // no wrap.
    if !body[..line_end].trim().is_empty() {
        let mut line_start = folded[..start].rfind('\n').map_or(0, |i| i + 1);
        let typed = |at: usize| text.len() == folded.len() && text.as_bytes()[at] == b'\n';
        while line_end < body.len() && typed(start + line_end) && soft_wrap(lex, text, folded, line_start, start + line_end, end) {
            line_start = start + line_end + 1;
            line_end = body[line_end + 1..].find('\n').map_or(body.len(), |i| line_end + 1 + i);
        }
    }
    if !body[..line_end].trim().is_empty() {
        let first = |pat: &str| body[..line_end].find(pat);
        let stop = first("->").unwrap_or(line_end);
        // A one-line report that starts with its question ("Klinische gegevens: keuring. Hart en
        // longen normaal.") cannot be all question: it ends after its last question mark, or
        // else after its first sentence.
        if stop == line_end && start + line_end == folded.len() {
            let line = &body[..line_end];
            let cut = match line.rfind('?') {
                Some(q) => Some(q + 1),
                None => line.find(". ").map(|d| d + 1),
            };
            if let Some(cut) = cut.filter(|&c| !line[c..].trim().is_empty()) {
                return start + cut;
            }
        }
        // Bare question lines right under it belong to it ("Klinische gegevens: koorts,
        // urosepsis?\npneumonie?\nVerslag: ...").
        let mut stop = stop;
        if stop == line_end {
            for line in body[line_end..].split_inclusive('\n').skip(1) {
                if !bare_question(line.trim()) {
                    break;
                }
                stop += 1 + line.trim_end_matches('\n').len();
            }
        }
        return start + stop;
    }
    let mut offset = line_end;
    for line in body[line_end..].split_inclusive('\n').skip(1) {
        if line.trim().is_empty() {
            return start + offset;
        }
        offset += line.len();
    }
    end
}

fn split_sentences(lex: &Lexicon, text: &str, folded: &str, start: usize, end: usize, kind: SectionKind, out: &mut Vec<Sentence>) {
    let bytes = folded.as_bytes();
    let mut s = start;
    let push = |a: usize, b: usize, out: &mut Vec<Sentence>| {
        let piece = &folded[a..b];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if a + lead < b - trail {
            out.push(Sentence { start: a + lead, end: b - trail, kind, revision: 0, denied_by: None, preliminary: false });
        }
    };
    let mut i = start;
    let mut line_start = start;
    while i < end {
        let c = bytes[i];
        let boundary = match c {
            b'\n' => {
                let wrapped = soft_wrap(lex, text, folded, line_start, i, end);
                line_start = i + 1;
                !wrapped
            }
            b';' | b'!' => true,
            // "Infiltraat?" ends a sentence; a '?' before its word ("? PTX li", "(?infiltraat")
            // does not.
            // One that closes an aside between two alternatives doubts the aside ("DD botbeeld
            // (callus oude fractuur?) of nodus"): the sentence goes on.
            b'?' => {
                // So does one that closes a bracket before the sentence's cue ("een kleine PTX
                // links (deep sulcus?) niet uit te sluiten").
                let between_alternatives = folded[i + 1..end].strip_prefix(')').is_some_and(|r| {
                    r.starts_with(" of ") || r.starts_with(" dan wel ") || r.strip_prefix(' ').is_some_and(|t| opening_cue(lex, t).is_some())
                });
                let glued_before_word = folded[i + 1..end].starts_with(char::is_alphabetic);
                i > start && !bytes[i - 1].is_ascii_whitespace() && !between_alternatives && !glued_before_word
            }
            b'.' => {
                let next_is_space = i + 1 >= end || bytes[i + 1].is_ascii_whitespace();
                // A full stop typed without its space ("aantoonbaar.Bekende massa") still ends a
                // sentence before a capitalised word, after a word of two or more letters.
                let unspaced = !next_is_space
                    && i + 1 < end
                    && last_word(&folded[s..i]).chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && capitalised_word_at(text, folded, i + 1);
                (next_is_space || unspaced)
                    && (!is_abbreviation(lex, &folded[s..i]) || capital_after(lex, text, folded, s, i) || side_stop(lex, text, folded, s, i))
                    && !numbered_differential(lex, folded, s, i)
            }
            _ => false,
        };
        if boundary {
            let cut = if c == b'\n' { i } else { i + 1 };
            push(s, cut, out);
            s = i + 1;
        } else if let Some(len) = dictated_stop(lex, folded, start, i, end) {
            push(s, i + len, out);
            s = i + len;
            i += len;
            continue;
        }
        i += 1;
    }
    push(s, end, out);
}

/// A follow-up line that says how the finding is now, after a comma ("Follow-up gekende noduli
/// beiderzijds, ongewijzigd t.o.v. 6 maanden geleden."): it reports, it does not ask.
fn reports_state(lex: &Lexicon, sentence: &str) -> bool {
    sentence.split(',').skip(1).any(|clause| lex.known_lesions.opens(clause, 1))
}

/// Whether the text after a cue opens with a date or a time rather than an item number: "14-02",
/// "01/2025", "1e postoperatieve dag", "3 dagen eerder" (`time_words`), but not "1." or "2)".
fn dated(lex: &Lexicon, after: &str) -> bool {
    let mut words = after.trim_start_matches([' ', ':']).split_whitespace();
    let token = words.next().unwrap_or("");
    let rest = token.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.len() == token.len() {
        return false;
    }
    if rest.is_empty() {
        return words.next().is_some_and(|w| lex.time_words.contains(w.trim_end_matches(|c: char| c.is_ascii_punctuation())));
    }
    !rest.chars().all(|c| matches!(c, '.' | ')' | ':' | ','))
}

/// The full stop of an item number in a numbered differential ("DD: 1. beginnend infiltraat 2.
/// dystelectase 3. superpositie"): the list is one sentence, so its label doubts every item.
fn numbered_differential(lex: &Lexicon, folded: &str, s: usize, dot: usize) -> bool {
    let before = &folded[s..dot];
    let number = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (1..=2).contains(&number)
        && before[..before.len() - number].ends_with([' ', ':', '\t'])
        && !folded[dot + 1..].starts_with(['\n', '\r'])
        && {
            let sentence = before.trim_start();
            lex.differentials.iter().any(|d| sentence.strip_prefix(d.as_str()).is_some_and(|rest| rest.starts_with([' ', ':'])))
        }
}

/// A line break inside a sentence, as an export or an HL7 feed wraps long lines ("GEEN
/// AANWIJZINGEN VOOR\nPNEUMONIE"): the line is long, ends in a word or a comma, and the next line
/// goes on with a word. Short lines (headers, template fields, list items) keep their break.
fn soft_wrap(lex: &Lexicon, text: &str, folded: &str, line_start: usize, newline: usize, end: usize) -> bool {
    let line = folded[line_start..newline].trim_end();
    // A dictated question line without its colon ("klinische gegevens hoesten sinds twee maanden
    // roker") ends at its line break, whatever its length.
    if !line.contains(':') && lex.question_openers.iter().any(|o| line.strip_prefix(o.as_str()).is_some_and(|r| r.starts_with(' '))) {
        return false;
    }
    let rest = &folded[newline + 1..end];
    let next = rest.trim_start_matches(' ');
    // A continuation line indented under its field ("Longen:   geen rondhaarden, geen\n
    //           infiltratieve afwijkingen") is wrapped whatever the line's length.
    let indented = rest.len() - next.len() >= 2;
    // A template row ("PTX            (−)") has a column gap: it starts a line of its own.
    let next_line = next.split('\n').next().unwrap_or("");
    let row = next_line.contains("   ") || next_line.contains('\t');
    // The line as the report has it: an export's break escape ("\.br\") made into a line break
    // above may have cut a long physical line short.
    let physical = if text.len() == folded.len() { newline - text[..newline].rfind('\n').map_or(line_start, |i| i + 1).min(newline) } else { 0 };
    if row || !line.ends_with(|c: char| c.is_alphanumeric() || c == ',') || !next.starts_with(char::is_alphanumeric) {
        return false;
    }
    // Dictated without punctuation, a line is a statement of its own whatever its length, unless
    // it ends where no statement can ("sinussen vrij geen\npneumothorax").
    if unpunctuated(folded) {
        return line.ends_with(',') || lex.open_line_ends.contains(last_word(line));
    }
    // So does a short line in a punctuated report ("GEEN NODULI, GEEN INFILTRATEN, GEEN\n
    // PNEUMOTHORAX."), but not a template row whose value is that word ("PTX: geen\nInfiltraat:
    // ?").
    let value = line.rsplit(':').next().unwrap_or(line);
    let field_next = next_line.split_whitespace().take(3).any(|w| w.ends_with(':'));
    if lex.open_line_ends.contains(last_word(line)) && value.split_whitespace().nth(1).is_some() && !field_next {
        return true;
    }
    (line.len() >= 40 || physical >= 40 || indented) && !capitalised_word_at(text, folded, end - next.len())
}

/// A report dictated without punctuation: two or more lines, none ending with '.' or '!' (a
/// question line may end with its '?': "Vraag pneumonie?"). Its lines are statements, not a
/// wrapped sentence.
fn unpunctuated(folded: &str) -> bool {
    let mut lines = folded.lines().map(str::trim_end).filter(|l| !l.is_empty());
    lines.clone().nth(1).is_some() && lines.all(|l| !l.ends_with(['.', '!']))
}

/// Whether the original text has a capitalised word (a capital, then a lower-case letter) at
/// this folded offset: in mixed-case text it starts a sentence ("...drain links\nPneumothorax
/// links niet meer aantoonbaar"); a wrapped line goes on in lower case, and all-caps text never
/// has one.
fn capitalised_word_at(text: &str, folded: &str, at: usize) -> bool {
    // fold keeps one char per char, but not always one byte per byte ("ẞ" folds to a shorter
    // "ß", "Ⱥ" to a longer "ⱥ"): only in ASCII text is a folded byte offset an offset in `text`.
    let original = if text.is_ascii() && folded.len() == text.len() { &text[at..] } else { text.char_indices().nth(folded[..at].chars().count()).map_or("", |(i, _)| &text[i..]) };
    let mut chars = original.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// A dictated full stop ("geen pneumothorax punt longvelden helder"): a whole word from
/// `dictated_stops` at byte `i`, unless an article or pronoun comes before it ("de punt van de
/// CVC"). Returns its length.
fn dictated_stop(lex: &Lexicon, folded: &str, start: usize, i: usize, end: usize) -> Option<usize> {
    if i == start || !folded.as_bytes()[i - 1].is_ascii_whitespace() {
        return None;
    }
    let rest = &folded[i..end];
    let word = lex.dictated_stops.iter().find(|w| {
        rest.starts_with(w.as_str()) && !rest[w.len()..].chars().next().is_some_and(|c| c.is_alphanumeric() || c == '-')
    })?;
    let before = folded[start..i].split_whitespace().next_back()?;
    (!lex.dictated_stop_not_after.contains(before)).then_some(word.len())
}

/// After an abbreviation's '.', a capital in the original text starts a new sentence ("bekend
/// longca re. Massa RBK"), except after a title ("dr. Visser").
fn capital_after(lex: &Lexicon, text: &str, folded: &str, s: usize, dot: usize) -> bool {
    if lex.name_titles.contains(last_word(&folded[s..dot])) {
        return false;
    }
    let rest = &folded[dot + 1..];
    let Some(next) = rest.find(|c: char| !c.is_whitespace()).map(|k| dot + 1 + k) else { return false };
    // An acronym ("infiltr. LOK", "ca. PTX") starts no sentence: a capital counts only before a
    // word with a lower-case letter. A question mark may lead it ("drain li. ?Restpneumothorax").
    let next = if folded[next..].starts_with('?') { next + 1 } else { next };
    capitalised_word_at(text, folded, next)
}

/// A side abbreviation's full stop that ends its sentence although no capitalised word follows:
/// in a report typed all in lower case or all in capitals, where no capital can tell ("geen ptx
/// li. longvelden helder"), unless a place follows ("re. apicaal"); in mixed case, before a
/// finding's acronym.
fn side_stop(lex: &Lexicon, text: &str, folded: &str, s: usize, dot: usize) -> bool {
    if !lex.is_side(last_word(&folded[s..dot])) {
        return false;
    }
    // In mixed-case text, a finding's acronym after the side's stop starts a sentence too
    // ("Controle na pleurapunctie li. PTX neg."). A report typed all in capitals tells no more
    // than one all in lower case ("COR NL. LI NL. RE GEEN AFW.").
    if text.chars().any(char::is_uppercase) && text.chars().any(char::is_lowercase) {
        return acronym_term_at(lex, text, folded, dot + 1);
    }
    let next = folded[dot + 1..].split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
    !next.is_empty()
        && !lex.places.contains(next)
        && !lex.remaining_details.contains(next)
        && !next.chars().all(|c| c.is_ascii_digit())
}

/// Whether the first word at or after `at` is written in capitals in the original text and is
/// a whole finding term ("PTX").
fn acronym_term_at(lex: &Lexicon, text: &str, folded: &str, at: usize) -> bool {
    let rest = &folded[at..];
    let start = at + (rest.len() - rest.trim_start().len());
    let word = folded[start..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if word.len() < 2 || text.len() != folded.len() || !text[start..start + word.len()].chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    lex.term_scan.find(word).is_some_and(|m| m.start() == 0 && m.end() == word.len())
}

/// The first side word of `text` that names one side (left or right), if any.
fn one_side_named(lex: &Lexicon, text: &str) -> Option<Laterality> {
    text.split(|c: char| !c.is_alphanumeric())
        .find_map(|w| lex.side_of.get(w).copied().filter(|l| matches!(l, Laterality::Left | Laterality::Right)))
}

/// The word a '.' follows.
fn last_word(before: &str) -> &str {
    before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("")
}

fn is_abbreviation(lex: &Lexicon, before: &str) -> bool {
    let word = last_word(before);
    word.len() <= 1 && word.chars().all(|c| c.is_alphabetic()) && !word.is_empty() || lex.abbreviations.contains(word)
}

fn find_mentions(lex: &Lexicon, body: &str, offset: usize, sentence: usize, out: &mut Vec<Mention>) {
    let before = out.len();
    let not_terms: Vec<(usize, usize)> =
        lex.not_term_scan.as_ref().map(|r| r.find_iter(body).map(|m| (m.start(), m.end())).collect()).unwrap_or_default();
    for m in lex.term_scan.find_iter(body) {
        if not_terms.iter().any(|&(a, b)| a <= m.start() && m.start() < b) {
            continue;
        }
        // Terms end in a letter or digit (lint), so a trailing non-word char is the boundary.
        let end = trim_boundary(|_| false, body, m.start(), m.end());
        let idx = m.pattern();
        if !term_bounded(body, m.start(), end, lex.term_short[idx]) {
            continue;
        }
        // A pattern that opens with a cue ("mogelijk aspiratie": the word names the finding only
        // when hedged) names the finding after it, so the cue qualifies it like any other.
        let start = match lex.trigger_start.find(&body[m.start()..end]) {
            Some(cue) if word_bounded(body, m.start(), m.start() + cue.end(), true) && m.start() + cue.end() < end => {
                let rest = &body[m.start() + cue.end()..end];
                m.start() + cue.end() + (rest.len() - rest.trim_start().len())
            }
            _ => m.start(),
        };
        out.push(Mention { finding: lex.term_finding[idx], weak: lex.term_weak[idx], diagnosis: lex.term_diagnosis[idx], cued: start > m.start(), start: offset + start, end: offset + end, sentence });
    }
    // Fuzzy pass: long words that no pattern matched, compared to the fuzzy list (typos,
    // hyphenation: "pneumothoraks", "consoldatie", "pneumo-thorax").
    // Not a word a pattern matched, nor one inside a phrase that names something else
    // ("infiltratie van de schouder").
    let exact: Vec<(usize, usize)> = out[before..].iter().map(|m| (m.start - offset, m.end - offset)).chain(not_terms.iter().copied()).collect();
    for word in body.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        // Offsets from the slice itself: a separator may be more than one byte ("•").
        let ws = word.as_ptr() as usize - body.as_ptr() as usize;
        let we = ws + word.len();
        // Typed lengths that can match: one short of a 5-7 letter word, or 7+ letters.
        if word.len() < 4 {
            continue;
        }
        let first = word.chars().next().unwrap_or(' ');
        if !lex.fuzzy_reach.reaches(first, word.chars().filter(|&c| c != '-').count()) || exact.iter().any(|&(a, b)| a < we && ws < b) {
            continue;
        }
        let chars: Vec<char> = word.chars().filter(|&c| c != '-').collect();
        if let Some(fw) = lex.fuzzy.iter().find(|fw| misspells(&chars, &fw.spelling)) {
            out.push(Mention { finding: fw.finding, weak: false, diagnosis: false, cued: false, start: offset + ws, end: offset + we, sentence });
        }
    }
    // Compounds that speech recognition splits in two ("klap long", "pneumo thorax"): the two
    // words joined must be a fuzzy word exactly.
    // (A char set, not ' ': the words are short, and memchr's set-up per word costs more.)
    let mut words = body.split([' ']).scan(0, |pos, w| {
        let start = *pos;
        *pos += w.len() + 1;
        Some((start, w))
    });
    let Some(mut prev) = words.next() else { return };
    for (b, word) in words {
        let (a, first) = std::mem::replace(&mut prev, (b, word));
        if first.len() < 3 || word.len() < 3 {
            continue;
        }
        let second = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let len = first.len() + second.len();
        let initial = first.chars().next().unwrap_or(' ');
        let candidate = |fw: &crate::text::lexicon::FuzzyWord| fw.spelling.word[0] == initial && fw.spelling.word.len().abs_diff(len) <= 1;
        if first.len() < 3 || second.len() < 3 || !lex.compound_reach.reaches(initial, len) {
            continue;
        }
        // Exactly, or for long words also with one typo ("pneumo torax").
        let typed: Vec<char> = first.chars().chain(second.chars()).collect();
        let close = |fw: &&crate::text::lexicon::FuzzyWord| {
            candidate(fw) && (fw.spelling.word == typed || (len >= 9 && !fw.spelling.deletion_only && osa_distance(&typed, &fw.spelling.word, 1) <= 1))
        };
        if let Some(fw) = lex.fuzzy.iter().find(close) {
            out.push(Mention { finding: fw.finding, weak: false, diagnosis: false, cued: false, start: offset + a, end: offset + b + second.len(), sentence });
        }
    }
}

/// Is `typed` the spelling's word, or a misspelling of it within its reach? Typed words of 6
/// letters or fewer are too close to real words for any edit but a left-out inner letter
/// ("nodlus").
fn misspells(typed: &[char], s: &Spelling) -> bool {
    typed.len().abs_diff(s.word.len()) <= s.max_distance
        && typed.first() == s.word.first()
        && (inner_deletion(typed, &s.word)
            || (!s.deletion_only && typed.len() >= 7 && osa_distance(typed, &s.word, s.max_distance) <= s.max_distance))
}

/// The sentence with misspelled words of normal statements (`normal_typo_words`) spelled right
/// ("Longvelen helder", "geen afwijknigen"), and for each byte of it, and one past its end, the
/// byte of `body` it stands for. None when no word needed it, which is almost always.
fn respelled_normal_words(lex: &Lexicon, body: &str) -> Option<(String, Vec<usize>)> {
    let mut out: Option<(String, Vec<usize>)> = None;
    let mut copied = 0;
    for word in body.split(|c: char| !c.is_alphanumeric()) {
        // Reach counts bytes: a word with other than ASCII letters is no candidate anyway.
        let Some(&first) = word.as_bytes().first() else { continue };
        if word.len() < 5 || !lex.normal_typo_reach.reaches(first as char, word.len()) {
            continue;
        }
        let near = || lex.normal_typos.iter().filter(|s| s.word[0] == first as char && s.word.len().abs_diff(word.len()) <= s.max_distance);
        if near().any(|s| s.word.iter().copied().eq(word.chars())) {
            continue;
        }
        let typed: Vec<char> = word.chars().collect();
        let Some(right) = near().find(|s| misspells(&typed, s)) else { continue };
        let ws = word.as_ptr() as usize - body.as_ptr() as usize;
        let (text, map) = out.get_or_insert_with(|| (String::with_capacity(body.len() + 4), Vec::with_capacity(body.len() + 5)));
        text.push_str(&body[copied..ws]);
        map.extend(copied..ws);
        let at = text.len();
        text.extend(right.word.iter());
        map.extend(std::iter::repeat_n(ws, text.len() - at));
        copied = ws + word.len();
    }
    let (mut text, mut map) = out?;
    text.push_str(&body[copied..]);
    map.extend(copied..=body.len());
    Some((text, map))
}

/// Is `typed` the word with one inner letter left out (first and last letters kept)?
fn inner_deletion(typed: &[char], word: &[char]) -> bool {
    if typed.len() + 1 != word.len() || typed.first() != word.first() || typed.last() != word.last() {
        return false;
    }
    let split = typed.iter().zip(word).take_while(|(a, b)| a == b).count();
    typed[split..] == word[split + 1..]
}

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), with an
/// early exit once every cell of a row exceeds `limit`.
pub fn osa_distance(a: &[char], b: &[char], limit: usize) -> usize {
    let (n, m) = (a.len(), b.len());
    // Cheap bounds first; most words fail them at once. One edit (a transposition touches two
    // letters) leaves all but at most two letters of the longer word in a common prefix and
    // suffix. Any edit changes the letter counts by at most two.
    if limit == 1 {
        let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
        if prefix + suffix + 2 < n.max(m) {
            return limit + 1;
        }
    }
    let mut counts = [0i32; 27];
    let bucket = |c: char| if c.is_ascii_lowercase() { (c as u8 - b'a') as usize } else { 26 };
    a.iter().for_each(|&c| counts[bucket(c)] += 1);
    b.iter().for_each(|&c| counts[bucket(c)] -= 1);
    if counts.iter().map(|c| c.unsigned_abs() as usize).sum::<usize>() > 2 * limit {
        return limit + 1;
    }
    // Three rows on the stack: this runs for many words of every report.
    const MAX: usize = 48;
    if m >= MAX {
        return limit + 1; // no lexicon word is that long (the lint checks)
    }
    let mut prev2 = [0usize; MAX];
    let mut prev = [0usize; MAX];
    for (j, v) in prev.iter_mut().enumerate().take(m + 1) {
        *v = j;
    }
    let mut cur = [0usize; MAX];
    for i in 1..=n {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[m]
}

/// Strict (hyphen-aware) matches of a bounded phrase regex, boundary char trimmed. The search
/// goes on right after each match's own end, not after the boundary char it consumed, and a
/// match rejected for touching a word ("no" in "pno:") does not swallow the text after it
/// (": nee").
fn strict_matches<'a>(re: &'a super::lexicon::Scan, body: &'a str, known: impl Fn(&str) -> bool + 'a) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos <= body.len() {
            let m = re.find_at(body, pos)?;
            let (a, b) = (m.start(), trim_boundary(&known, body, m.start(), m.end()));
            if word_bounded(body, a, b, true) {
                pos = if b > a { b } else { b + body[b..].chars().next().map_or(1, char::len_utf8) };
                return Some((a, b));
            }
            pos = a + body[a..].chars().next().map_or(1, char::len_utf8);
        }
        None
    })
}

/// The joining word between a mention and a mention of another finding right beside it, when
/// it offers them as alternatives ("infiltraat of tumor", "tumor dan wel infiltraat").
fn alternative(lex: &Lexicon, body: &str, others: impl Iterator<Item = (usize, usize)>, mention: (usize, usize)) -> Option<(usize, usize)> {
    others.into_iter().find_map(|(a, b)| {
        let (gap_start, gap_end) = if b <= mention.0 { (b, mention.0) } else if a >= mention.1 { (mention.1, a) } else { return None };
        let gap = &body[gap_start..gap_end];
        let word = gap.trim();
        lex.alternatives.iter().any(|w| w == word).then(|| {
            let at = gap_start + (gap.len() - gap.trim_start().len());
            (at, at + word.len())
        })
    })
}

/// The joining word when a look-alike is offered as the alternative to the mention, at most two
/// words apart ("vaatstructuur of kleine nodus", "nodus dan wel een tepelschaduw", "Nodus RBK of
/// vaatstructuur").
fn lookalike_alternative(lex: &Lexicon, body: &str, mention: (usize, usize)) -> Option<(usize, usize)> {
    let words = |from: usize, to: usize| {
        let part = &body[from..to];
        part.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                let at = from + (w.as_ptr() as usize - part.as_ptr() as usize);
                (w, at, at + w.len())
            })
            .collect::<Vec<_>>()
    };
    // The joining word ("of", or "dan wel" as two words) starting at index i: its span and length in words.
    let join = |ws: &[(&str, usize, usize)], i: usize| -> Option<((usize, usize), usize)> {
        let (w, a, b) = *ws.get(i)?;
        if lex.alternatives.iter().any(|x| x == w) {
            return Some(((a, b), 1));
        }
        let &(next, _, end) = ws.get(i + 1)?;
        // The two words with one space between, compared in place.
        lex.alternatives
            .iter()
            .any(|x| x.len() == w.len() + 1 + next.len() && x.starts_with(w) && x.as_bytes()[w.len()] == b' ' && x.ends_with(next))
            .then_some(((a, end), 2))
    };
    let before = words(words_before(body, mention.0, 6), mention.0);
    for gap in 0..=2 {
        for len in [1, 2] {
            let Some(i) = before.len().checked_sub(gap + len) else { continue };
            if i == 0 {
                continue;
            }
            if let Some((span, _)) = join(&before, i).filter(|&(_, l)| l == len)
                && lex.lookalike_words.contains(before[i - 1].0)
            {
                return Some(span);
            }
        }
    }
    // After the mention, a side may come first ("Nodus RBK of vaatstructuur").
    let after = words(mention.1, words_after(body, mention.1, 7));
    let first = usize::from(after.first().is_some_and(|(w, ..)| lex.is_side(w)));
    let (span, len) = join(&after, first)?;
    after.iter().skip(first + len).take(3).any(|(w, ..)| lex.lookalike_words.contains(*w)).then_some(span)
}

/// Does `text` name the lungs or the chest (`normal_anchors`) other than as the place of an organ
/// it names ("Skelet van de thorax zonder afwijkingen" speaks of the skeleton)?
fn names_lungs(lex: &Lexicon, text: &str) -> bool {
    let mut pos = 0;
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let at = pos;
        pos += w.len() + text[pos + w.len()..].chars().next().map_or(0, char::len_utf8);
        if w.is_empty() || !lex.normal_anchors.in_text(w) {
            return false;
        }
        // The word right before, across "van de" only ("skelet van de thorax"); a comma between
        // makes a list ("mediastinum, longen").
        let prev = text[..at].split_whitespace().rev().find(|t| !matches!(*t, "van" | "de" | "het")).unwrap_or("");
        prev.contains(|c: char| !c.is_alphanumeric()) || !lex.normal_blockers.in_text(prev)
    })
}

/// The status an answer to a question gives ("Nee" absent, "Ja" present), if it is one.
fn answer_status(lex: &Lexicon, answer: &str) -> Option<ReportStatus> {
    if lex.answers_no.iter().any(|a| a == answer) {
        Some(ReportStatus::Absent)
    } else if lex.answers_yes.iter().any(|a| a == answer) {
        Some(ReportStatus::Present)
    } else {
        None
    }
}

/// A bare answer word right after a mention, or after its field's colon, that ends its clause
/// ("pneumothorax geen,", "Infiltraat nee.", "PTX: n"): its status and span in the sentence.
fn postposed_answer(lex: &Lexicon, body: &str, mention_end: usize) -> Option<(ReportStatus, (usize, usize))> {
    let rest = &body[mention_end..];
    let rest = rest.trim_start_matches([' ', '\t']).strip_prefix(':').unwrap_or(rest);
    let word_start = body.len() - rest.trim_start_matches([' ', '\t']).len();
    let word_len = body[word_start..].find(|c: char| !c.is_alphanumeric()).unwrap_or(body.len() - word_start);
    let after = body[word_start + word_len..].trim_start_matches([' ', '\t']);
    let ends = after.is_empty() || after.starts_with(['.', ',', ';', '\n']);
    let word = &body[word_start..word_start + word_len];
    (word_len > 0 && word_start > mention_end && ends).then(|| answer_status(lex, word)).flatten().map(|st| (st, (word_start, word_start + word_len)))
}

/// A numbered question or answer ("V1:", "Vraag 2:", "A1:", "Antwoord 1:", "Ad 2:", or a bare
/// "1." or "2)"): one of `labels` or none, one or two digits, then '.', ')' or ':'. Its number,
/// and where its text starts.
fn numbered<'t>(labels: &[String], sentence: &'t str) -> Option<(&'t str, usize)> {
    let text = sentence.trim_start();
    let rest = labels
        .iter()
        .filter_map(|l| text.strip_prefix(l.as_str()))
        .find(|r| r.starts_with(|c: char| c.is_ascii_digit() || c == ' '))
        .unwrap_or(text)
        .trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = rest[digits..].strip_prefix(['.', ')', ':']).filter(|_| (1..=2).contains(&digits))?;
    Some((&rest[..digits], sentence.len() - after.trim_start().len()))
}

/// The sentence that answers a numbered question ("V2: pneumonie?" ... "A2: neen", "Vraag 1:
/// rondhaard?" ... "1. Neen."): the first later asserting sentence, not itself a question, that
/// opens with the answer of its number; after a number on its own ("1."), the sentence after it.
fn numbered_answer(lex: &Lexicon, folded: &str, sentences: &[Sentence], si: usize) -> Option<usize> {
    let asked = folded[sentences[si].start..sentences[si].end].trim_end();
    if !asked.ends_with('?') {
        return None;
    }
    // A bare item number ("1. Pneumonie?") ends a sentence of its own before the question.
    let bare_number = || {
        let before = &sentences[si.checked_sub(1)?];
        let text = folded[before.start..before.end].trim_end();
        numbered(&lex.question_number_labels, text).filter(|&(_, at)| text[at..].is_empty()).map(|(n, _)| n)
    };
    let number = match numbered(&lex.question_number_labels, asked) {
        Some((n, _)) => n,
        None => bare_number()?,
    };
    (si + 1..sentences.len()).find_map(|k| {
        let body = folded[sentences[k].start..sentences[k].end].trim_end();
        let (_, at) = numbered(&lex.answer_labels, body).filter(|&(n, _)| n == number && sentences[k].kind.asserts() && !body.ends_with('?'))?;
        if body[at..].trim().is_empty() {
            (k + 1 < sentences.len()).then_some(k + 1)
        } else {
            Some(k)
        }
    })
}

/// A reply that is a bare answer ("Nee.", "A: neen", "Ad 1: ja, RUK", "Geen aanwijzingen
/// hiervoor."): the bytes of its answer label (see `answer_label_len`), and the answer's status
/// when its part before the first ',', '.' or ';' is one of `answers_no` or `answers_yes`, a word
/// or a phrase.
fn bare_answer(lex: &Lexicon, reply: &str) -> (usize, Option<ReportStatus>) {
    let label = answer_label_len(lex, reply);
    let answer = reply[label..].split([',', '.', ';']).next().unwrap_or("");
    (label, answer_status(lex, answer))
}

/// Bytes of a leading answer label ("A:", "Antwoord:") and the spaces after it, else 0.
fn answer_label_len(lex: &Lexicon, reply: &str) -> usize {
    if let Some((_, at)) = numbered(&lex.answer_labels, reply) {
        return at;
    }
    match reply.split_once(':') {
        Some((label, rest)) if lex.answer_labels.iter().any(|l| l == label.trim()) => reply.len() - rest.trim_start().len(),
        _ => 0,
    }
}

/// Where a sentence that opens with a question label (`question_labels`: "ter uitsluiting van",
/// "vraag naar", ...) has its colon, when an answer follows the colon.
fn question_label_end(lex: &Lexicon, body: &str) -> Option<usize> {
    let text = body.trim_start();
    let lead = body.len() - text.len();
    let label = lex.question_labels.iter().find(|l| text.starts_with(l.as_str()) && !text[l.len()..].starts_with(char::is_alphanumeric))?;
    let colon = lead + label.len() + text[label.len()..].find(':')?;
    body[colon + 1..].chars().any(char::is_alphanumeric).then_some(colon)
}

/// The sentence after `si` when `si` ends with a semicolon and the next one names no finding.
fn joined_rest<'s>(folded: &str, sentences: &'s [Sentence], by_sentence: &[Vec<&Mention>], si: usize) -> Option<&'s Sentence> {
    let s = &sentences[si];
    let next = sentences.get(si + 1).filter(|n| n.kind == s.kind && by_sentence[si + 1].is_empty())?;
    folded[s.start..s.end].ends_with(';').then_some(next)
}

/// The sentence after `si`, when it names no finding and opens (within its first three words)
/// with a hedged look-alike, or anywhere in it after a semicolon ("ronde verdichting links; rechts
/// een soortgelijke, waarschijnlijk tepelschaduwen"): that trigger's span, the sentence's end and
/// the trigger's qualifier (negated for an explanation: "berust op overprojectie").
fn doubting_sentence(
    lex: &Lexicon,
    folded: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<&Mention>],
    si: usize,
) -> Option<((usize, usize), usize, Qualifier)> {
    let next = sentences.get(si + 1).filter(|n| n.kind.asserts() && by_sentence[si + 1].is_empty())?;
    let body = &folded[next.start..next.end];
    // Look-alike cues come only from their own scan: without a match of it, none (most sentences).
    if !lex.lookalike_scan.as_ref().is_some_and(|scan| scan.is_match(body)) {
        return None;
    }
    let t = find_triggers(lex, body).into_iter().filter(|t| lex.triggers[t.trigger].lookalike).min_by_key(|t| t.start)?;
    let words_before = body[..t.start].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count();
    let joined = joined_rest(folded, sentences, by_sentence, si).is_some();
    (words_before <= 2 || joined).then_some(((next.start + t.start, next.start + t.end), next.end, lex.triggers[t.trigger].qualifier))
}

fn find_triggers(lex: &Lexicon, body: &str) -> Vec<Found> {
    let masked: Vec<(usize, usize)> =
        lex.pseudo_scan.as_ref().map(|p| strict_matches(p, body, |_| false).collect()).unwrap_or_default();
    let known = |k: &str| lex.trigger_by_phrase.contains_key(k);
    let mut found: Vec<Found> = strict_matches(&lex.trigger_scan, body, known)
        .filter(|&(a, b)| !masked.iter().any(|&(ma, mb)| ma < b && a < mb))
        .filter_map(|(a, b)| lex.trigger_by_phrase.get(&*key(&body[a..b])).map(|&trigger| Found { trigger, start: a, end: b }))
        .collect();
    // Look-alike pairs ("waarschijnlijk vaatstructuur"), scanned apart: each is longer than the
    // plain cue inside it ("waarschijnlijk"), which it replaces.
    if let Some(scan) = &lex.lookalike_scan {
        let mut added = false;
        for (a, b) in strict_matches(scan, body, known) {
            if masked.iter().any(|&(ma, mb)| ma < b && a < mb) {
                continue;
            }
            let Some(&trigger) = lex.trigger_by_phrase.get(&*key(&body[a..b])) else { continue };
            found.retain(|f| !(f.start < b && a < f.end));
            found.push(Found { trigger, start: a, end: b });
            added = true;
        }
        if added {
            found.sort_by_key(|f| f.start);
        }
    }
    // A differential cue before a date is "de dato" ("CT d.d. 14-02", "opname d.d. 3 dagen
    // eerder"), not a differential; an item number ("DD: 1. atelectase") still opens one.
    found.retain(|f| !(lex.differential[f.trigger] && dated(lex, &body[f.end..])));
    // A colon trigger (": geen") must not hide a longer trigger that starts at its word
    // ("Thorax: geen aanwijzingen voor pneumonie").
    for f in found.iter_mut().filter(|f| lex.triggers[f.trigger].phrase.starts_with(':')) {
        let after = &body[f.start + 1..];
        let inner = f.start + 1 + after.len() - after.trim_start().len();
        let Some((a, b)) = strict_matches(&lex.trigger_scan, &body[inner..], known).next() else { continue };
        if a == 0 && inner + b > f.end
            && let Some(&trigger) = lex.trigger_by_phrase.get(&*key(&body[inner..inner + b])) {
                *f = Found { trigger, start: inner, end: inner + b };
            }
    }
    // An alternative cue between two places ("Consolidatie in RMV dan wel ROK") offers two
    // places for one lesion: a hedge about the lobe only.
    let place = |w: &str| lex.places.contains(w) || lex.is_side(w);
    found.retain(|f| {
        !(lex.alternatives.iter().any(|a| *a == lex.triggers[f.trigger].phrase)
            && body[..f.start].split_whitespace().next_back().is_some_and(|w| place(w.trim_matches(|c: char| !c.is_alphanumeric())))
            && body[f.end..].split_whitespace().next().is_some_and(|w| place(w.trim_matches(|c: char| !c.is_alphanumeric()))))
    });
    // Misspelled long single-word triggers ("moglijk", "twijfelachtge"), one edit away.
    for word in body.split(|c: char| !c.is_alphanumeric()) {
        // Offsets from the slice itself: a separator may be more than one byte ("•").
        let ws = word.as_ptr() as usize - body.as_ptr() as usize;
        let we = ws + word.len();
        // Not a word a pseudo-trigger masks ("grotendeels geregresseerd"), nor a cue spelled
        // right ("geregresseerd" is no typo of "geregresseerde").
        if word.len() < 6 {
            continue;
        }
        // Only the cues with the word's first letter and a length within one can match.
        let (first, typed) = (word.chars().next().unwrap_or(' '), word.chars().count());
        if first.is_ascii() && !lex.fuzzy_trigger_reach.reaches(first, typed) {
            continue;
        }
        let mut candidates = with_initial(&lex.fuzzy_triggers, first, |(t, _)| t[0]).iter().filter(|(t, _)| typed.abs_diff(t.len()) <= 1).peekable();
        if candidates.peek().is_none()
            || found.iter().any(|f| f.start < we && ws < f.end)
            || masked.iter().any(|&(ma, mb)| ma < we && ws < mb)
            || lex.trigger_by_phrase.contains_key(word)
            || lex.not_typos.contains(word)
        {
            continue;
        }
        let chars: Vec<char> = word.chars().collect();
        // The trigger with an inflection "-e" is an adjective, not a typo: "suspecte massa" (a
        // suspicious mass) is no hedge like "suspect PTX", nor "geen verdachte noduli".
        let inflected = |t: &[char]| chars.len() == t.len() + 1 && chars.ends_with(&['e']) && chars[..t.len()] == *t;
        if let Some(&(_, trigger)) = candidates.find(|(t, _)| chars != *t && !inflected(t) && osa_distance(&chars, t, 1) <= 1) {
            found.push(Found { trigger, start: ws, end: we });
        }
    }
    found
}

/// Terminations and commas of a sentence, by byte position.
fn find_cuts(lex: &Lexicon, body: &str) -> Vec<(usize, usize, Cut)> {
    let mut hard: Vec<(usize, usize)> =
        lex.termination_scan.as_ref().map(|t| strict_matches(t, body, |_| false).collect()).unwrap_or_default();
    hard.retain(|&(a, b)| {
        let before = body[..a].trim_end();
        let after_verb = before.split_whitespace().next_back().is_some_and(|w| lex.clause_verbs.contains(w));
        // "Geen PTX, echter wel ...": a clause-initial termination cuts; "een PTX is op deze
        // opname echter niet uit te sluiten": one inside its clause does not.
        let initial = before.is_empty() || before.ends_with([',', ';', ':']) || before.ends_with(" en") || before.ends_with(" maar");
        !after_verb && (initial || !lex.initial_terminations.contains(&*key(&body[a..b])))
    });
    // Brackets glued to a word ("geen (rest)pneumothorax") are part of that word, and a short
    // aside inside a phrase ("DD (ventilator-geassocieerde) pneumonie", "kleine ptx (deep sulcus
    // sign)?") is part of the phrase: neither is a cut.
    let glued = |close: usize| body[close + 1..].chars().next().is_some_and(char::is_alphanumeric);
    let aside = |open: usize, close: usize| {
        body[open + 1..close].split_whitespace().count() <= 3
            && (body[close + 1..].trim_end().is_empty()
                || body[close + 1..].starts_with([',', '.', ':', '?'])
                || body[close + 1..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_alphabetic)))
    };
    // So is a measurement or a reference without a cue of its own ("(8 mm, CT 03-2024)",
    // "(serie 3, beeld 41)").
    let measured = |open: usize, close: usize| {
        let inside = &body[open + 1..close];
        inside.bytes().any(|b| b.is_ascii_digit()) && inside.split_whitespace().count() <= 6 && find_triggers(lex, inside).is_empty()
    };
    let closing = |open: usize| body[open..].find(')').map(|j| open + j);
    let opening = |close: usize| body[..close].rfind('(');
    let mut asides = Vec::new();
    for (i, c) in body.char_indices() {
        let cut = match c {
            // An arrow leads to a conclusion: "Pleuralijn zonder longtekening erbuiten → PTX li".
            ':' | '\u{2192}' | '\u{21d2}' => true,
            '=' => body[i..].starts_with("=>"),
            ')' => !glued(i) && opening(i).is_none_or(|o| !aside(o, i) && !measured(o, i)),
            '(' => match closing(i) {
                Some(j) if glued(j) => false,
                Some(j) if aside(i, j) || measured(i, j) => {
                    asides.push((i, j + 1));
                    false
                }
                _ => true,
            },
            _ => false,
        };
        if cut {
            hard.push((i, i + c.len_utf8()));
        }
    }
    let mut cuts: Vec<(usize, usize, Cut)> = hard.iter().map(|&(a, b)| (a, b, Cut::Hard)).collect();
    cuts.extend(asides.iter().map(|&(a, b)| (a, b, Cut::Aside)));
    let (embedded, clauses) = embedded_clause_commas(lex, body, &hard);
    cuts.extend(clauses.iter().map(|&(a, b)| (a, b, Cut::Aside)));
    for (i, c) in body.char_indices() {
        // A comma between the adjectives of one noun phrase ("een kleine, scherp begrensde
        // nodus") ends nothing.
        let adjective = || {
            let mut before = body[..i].rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
            before.next().is_some_and(|w| lex.comma_adjectives.contains(w)) && before.next().is_some_and(article)
        };
        if c == ',' && !embedded.contains(&i) && !asides.iter().any(|&(a, b)| a < i && i < b) && !adjective() {
            let next_hard = hard.iter().filter(|h| h.0 > i).map(|h| h.0).min().unwrap_or(body.len());
            let rest = &body[i + 1..next_hard];
            // A comma before a clause opener joins clauses ("..., zonder spanningscomponent, en
            // verder het bekende infiltraat"), and so does one before a cue of its own ("mogelijk
            // een infiltraat, zonder rondhaarden en zonder pneumothorax"): neither continues a list.
            let next = rest.trim_start();
            let own_cue = || opening_cue(lex, next).is_some();
            let first_word = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            let continues_list = rest.split(|c: char| !c.is_alphanumeric() && c != '/').any(|w| lex.list_conjunctions.contains(w))
                && !lex.clause_openers.iter().any(|w| w == first_word)
                && !own_cue();
            cuts.push((i, i + 1, Cut::Comma { continues_list }));
        }
    }
    cuts.sort_by_key(|c| c.0);
    cuts
}

/// How many words may come before the cue in the clause after an embedded clause.
const CUE_AFTER_ASIDE: usize = 5;

/// The two commas around an embedded clause: one before a relative word, the next before a
/// clause verb ("het infiltraat, waarvoor antibiotica, is niet meer aantoonbaar"). They end no
/// scope: the subject and its predicate are one clause.
///
/// A clause between commas that opens with a relative word or an `embedded_openers` word,
/// comes right after a verb of the clause, or only says when the finding was seen before
/// (`participle_aside`), right before a cue is one too ("een pneumothorax, waarnaar ook werd
/// gekeken, wordt thans niet gezien"). Every such clause is also returned as an aside, from its first comma to
/// after its second: its words do not count towards a cue's reach.
fn embedded_clause_commas(lex: &Lexicon, body: &str, hard: &[(usize, usize)]) -> (Vec<usize>, Vec<(usize, usize)>) {
    let next_word = |i: usize| word_after(&body[i + 1..]);
    let commas: Vec<usize> = body.match_indices(',').map(|(i, _)| i).collect();
    let mut out = Vec::new();
    let mut clauses = Vec::new();
    // A cue opens the text after `close`, verbs of the clause and adverbs such as "thans"
    // first ("..., wordt thans niet gezien"), or one of its next `CUE_AFTER_ASIDE` words before
    // the next comma ("..., is op de huidige opname niet meer zichtbaar"); an embedded clause
    // already `found` after it is skipped ("..., is op de huidige opname, na verwijdering van de
    // drain, niet meer zichtbaar").
    let cue_follows = |close: usize, found: &[(usize, usize)]| {
        let (mut pos, mut words, mut leading) = (close + 1, 0, true);
        while let Some(c) = body[pos..].chars().next() {
            if c == ',' {
                match found.iter().find(|&&(a, _)| a == pos) {
                    Some(&(_, b)) => pos = b,
                    None => return false,
                }
                continue;
            }
            if matches!(c, ';' | ':' | '.') {
                return false;
            }
            if !c.is_alphanumeric() {
                pos += c.len_utf8();
                continue;
            }
            if opening_cue(lex, &body[pos..]).is_some() {
                return true;
            }
            let w = word_after(&body[pos..]);
            leading &= lex.value_adverbs.contains(w) || lex.clause_verbs.contains(w) || lex.aside_verbs.contains(w);
            if !leading {
                words += 1;
                if words > CUE_AFTER_ASIDE {
                    return false;
                }
            }
            pos += w.len();
        }
        false
    };
    // From the back, so that two embedded clauses in a row before a cue are both found ("...,
    // ook in de bovenvelden, waar deze worden verwacht, niet waargenomen").
    let mut next_clause = None;
    for pair in commas.windows(2).rev() {
        let (open, close) = (pair[0], pair[1]);
        if hard.iter().any(|h| open < h.0 && h.0 < close) {
            continue;
        }
        let opener = next_word(open);
        let inner = &body[open + 1..close];
        // After a verb of the clause any clause may be the aside: "De metastasen zijn, in
        // vergelijking met het onderzoek van april, niet meer zichtbaar".
        let after_verb = lex.clause_verbs.contains(word_before(&body[..open]));
        if (lex.relative_words.contains(opener) || lex.embedded_openers.contains(opener) || after_verb || participle_aside(lex, inner))
            && inner.split_whitespace().count() <= 12
            && (next_clause == Some(close) || cue_follows(close, &clauses))
        {
            out.extend([open, close]);
            clauses.push((open, close + 1));
            next_clause = Some(open);
            continue;
        }
        // "..., waarvoor antibiotica, is ..." or an aside right after a verb of the clause: "Een
        // infiltraat kan, gezien het pleuravocht, niet uitgesloten worden".
        let relative = lex.relative_words.contains(opener) && lex.clause_verbs.contains(next_word(close));
        let aside = lex.aside_verbs.contains(word_before(&body[..open])) && body[open + 1..close].split_whitespace().count() <= 5;
        if relative || aside {
            out.extend([open, close]);
            clauses.push((open, close + 1));
        }
    }
    // A relative clause opened without a comma and closed with one, before the verb of the
    // sentence: "De pneumothorax die bij ontslag nog aanwezig was, is verdwenen."
    if let Some(&first) = commas.first() {
        let before = &body[..first];
        let mut words = before.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        let relative = words.nth(1).is_some() && words.any(|w| lex.relative_words.contains(w));
        if relative && lex.clause_verbs.contains(next_word(first)) && !hard.iter().any(|h| h.0 < first) {
            out.push(first);
        }
    }
    (out, clauses)
}

/// Is `inner`, the text between two commas, a short clause that only says when or where the
/// finding was seen before ("vorige maand beschreven", "gisteren nog aanwezig")? At most five
/// words, the last one of `aside_participles`, none a verb of the clause, and no cue in it.
fn participle_aside(lex: &Lexicon, inner: &str) -> bool {
    let words: Vec<&str> = inner.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.len() <= 5
        && words.last().is_some_and(|w| lex.aside_participles.contains(*w))
        && !words.iter().any(|w| lex.clause_verbs.contains(*w))
        && !inner.char_indices().any(|(i, c)| c.is_alphanumeric() && (i == 0 || !inner[..i].ends_with(char::is_alphanumeric)) && opening_cue(lex, &inner[i..]).is_some())
}

fn distance(t: &Found, ms: usize, me: usize) -> usize {
    if t.end <= ms { ms - t.end } else { t.start.saturating_sub(me) }
}

/// The other side, when a clause after `from` opens with it ("en" or "maar" may come first) and
/// has a word of `remaining_words` within its next three words ("..., rechts nog klein apicaal",
/// "..., li ongewijzigd"), no other words than those, `remaining_details` and places, and no
/// mention in that clause.
fn other_side_remains(lex: &Lexicon, body: &str, from: usize, negated: Laterality, mut mentions: impl Iterator<Item = usize>) -> Option<Laterality> {
    let other = match negated {
        Laterality::Left => Laterality::Right,
        Laterality::Right => Laterality::Left,
        _ => return None,
    };
    // The cue may lie in a later sentence that answers the mention ("Ptx? Nee.").
    let rest = body.get(from..)?;
    let open = rest.find([',', ';'])? + 1;
    let close = rest[open..].find([',', ';']).map_or(rest.len(), |i| open + i);
    if mentions.any(|m| m >= from + open && m < from + close) {
        return None;
    }
    let words: Vec<&str> = rest[open..close].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).skip_while(|w| matches!(*w, "en" | "maar")).collect();
    let (&side, details) = words.split_first()?;
    // Only words of size, place and degree may follow: "rechts nog drain in situ" is about the drain.
    (lex.side_of.get(side) == Some(&other) && details.iter().take(3).any(|w| lex.remaining_words.contains(*w)) && details.iter().all(|w| remaining_detail(lex, w)))
        .then_some(other)
}

/// A word that may follow a word of what remains and still say only how it remains: another
/// such word, a size, place or degree (`remaining_details`, `places`), or a number.
fn remaining_detail(lex: &Lexicon, w: &str) -> bool {
    lex.remaining_words.contains(w) || lex.remaining_details.contains(w) || lex.places.contains(w) || w.chars().all(|c| c.is_ascii_digit())
}

/// A Dutch article ("de", "het", "een"), folded.
fn article(w: &str) -> bool {
    matches!(w, "de" | "het" | "een")
}

/// The end of the cue that opens `text`, when one does as whole words ("niet meer zichtbaar na
/// drain" -> after "zichtbaar").
fn opening_cue(lex: &Lexicon, text: &str) -> Option<usize> {
    let m = lex.trigger_start.find(text)?;
    let end = trim_boundary(|k| lex.trigger_by_phrase.contains_key(k), text, 0, m.end());
    word_bounded(text, 0, end, true).then_some(end)
}

/// A negation that ends its sentence denies the finding the sentence opens with, over any asides
/// between ("De pneumothorax links is na verwijdering van de drain, anders dan men zou verwachten,
/// niet meer zichtbaar."; "Een aspiratiepneumonie, zoals in de vraagstelling genoemd, is op deze
/// opname nog niet te zien."): the finding is the sentence's subject, the negation its predicate.
/// Only when no other finding, termination, negation or hedge stands between them.
fn predicate_negation<'t>(
    lex: &Lexicon,
    body: &str,
    cuts: &[(usize, usize, Cut)],
    triggers: &'t [Found],
    ms: usize,
    me: usize,
    mut others: impl Iterator<Item = usize>,
) -> Option<&'t Found> {
    // The sentence, or its last part after a ';' ("...; een pneumonisch infiltraat, waarnaar
    // gevraagd wordt, is hier niet te zien").
    let from = cuts.iter().filter(|c| c.2 == Cut::Hard && c.1 <= ms).map(|c| c.1).max().unwrap_or(0);
    let lead: Vec<&str> = body[from..ms].split(|c: char| c.is_whitespace() || c == ';').filter(|w| !w.is_empty()).collect();
    if lead.len() > 1 || lead.first().is_some_and(|w| !article(w)) {
        return None;
    }
    let end = body.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace()).len();
    let last = triggers.last().filter(|t| t.end == end && t.start > me)?;
    let rule = &lex.triggers[last.trigger];
    if rule.qualifier != Qualifier::Negated || rule.direction == Direction::Forward {
        return None;
    }
    let between = |a: usize| a >= me && a < last.start;
    // The sentence has its verb ("is", "kan", "wordt") between them: without one, "Nodus RBK,
    // op de opname van 2019 niet aanwezig" speaks of the other film.
    if !body[me..last.start].split(|c: char| !c.is_alphanumeric()).any(|w| lex.clause_verbs.contains(w)) {
        return None;
    }
    // A last clause that names a side speaks of that side ("Infiltraten bdz afgenomen, re nog +,
    // li -").
    let clause = cuts.iter().filter(|c| matches!(c.2, Cut::Comma { .. } | Cut::Aside) && between(c.0) && c.1 <= last.start).map(|c| c.1).max().unwrap_or(me);
    if body[clause..last.start].split(|c: char| !c.is_alphanumeric()).any(|w| lex.is_side(w)) {
        return None;
    }
    // Nor a last clause with a subject of its own before its verb ("de haard is kleiner
    // geworden, de caviteit is niet meer zichtbaar").
    let words: Vec<&str> = body[clause..last.start].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if words.iter().position(|w| lex.clause_verbs.contains(*w)).is_some_and(|v| words[..v].iter().any(|w| article(w))) {
        return None;
    }
    // A time or a history in an aside ("na verwijdering van de drain", "bij eerdere CT-controles")
    // does not stand in the way, but one in the last clause makes the negation about another
    // film ("Nodus RBK, op de opname van 2019 niet aanwezig."); a negation or a hedge anywhere
    // between does.
    let clear = !triggers.iter().any(|t| between(t.start) && (lex.triggers[t.trigger].qualifier != Qualifier::Historical || t.start >= clause))
        && !others.any(between)
        && !cuts.iter().any(|c| c.2 == Cut::Hard && between(c.0))
        && cuts.iter().any(|c| matches!(c.2, Cut::Comma { .. } | Cut::Aside) && between(c.0));
    clear.then_some(last)
}

/// Does trigger `t` reach the mention at `[ms, me)`?
fn reaches(lex: &Lexicon, body: &str, cuts: &[(usize, usize, Cut)], t: &Found, ms: usize, me: usize) -> bool {
    let rule = &lex.triggers[t.trigger];
    let (gap_start, gap_end) = if t.end <= ms {
        if rule.direction == Direction::Backward {
            return false;
        }
        (t.end, ms)
    } else if me <= t.start {
        if opens_value(lex, body, me, t.start) && !lex.differential[t.trigger] {
            return true;
        }
        if rule.direction == Direction::Forward {
            return false;
        }
        (me, t.start)
    } else {
        return false; // overlapping: a trigger inside the term itself
    };
    for &(a, _, cut) in cuts {
        if a < gap_start || a >= gap_end {
            continue;
        }
        match cut {
            Cut::Hard => return false,
            Cut::Comma { continues_list } => {
                if rule.scope == Scope::Clause && !continues_list {
                    return false;
                }
            }
            Cut::Aside => {}
        }
    }
    let words = |a: usize, b: usize| body[a..b].split_whitespace().count();
    let aside_words: usize =
        cuts.iter().filter(|c| c.2 == Cut::Aside && gap_start <= c.0 && c.1 <= gap_end).map(|c| words(c.0, c.1)).sum();
    match rule.max_words {
        Some(max) => words(gap_start, gap_end) - aside_words <= max,
        None => true,
    }
}

/// Does a cue at `cue` open the value of a field whose label ends with the mention that ends at
/// `mention_end`? Then it answers the label whichever way it reads ("Pneumothorax: niet uit te
/// sluiten", "Infiltraat (RMK): niet meer aantoonbaar"). The label may end in a side or a lobe
/// after the mention; a value that opens with a side ("rechts verdwenen, links nog 1 cm")
/// answers per side, not for the label. An adverb may come first ("Pneumothorax: volledig
/// verdwenen").
fn opens_value(lex: &Lexicon, body: &str, mention_end: usize, cue: usize) -> bool {
    field_value(&body[mention_end..cue]).is_some_and(|(_, lead)| {
        let lead = lead.trim();
        lead.is_empty() || lex.value_adverbs.contains(lead)
    })
}

/// After a mention that labels a field: the rest of the label (at most two words, a side or a
/// place: "rechts apicaal", "(RMK)") and the field's value after the colon.
fn field_value(after_mention: &str) -> Option<(&str, &str)> {
    after_mention
        .split_once(':')
        .filter(|(label_rest, _)| !label_rest.contains([',', ';', '.']) && label_rest.split_whitespace().count() <= 2)
}

/// Whether the mention at `ms` stands in a clause of the question inside a sentence: one that
/// opens with a word of `question_clauses` ("..., vraagstelling pneumonie of pneumothorax,
/// vergeleken met ..."), or a bare question item right after one ("vraagstelling ribfracturen,
/// pneumothorax?, er is ..."), unless it is the sentence's last clause and asks nothing.
fn question_clause(lex: &Lexicon, body: &str, cuts: &[(usize, usize, Cut)], ms: usize) -> bool {
    let commas: Vec<usize> = cuts.iter().filter(|c| matches!(c.2, Cut::Comma { .. })).map(|c| c.0).collect();
    let mut end = commas.iter().copied().find(|&c| c >= ms).unwrap_or(body.len());
    // The question is not the sentence's last clause: the sentence goes on after it, or ends
    // with a bare question item.
    if end == body.len() && !body[..end].trim_end().ends_with('?') {
        return false;
    }
    let mut start = commas.iter().copied().rfind(|&c| c < ms);
    // Up to two bare question items back to the clause that asks.
    for _ in 0..3 {
        let from = start.map_or(0, |comma| comma + 1);
        let clause = &body[from..end];
        if lex.question_clauses.opens(clause, 1) && !clause.contains(':') {
            return true;
        }
        let item = clause.trim();
        let Some(comma) = start.filter(|_| item.ends_with('?') && item.split_whitespace().count() <= 3) else { return false };
        end = comma;
        start = commas.iter().copied().rfind(|&c| c < comma);
    }
    false
}

/// The clause around a mention: between the nearest cuts that end a list-free clause.
fn clause_around(cuts: &[(usize, usize, Cut)], len: usize, ms: usize, me: usize) -> (usize, usize) {
    let ends = |c: &Cut| matches!(c, Cut::Hard | Cut::Comma { continues_list: false });
    let start = cuts.iter().filter(|c| c.1 <= ms && ends(&c.2)).map(|c| c.1).max().unwrap_or(0);
    let end = cuts.iter().filter(|c| c.0 >= me && ends(&c.2)).map(|c| c.0).min().unwrap_or(len);
    (start, end)
}

/// The side a normal statement is restricted to: side words near it (`near`, which may reach
/// back over a short label: "Rechterlong: geen afwijkingen"), or anywhere in its clause when they
/// name a lung part ("Het rechter longveld is, voor zover te beoordelen, zonder afwijkingen"), but
/// not another object's side ("drain rechts").
fn normal_side(lex: &Lexicon, body: &str, clause: (usize, usize), near: (usize, usize)) -> Laterality {
    side_words(lex, body, (clause.0.min(near.0), clause.1))
        .filter(|&(a, b, _)| {
            (near.0 <= a && b <= near.1) || lex.side_parts.contains(word_after(&body[b..]))
        })
        .fold(Laterality::Unspecified, |acc, (_, _, side)| acc.merge(side))
}

/// The side words in `region` of the sentence, by byte position, without the directions
/// ("naar links").
fn side_words<'a>(lex: &'a Lexicon, body: &'a str, region: (usize, usize)) -> impl Iterator<Item = (usize, usize, Laterality)> + 'a {
    lex.side_scan
        .find_iter(&body[region.0..region.1])
        .filter_map(move |m| lex.side_of.get(&*key(m.as_str())).map(|&l| (region.0 + m.start(), region.0 + m.end(), l)))
        .filter(|s| s.2 != Laterality::Unspecified)
}

/// Byte position where the `n`th word before `pos` starts (0 when there are fewer).
fn words_before(body: &str, pos: usize, n: usize) -> usize {
    let mut at = pos;
    for _ in 0..n {
        let trimmed = body[..at].trim_end();
        at = trimmed.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    }
    at
}

/// Byte position where the `n`th word after `pos` ends (the end of `body` when there are fewer).
fn words_after(body: &str, pos: usize, n: usize) -> usize {
    let mut at = pos;
    for _ in 0..n {
        let rest = &body[at..];
        let lead = rest.len() - rest.trim_start().len();
        at += lead + rest[lead..].find(char::is_whitespace).unwrap_or(rest.len() - lead);
    }
    at
}

/// The start of the text that names a clause's side: the clause itself, or with a short label
/// before a colon ("Links: pneumothorax", "Rechterlong: infiltraat basaal").
fn side_start(body: &str, cuts: &[(usize, usize, Cut)], clause_start: usize) -> usize {
    let Some(colon) = cuts.iter().find(|c| c.1 == clause_start && matches!(c.2, Cut::Hard) && body[c.0..c.1] == *":") else {
        return clause_start;
    };
    let label_start = cuts.iter().filter(|c| c.1 <= colon.0 && c.2 != Cut::Aside).map(|c| c.1).max().unwrap_or(0);
    let label = &body[label_start..colon.0];
    if label.split_whitespace().count() <= 3 { label_start } else { clause_start }
}

/// The side of the mention at `mention` within `region` of the sentence: the nearest side word,
/// together with side words coordinated with it ("links en rechts", "re/li"), so that another
/// organ's side in the same clause ("pneumothorax rechts met shift naar links") does not count.
/// `sides`: the side words of the whole sentence (`side_words`), of which those inside `region`
/// count.
fn mention_side(body: &str, sides: &[(usize, usize, Laterality)], region: (usize, usize), mention: (usize, usize)) -> Laterality {
    let sides: Vec<(usize, usize, Laterality)> = sides.iter().copied().filter(|&(a, b, _)| a >= region.0 && b <= region.1).collect();
    let gap = |&(a, b, _): &(usize, usize, Laterality)| if b <= mention.0 { mention.0 - b } else { a.saturating_sub(mention.1) };
    let Some(nearest) = sides.iter().min_by_key(|s| gap(s)).copied() else { return Laterality::Unspecified };
    let coordinated = |x: &(usize, usize, Laterality), y: &(usize, usize, Laterality)| {
        let (first, second) = if x.0 < y.0 { (x, y) } else { (y, x) };
        second.0 >= first.1
            && matches!(
                body[first.1..second.0].trim(),
                "" | "en" | "/" | "," | "of" | "en/of" | "&" | "tot" | "en de" | "en het" | ">" | "<" | "meer dan" | "groter dan" | "minder dan"
            )
    };
    sides.iter().filter(|s| coordinated(s, &nearest)).fold(nearest.2, |acc, s| acc.merge(s.2))
}

#[cfg(test)]
mod tests {
    use super::osa_distance;

    /// The textbook OSA distance, without bounds or early exits.
    fn reference(a: &[char], b: &[char]) -> usize {
        let (n, m) = (a.len(), b.len());
        let mut d = vec![vec![0usize; m + 1]; n + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=n {
            for j in 1..=m {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[n][m]
    }

    #[test]
    fn misspelled_normal_words_are_spelled_right_with_offsets_into_the_text() {
        let lex = super::Lexicon::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicon")).unwrap();
        let body = "geen afwijknigen, longvelen helder.";
        let (text, map) = super::respelled_normal_words(&lex, body).unwrap();
        assert_eq!(text, "geen afwijkingen, longvelden helder.");
        assert_eq!(map.len(), text.len() + 1);
        // Each respelled word spans its misspelled original; the text around keeps its bytes.
        let span = |w: &str| {
            let a = text.find(w).unwrap();
            (map[a], map[a + w.len()])
        };
        assert_eq!(span("afwijkingen"), (5, 16));
        assert_eq!(span("longvelden"), (18, 27));
        assert_eq!(span("helder"), (28, 34));
        assert_eq!(map[text.len()], body.len());
        // Words spelled right, and real words one edit away from a longer one, stay.
        assert!(super::respelled_normal_words(&lex, "geen afwijkingen, longvelden helder").is_none());
        assert!(super::respelled_normal_words(&lex, "een afwijking in de longveld").is_none());
    }

    #[test]
    fn bounded_distance_agrees_with_the_textbook_one() {
        // Words one to three random edits away from lexicon words, and unrelated words.
        let words = ["pneumothorax", "consolidatie", "infiltraat", "waarschijnlijk", "nodulus", "abbbbba", "pleuravocht"];
        let mut seed = 0x2545_f491_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut checked = 0;
        for w in words {
            for _ in 0..400 {
                let mut t: Vec<char> = w.chars().collect();
                for _ in 0..1 + next(3) {
                    let i = next(t.len());
                    match next(4) {
                        0 => drop(t.remove(i)),
                        1 => t.insert(i, (b'a' + next(26) as u8) as char),
                        2 => t[i] = (b'a' + next(26) as u8) as char,
                        _ if i + 1 < t.len() => t.swap(i, i + 1),
                        _ => {}
                    }
                }
                for other in words {
                    let o: Vec<char> = other.chars().collect();
                    let want = reference(&t, &o);
                    for limit in [1, 2] {
                        let got = osa_distance(&t, &o, limit);
                        assert_eq!(got.min(limit + 1), want.min(limit + 1), "{t:?} vs {other} (limit {limit})");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 10_000);
    }
}
