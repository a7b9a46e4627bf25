//! The review page in a real browser: runs the real binary on `samples/`, then drives headless
//! Chromium through chromedriver (W3C WebDriver over HTTP; the small client is below) and checks
//! that every flagged row is listed in priority order with its evidence highlighted, that no
//! patient name reaches the page, that verdicts given by click and by keyboard survive a reload,
//! and that "Export verdicts.csv" downloads exactly those verdicts.
//!
//! Needs /usr/bin/chromium and /usr/bin/chromedriver: `bash .ci/setup` installs them.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use dubbelcheck::review::{PageData, render_index};
use serde_json::{Value, json};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Longest wait for anything the browser does (start, page load, download).
const WAIT: Duration = Duration::from_secs(30);
/// W3C WebDriver's key for element references.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";
/// W3C WebDriver code point for the Escape key.
const ESCAPE: &str = "\u{E00C}";
/// Synthetic patient names in samples/ (DICOM PatientName); none may reach the page.
const PATIENT_NAMES: [&str; 5] = ["Daniël", "Zoë", "Anoniem", "Inès", "Patiënt 01"];
/// Has a comma and quotes, so the export's CSV quoting is exercised.
const REVIEWER: &str = "Dr. Jansen, \"QA\"";
/// Prepended to a report for the escaping check: markup that would run if parsed as HTML, and
/// an emoji (two UTF-16 units) that would shift every highlight if offsets were UTF-16.
const HOSTILE: &str = "\u{1F600} <img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script></script><!-- \u{1F4A9} ";

mod common;

// ---- a minimal WebDriver client ------------------------------------------------------------

/// chromedriver on a free localhost port; killed on drop.
struct Driver {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Driver {
    fn start(log: PathBuf) -> Driver {
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", log.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {CHROMEDRIVER}: {e}"));
        let driver = Driver { child, port, log };
        let started = Instant::now();
        loop {
            if let Ok((200, v)) = driver.http("GET", "/status", None)
                && v["value"]["ready"] == json!(true) {
                    return driver;
                }
            assert!(started.elapsed() < WAIT, "chromedriver did not become ready on port {port}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// One request on its own connection (`Connection: close`): status and JSON body.
    fn http(&self, method: &str, path: &str, body: Option<&Value>) -> std::io::Result<(u16, Value)> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port))?;
        stream.set_read_timeout(Some(WAIT * 2))?;
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json; charset=utf-8\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.port,
            body.len()
        )?;
        // chromedriver answers "Connection: close" but keeps the socket open: read by length.
        let mut reader = BufReader::new(stream);
        let bad = |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_owned());
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let status: u16 = line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| bad("no status line"))?;
        let (mut length, mut chunked) = (None, false);
        loop {
            line.clear();
            reader.read_line(&mut line)?;
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            let (name, value) = header.split_once(':').ok_or_else(|| bad("bad header"))?;
            match name.trim().to_ascii_lowercase().as_str() {
                "content-length" => length = value.trim().parse::<usize>().ok(),
                "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
                _ => {}
            }
        }
        let mut payload = Vec::new();
        if chunked {
            loop {
                line.clear();
                reader.read_line(&mut line)?;
                let size = usize::from_str_radix(line.split(';').next().unwrap_or("").trim(), 16).map_err(|_| bad("bad chunk size"))?;
                let mut chunk = vec![0; size + 2];
                reader.read_exact(&mut chunk)?;
                if size == 0 {
                    break;
                }
                payload.extend_from_slice(&chunk[..size]);
            }
        } else if let Some(n) = length {
            payload.resize(n, 0);
            reader.read_exact(&mut payload)?;
        } else {
            reader.read_to_end(&mut payload)?;
        }
        let value = if payload.is_empty() { Value::Null } else { serde_json::from_slice(&payload)? };
        Ok((status, value))
    }

    fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(15)..].join("\n")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A browser session; closed (and the browser quit) on drop.
struct Session<'d> {
    driver: &'d Driver,
    id: String,
}

