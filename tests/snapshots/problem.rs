// @generated from `ui/specs/problem.toml` by link-errors-codegen; see tests/snapshots.rs.

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
pub enum Pay {
    /// Card declined.
    ///
    /// Code `card_declined`.
    ///
    /// On screen: **Declined**. The bank declined the card.
    ///
    /// Fields: `http_status` = 402, `hint` = "Try another card.".
    ///
    /// *Spec: `ui/specs/problem.toml`, line 24.*
    CardDeclined,
    /// Too many requests.
    ///
    /// Code `rate_limited`.
    ///
    /// Fields: `http_status` = 429, `hint` = none.
    ///
    /// *Spec: `ui/specs/problem.toml`, line 32.*
    RateLimited,
    /// The amount is not valid.
    ///
    /// Code `bad_amount`.
    ///
    /// Fields: `http_status` = 400, `hint` = none.
    ///
    /// *Spec: `ui/specs/problem.toml`, line 37.*
    BadAmount,
}
#[allow(deprecated, dead_code)]
impl Pay {
    /// Every code, in spec order.
    #[allow(clippy::large_stack_arrays)]
    pub const ALL: [Self; 3] = [Self::CardDeclined, Self::RateLimited, Self::BadAmount];
    /// How many codes the spec has.
    pub const COUNT: ::core::primitive::usize = 3;
    /// The wire string of every code, in spec order.
    #[allow(clippy::large_stack_arrays)]
    pub const CODES: [&::core::primitive::str; 3] = [
        "card_declined",
        "rate_limited",
        "bad_amount",
    ];
    /// The code whose presence in the rollback list arms the EXIT button
    /// (`exit_button = true` in the spec), if any.
    pub const EXIT_CODE: ::core::option::Option<Self> = ::core::option::Option::None;
    /// On-screen errors the vendor shows without a code (the spec's `[[screen]]`s).
    pub const SCREEN_ONLY: &[::link_errors::__private_v0_1::Screen] = &[];
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
            "Card declined.",
            "Too many requests.",
            "The amount is not valid.",
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
                        "The bank declined the card.",
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
            *b"card_decdeclined\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFrate_lim_limited\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFbad_amoud_amount",
        );
        static __SLOTS: [(::core::primitive::u8, Pay); 8usize] = [
            (13, Pay::CardDeclined),
            (255, Pay::CardDeclined),
            (255, Pay::CardDeclined),
            (255, Pay::CardDeclined),
            (255, Pay::CardDeclined),
            (12, Pay::RateLimited),
            (255, Pay::CardDeclined),
            (10, Pay::BadAmount),
        ];
        let __b = code.as_bytes();
        let __n = __b.len();
        if __n.wrapping_sub(10usize) > 3usize {
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
    pub const LOCALES: &'static [&'static ::core::primitive::str] = &["en", "es"];
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
            "Tarjeta rechazada.",
            "Demasiadas peticiones.",
            "El importe no es válido.",
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
                        ::core::option::Option::Some(["Rechazada"][l - 1])
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
                            ["El banco ha rechazado la tarjeta."][l - 1],
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
        const OTHERS: &[&[::link_errors::__private_v0_1::Screen]] = &[&[]];
        match ::link_errors::__private_v0_1::locale_index(Self::LOCALES, locale) {
            0 => Self::SCREEN_ONLY,
            l => OTHERS[l - 1],
        }
    }
    /// The HTTP status this code answers with.
    ///
    /// Field `http_status` of type `u16`, default 400.
    #[inline]
    #[must_use]
    pub const fn http_status(self) -> ::core::primitive::u16 {
        #[allow(clippy::large_stack_arrays)]
        static VALUES: [::core::primitive::u16; 3] = [402, 429, 400];
        VALUES[self.index()]
    }
    /// What the user can do.
    ///
    /// Field `hint` of type `text`, optional.
    #[inline]
    #[must_use]
    pub const fn hint(self) -> ::core::option::Option<&'static ::core::primitive::str> {
        #[allow(clippy::large_stack_arrays)]
        static VALUES: [::core::option::Option<&::core::primitive::str>; 3] = [
            ::core::option::Option::Some("Try another card."),
            ::core::option::Option::None,
            ::core::option::Option::None,
        ];
        VALUES[self.index()]
    }
    /// [`hint`](Self::hint) in `locale`: exact, then with subtags dropped, then the first locale.
    #[must_use]
    pub fn hint_in(
        self,
        locale: &::core::primitive::str,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        match ::link_errors::__private_v0_1::locale_index(Self::LOCALES, locale) {
            1 => {
                #[allow(clippy::large_stack_arrays)]
                static VALUES: [::core::option::Option<&::core::primitive::str>; 3] = [
                    ::core::option::Option::Some("Prueba con otra tarjeta."),
                    ::core::option::Option::None,
                    ::core::option::Option::None,
                ];
                VALUES[self.index()]
            }
            _ => self.hint(),
        }
    }
}
const _: () = {
    #[automatically_derived]
    impl ::core::fmt::Debug for Pay {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            #[allow(dead_code)]
            static NAMES: [&::core::primitive::str; 3] = [
                "CardDeclined",
                "RateLimited",
                "BadAmount",
            ];
            f.write_str(NAMES[self.index()])
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Pay {
        /// The code's message.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.message())
        }
    }
    #[automatically_derived]
    impl ::core::error::Error for Pay {}
    #[automatically_derived]
    impl ::core::convert::AsRef<::core::primitive::str> for Pay {
        fn as_ref(&self) -> &::core::primitive::str {
            self.code()
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Pay {
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
    impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for Pay {
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
    impl ::link_errors::__private_v0_1::ErrorCode for Pay {
        const COUNT: ::core::primitive::usize = 3;
        const ALL: &[Self] = &Pay::ALL;
        const CODES: &[&::core::primitive::str] = &Pay::CODES;
        const LINK: &'static ::link_errors::__private_v0_1::LinkSpec<'static> = &::link_errors::__private_v0_1::LinkSpec::DEFAULT
            .with_token_param("token")
            .with_rollback_param("rollback")
            .with_rollback_all("true")
            .with_separator(",")
            .with_error_param("error")
            .with_reserved(&[]);
        const EXIT_CODE: ::core::option::Option<Self> = Pay::EXIT_CODE;
        const SCREEN_ONLY: &[::link_errors::__private_v0_1::Screen] = Pay::SCREEN_ONLY;
        type Bits = ::core::primitive::u8;
        const ALL_BITS: ::core::primitive::u8 = 7;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            Pay::index(self)
        }
        #[inline]
        fn code(self) -> &'static ::core::primitive::str {
            Pay::code(self)
        }
        #[inline]
        fn message(self) -> &'static ::core::primitive::str {
            Pay::message(self)
        }
        #[inline]
        fn aliases(self) -> &'static [&'static ::core::primitive::str] {
            Pay::aliases(self)
        }
        #[inline]
        fn screen(
            self,
        ) -> ::core::option::Option<&'static ::link_errors::__private_v0_1::Screen> {
            Pay::screen(self)
        }
        #[inline]
        fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
            Pay::from_code(code)
        }
    }
    ::link_errors::__private_v0_1::impl_serde!(Pay);
};
#[automatically_derived]
impl ::link_errors::__private_v0_1::ProblemDetails for Pay {
    const PROBLEM: &'static ::link_errors::__private_v0_1::ProblemSpec = &::link_errors::__private_v0_1::ProblemSpec {
        type_template: "https://errors.example/{code}",
        unknown: ::link_errors::__private_v0_1::ProblemText {
            status: 502u16,
            title: &["Unknown error", "Error desconocido"],
            detail: &[
                "The provider reported an error we do not know yet.",
                "El proveedor ha devuelto un error que aún no conocemos.",
            ],
        },
        malformed: ::link_errors::__private_v0_1::ProblemText {
            status: 400u16,
            title: &["Invalid callback", "Retorno no válido"],
            detail: &[],
        },
    };
    #[inline]
    fn problem_status(self) -> ::core::primitive::u16 {
        self.http_status()
    }
    #[inline]
    fn problem_detail_in(
        self,
        locale: &::core::primitive::str,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        self.hint_in(locale)
    }
    #[inline]
    fn problem_title_in(
        self,
        locale: &::core::primitive::str,
    ) -> &'static ::core::primitive::str {
        self.message_in(locale)
    }
}
impl Pay {
    /// This code's problem details (RFC 9457) in `locale`, as the spec's `[problem]`
    /// says: its status, its `type` URI, its message as `title`, its detail, and the
    /// code as the extension member `code`. With the `axum` feature it is a response.
    #[must_use]
    pub fn problem(
        self,
        locale: &::core::primitive::str,
    ) -> ::link_errors::__private_v0_1::Problem {
        <Self as ::link_errors::__private_v0_1::ProblemDetails>::problem(self, locale)
    }
}
