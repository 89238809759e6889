//! The link page's base URL: what the build accepts as a spec's `[link] url` and what the
//! link builder accepts as a base, one rule for both, so that a spec the build accepts never
//! makes every link fail at run time.
//!
//! A base is an absolute `http` or `https` URL (the scheme in any case, as RFC 3986 says) with
//! a host: a name, or an IPv6 address in brackets; a port, if written, is digits from 0 to
//! 65535. It may have user information, a path, a query and a fragment. Its query may not
//! already set a parameter the link sets (the token, rollback and error parameters and the
//! reserved names): the link would then carry it twice. No whitespace or control character
//! anywhere. The check is written out rather than done by a URL parser, so the runtime stays
//! lean.

use core::fmt;
use std::net::Ipv6Addr;

use crate::form::query_names;

/// Why a base URL was refused. Each caller phrases the whole message; the reason's words
/// are [`reason`](Self::reason) and `Display`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaseUrlError {
    /// It contains whitespace or a control character.
    Whitespace,
    /// Its scheme is not `http` or `https`, or `://` does not follow it.
    Scheme,
    /// It has no host.
    NoHost,
    /// Its host has a character a host cannot have.
    HostChars,
    /// Its IPv6 host has no closing `]`.
    Ipv6Unclosed,
    /// Its IPv6 host is not an IPv6 address.
    Ipv6Address,
    /// Something other than a port follows its IPv6 host.
    AfterIpv6,
    /// Its port is not a number from 0 to 65535 written in digits.
    Port,
    /// Its query has invalid percent-encoding.
    QueryEncoding,
    /// Its query already sets a parameter the link sets.
    Reserved {
        /// The parameter's name, decoded.
        name: String,
    },
}

impl BaseUrlError {
    /// What is wrong, in words that follow "the URL is invalid:", without the parameter's name
    /// for [`Reserved`](Self::Reserved) (`Display` says it).
    #[must_use]
    pub const fn reason(&self) -> &'static str {
        match self {
            Self::Whitespace => "it contains whitespace or control characters",
            Self::Scheme => "it must start with `http://` or `https://`",
            Self::NoHost => "it has no host",
            Self::HostChars => "its host has characters a host cannot have",
            Self::Ipv6Unclosed => "its IPv6 host has no closing `]`",
            Self::Ipv6Address => "its IPv6 host is not an IPv6 address",
            Self::AfterIpv6 => "it has text after its IPv6 host",
            Self::Port => "its port is not a number from 0 to 65535",
            Self::QueryEncoding => "its query has invalid percent-encoding",
            Self::Reserved { .. } => "its query already sets a parameter the link sets",
        }
    }
}

/// The reason, with the parameter's name for [`BaseUrlError::Reserved`].
impl fmt::Display for BaseUrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Reserved { name } => write!(
                f,
                "its query already has `{}`, a parameter the link sets",
                name.escape_debug()
            ),
            other => f.write_str(other.reason()),
        }
    }
}

impl std::error::Error for BaseUrlError {}

/// Checks `base` against the rule of this module; `is_reserved` says which query names the
/// link sets ([`link::is_reserved`](crate::link::is_reserved) over the link's settings).
///
/// # Errors
/// The first thing wrong with it, in the order of [`BaseUrlError`]'s variants as the URL is
/// read from left to right.
///
/// ```
/// use link_errors_wire::base_url::{BaseUrlError, check};
/// use link_errors_wire::link::is_reserved;
///
/// let reserved = |n: &str| is_reserved(n, ["token", "rollback", "error"], &["lang"]);
/// assert_eq!(check("HTTPS://A.EXAMPLE/link?q=1#top", &reserved), Ok(()));
/// assert_eq!(check("http://[::1]:8080/link", &reserved), Ok(()));
/// assert_eq!(check("https://a.example:99999/link", &reserved), Err(BaseUrlError::Port));
/// assert_eq!(check("http://[zz::1]/link", &reserved), Err(BaseUrlError::Ipv6Address));
/// assert_eq!(
///     check("https://a.example/link?lang=en", &reserved),
///     Err(BaseUrlError::Reserved { name: "lang".into() })
/// );
/// ```
pub fn check(base: &str, is_reserved: &dyn Fn(&str) -> bool) -> Result<(), BaseUrlError> {
    if base.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(BaseUrlError::Whitespace);
    }
    // The scheme is what comes before the first `:`, which `//` follows. (A char, not "://",
    // is searched for: a substring search is code that a debug build compiles for this alone.)
    let rest = base
        .split_once(':')
        .filter(|(scheme, _)| {
            scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")
        })
        .and_then(|(_, rest)| rest.strip_prefix("//"))
        .ok_or(BaseUrlError::Scheme)?;
    let end = rest
        .as_bytes()
        .iter()
        .position(|&b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let authority = &rest[..end];
    check_authority(authority)?;
    let head = base.split('#').next().unwrap_or_default();
    if let Some((_, query)) = head.split_once('?') {
        for name in query_names(query) {
            let name = name.map_err(|_| BaseUrlError::QueryEncoding)?;
            if !name.is_empty() && is_reserved(&name) {
                return Err(BaseUrlError::Reserved {
                    name: name.into_owned(),
                });
            }
        }
    }
    Ok(())
}

