//! `stats --plot`: one PNG of horizontal bars (rate) with whiskers (Wilson 95% interval).
//!
//! Takes the [`StatsRow`]s; gives `stats.png`: one line per group and finding, one panel per
//! rate (unreported, hedged, unconfirmed, flagged; with verdicts also confirmed missed and PPV).
//! Each panel has its own scale (0 to a round number above its largest upper bound), so rare
//! rates stay visible. Labels use a built-in 5x7 bitmap font (upper case, digits, a few signs).

use std::path::Path;

use image::{ImageFormat, Rgb, RgbImage};

use super::{ALL, ANY_FINDING, StatsRow};

const SCALE: u32 = 2;
const GLYPH_W: u32 = 6 * SCALE;
const GLYPH_H: u32 = 7 * SCALE;
const ROW_H: u32 = 20;
const GROUP_GAP: u32 = 10;
const PANEL_W: u32 = 200;
const PANEL_GAP: u32 = 28;
const MARGIN: u32 = 12;
const HEADER_H: u32 = 2 * (GLYPH_H + 6) + 8;
const FOOTER_H: u32 = GLYPH_H + 16;

const WHITE: Rgb<u8> = Rgb([255, 255, 255]);
const BLACK: Rgb<u8> = Rgb([0, 0, 0]);
const GRID: Rgb<u8> = Rgb([225, 225, 225]);
const AXIS: Rgb<u8> = Rgb([120, 120, 120]);

/// Bar colour per finding line (Okabe-Ito palette, readable with colour blindness).
fn colour(finding: &str) -> Rgb<u8> {
    match finding {
        "nodule" => Rgb([0, 114, 178]),
        "pneumothorax" => Rgb([230, 159, 0]),
        "consolidation" => Rgb([0, 158, 115]),
        _ => Rgb([90, 90, 90]),
    }
}

/// (panel title, rate, low, high) of one row; `None` where the rate is undefined.
type Metric = (&'static str, fn(&StatsRow) -> Option<(f64, f64, f64)>);

fn metrics(with_verdicts: bool) -> Vec<Metric> {
    let mut m: Vec<Metric> = vec![
        ("UNREPORTED", |r| Some((r.unreported_rate, r.unreported_low, r.unreported_high))),
        ("HEDGED", |r| Some((r.hedged_rate, r.hedged_low, r.hedged_high))),
        ("UNCONFIRMED", |r| Some((r.unconfirmed_rate, r.unconfirmed_low, r.unconfirmed_high))),
        ("FLAGGED", |r| Some((r.flagged_rate, r.flagged_low, r.flagged_high))),
    ];
    if with_verdicts {
        m.push(("CONFIRMED MISSED", |r| {
            Some((r.confirmed_missed_rate?, r.confirmed_missed_low?, r.confirmed_missed_high?))
        }));
        m.push(("PPV OF FLAGS", |r| Some((r.ppv?, r.ppv_low?, r.ppv_high?))));
    }
    m
}

/// Smallest of 0.1%, 0.2%, 0.5%, 1%, ... 100% that is at least `x`.
fn nice_max(x: f64) -> f64 {
    const STEPS: [f64; 10] = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0];
    STEPS.into_iter().find(|&s| s >= x - 1e-12).unwrap_or(1.0)
}

fn percent_label(x: f64) -> String {
    let p = x * 100.0;
    if p < 1.0 { format!("{p:.1}%") } else { format!("{p:.0}%") }
}

