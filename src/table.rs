//! Output tables derived from record types.
//!
//! [`table_record!`] declares a record struct once; the same declaration yields the column
//! names, their documentation and the conversion to a Polars `DataFrame`. There is no second,
//! hand-maintained schema to drift out of step with the struct.

use polars::prelude::*;

use crate::finding::{Discrepancy, Finding, Laterality, ReportStatus};

/// A field type that can become one Polars column.
pub trait Cell {
    fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Column
    where
        Self: 'a;
}

macro_rules! copy_cell {
    ($($ty:ty),*) => {$(
        impl Cell for $ty {
            fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Column {
                Column::new(name.into(), values.copied().collect::<Vec<$ty>>())
            }
        }
        impl Cell for Option<$ty> {
            fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Column {
                Column::new(name.into(), values.copied().collect::<Vec<Option<$ty>>>())
            }
        }
    )*};
}
copy_cell!(f32, f64, bool, u32, u64, i64);

impl Cell for String {
    fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Column {
        Column::new(name.into(), values.map(String::as_str).collect::<Vec<&str>>())
    }
}

impl Cell for Option<String> {
    fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Column {
        Column::new(name.into(), values.map(Option::as_deref).collect::<Vec<Option<&str>>>())
    }
}

macro_rules! name_cell {
    ($($ty:ty),*) => {$(
        impl Cell for $ty {
            fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Column {
                Column::new(name.into(), values.map(|v| v.as_str()).collect::<Vec<&str>>())
            }
        }
    )*};
}
name_cell!(Finding, ReportStatus, Discrepancy, Laterality);

/// Declares a record type whose fields are the columns of an output table.
///
/// Each field's doc comment is kept as the column's description (see `COLUMN_DOCS`).
macro_rules! table_record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[doc = $doc:literal])+ pub $field:ident : $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[doc = $doc])+ pub $field: $ty, )*
        }

        impl $name {
            /// Column names, in table order.
            pub const COLUMNS: &'static [&'static str] = &[$(stringify!($field)),*];
            /// (column, description) pairs taken from the field doc comments.
            pub const COLUMN_DOCS: &'static [(&'static str, &'static str)] =
                &[$((stringify!($field), concat!($($doc),+))),*];

            /// Builds a DataFrame with one row per record.
            pub fn to_frame(rows: &[Self]) -> ::polars::prelude::PolarsResult<::polars::prelude::DataFrame> {
                let columns = vec![
                    $( <$ty as $crate::table::Cell>::column(stringify!($field), rows.iter().map(|r| &r.$field)), )*
                ];
                ::polars::prelude::DataFrame::new(rows.len(), columns)
            }
        }
    };
}
pub(crate) use table_record;

/// Reads a string column of a frame as owned optional strings (nulls stay `None`).
pub fn str_column(df: &DataFrame, name: &str) -> PolarsResult<Vec<Option<String>>> {
    let col = df.column(name)?;
    let col = if col.dtype() == &DataType::String { col.clone() } else { col.cast(&DataType::String)? };
    Ok(col.str()?.iter().map(|v| v.map(str::to_owned)).collect())
}
