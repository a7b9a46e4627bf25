//! Stage 2, pair: image headers + reports -> studies to score.
//!
//! Pairs by accession number, falling back to the study instance UID when a report carries one.
//! Only chest radiographs (CR/DX, chest or unspecified body part) in frontal view (PA/AP) are
//! scored; everything left out gets a row in errors.csv saying why.

use std::collections::BTreeMap;

use crate::records::{ImageMeta, ItemError, Report, Study};

/// Modalities of projection radiography.
const RADIOGRAPHY: [&str; 4] = ["CR", "DX", "DR", "RG"];
/// Body Part Examined values meaning chest (empty: not filled in, common for CR).
const CHEST: [&str; 5] = ["CHEST", "THORAX", "LUNG", "THORAX_PA", ""];

#[derive(Debug, Default)]
pub struct Paired {
    pub studies: Vec<Study>,
    pub errors: Vec<ItemError>,
}

/// Joins images to reports. Deterministic: studies come out sorted by key.
pub fn pair(images: Vec<ImageMeta>, reports: Vec<Report>) -> Paired {
    let mut errors = Vec::new();
    let mut by_key: BTreeMap<String, Vec<ImageMeta>> = BTreeMap::new();
    // Accessions whose images were all left out on purpose: their reports are skipped too.
    let mut skipped_studies: BTreeMap<String, String> = BTreeMap::new();
    for img in images {
        let path = img.path.display().to_string();
        let not_ours = if !img.raster && !RADIOGRAPHY.contains(&img.modality.as_str()) {
            Some(format!("not a radiograph (modality {})", or_blank(&img.modality)))
        } else if !CHEST.contains(&img.body_part.as_str()) {
            Some(format!("not a chest study (body part {})", img.body_part))
        } else {
            None
        };
        if let Some(reason) = not_ours {
            skipped_studies.insert(img.accession_number.clone(), reason.clone());
            errors.push(ItemError::skipped(path, "pair", reason));
            continue;
        }
        let key = if img.accession_number.is_empty() { img.study_instance_uid.clone() } else { img.accession_number.clone() };
        if key.is_empty() {
            errors.push(ItemError::new(path, "pair", "image has neither accession number nor study instance UID"));
            continue;
        }
        by_key.entry(key).or_default().push(img);
    }

    // Reports by accession; several reports for one accession (addenda) are joined in file order.
    let mut report_by_acc: BTreeMap<String, Report> = BTreeMap::new();
    for r in reports {
        match report_by_acc.get_mut(&r.accession_number) {
            Some(existing) => {
                existing.text.push_str("\n\n");
                existing.text.push_str(&r.text);
                existing.source.push_str(&format!(" + {}", r.source));
            }
            None => {
                report_by_acc.insert(r.accession_number.clone(), r);
            }
        }
    }
    let uid_to_acc: BTreeMap<String, String> = report_by_acc
        .values()
        .filter_map(|r| r.study_instance_uid.clone().map(|u| (u, r.accession_number.clone())))
        .collect();

    let mut studies = Vec::new();
    for (key, mut imgs) in by_key {
        imgs.sort_by(|a, b| a.sop_instance_uid.cmp(&b.sop_instance_uid).then(a.path.cmp(&b.path)));
        let report = report_by_acc.remove(&key).or_else(|| {
            let uid = &imgs[0].study_instance_uid;
            uid_to_acc.get(uid).and_then(|acc| report_by_acc.remove(acc))
        });
        let (frontal, lateral): (Vec<_>, Vec<_>) = imgs.into_iter().partition(ImageMeta::is_frontal);
        for img in &lateral {
            errors.push(ItemError::skipped(
                img.path.display().to_string(),
                "pair",
                format!("{} view skipped: only frontal (PA/AP) views are scored", img.view_position),
            ));
        }
        match report {
            None => errors.push(ItemError::new(key, "pair", "image without report: no report with this accession number or study instance UID")),
            Some(_) if frontal.is_empty() => errors.push(ItemError::new(key, "pair", "study has no frontal (PA/AP) image to score")),
            Some(report) => studies.push(Study { key, images: frontal, report }),
        }
    }
    for (acc, r) in report_by_acc {
        let item = format!("{acc} ({})", r.source);
        match skipped_studies.get(&acc) {
            Some(reason) => errors.push(ItemError::skipped(item, "pair", format!("report of a skipped study: {reason}"))),
            None => errors.push(ItemError::new(item, "pair", "report without image: no study with this accession number")),
        }
    }
    Paired { studies, errors }
}

fn or_blank(s: &str) -> &str {
    if s.is_empty() { "missing" } else { s }
}