/// Renders the chart.
pub fn render(rows: &[StatsRow]) -> RgbImage {
    let with_verdicts = rows.iter().any(|r| r.reviewed.is_some());
    let metrics = metrics(with_verdicts);
    // Lines: a group heading before each group's findings.
    enum Line<'a> {
        Heading(String),
        Row(&'a StatsRow),
    }
    let mut lines = Vec::new();
    let mut current: Option<(&str, &str)> = None;
    for r in rows {
        if current != Some((r.by.as_str(), r.group.as_str())) {
            current = Some((r.by.as_str(), r.group.as_str()));
            let heading = if r.by == ALL { "ALL STUDIES".to_owned() } else { format!("{}: {}", r.by, r.group) };
            lines.push(Line::Heading(heading));
        }
        lines.push(Line::Row(r));
    }
    let groups = lines.iter().filter(|l| matches!(l, Line::Heading(_))).count() as u32;
    let label_chars = lines
        .iter()
        .map(|l| match l {
            Line::Heading(h) => h.chars().count().min(48),
            Line::Row(r) => r.finding.len() + 2,
        })
        .max()
        .unwrap_or(10) as u32;
    let label_w = label_chars * GLYPH_W + MARGIN;
    let n = metrics.len() as u32;
    let width = MARGIN + label_w + n * (PANEL_W + PANEL_GAP) + MARGIN;
    let height = MARGIN + HEADER_H + lines.len() as u32 * ROW_H + groups * GROUP_GAP + FOOTER_H;
    let mut img = RgbImage::from_pixel(width, height, WHITE);

    let maxima: Vec<f64> = metrics
        .iter()
        .map(|(_, get)| nice_max(rows.iter().filter_map(get).map(|(_, _, hi)| hi).fold(0.0, f64::max)))
        .collect();
    let panel_x = |i: u32| MARGIN + label_w + i * (PANEL_W + PANEL_GAP);
    let top = MARGIN + HEADER_H;
    let bottom = height - FOOTER_H;

    // Panel titles, scale labels and grid lines (quarters of the scale).
    for (i, ((title, _), max)) in metrics.iter().zip(&maxima).enumerate() {
        let x0 = panel_x(i as u32);
        text(&mut img, x0, MARGIN, title, BLACK);
        text(&mut img, x0, MARGIN + GLYPH_H + 6, "0", AXIS);
        let max_label = percent_label(*max);
        let lw = max_label.len() as u32 * GLYPH_W;
        text(&mut img, x0 + PANEL_W - lw.min(PANEL_W), MARGIN + GLYPH_H + 6, &max_label, AXIS);
        for q in 0..=4 {
            let x = x0 + q * PANEL_W / 4;
            vline(&mut img, x, top - 4, bottom, if q == 0 { AXIS } else { GRID });
        }
    }

    let mut y = top;
    for line in &lines {
        match line {
            Line::Heading(h) => {
                if y > top {
                    y += GROUP_GAP;
                }
                let h: String = h.chars().take(48).collect();
                text(&mut img, MARGIN, y + (ROW_H - GLYPH_H) / 2, &h, BLACK);
            }
            Line::Row(r) => {
                let c = colour(&r.finding);
                text(&mut img, MARGIN + 2 * GLYPH_W, y + (ROW_H - GLYPH_H) / 2, &r.finding, c);
                let mid = y + ROW_H / 2;
                for (i, ((_, get), max)) in metrics.iter().zip(&maxima).enumerate() {
                    let Some((rate, low, high)) = get(r) else { continue };
                    let x0 = panel_x(i as u32);
                    let at = |v: f64| x0 + ((v / max).clamp(0.0, 1.0) * f64::from(PANEL_W)).round() as u32;
                    let bar_end = at(rate);
                    fill(&mut img, x0, mid - 5, bar_end.max(x0 + 1), mid + 5, c);
                    hline(&mut img, at(low), at(high), mid, BLACK);
                    vline(&mut img, at(low), mid - 4, mid + 4, BLACK);
                    vline(&mut img, at(high), mid - 4, mid + 4, BLACK);
                }
            }
        }
        y += ROW_H;
    }
    let note = format!(
        "BAR: RATE. WHISKER: WILSON 95% CI. RATE OF STUDIES (PPV: OF REVIEWED FLAGS). {ANY_FINDING}: ANY FINDING."
    );
    text(&mut img, MARGIN, height - FOOTER_H + 8, &note, AXIS);
    img
}

/// Renders and writes the chart atomically.
pub fn write_png(rows: &[StatsRow], path: &Path) -> anyhow::Result<()> {
    let img = render(rows);
    crate::output::atomic_write(path, |f| {
        let mut w = std::io::BufWriter::new(f);
        img.write_to(&mut w, ImageFormat::Png)?;
        Ok(())
    })
}

