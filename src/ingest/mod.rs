//! Stage 1, ingest: finds radiographs and reports and reads them.
//!
//! Takes a studies folder (walked recursively, DICOM recognised by content), an optional PNG/JPEG
//! manifest and a reports file; gives [`ImageMeta`](crate::records::ImageMeta) from a header-only
//! pass, [`Report`](crate::records::Report)s, and, later and one image at a time, decoded
//! [`GreyImage`]s. Every unreadable item becomes an [`ItemError`](crate::records::ItemError).

pub mod dicom;
pub mod raster;
pub mod reports;

use std::path::{Path, PathBuf};

/// A decoded radiograph as display grey values in [0, 1], bright = dense (MONOCHROME2 sense).
#[derive(Debug, Clone, PartialEq)]
pub struct GreyImage {
    pub width: usize,
    pub height: usize,
    /// Row-major, `width * height` values.
    pub data: Vec<f32>,
}

impl GreyImage {
    pub fn at(&self, x: usize, y: usize) -> f32 {
        self.data[y * self.width + x]
    }
}

/// Why an image could not be read or decoded. The message is what ends up in `errors.csv`.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("not a DICOM file (no DICM preamble and no parseable data set)")]
    NotDicom,
    #[error("unreadable or truncated DICOM header: {0}")]
    Header(String),
    #[error("truncated or corrupt pixel data: {0}")]
    CorruptPixelData(String),
    #[error("no pixel data (SOP class {0}); not an image")]
    NoPixelData(String),
    #[error("pixel data could not be decoded ({transfer_syntax}): {reason}")]
    Decode { transfer_syntax: String, reason: String },
    #[error("unsupported image: {0}")]
    Unsupported(String),
    #[error("could not read file: {0}")]
    Io(#[from] std::io::Error),
}

/// What a file under the studies folder looks like, judged by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// "DICM" magic at offset 128 (standard) or 0 (preamble stripped).
    DicomFile,
    /// No magic, but the bytes start like a little-endian data set (group 0008).
    DicomDataset,
    /// PNG or JPEG signature.
    Raster,
    Other,
}

/// Recognises a file by content, whatever its extension.
pub fn sniff(path: &Path) -> std::io::Result<FileKind> {
    use std::io::Read;
    let mut head = [0u8; 132];
    let mut f = std::fs::File::open(path)?;
    let mut n = 0;
    while n < head.len() {
        let got = f.read(&mut head[n..])?;
        if got == 0 {
            break;
        }
        n += got;
    }
    let head = &head[..n];
    Ok(if head.len() >= 132 && &head[128..132] == b"DICM" || head.starts_with(b"DICM") {
        FileKind::DicomFile
    } else if head.starts_with(&[0x89, b'P', b'N', b'G']) || head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        FileKind::Raster
    } else if head.len() >= 8 && head[0] == 0x08 && head[1] == 0x00 && head[3] == 0x00 {
        // (0008,xxxx) with a small element number: an implicit/explicit VR LE data set without
        // file meta, as some archives export.
        FileKind::DicomDataset
    } else {
        FileKind::Other
    })
}

/// Walks a folder recursively in a stable (sorted) order, skipping hidden entries.
pub fn walk_files(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')))
            .collect();
        entries.sort();
        for p in entries.into_iter().rev() {
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}