/// One part of a study set split into `count` parts, for job arrays (SLURM, Kubernetes): each
/// study, and each error row, belongs to exactly one part, decided by a stable hash of its key
/// (the study key after pairing; the file path or accession for errors), so the parts' tables
/// together are the unsplit run's tables, whatever the order or machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl Shard {
    pub const ALL: Shard = Shard { index: 0, count: 1 };

    pub fn contains(&self, key: &str) -> bool {
        // FNV-1a, 64 bit: fixed by its definition, unlike std's hasher.
        let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3));
        hash % u64::from(self.count) == u64::from(self.index)
    }
}

impl std::str::FromStr for Shard {
    type Err = String;

    /// "I/N", 0-based: `--shard 3/16` (SLURM: `$SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || format!("shard '{s}': expected I/N with 0 <= I < N, e.g. 3/16");
        let (i, n) = s.split_once('/').ok_or_else(err)?;
        let (index, count) = (i.trim().parse::<u32>().map_err(|_| err())?, n.trim().parse::<u32>().map_err(|_| err())?);
        if count == 0 || index >= count {
            return Err(err());
        }
        Ok(Shard { index, count })
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn img(acc: &str, sop: &str, view: &str) -> ImageMeta {
        ImageMeta {
            accession_number: acc.into(),
            sop_instance_uid: sop.into(),
            study_instance_uid: format!("1.2.{acc}"),
            view_position: view.into(),
            modality: "DX".into(),
            body_part: "CHEST".into(),
            path: format!("/s/{sop}.dcm").into(),
            ..Default::default()
        }
    }

    fn report(acc: &str, uid: Option<&str>) -> Report {
        Report { accession_number: acc.into(), study_instance_uid: uid.map(Into::into), text: "Geen afwijkingen.".into(), ..Default::default() }
    }

    #[test]
    fn pairs_by_accession_and_falls_back_to_study_uid() {
        let images = [img("A1", "1", "PA"), img("A1", "2", "LL"), img("", "3", "AP"), img("A3", "4", "PA")];
        let mut third = images[2].clone();
        third.study_instance_uid = "9.9".into();
        let images = vec![images[0].clone(), images[1].clone(), third, images[3].clone()];
        let reports = vec![report("A1", None), report("X9", Some("9.9")), report("A4", None)];
        let p = pair(images, reports);
        let keys: Vec<&str> = p.studies.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, ["9.9", "A1"]);
        assert_eq!(p.studies[1].images.len(), 1, "lateral is not scored");
        let reasons: Vec<String> = p.errors.iter().map(|e| format!("{} {} {}", e.item, e.severity, e.reason)).collect();
        assert!(reasons.iter().any(|r| r.contains("/s/2.dcm skipped LL view skipped")), "{reasons:?}");
        assert!(reasons.iter().any(|r| r.starts_with("A3 error image without report")), "{reasons:?}");
        assert!(reasons.iter().any(|r| r.starts_with("A4 (") && r.contains("report without image")), "{reasons:?}");
    }

    #[test]
    fn non_chest_and_non_radiograph_are_skipped() {
        let mut ct = img("C1", "5", "");
        ct.modality = "CT".into();
        let mut knee = img("K1", "6", "PA");
        knee.body_part = "KNEE".into();
        let p = pair(vec![ct, knee], vec![]);
        assert!(p.studies.is_empty());
        assert_eq!(p.errors.len(), 2);
        assert!(p.errors.iter().all(|e| e.severity == "skipped"));
    }

    #[test]
    fn shards_partition_keys_and_parse_strictly() {
        let shards: Vec<Shard> = (0..3).map(|i| format!("{i}/3").parse().unwrap()).collect();
        let keys: Vec<String> = (0..300).map(|i| format!("DC{i:08}")).collect();
        let mut sizes = [0; 3];
        for k in &keys {
            let owners: Vec<usize> = (0..3).filter(|&i| shards[i].contains(k)).collect();
            assert_eq!(owners.len(), 1, "{k} in {owners:?}");
            sizes[owners[0]] += 1;
        }
        assert!(sizes.iter().all(|&n| n > 60), "uneven split {sizes:?}");
        // FNV-1a is fixed by definition (0xdbbfb41a7604647e for this key, computed in Python):
        // a study's part must never change between versions, or resumed arrays would miss studies.
        assert!(Shard { index: 14, count: 16 }.contains("DC24000101"));
        assert_eq!(["0/1", "2/3"].map(|s| s.parse::<Shard>().unwrap().to_string()), ["0/1", "2/3"]);
        for bad in ["3/3", "1/0", "-1/2", "a/b", "1"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
        assert!(Shard::ALL.contains("anything"));
    }
}