fn fill(img: &mut RgbImage, x0: u32, y0: u32, x1: u32, y1: u32, c: Rgb<u8>) {
    for y in y0..y1.min(img.height()) {
        for x in x0..x1.min(img.width()) {
            img.put_pixel(x, y, c);
        }
    }
}

fn hline(img: &mut RgbImage, x0: u32, x1: u32, y: u32, c: Rgb<u8>) {
    fill(img, x0, y, x1 + 1, y + 1, c);
}

fn vline(img: &mut RgbImage, x: u32, y0: u32, y1: u32, c: Rgb<u8>) {
    fill(img, x, y0, x + 1, y1 + 1, c);
}

/// Draws `s` in upper case with its top-left corner at (x, y); clipped at the image edge.
fn text(img: &mut RgbImage, x: u32, y: u32, s: &str, c: Rgb<u8>) {
    for (i, ch) in s.chars().enumerate() {
        let rows = glyph(ch);
        let gx = x + i as u32 * GLYPH_W;
        for (dy, bits) in rows.iter().enumerate() {
            for dx in 0..5u32 {
                if bits & (0b10000 >> dx) != 0 {
                    let px = gx + dx * SCALE;
                    let py = y + dy as u32 * SCALE;
                    fill(img, px, py, px + SCALE, py + SCALE, c);
                }
            }
        }
    }
}