/// The authority (`user@host:port`): a host, and a port of digits from 0 to 65535 if any.
fn check_authority(authority: &str) -> Result<(), BaseUrlError> {
    // After the last `@`: user information is before it. (Bytes are searched, here and
    // below, rather than with char patterns, whose searchers a debug build would compile, and
    // through a slice's iterator, whose searches are plain loops where `str::bytes` folds.)
    let host_port = match authority.as_bytes().iter().rposition(|&b| b == b'@') {
        Some(at) => &authority[at + 1..],
        None => authority,
    };
    let port = if let Some(v6) = host_port.strip_prefix('[') {
        let (addr, after) = v6.split_once(']').ok_or(BaseUrlError::Ipv6Unclosed)?;
        addr.parse::<Ipv6Addr>()
            .map_err(|_| BaseUrlError::Ipv6Address)?;
        match after {
            "" => None,
            _ => Some(after.strip_prefix(':').ok_or(BaseUrlError::AfterIpv6)?),
        }
    } else {
        let (host, port) = match host_port.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (host_port, None),
        };
        if host.is_empty() {
            return Err(BaseUrlError::NoHost);
        }
        if host
            .as_bytes()
            .iter()
            .any(|b| b"<>\\^|%\"`{}[]".contains(b))
        {
            return Err(BaseUrlError::HostChars);
        }
        port
    };
    // An empty port (`host:`) is allowed by RFC 3986 and means the scheme's default.
    if let Some(p) = port
        && !p.is_empty()
        && (!p.as_bytes().iter().all(u8::is_ascii_digit) || !is_port_number(p))
    {
        return Err(BaseUrlError::Port);
    }
    Ok(())
}

/// Whether `digits`, ASCII digits, write a number from 0 to 65535 (leading zeros allowed). A
/// loop rather than `u16`'s generic parser, which would be most of this module's compiled code.
fn is_port_number(digits: &str) -> bool {
    let mut n: u32 = 0;
    for b in digits.bytes() {
        n = n * 10 + u32::from(b - b'0');
        if n > 65535 {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::{BaseUrlError, check};
    use crate::link::is_reserved;

    fn run(base: &str) -> Result<(), BaseUrlError> {
        check(base, &|n| {
            is_reserved(n, ["token", "rollback", "error"], &["lang"])
        })
    }

    #[test]
    fn good_bases() {
        for ok in [
            "https://a.example/link",
            "HTTPS://A.EXAMPLE/link",
            "Http://a.example",
            "http://localhost:8080/link#top",
            "https://u:p@[::1]:443",
            "http://[2001:db8::7]/link",
            "https://a.example:/link",
            "https://a.example:0/",
            "https://a.example:65535/",
            "https://a.example:000000080/",
            "https://a.example/l?q=1&",
            "https://a.example/l?q=1#f?token=x",
            "https://a.example/l?tokens=x&%74oke=1",
        ] {
            assert_eq!(run(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn bad_bases() {
        use BaseUrlError as B;
        for (bad, want) in [
            ("", B::Scheme),
            ("platform.flanks.io/link", B::Scheme),
            ("ftp://a.example", B::Scheme),
            ("https:a.example//x", B::Scheme),
            ("https:/a.example", B::Scheme),
            ("http:x://a.example", B::Scheme),
            ("x:https://a.example", B::Scheme),
            ("https:///link", B::NoHost),
            ("https://?q", B::NoHost),
            ("https://u@/x", B::NoHost),
            ("https://a.example:99999/link", B::Port),
            ("https://a.example:65536/link", B::Port),
            ("https://a.example:+80/link", B::Port),
            ("https://a.example:8o/link", B::Port),
            ("http://[::1/link", B::Ipv6Unclosed),
            ("http://[zz::1]/link", B::Ipv6Address),
            ("http://[:::::]/link", B::Ipv6Address),
            ("http://[::1]x/link", B::AfterIpv6),
            ("https://a<b/", B::HostChars),
            ("https://a b.example/", B::Whitespace),
            ("https://a.example/\n", B::Whitespace),
            ("https://a.example/?%ZZ", B::QueryEncoding),
        ] {
            assert_eq!(run(bad), Err(want), "{bad}");
        }
        for (bad, name) in [
            ("https://a.example/link?token=x", "token"),
            ("https://a.example/link?rollback=true", "rollback"),
            ("https://a.example/link?a=1&%65rror", "error"),
            ("https://a.example/link?lang=en#x", "lang"),
        ] {
            assert_eq!(run(bad), Err(B::Reserved { name: name.into() }), "{bad}");
        }
    }

    #[test]
    fn reasons() {
        assert_eq!(
            BaseUrlError::Port.to_string(),
            "its port is not a number from 0 to 65535"
        );
        let reserved = BaseUrlError::Reserved {
            name: "token".into(),
        };
        assert_eq!(
            reserved.to_string(),
            "its query already has `token`, a parameter the link sets"
        );
    }
}
