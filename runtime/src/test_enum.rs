//! Hand-written `ErrorCode` enums for the runtime's own unit tests, standing in for what
//! `#[link_errors::spec]` generates: Flanks' seven codes; a small lower-case spec whose
//! separator must be percent-encoded; and 130 lower-case codes (bits in `[u64; 3]`) with
//! renamed parameters and no base URL.
#![allow(clippy::cast_possible_truncation)]

use core::fmt;

use crate::code::{ErrorCode, LinkSpec, Screen};

macro_rules! test_enum {
    ($name:ident: $bits:ty, $link:expr, exit $exit:expr;
     $($v:ident = $code:literal $(| $alias:literal)*),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($v),* }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.message())
            }
        }

        impl ErrorCode for $name {
            const COUNT: usize = Self::ALL.len();
            const ALL: &'static [Self] = &[$(Self::$v),*];
            const CODES: &'static [&'static str] = &[$($code),*];
            const LINK: &'static LinkSpec = &$link;
            const EXIT_CODE: Option<Self> = $exit;
            const SCREEN_ONLY: &'static [Screen] = &[];
            type Bits = $bits;
            const ALL_BITS: $bits = ((1u128 << Self::COUNT) - 1) as $bits;

            fn index(self) -> usize {
                self as usize
            }
            fn code(self) -> &'static str {
                Self::CODES[self.index()]
            }
            fn message(self) -> &'static str {
                match self { $(Self::$v => concat!("The ", $code, " message.")),* }
            }
            fn aliases(self) -> &'static [&'static str] {
                match self { $(Self::$v => &[$($alias),*]),* }
            }
            fn screen(self) -> Option<&'static Screen> {
                None
            }
            fn from_code(code: &str) -> Option<Self> {
                match code {
                    $($code $(| $alias)* => Some(Self::$v),)*
                    _ => None,
                }
            }
        }
    };
}

test_enum! {
    Flanks: u8,
    LinkSpec::DEFAULT.with_url("https://platform.flanks.io/link"),
    exit Some(Flanks::AbortedByUser);
    InvalidCredentials = "INVALID_CREDENTIALS" | "INVALID_CREDS",
    InvalidSca = "INVALID_SCA",
    CredentialsAlreadyExist = "CREDENTIALS_ALREADY_EXIST",
    InternalError = "INTERNAL_ERROR",
    AbortedByUser = "ABORTED_BY_USER",
    ScaTypeNotAllowed = "SCA_TYPE_NOT_ALLOWED",
    UserInteractionNeeded = "USER_INTERACTION_NEEDED",
}

test_enum! {
    Spaced: u8,
    LinkSpec::DEFAULT
        .with_url("http://localhost:8080/connect?v=2")
        .with_token_param("key")
        .with_rollback_param("redirect_on")
        .with_rollback_all("*")
        .with_separator(" ")
        .with_error_param("reason")
        .with_reserved(&["state"]),
    exit None;
    Denied = "denied",
    Expired = "expired",
    Oauth = "oauth-error",
}

/// 130 codes: `Big(i)` is the code at `i` in [`CODES`](ErrorCode::CODES).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Big(pub u8);

impl fmt::Display for Big {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

const BIG_ALL: [Big; 130] = {
    let mut all = [Big(0); 130];
    let mut i = 0;
    while i < 130 {
        all[i] = Big(i as u8);
        i += 1;
    }
    all
};

impl ErrorCode for Big {
    const COUNT: usize = 130;
    const ALL: &'static [Self] = &BIG_ALL;
    const CODES: &'static [&'static str] = &[
        "invalid_request",
        "oauth-error",
        "access_denied",
        "aborted.by.user",
        "code_004",
        "code_005",
        "code_006",
        "code_007",
        "code_008",
        "code_009",
        "code_010",
        "code_011",
        "code_012",
        "code_013",
        "code_014",
        "code_015",
        "code_016",
        "code_017",
        "code_018",
        "code_019",
        "code_020",
        "code_021",
        "code_022",
        "code_023",
        "code_024",
        "code_025",
        "code_026",
        "code_027",
        "code_028",
        "code_029",
        "code_030",
        "code_031",
        "code_032",
        "code_033",
        "code_034",
        "code_035",
        "code_036",
        "code_037",
        "code_038",
        "code_039",
        "code_040",
        "code_041",
        "code_042",
        "code_043",
        "code_044",
        "code_045",
        "code_046",
        "code_047",
        "code_048",
        "code_049",
        "code_050",
        "code_051",
        "code_052",
        "code_053",
        "code_054",
        "code_055",
        "code_056",
        "code_057",
        "code_058",
        "code_059",
        "code_060",
        "code_061",
        "code_062",
        "code_063",
        "code_064",
        "code_065",
        "code_066",
        "code_067",
        "code_068",
        "code_069",
        "code_070",
        "code_071",
        "code_072",
        "code_073",
        "code_074",
        "code_075",
        "code_076",
        "code_077",
        "code_078",
        "code_079",
        "code_080",
        "code_081",
        "code_082",
        "code_083",
        "code_084",
        "code_085",
        "code_086",
        "code_087",
        "code_088",
        "code_089",
        "code_090",
        "code_091",
        "code_092",
        "code_093",
        "code_094",
        "code_095",
        "code_096",
        "code_097",
        "code_098",
        "code_099",
        "code_100",
        "code_101",
        "code_102",
        "code_103",
        "code_104",
        "code_105",
        "code_106",
        "code_107",
        "code_108",
        "code_109",
        "code_110",
        "code_111",
        "code_112",
        "code_113",
        "code_114",
        "code_115",
        "code_116",
        "code_117",
        "code_118",
        "code_119",
        "code_120",
        "code_121",
        "code_122",
        "code_123",
        "code_124",
        "code_125",
        "code_126",
        "code_127",
        "code_128",
        "code_129",
    ];
    const LINK: &'static LinkSpec = &LinkSpec::DEFAULT
        .with_token_param("t")
        .with_rollback_param("on_error")
        .with_rollback_all("all")
        .with_separator(";")
        .with_error_param("err")
        .with_reserved(&["lang"]);
    const EXIT_CODE: Option<Self> = Some(Big(3));
    const SCREEN_ONLY: &'static [Screen] = &[];
    type Bits = [u64; 3];
    const ALL_BITS: [u64; 3] = [u64::MAX, u64::MAX, 0b11];

    fn index(self) -> usize {
        usize::from(self.0)
    }
    fn code(self) -> &'static str {
        Self::CODES[self.index()]
    }
    fn message(self) -> &'static str {
        "A code of the big test spec."
    }
    fn aliases(self) -> &'static [&'static str] {
        if self.0 == 0 {
            &["invalid-request"]
        } else {
            &[]
        }
    }
    fn screen(self) -> Option<&'static Screen> {
        None
    }
    fn from_code(code: &str) -> Option<Self> {
        if code == "invalid-request" {
            return Some(Big(0));
        }
        Self::CODES
            .iter()
            .position(|c| *c == code)
            .map(|i| BIG_ALL[i])
    }
}