/// 5x7 bitmap of a character, one row per byte, leftmost column in bit 4. Letters are drawn
/// upper case, common accented letters without their accent; anything else is a '?'.
fn glyph(ch: char) -> [u8; 7] {
    let ch = match ch.to_ascii_uppercase() {
        'á' | 'à' | 'ä' | 'â' | 'Á' | 'À' | 'Ä' | 'Â' => 'A',
        'é' | 'è' | 'ë' | 'ê' | 'É' | 'È' | 'Ë' | 'Ê' => 'E',
        'í' | 'ì' | 'ï' | 'î' | 'Í' | 'Ì' | 'Ï' | 'Î' => 'I',
        'ó' | 'ò' | 'ö' | 'ô' | 'Ó' | 'Ò' | 'Ö' | 'Ô' => 'O',
        'ú' | 'ù' | 'ü' | 'û' | 'Ú' | 'Ù' | 'Ü' | 'Û' => 'U',
        other => other,
    };
    match ch {
        'A' => [0b01110, 0b10001, 0b10001, 0b11111, 0b10001, 0b10001, 0b10001],
        'B' => [0b11110, 0b10001, 0b10001, 0b11110, 0b10001, 0b10001, 0b11110],
        'C' => [0b01110, 0b10001, 0b10000, 0b10000, 0b10000, 0b10001, 0b01110],
        'D' => [0b11110, 0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b11110],
        'E' => [0b11111, 0b10000, 0b10000, 0b11110, 0b10000, 0b10000, 0b11111],
        'F' => [0b11111, 0b10000, 0b10000, 0b11110, 0b10000, 0b10000, 0b10000],
        'G' => [0b01110, 0b10001, 0b10000, 0b10111, 0b10001, 0b10001, 0b01111],
        'H' => [0b10001, 0b10001, 0b10001, 0b11111, 0b10001, 0b10001, 0b10001],
        'I' => [0b01110, 0b00100, 0b00100, 0b00100, 0b00100, 0b00100, 0b01110],
        'J' => [0b00111, 0b00010, 0b00010, 0b00010, 0b00010, 0b10010, 0b01100],
        'K' => [0b10001, 0b10010, 0b10100, 0b11000, 0b10100, 0b10010, 0b10001],
        'L' => [0b10000, 0b10000, 0b10000, 0b10000, 0b10000, 0b10000, 0b11111],
        'M' => [0b10001, 0b11011, 0b10101, 0b10101, 0b10001, 0b10001, 0b10001],
        'N' => [0b10001, 0b10001, 0b11001, 0b10101, 0b10011, 0b10001, 0b10001],
        'O' => [0b01110, 0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b01110],
        'P' => [0b11110, 0b10001, 0b10001, 0b11110, 0b10000, 0b10000, 0b10000],
        'Q' => [0b01110, 0b10001, 0b10001, 0b10001, 0b10101, 0b10010, 0b01101],
        'R' => [0b11110, 0b10001, 0b10001, 0b11110, 0b10100, 0b10010, 0b10001],
        'S' => [0b01111, 0b10000, 0b10000, 0b01110, 0b00001, 0b00001, 0b11110],
        'T' => [0b11111, 0b00100, 0b00100, 0b00100, 0b00100, 0b00100, 0b00100],
        'U' => [0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b01110],
        'V' => [0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b01010, 0b00100],
        'W' => [0b10001, 0b10001, 0b10001, 0b10101, 0b10101, 0b10101, 0b01010],
        'X' => [0b10001, 0b10001, 0b01010, 0b00100, 0b01010, 0b10001, 0b10001],
        'Y' => [0b10001, 0b10001, 0b10001, 0b01010, 0b00100, 0b00100, 0b00100],
        'Z' => [0b11111, 0b00001, 0b00010, 0b00100, 0b01000, 0b10000, 0b11111],
        '0' => [0b01110, 0b10001, 0b10011, 0b10101, 0b11001, 0b10001, 0b01110],
        '1' => [0b00100, 0b01100, 0b00100, 0b00100, 0b00100, 0b00100, 0b01110],
        '2' => [0b01110, 0b10001, 0b00001, 0b00010, 0b00100, 0b01000, 0b11111],
        '3' => [0b11111, 0b00010, 0b00100, 0b00010, 0b00001, 0b10001, 0b01110],
        '4' => [0b00010, 0b00110, 0b01010, 0b10010, 0b11111, 0b00010, 0b00010],
        '5' => [0b11111, 0b10000, 0b11110, 0b00001, 0b00001, 0b10001, 0b01110],
        '6' => [0b00110, 0b01000, 0b10000, 0b11110, 0b10001, 0b10001, 0b01110],
        '7' => [0b11111, 0b00001, 0b00010, 0b00100, 0b01000, 0b01000, 0b01000],
        '8' => [0b01110, 0b10001, 0b10001, 0b01110, 0b10001, 0b10001, 0b01110],
        '9' => [0b01110, 0b10001, 0b10001, 0b01111, 0b00001, 0b00010, 0b01100],
        ' ' => [0; 7],
        '%' => [0b11000, 0b11001, 0b00010, 0b00100, 0b01000, 0b10011, 0b00011],
        '.' => [0, 0, 0, 0, 0, 0b01100, 0b01100],
        ',' => [0, 0, 0, 0, 0b01100, 0b00100, 0b01000],
        ':' => [0, 0b01100, 0b01100, 0, 0b01100, 0b01100, 0],
        '-' => [0, 0, 0, 0b11111, 0, 0, 0],
        '+' => [0, 0b00100, 0b00100, 0b11111, 0b00100, 0b00100, 0],
        '/' => [0, 0b00001, 0b00010, 0b00100, 0b01000, 0b10000, 0],
        '_' => [0, 0, 0, 0, 0, 0, 0b11111],
        '(' => [0b00010, 0b00100, 0b01000, 0b01000, 0b01000, 0b00100, 0b00010],
        ')' => [0b01000, 0b00100, 0b00010, 0b00010, 0b00010, 0b00100, 0b01000],
        '[' => [0b01110, 0b01000, 0b01000, 0b01000, 0b01000, 0b01000, 0b01110],
        ']' => [0b01110, 0b00010, 0b00010, 0b00010, 0b00010, 0b00010, 0b01110],
        _ => [0b01110, 0b10001, 0b00001, 0b00010, 0b00100, 0, 0b00100],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_rounds_up_to_a_readable_maximum() {
        assert_eq!(nice_max(0.0), 0.001);
        assert_eq!(nice_max(0.0014), 0.002);
        assert_eq!(nice_max(0.3), 0.5);
        assert_eq!(nice_max(1.0), 1.0);
        assert_eq!(percent_label(0.002), "0.2%");
        assert_eq!(percent_label(0.5), "50%");
    }
}
