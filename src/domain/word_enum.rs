//! `word_enum!`: an enum whose variants are fixed words (`active`,
//! `partner-center`, …) — the same word in JSON, on the command line, in CSV
//! files and in the database, so one definition keeps all four in step.

macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, clap::ValueEnum)]
        pub enum $name { $( #[serde(rename = $word)] #[value(name = $word)] $variant ),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim();
                Self::ALL.iter().copied().find(|v| v.as_str().eq_ignore_ascii_case(s))
            }
            pub fn words() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
            /// Like [`Self::parse`], for a value read from a file or a flag:
            /// an unknown word is status 2 naming the `field` and the choices.
            pub fn parse_field(s: &str, field: &str) -> Result<$name, crate::error::Error> {
                Self::parse(s).ok_or_else(|| {
                    crate::error::Error::invalid(format!(
                        "unknown {field} '{}': expected one of {}",
                        s.trim(),
                        Self::words()
                    ))
                })
            }
        }

        /// Stored as its word: a column reads back only the words csp writes.
        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::Borrowed(
                    rusqlite::types::ValueRef::Text(self.as_str().as_bytes()),
                ))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                let word = value.as_str()?;
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == word)
                    .ok_or_else(|| {
                        rusqlite::types::FromSqlError::Other(
                            format!(
                                "unknown {} '{}' in the database",
                                stringify!($name),
                                word.escape_debug()
                            )
                            .into(),
                        )
                    })
            }
        }

        /// On PostgreSQL too, a text column holding the word.
        impl postgres::types::ToSql for $name {
            fn to_sql(
                &self,
                ty: &postgres::types::Type,
                out: &mut postgres::types::private::BytesMut,
            ) -> Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
                self.as_str().to_sql(ty, out)
            }
            fn accepts(ty: &postgres::types::Type) -> bool {
                <&str as postgres::types::ToSql>::accepts(ty)
            }
            postgres::types::to_sql_checked!();
        }

        impl<'a> postgres::types::FromSql<'a> for $name {
            fn from_sql(
                ty: &postgres::types::Type,
                raw: &'a [u8],
            ) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
                let word = <&str as postgres::types::FromSql>::from_sql(ty, raw)?;
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == word)
                    .ok_or_else(|| {
                        format!(
                            "unknown {} '{}' in the database",
                            stringify!($name),
                            word.escape_debug()
                        )
                        .into()
                    })
            }
            fn accepts(ty: &postgres::types::Type) -> bool {
                <&str as postgres::types::FromSql>::accepts(ty)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use word_enum;