impl<'d> Session<'d> {
    fn new(driver: &'d Driver, profile: &Path, downloads: &Path) -> Session<'d> {
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000",
                    format!("--user-data-dir={}", profile.display()),
                ],
                "prefs": {
                    "download.default_directory": downloads.display().to_string(),
                    "download.prompt_for_download": false,
                    "download.directory_upgrade": true,
                    "safebrowsing.enabled": false,
                },
            },
        }}});
        match driver.http("POST", "/session", Some(&caps)) {
            Ok((200, v)) => Session { driver, id: v["value"]["sessionId"].as_str().expect("session id").to_owned() },
            other => panic!("could not start Chromium through chromedriver: {other:?}\nchromedriver log:\n{}", driver.log_tail()),
        }
    }

    fn cmd(&self, method: &str, path: &str, body: Value) -> Value {
        let full = format!("/session/{}{path}", self.id);
        let body = (method == "POST").then_some(&body);
        match self.driver.http(method, &full, body) {
            Ok((200, v)) => v["value"].clone(),
            Ok((status, v)) => panic!("WebDriver {method} {path}: HTTP {status}: {} {}", v["value"]["error"], v["value"]["message"]),
            Err(e) => panic!("WebDriver {method} {path}: {e}"),
        }
    }

    fn goto(&self, url: &str) {
        self.cmd("POST", "/url", json!({ "url": url }));
    }

    /// Runs `body` as a function in the page; returns what it returns.
    fn js(&self, body: &str, args: Value) -> Value {
        self.cmd("POST", "/execute/sync", json!({ "script": body, "args": args }))
    }

    fn find(&self, css: &str) -> String {
        let v = self.cmd("POST", "/element", json!({ "using": "css selector", "value": css }));
        v[ELEMENT].as_str().unwrap_or_else(|| panic!("no element {css}: {v}")).to_owned()
    }

    fn click(&self, css: &str) {
        let el = self.find(css);
        self.cmd("POST", &format!("/element/{el}/click"), json!({}));
    }

    fn type_into(&self, css: &str, text: &str) {
        let el = self.find(css);
        self.cmd("POST", &format!("/element/{el}/value"), json!({ "text": text }));
    }

    /// Presses and releases each key in turn, sent to whatever has focus.
    fn press(&self, keys: &[&str]) {
        let actions: Vec<Value> =
            keys.iter().flat_map(|k| [json!({"type": "keyDown", "value": k}), json!({"type": "keyUp", "value": k})]).collect();
        self.cmd("POST", "/actions", json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]}));
        self.cmd("DELETE", "/actions", Value::Null);
    }

    fn source(&self) -> String {
        self.cmd("GET", "/source", Value::Null).as_str().expect("page source").to_owned()
    }

    /// Polls `script` until it returns true.
    fn wait_for(&self, what: &str, script: &str, args: Value) {
        let started = Instant::now();
        while self.js(script, args.clone()) != json!(true) {
            assert!(started.elapsed() < WAIT, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        let _ = self.driver.http("DELETE", &format!("/session/{}", self.id), None);
    }
}

/// file:// URL of an absolute path (percent-encoding anything outside a safe set).
fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    for b in path.to_str().expect("UTF-8 path").bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            url.push(b as char);
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url
}

// ---- the test ------------------------------------------------------------------------------

/// One flagged row as listed in discrepancies.csv.
#[derive(Debug)]
struct Flag {
    accession_number: String,
    finding: String,
    evidence: String,
}

fn read_discrepancies(path: &Path) -> Vec<Flag> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let h = r.headers().unwrap().clone();
    let col = |name: &str| h.iter().position(|c| c == name).unwrap_or_else(|| panic!("no column {name}"));
    let (acc, finding, evidence) = (col("accession_number"), col("finding"), col("report_evidence"));
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            Flag { accession_number: rec[acc].to_owned(), finding: rec[finding].to_owned(), evidence: rec[evidence].to_owned() }
        })
        .collect()
}

/// For each flag on the page, in page order: accession, finding, current verdict ("" for none),
/// and the text of the report marks for that finding.
const PAGE_FLAGS: &str = r#"
return Array.from(document.querySelectorAll('section.flag')).map((e) => {
  const c = e.closest('article.case');
  const marks = Array.from(c.querySelectorAll('.report mark')).filter((m) => (m.dataset.ev || '').split(' ').includes(e.dataset.finding));
  return {
    acc: e.dataset.acc,
    heading: c.querySelector('.acc').textContent,
    finding: e.dataset.finding,
    shown: e.querySelector('.finding').textContent,
    verdict: e.dataset.verdict || '',
    pressed: Array.from(e.querySelectorAll('button.verdict[aria-pressed="true"]')).map((b) => b.dataset.verdict),
    focused: e.classList.contains('focused'),
    evidence: marks.map((m) => m.textContent).join(''),
    cues: Array.from(c.querySelectorAll('.report mark')).filter((m) => (m.dataset.cue || '').split(' ').includes(e.dataset.finding)).map((m) => m.textContent),
  };
});"#;

