// `ErrorCode` is implemented by the attribute's generated code only: an impl by hand, however
// complete, does not compile.
use link_errors::{ErrorCode, LinkSpec, Screen};

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Mine {
    A,
}

impl std::fmt::Display for Mine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("A")
    }
}

static LINK: LinkSpec<'static> = LinkSpec::DEFAULT;

impl ErrorCode for Mine {
    const COUNT: usize = 1;
    const ALL: &'static [Self] = &[Mine::A];
    const CODES: &'static [&'static str] = &["A"];
    const LINK: &'static LinkSpec<'static> = &LINK;
    const EXIT_CODE: Option<Self> = None;
    const SCREEN_ONLY: &'static [Screen] = &[];
    type Bits = u8;
    const ALL_BITS: u8 = 1;

    fn index(self) -> usize {
        0
    }
    fn code(self) -> &'static str {
        "A"
    }
    fn message(self) -> &'static str {
        "A"
    }
    fn aliases(self) -> &'static [&'static str] {
        &[]
    }
    fn screen(self) -> Option<&'static Screen> {
        None
    }
    fn from_code(code: &str) -> Option<Self> {
        (code == "A").then_some(Mine::A)
    }
}

fn main() {}
