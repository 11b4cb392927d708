//! What is wrong with a text that is not JSON, as data: the words are the
//! catalog's (`json-*` in `l10n/`), said by `words::data_problem` in the
//! reader's language.

/// What the parser found where it expected something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// The text ended.
    End,
    /// A control character, named by its code point (it cannot be shown).
    Control(u32),
    Char(char),
}

/// What the parser expected where it stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Value,
    CommaOrBracket,
    CommaOrBrace,
    FieldName,
    Digit,
    DigitAfterPoint,
    ExponentDigit,
}

impl Expected {
    /// The catalog's key for it (`json-expected`'s selector).
    pub fn key(self) -> &'static str {
        match self {
            Expected::Value => "value",
            Expected::CommaOrBracket => "comma-or-bracket",
            Expected::CommaOrBrace => "comma-or-brace",
            Expected::FieldName => "field-name",
            Expected::Digit => "digit",
            Expected::DigitAfterPoint => "digit-after-point",
            Expected::ExponentDigit => "exponent-digit",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonFault {
    Expected(Expected, Found),
    /// `:` missing after the field name `key`.
    ExpectedColon { key: String, found: Found },
    TextAfterEnd,
    TooDeep,
    ListEndsWithComma,
    ObjectEndsWithComma,
    DuplicateField(String),
    LeadingZero,
    NumberTooLarge,
    UnescapedControl,
    UnclosedText,
    UnknownEscape(Found),
    ShortUnicodeEscape,
    UnpairedSurrogate,
    LoneSurrogate,
}
