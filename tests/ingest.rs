//! Ingest on real files: every transfer syntax decodes to the same pixels, MONOCHROME1 is
//! inverted, and bad files give clear errors instead of crashes.

use std::path::PathBuf;

use dubbelcheck::classifier::card::WindowMode;
use dubbelcheck::ingest::{self, FileKind, IngestError, dicom};

mod common;
use common::root;

fn fixture(rel: &str) -> PathBuf {
    root().join("tests/fixtures").join(rel)
}

const LOSSLESS: [&str; 6] = [
    "inv_explicit_le.dcm",
    "inv_implicit_le.dcm",
    "inv_rle.dcm",
    "inv_jpeg_lossless_sv1.dcm",
    "inv_jpegls_lossless.dcm",
    "inv_j2k_lossless.dcm",
];

#[test]
fn every_lossless_syntax_and_monochrome1_decode_to_the_same_grey() {
    let reference = dicom::decode_grey(&fixture("invariance/inv_explicit_le.dcm"), WindowMode::Dicom).unwrap();
    assert_eq!((reference.width, reference.height), (512, 512));
    let spread = reference.data.iter().fold((1f32, 0f32), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    assert!(spread.1 - spread.0 > 0.5, "the window should use most of the grey range: {spread:?}");
    for name in LOSSLESS {
        let path = fixture(&format!("invariance/{name}"));
        let meta = dicom::read_header(&path, ingest::sniff(&path).unwrap()).unwrap();
        assert_eq!(meta.accession_number, "INV0001", "{name}");
        let grey = dicom::decode_grey(&path, WindowMode::Dicom).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(grey.data == reference.data, "{name} decodes to different grey values");
    }
    let mono1 = fixture("invariance/inv_monochrome1_explicit_le.dcm");
    assert_eq!(dicom::read_header(&mono1, FileKind::DicomFile).unwrap().photometric, "MONOCHROME1");
    let grey = dicom::decode_grey(&mono1, WindowMode::Dicom).unwrap();
    let worst = grey.data.iter().zip(&reference.data).map(|(a, b)| (a - b).abs()).fold(0f32, f32::max);
    assert!(worst <= 1e-6, "MONOCHROME1 copy differs by {worst} after inversion");
}

#[test]
fn minmax_window_is_also_invariant() {
    let a = dicom::decode_grey(&fixture("invariance/inv_rle.dcm"), WindowMode::MinMax).unwrap();
    let b = dicom::decode_grey(&fixture("invariance/inv_j2k_lossless.dcm"), WindowMode::MinMax).unwrap();
    assert!(a.data == b.data);
    let lo = a.data.iter().copied().fold(f32::MAX, f32::min);
    let hi = a.data.iter().copied().fold(f32::MIN, f32::max);
    assert_eq!((lo, hi), (0.0, 1.0));
}

#[test]
fn bad_files_give_reasons_not_panics() {
    let cases = [
        ("bad/empty.dcm", "empty"),
        ("bad/x.dcm", "not dicom"),
        ("bad/preamble_garbage.dcm", "header"),
        ("bad/truncated_header.dcm", "header"),
        ("bad/pixel_length_mismatch.dcm", "decode"),
    ];
    for (rel, expect) in cases {
        let path = fixture(rel);
        let kind = ingest::sniff(&path).unwrap();
        let result = match kind {
            FileKind::DicomFile | FileKind::DicomDataset => {
                dicom::read_header(&path, kind).and_then(|_| dicom::decode_grey(&path, WindowMode::Dicom))
            }
            _ => Err(IngestError::NotDicom),
        };
        let err = result.expect_err(rel);
        let msg = err.to_string();
        match expect {
            "empty" | "not dicom" => assert!(matches!(err, IngestError::NotDicom), "{rel}: {msg}"),
            "header" => assert!(matches!(err, IngestError::Header(_)), "{rel}: {msg}"),
            _ => assert!(matches!(err, IngestError::Decode { .. }), "{rel}: {msg}"),
        }
    }
}

#[test]
fn samples_headers_and_corrupt_pixel_data() {
    let corrupt = root().join("samples/studies/2024-03-04/DC24000109/IM0001.dcm");
    let meta = dicom::read_header(&corrupt, FileKind::DicomFile).expect("the header of the truncated file is intact");
    assert_eq!(meta.accession_number, "DC24000109");
    let err = dicom::decode_grey(&corrupt, WindowMode::Dicom).expect_err("pixel data is cut in half");
    assert!(matches!(err, IngestError::CorruptPixelData(_)), "{err}");

    let ko = root().join("samples/studies/2024-03-03/DC24000107/KO0001.dcm");
    assert!(matches!(dicom::read_header(&ko, FileKind::DicomFile), Err(IngestError::NoPixelData(_))));

    // JPEG baseline (lossy, 8-bit) and the rescaled CR decode to sensible images.
    for rel in ["2024-03-02/DC24000104", "2024-03-04/DC24000108", "2024-03-02/DC24000105"] {
        let dir = root().join("samples/studies").join(rel);
        let file = std::fs::read_dir(&dir).unwrap().next().unwrap().unwrap().path();
        let grey = dicom::decode_grey(&file, WindowMode::Dicom).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let mean = grey.data.iter().sum::<f32>() / grey.data.len() as f32;
        assert!(mean > 0.05 && mean < 0.95, "{rel}: mean grey {mean}");
    }
}
