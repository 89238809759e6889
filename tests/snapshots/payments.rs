// @generated from `ui/specs/payments.toml` by link-errors-codegen; see tests/snapshots.rs.

#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
#[allow(clippy::enum_variant_names)]
pub enum PayError {
    /// The card was declined.
    ///
    /// Code `card_declined`.
    ///
    /// On screen: **Declined**. Try another card.
    ///
    /// Fields: `http_status` = 402, `severity` = "warning", `delta` = -1, `retry` = true, `advice` = "Use another card.", `help_url` = "https://shop.example/help/cards".
    ///
    /// *Spec: `ui/specs/payments.toml`, line 18.*
    CardDeclined,
    /// The card has expired.
    ///
    /// Code `expired_card`.
    ///
    /// Fields: `http_status` = 402, `severity` = "fatal", `delta` = -2147483648, `retry` = true, `advice` = "Check the expiry date.", `help_url` = none.
    ///
    /// *Spec: `ui/specs/payments.toml`, line 26.*
    ExpiredCard,
    /// Too many requests.
    ///
    /// Code `rate_limited`.
    ///
    /// Fields: `http_status` = 429, `severity` = "info", `delta` = -1, `retry` = false, `advice` = "Wait a minute.", `help_url` = none.
    ///
    /// *Spec: `ui/specs/payments.toml`, line 32.*
    RateLimited,
}
/// The values of field `severity` of [`PayError`] (its accessor [`PayError::severity`] returns one).
///
/// - `"info"`: `rate_limited`.
/// - `"warning"`: `card_declined`.
/// - `"fatal"` (the default): `expired_card`.
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
#[derive(::core::fmt::Debug)]
pub enum PayErrorSeverity {
    /// `"info"`
    Info,
    /// `"warning"`
    Warning,
    /// `"fatal"`
    Fatal,
}
impl PayErrorSeverity {
    /// Every value, in the order `one_of` lists them.
    pub const ALL: [Self; 3] = [Self::Info, Self::Warning, Self::Fatal];
    /// The value as the spec writes it.
    #[must_use]
    pub const fn as_str(self) -> &'static ::core::primitive::str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Fatal => "fatal",
        }
    }
}
const _: () = {
    #[automatically_derived]
    impl ::core::fmt::Display for PayErrorSeverity {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PayErrorSeverity {
        type Err = ::link_errors::__private_v0_1::ParseValueError;
        fn from_str(
            s: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            match s {
                "info" => ::core::result::Result::Ok(Self::Info),
                "warning" => ::core::result::Result::Ok(Self::Warning),
                "fatal" => ::core::result::Result::Ok(Self::Fatal),
                _ => {
                    ::core::result::Result::Err(
                        ::link_errors::__private_v0_1::ParseValueError::__new(
                            "severity",
                            s,
                            &["info", "warning", "fatal"],
                        ),
                    )
                }
            }
        }
    }
    ::link_errors::__private_v0_1::impl_serde_value!(PayErrorSeverity);
};
#[allow(deprecated, dead_code)]
impl PayError {
    /// Every code, in spec order.
    #[allow(clippy::large_stack_arrays)]
    pub const ALL: [Self; 3] = [
        Self::CardDeclined,
        Self::ExpiredCard,
        Self::RateLimited,
    ];
    /// How many codes the spec has.
    pub const COUNT: ::core::primitive::usize = 3;
    /// The wire string of every code, in spec order.
    #[allow(clippy::large_stack_arrays)]
    pub const CODES: [&::core::primitive::str; 3] = [
        "card_declined",
        "expired_card",
        "rate_limited",
    ];
    /// The code whose presence in the rollback list arms the EXIT button
    /// (`exit_button = true` in the spec), if any.
    pub const EXIT_CODE: ::core::option::Option<Self> = ::core::option::Option::None;
    /// On-screen errors the vendor shows without a code (the spec's `[[screen]]`s).
    pub const SCREEN_ONLY: &[::link_errors::__private_v0_1::Screen] = &[
        ::link_errors::__private_v0_1::Screen::__new(
            "MAINTENANCE",
            ::core::option::Option::None,
            "Down for maintenance.",
        ),
    ];
    /// The position of this code in spec order (`ALL[e.index()] == e`).
    #[inline]
    #[must_use]
    pub const fn index(self) -> ::core::primitive::usize {
        self as ::core::primitive::usize
    }
    /// The code at `index` in spec order.
    #[inline]
    #[must_use]
    pub const fn from_index(
        index: ::core::primitive::usize,
    ) -> ::core::option::Option<Self> {
        let all: &'static [Self; 3] = &Self::ALL;
        if index < 3 {
            ::core::option::Option::Some(all[index])
        } else {
            ::core::option::Option::None
        }
    }
    /// The wire string, as sent in `rollback` and received in `error`.
    #[inline]
    #[must_use]
    pub const fn code(self) -> &'static ::core::primitive::str {
        let codes: &'static [&'static ::core::primitive::str; 3] = &Self::CODES;
        codes[self.index()]
    }
    /// The description of the code (also its `Display` text).
    #[inline]
    #[must_use]
    pub const fn message(self) -> &'static ::core::primitive::str {
        static MESSAGES: [&::core::primitive::str; 3] = [
            "The card was declined.",
            "The card has expired.",
            "Too many requests.",
        ];
        MESSAGES[self.index()]
    }
    /// Extra wire strings [`from_code`](Self::from_code) accepts for this code.
    #[inline]
    #[must_use]
    pub const fn aliases(self) -> &'static [&'static ::core::primitive::str] {
        &[]
    }
    /// What the vendor's page shows for this error, if the spec says.
    #[inline]
    #[must_use]
    pub const fn screen(
        self,
    ) -> ::core::option::Option<&'static ::link_errors::__private_v0_1::Screen> {
        #[allow(unreachable_patterns)]
        match self {
            Self::CardDeclined => {
                ::core::option::Option::Some(const {
                    &::link_errors::__private_v0_1::Screen::__new(
                        "card_declined",
                        ::core::option::Option::Some("Declined"),
                        "Try another card.",
                    )
                })
            }
            _ => ::core::option::Option::None,
        }
    }
    /// The heading the vendor's page shows for this error, if the spec says.
    #[inline]
    #[must_use]
    pub const fn screen_title(
        self,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        match self.screen() {
            ::core::option::Option::Some(s) => s.title,
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
    /// The text the vendor's page shows for this error, if the spec says.
    #[inline]
    #[must_use]
    pub const fn screen_text(
        self,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        match self.screen() {
            ::core::option::Option::Some(s) => ::core::option::Option::Some(s.text),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
    /// The code for a wire string: exact and case-sensitive; aliases accepted.
    #[must_use]
    pub fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
        #[inline(always)]
        fn __w8(
            b: &[::core::primitive::u8],
            o: ::core::primitive::usize,
        ) -> ::core::primitive::u64 {
            let mut a = [0u8; 8];
            a.copy_from_slice(&b[o..o + 8]);
            ::core::primitive::u64::from_le_bytes(a)
        }
        #[repr(align(64))]
        struct __Rows([::core::primitive::u8; 128usize]);
        static __ROWS: __Rows = __Rows(
            *b"card_decdeclined\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFexpired_red_card\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFrate_lim_limited\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
        );
        static __SLOTS: [(::core::primitive::u8, PayError); 8usize] = [
            (13, PayError::CardDeclined),
            (255, PayError::CardDeclined),
            (255, PayError::CardDeclined),
            (12, PayError::ExpiredCard),
            (255, PayError::CardDeclined),
            (12, PayError::RateLimited),
            (255, PayError::CardDeclined),
            (255, PayError::CardDeclined),
        ];
        let __b = code.as_bytes();
        let __n = __b.len();
        if __n.wrapping_sub(12usize) > 1usize {
            return ::core::option::Option::None;
        }
        let __x: [::core::primitive::u64; 2usize] = [__w8(__b, 0), __w8(__b, __n - 8)];
        let __even: ::core::primitive::u64 = __x[0usize];
        let __odd: ::core::primitive::u64 = __n as ::core::primitive::u64 ^ __x[1usize];
        let __s = ((__even ^ __odd.rotate_left(32)).wrapping_mul(16294208416658607535u64)
            >> 61u32) as ::core::primitive::usize;
        let __e = &__ROWS.0[__s * 16usize..__s * 16usize + 16usize];
        let __d: ::core::primitive::u64 = (__w8(__e, 0usize) ^ __x[0usize])
            | (__w8(__e, 8usize) ^ __x[1usize]);
        let (__len, __v) = __SLOTS[__s];
        let __diff = ((__len as ::core::primitive::u64)
            ^ (__n as ::core::primitive::u64)) | __d;
        ::core::hint::select_unpredictable(
            __diff == 0,
            ::core::option::Option::Some(__v),
            ::core::option::Option::None,
        )
    }
    /// The locales the texts are in (BCP 47 tags), the language of `message()` first;
    /// empty when the spec declares none.
    pub const LOCALES: &'static [&'static ::core::primitive::str] = &["en", "de"];
    /// The message in `locale` ([`message`](Self::message) is the first locale's).
    /// The locale is looked up exactly, then with its last subtags dropped (`es-ES`
    /// finds `es`), ignoring ASCII case; when nothing matches, the first locale's text.
    #[must_use]
    pub fn message_in(
        self,
        locale: &::core::primitive::str,
    ) -> &'static ::core::primitive::str {
        #[allow(clippy::large_stack_arrays)]
        static OTHERS: [&::core::primitive::str; 3] = [
            "Die Karte wurde abgelehnt.",
            "Die Karte ist abgelaufen.",
            "Zu viele Anfragen.",
        ];
        match ::link_errors::__private_v0_1::locale_index(Self::LOCALES, locale) {
            0 => self.message(),
            l => OTHERS[self.index() + l - 1],
        }
    }
    /// The screen's heading in `locale`, if the spec says.
    /// The locale is looked up exactly, then with its last subtags dropped (`es-ES`
    /// finds `es`), ignoring ASCII case; when nothing matches, the first locale's text.
    #[must_use]
    pub fn screen_title_in(
        self,
        locale: &::core::primitive::str,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        match ::link_errors::__private_v0_1::locale_index(Self::LOCALES, locale) {
            0 => self.screen_title(),
            l => {
                #[allow(unreachable_patterns)]
                match self {
                    Self::CardDeclined => {
                        ::core::option::Option::Some(["Abgelehnt"][l - 1])
                    }
                    _ => ::core::option::Option::None,
                }
            }
        }
    }
    /// The screen's text in `locale`, if the spec says.
    /// The locale is looked up exactly, then with its last subtags dropped (`es-ES`
    /// finds `es`), ignoring ASCII case; when nothing matches, the first locale's text.
    #[must_use]
    pub fn screen_text_in(
        self,
        locale: &::core::primitive::str,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        match ::link_errors::__private_v0_1::locale_index(Self::LOCALES, locale) {
            0 => self.screen_text(),
            l => {
                #[allow(unreachable_patterns)]
                match self {
                    Self::CardDeclined => {
                        ::core::option::Option::Some(
                            ["Versuchen Sie eine andere Karte."][l - 1],
                        )
                    }
                    _ => ::core::option::Option::None,
                }
            }
        }
    }
    /// [`SCREEN_ONLY`](Self::SCREEN_ONLY) in `locale`.
    /// The locale is looked up exactly, then with its last subtags dropped (`es-ES`
    /// finds `es`), ignoring ASCII case; when nothing matches, the first locale's text.
    #[must_use]
    pub fn screen_only_in(
        locale: &::core::primitive::str,
    ) -> &'static [::link_errors::__private_v0_1::Screen] {
        const OTHERS: &[&[::link_errors::__private_v0_1::Screen]] = &[
            &[
                ::link_errors::__private_v0_1::Screen::__new(
                    "MAINTENANCE",
                    ::core::option::Option::None,
                    "Wartungsarbeiten.",
                ),
            ],
        ];
        match ::link_errors::__private_v0_1::locale_index(Self::LOCALES, locale) {
            0 => Self::SCREEN_ONLY,
            l => OTHERS[l - 1],
        }
    }
    /// The status the provider answers with.
    ///
    /// Field `http_status` of type `u16`.
    #[inline]
    #[must_use]
    pub const fn http_status(self) -> ::core::primitive::u16 {
        #[allow(clippy::large_stack_arrays)]
        static VALUES: [::core::primitive::u16; 3] = [402, 402, 429];
        VALUES[self.index()]
    }
    /// The `severity` field.
    ///
    /// Field `severity` of type `string`, default "fatal", one of ["info", "warning", "fatal"].
    #[inline]
    #[must_use]
    pub const fn severity(self) -> PayErrorSeverity {
        #[allow(clippy::large_stack_arrays)]
        static VALUES: [PayErrorSeverity; 3] = [
            PayErrorSeverity::Warning,
            PayErrorSeverity::Fatal,
            PayErrorSeverity::Info,
        ];
        VALUES[self.index()]
    }
    /// The `delta` field.
    ///
    /// Field `delta` of type `i32`, default -1.
    #[inline]
    #[must_use]
    pub const fn delta(self) -> ::core::primitive::i32 {
        #[allow(clippy::large_stack_arrays)]
        static VALUES: [::core::primitive::i32; 3] = [-1, -2147483648, -1];
        VALUES[self.index()]
    }
    /// The user can fix this and try again.
    ///
    /// Field `retry` of type `bool`, default false.
    #[inline]
    #[must_use]
    pub const fn retry(self) -> ::core::primitive::bool {
        #[allow(clippy::large_stack_arrays)]
        static VALUES: [::core::primitive::bool; 3] = [true, true, false];
        VALUES[self.index()]
    }
    /// What to tell the user.
    ///
    /// Field `advice` of type `text`.
    #[inline]
    #[must_use]
    pub const fn advice(self) -> &'static ::core::primitive::str {
        #[allow(clippy::large_stack_arrays)]
        static VALUES: [&::core::primitive::str; 3] = [
            "Use another card.",
            "Check the expiry date.",
            "Wait a minute.",
        ];
        VALUES[self.index()]
    }
    /// [`advice`](Self::advice) in `locale`: exact, then with subtags dropped, then the first locale.
    #[must_use]
    pub fn advice_in(
        self,
        locale: &::core::primitive::str,
    ) -> &'static ::core::primitive::str {
        match ::link_errors::__private_v0_1::locale_index(Self::LOCALES, locale) {
            1 => {
                #[allow(clippy::large_stack_arrays)]
                static VALUES: [&::core::primitive::str; 3] = [
                    "Nutzen Sie eine andere Karte.",
                    "Prüfen Sie das Ablaufdatum.",
                    "Warten Sie eine Minute.",
                ];
                VALUES[self.index()]
            }
            _ => self.advice(),
        }
    }
    /// The `help_url` field.
    ///
    /// Field `help_url` of type `string`, optional.
    #[inline]
    #[must_use]
    pub const fn help_url(
        self,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        #[allow(clippy::large_stack_arrays)]
        static VALUES: [::core::option::Option<&::core::primitive::str>; 3] = [
            ::core::option::Option::Some("https://shop.example/help/cards"),
            ::core::option::Option::None,
            ::core::option::Option::None,
        ];
        VALUES[self.index()]
    }
}
const _: () = {
    #[automatically_derived]
    impl ::core::fmt::Debug for PayError {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            #[allow(dead_code)]
            static NAMES: [&::core::primitive::str; 3] = [
                "CardDeclined",
                "ExpiredCard",
                "RateLimited",
            ];
            f.write_str(NAMES[self.index()])
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PayError {
        /// The code's message.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.message())
        }
    }
    #[automatically_derived]
    impl ::core::error::Error for PayError {}
    #[automatically_derived]
    impl ::core::convert::AsRef<::core::primitive::str> for PayError {
        fn as_ref(&self) -> &::core::primitive::str {
            self.code()
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PayError {
        type Err = ::link_errors::__private_v0_1::ParseCodeError;
        fn from_str(
            s: &::core::primitive::str,
        ) -> ::core::result::Result<
            Self,
            ::link_errors::__private_v0_1::ParseCodeError,
        > {
            match Self::from_code(s) {
                ::core::option::Option::Some(code) => ::core::result::Result::Ok(code),
                ::core::option::Option::None => {
                    ::core::result::Result::Err(
                        ::link_errors::__private_v0_1::ParseCodeError::__new(
                            s,
                            &Self::CODES,
                        ),
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for PayError {
        type Error = ::link_errors::__private_v0_1::ParseCodeError;
        fn try_from(
            s: &'a ::core::primitive::str,
        ) -> ::core::result::Result<
            Self,
            ::link_errors::__private_v0_1::ParseCodeError,
        > {
            ::core::str::FromStr::from_str(s)
        }
    }
    #[automatically_derived]
    impl ::link_errors::__private_v0_1::ErrorCode for PayError {
        const COUNT: ::core::primitive::usize = 3;
        const ALL: &[Self] = &PayError::ALL;
        const CODES: &[&::core::primitive::str] = &PayError::CODES;
        const LINK: &'static ::link_errors::__private_v0_1::LinkSpec<'static> = &::link_errors::__private_v0_1::LinkSpec::DEFAULT
            .with_token_param("token")
            .with_rollback_param("rollback")
            .with_rollback_all("true")
            .with_separator(",")
            .with_error_param("error")
            .with_reserved(&[]);
        const EXIT_CODE: ::core::option::Option<Self> = PayError::EXIT_CODE;
        const SCREEN_ONLY: &[::link_errors::__private_v0_1::Screen] = PayError::SCREEN_ONLY;
        type Bits = ::core::primitive::u8;
        const ALL_BITS: ::core::primitive::u8 = 7;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            PayError::index(self)
        }
        #[inline]
        fn code(self) -> &'static ::core::primitive::str {
            PayError::code(self)
        }
        #[inline]
        fn message(self) -> &'static ::core::primitive::str {
            PayError::message(self)
        }
        #[inline]
        fn aliases(self) -> &'static [&'static ::core::primitive::str] {
            PayError::aliases(self)
        }
        #[inline]
        fn screen(
            self,
        ) -> ::core::option::Option<&'static ::link_errors::__private_v0_1::Screen> {
            PayError::screen(self)
        }
        #[inline]
        fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
            PayError::from_code(code)
        }
    }
    ::link_errors::__private_v0_1::impl_serde!(PayError);
};