const READY: &str = "return document.body.dataset.ready === 'true';";
const IMAGES_LOADED: &str =
    "return Array.from(document.querySelectorAll('.case img')).every((i) => i.complete && i.naturalWidth > 0);";

fn flag_selector(acc: &str, finding: &str) -> String {
    format!("section.flag[data-acc=\"{acc}\"][data-finding=\"{finding}\"]")
}

fn verdict_button(acc: &str, finding: &str, verdict: &str) -> String {
    format!("{} button[data-verdict=\"{verdict}\"]", flag_selector(acc, finding))
}

#[test]
fn review_page_lists_flags_and_keeps_and_exports_verdicts() {
    for bin in [CHROMIUM, CHROMEDRIVER] {
        assert!(Path::new(bin).exists(), "{bin} is missing: run `bash .ci/setup` to install Chromium and chromedriver");
    }
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("audit");
    // All studies AI-positive, so flags carry heatmaps and report cues to check.
    let card = common::all_positive_card(tmp.path());
    let run = common::audit_samples(&out, &["--model", card.to_str().unwrap()]);
    assert!(matches!(run.status.code(), Some(0 | 1)), "audit failed: {}", String::from_utf8_lossy(&run.stderr));
    let index = out.join("review/index.html");
    let html = std::fs::read_to_string(&index).expect("audit writes review/index.html");
    for name in PATIENT_NAMES {
        assert!(!html.contains(name), "patient name {name:?} in review/index.html");
    }
    let flags = read_discrepancies(&out.join("discrepancies.csv"));
    assert!(flags.len() >= 3, "the samples give at least three flagged rows, got {flags:?}");

    let downloads = tmp.path().join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let driver = Driver::start(tmp.path().join("chromedriver.log"));
    let browser = Session::new(&driver, &tmp.path().join("profile"), &downloads);
    browser.goto(&file_url(&index));
    browser.wait_for("the page to render", READY, json!([]));
    browser.wait_for("every image to load", IMAGES_LOADED, json!([]));

    // Every flagged row is listed, cases in discrepancies.csv's priority order, each with its
    // accession number, finding and evidence sentence highlighted in the report.
    let page: Vec<Value> = serde_json::from_value(browser.js(PAGE_FLAGS, json!([]))).unwrap();
    let listed: BTreeSet<(String, String)> =
        page.iter().map(|f| (f["acc"].as_str().unwrap().to_owned(), f["finding"].as_str().unwrap().to_owned())).collect();
    let expected: BTreeSet<(String, String)> = flags.iter().map(|f| (f.accession_number.clone(), f.finding.clone())).collect();
    assert_eq!(listed, expected, "page lists exactly the flagged rows");
    assert_eq!(page.len(), flags.len());
    let mut case_order: Vec<&str> = Vec::new();
    for f in &flags {
        if !case_order.contains(&f.accession_number.as_str()) {
            case_order.push(&f.accession_number);
        }
    }
    let mut page_order: Vec<&str> = page.iter().map(|f| f["acc"].as_str().unwrap()).collect();
    page_order.dedup();
    assert_eq!(page_order, case_order, "cases in priority order");
    for f in &flags {
        let shown = page.iter().find(|p| p["acc"] == json!(f.accession_number) && p["finding"] == json!(f.finding)).unwrap();
        assert_eq!(shown["heading"], json!(f.accession_number));
        assert_eq!(shown["shown"], json!(f.finding));
        assert_eq!(shown["evidence"], json!(f.evidence), "evidence of {} {} highlighted in the report", f.accession_number, f.finding);
    }
    let source = browser.source();
    for name in PATIENT_NAMES {
        assert!(!source.contains(name), "patient name {name:?} on the rendered page");
    }

    // The thumbnail enlarges to the full-size image; Escape closes it.
    let first = &flags[0].accession_number;
    browser.click(&format!("article.case[data-acc=\"{first}\"] button.thumb"));
    browser.wait_for(
        "the full-size image",
        "const i = document.getElementById('lightbox-img'); return !document.getElementById('lightbox').hidden \
         && i.complete && i.naturalWidth > 0 && i.src.endsWith('/review/img/' + arguments[0] + '.png');",
        json!([first]),
    );
    browser.press(&[ESCAPE]);
    assert_eq!(browser.js("return document.getElementById('lightbox').hidden;", json!([])), json!(true));

    // A flag with a heatmap toggles the case's image to it (AI-positive flags have one).
    let heat = browser.js(
        "const b = document.querySelector('section.flag .heat-toggle'); if (!b) return null; \
         const f = b.closest('section.flag'); return [f.dataset.acc, f.dataset.finding];",
        json!([]),
    );
    let Some([acc, finding]) = heat.as_array().map(Vec::as_slice) else { panic!("no flag with a heatmap toggle") };
    {
        let (acc, finding) = (acc.as_str().unwrap(), finding.as_str().unwrap());
        browser.click(&format!("{} .heat-toggle", flag_selector(acc, finding)));
        browser.wait_for(
            "the heatmap in the case view",
            "const data = JSON.parse(document.getElementById('review-data').textContent); \
             const c = data.cases.find((c) => c.accession_number === arguments[0]); \
             const f = c.flags.find((f) => f.finding === arguments[1]); \
             const i = document.querySelector('article.case[data-acc=\"' + arguments[0] + '\"] .thumb img'); \
             return i.complete && i.naturalWidth > 0 && i.src.endsWith('/review/' + f.heatmap);",
            json!([acc, finding]),
        );
    }

    // Verdicts: two by click (the second changed once), one by keyboard (j moves to the next
    // flag, 4 gives it "report misread").
    browser.type_into("#reviewer", REVIEWER);
    let (a0, f0) = flags_in_page(&page, 0);
    let (a1, f1) = flags_in_page(&page, 1);
    let (a2, f2) = flags_in_page(&page, 2);
    browser.click(&verdict_button(&a0, &f0, "confirmed_missed"));
    browser.click(&verdict_button(&a1, &f1, "confirmed_not_relevant"));
    browser.click(&verdict_button(&a1, &f1, "ai_false_positive"));
    browser.click(&format!("{} .flag-head .finding", flag_selector(&a1, &f1)));
    browser.press(&["j", "4"]);
    let mut want: BTreeMap<(String, String), &str> = BTreeMap::new();
    want.insert((a0.clone(), f0.clone()), "confirmed_missed");
    want.insert((a1.clone(), f1.clone()), "ai_false_positive");
    want.insert((a2.clone(), f2.clone()), "report_misread");
    let check_verdicts = |when: &str| {
        let page: Vec<Value> = serde_json::from_value(browser.js(PAGE_FLAGS, json!([]))).unwrap();
        for p in &page {
            let k = (p["acc"].as_str().unwrap().to_owned(), p["finding"].as_str().unwrap().to_owned());
            let v = want.get(&k).copied().unwrap_or("");
            assert_eq!(p["verdict"], json!(v), "{when}: verdict of {k:?}");
            let pressed: Vec<&str> = if v.is_empty() { vec![] } else { vec![v] };
            assert_eq!(p["pressed"], json!(pressed), "{when}: pressed button of {k:?}");
        }
        let count = browser.js("return document.getElementById('progress-count').textContent + '/' + document.getElementById('progress-total').textContent;", json!([]));
        assert_eq!(count, json!(format!("{}/{}", want.len(), flags.len())), "{when}: progress counter");
        page
    };
    let after = check_verdicts("after clicking");
    assert!(after.iter().any(|p| p["acc"] == json!(a2) && p["finding"] == json!(f2) && p["focused"] == json!(true)), "j moved the focus");

    // Verdicts and reviewer survive a reload.
    browser.cmd("POST", "/refresh", json!({}));
    browser.wait_for("the page to render again", READY, json!([]));
    check_verdicts("after reload");
    assert_eq!(browser.js("return document.getElementById('reviewer').value;", json!([])), json!(REVIEWER));

    // Export: verdicts.csv holds exactly the verdicts, in page order, with proper quoting.
    browser.click("#export");
    let csv_path = downloads.join("verdicts.csv");
    let started = Instant::now();
    while !csv_path.exists() || std::fs::read_dir(&downloads).unwrap().any(|e| e.unwrap().file_name().to_string_lossy().ends_with(".crdownload")) {
        assert!(started.elapsed() < WAIT, "verdicts.csv was not downloaded into {}", downloads.display());
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut r = csv::Reader::from_path(&csv_path).unwrap();
    assert_eq!(r.headers().unwrap(), vec!["accession_number", "finding", "verdict", "reviewer", "timestamp"]);
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let got: Vec<(String, String, String)> = rows.iter().map(|r| (r[0].to_owned(), r[1].to_owned(), r[2].to_owned())).collect();
    let in_page_order: Vec<(String, String, String)> =
        [(&a0, &f0), (&a1, &f1), (&a2, &f2)].iter().map(|(a, f)| ((*a).clone(), (*f).clone(), want[&((*a).clone(), (*f).clone())].to_owned())).collect();
    assert_eq!(got, in_page_order);
    for row in &rows {
        assert_eq!(&row[3], REVIEWER);
        assert!(is_iso_utc(&row[4]), "timestamp {:?} is ISO 8601 UTC", &row[4]);
    }

    // Untrusted report text stays text, and character offsets still land on the evidence after a
    // character outside the BMP (two UTF-16 units in JavaScript): the same data with a hostile
    // prefix on one report, rendered beside the real page so its images resolve.
    let mut page: PageData = serde_json::from_str(embedded_json(&html)).expect("embedded data parses");
    let case = page.cases.iter_mut().find(|c| c.flags.iter().any(|f| f.trigger_end > 0)).expect("a flag with a cue in the report");
    let shift = HOSTILE.chars().count() as u32;
    case.report_text = format!("{HOSTILE}{}", case.report_text);
    for f in case.flags.iter_mut().filter(|f| !f.evidence.is_empty()) {
        f.evidence_start += shift;
        f.evidence_end += shift;
        if f.trigger_end > 0 {
            f.trigger_start += shift;
            f.trigger_end += shift;
        }
    }
    let (acc, report) = (case.accession_number.clone(), case.report_text.clone());
    let evidence: Vec<(String, String)> = case.flags.iter().map(|f| (f.finding.to_string(), f.evidence.clone())).collect();
    let cues: Vec<(String, String)> =
        case.flags.iter().filter(|f| f.trigger_end > 0).map(|f| (f.finding.to_string(), f.trigger.clone())).collect();
    page.run_id = "hostile".into();
    let hostile = out.join("review/hostile.html");
    std::fs::write(&hostile, render_index(&page)).unwrap();
    browser.goto(&file_url(&hostile));
    browser.wait_for("the hostile page to render", READY, json!([]));
    let shown = browser.js(
        "const p = document.querySelector('article.case[data-acc=\"' + arguments[0] + '\"] .report-text'); \
         return { elements: p.querySelectorAll('img, script').length, xss: window.__xss || null, \
                  text: Array.from(p.childNodes).filter((n) => !(n.classList && n.classList.contains('ev-tag'))).map((n) => n.textContent).join('') };",
        json!([acc]),
    );
    assert_eq!(shown, json!({"elements": 0, "xss": null, "text": report}), "report shown as text");
    let page_flags: Vec<Value> = serde_json::from_value(browser.js(PAGE_FLAGS, json!([]))).unwrap();
    for (finding, ev) in evidence {
        let f = page_flags.iter().find(|p| p["acc"] == json!(acc) && p["finding"] == json!(finding)).unwrap();
        assert_eq!(f["evidence"], json!(ev), "evidence of {acc} {finding} after an astral character");
    }
    // The cue is marked once, where the engine found it (its offsets, shifted like the evidence).
    assert!(!cues.is_empty());
    for (finding, cue) in cues {
        let f = page_flags.iter().find(|p| p["acc"] == json!(acc) && p["finding"] == json!(finding)).unwrap();
        assert_eq!(f["cues"], json!([cue]), "cue of {acc} {finding}");
    }
}

/// The JSON inside index.html's data tag.
fn embedded_json(html: &str) -> &str {
    let open = r#"<script type="application/json" id="review-data">"#;
    let start = html.find(open).expect("data tag") + open.len();
    &html[start..start + html[start..].find("</script>").expect("data tag closes")]
}

fn flags_in_page(page: &[Value], i: usize) -> (String, String) {
    (page[i]["acc"].as_str().unwrap().to_owned(), page[i]["finding"].as_str().unwrap().to_owned())
}

/// YYYY-MM-DDTHH:MM:SS(.fff)Z, as JavaScript's toISOString writes.
fn is_iso_utc(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    b.len() >= 20
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && s.ends_with('Z')
}
