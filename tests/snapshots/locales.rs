// @generated from `ui/specs/locales_no_screens.toml` by link-errors-codegen; see tests/snapshots.rs.

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
pub enum Codes {
    /// Denied.
    ///
    /// Code `DENIED`.
    ///
    /// *Spec: `ui/specs/locales_no_screens.toml`, line 6.*
    Denied,
    /// Expired.
    ///
    /// Code `EXPIRED`.
    ///
    /// *Spec: `ui/specs/locales_no_screens.toml`, line 10.*
    Expired,
}
#[allow(deprecated, dead_code)]
impl Codes {
    /// Every code, in spec order.
    #[allow(clippy::large_stack_arrays)]
    pub const ALL: [Self; 2] = [Self::Denied, Self::Expired];
    /// How many codes the spec has.
    pub const COUNT: ::core::primitive::usize = 2;
    /// The wire string of every code, in spec order.
    #[allow(clippy::large_stack_arrays)]
    pub const CODES: [&::core::primitive::str; 2] = ["DENIED", "EXPIRED"];
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
        let all: &'static [Self; 2] = &Self::ALL;
        if index < 2 {
            ::core::option::Option::Some(all[index])
        } else {
            ::core::option::Option::None
        }
    }
    /// The wire string, as sent in `rollback` and received in `error`.
    #[inline]
    #[must_use]
    pub const fn code(self) -> &'static ::core::primitive::str {
        let codes: &'static [&'static ::core::primitive::str; 2] = &Self::CODES;
        codes[self.index()]
    }
    /// The description of the code (also its `Display` text).
    #[inline]
    #[must_use]
    pub const fn message(self) -> &'static ::core::primitive::str {
        static MESSAGES: [&::core::primitive::str; 2] = ["Denied.", "Expired."];
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
        ::core::option::Option::None
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
        #[inline(always)]
        fn __small(b: &[::core::primitive::u8]) -> ::core::primitive::u64 {
            let n = b.len();
            if n >= 4 {
                let mut a = [0u8; 4];
                a.copy_from_slice(&b[..4]);
                let mut z = [0u8; 4];
                z.copy_from_slice(&b[n - 4..]);
                (::core::primitive::u32::from_le_bytes(a) as ::core::primitive::u64)
                    | ((::core::primitive::u32::from_le_bytes(z)
                        as ::core::primitive::u64) << 32)
            } else if n > 0 {
                (b[0] as ::core::primitive::u64)
                    | ((b[n / 2] as ::core::primitive::u64) << 8)
                    | ((b[n - 1] as ::core::primitive::u64) << 16)
            } else {
                0
            }
        }
        #[repr(align(64))]
        struct __Rows([::core::primitive::u8; 32usize]);
        static __ROWS: __Rows = __Rows(
            *b"EXPIIRED\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFDENINIED\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
        );
        static __SLOTS: [(::core::primitive::u8, Codes); 4usize] = [
            (7, Codes::Expired),
            (255, Codes::Denied),
            (6, Codes::Denied),
            (255, Codes::Denied),
        ];
        let __b = code.as_bytes();
        let __n = __b.len();
        if __n.wrapping_sub(6usize) > 1usize {
            return ::core::option::Option::None;
        }
        let __x: [::core::primitive::u64; 1usize] = [__small(__b)];
        let __even: ::core::primitive::u64 = __x[0usize];
        let __odd: ::core::primitive::u64 = __n as ::core::primitive::u64;
        let __s = ((__even ^ __odd.rotate_left(32)).wrapping_mul(16294208416658607535u64)
            >> 62u32) as ::core::primitive::usize;
        let __e = &__ROWS.0[__s * 8usize..__s * 8usize + 8usize];
        let __d: ::core::primitive::u64 = __w8(__e, 0usize) ^ __x[0usize];
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
        static OTHERS: [&::core::primitive::str; 2] = ["Denegado.", "Caducado."];
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
            _ => ::core::option::Option::None,
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
            _ => ::core::option::Option::None,
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
}
const _: () = {
    #[automatically_derived]
    impl ::core::fmt::Debug for Codes {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            #[allow(dead_code)]
            static NAMES: [&::core::primitive::str; 2] = ["Denied", "Expired"];
            f.write_str(NAMES[self.index()])
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Codes {
        /// The code's message.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.message())
        }
    }
    #[automatically_derived]
    impl ::core::error::Error for Codes {}
    #[automatically_derived]
    impl ::core::convert::AsRef<::core::primitive::str> for Codes {
        fn as_ref(&self) -> &::core::primitive::str {
            self.code()
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Codes {
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
    impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for Codes {
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
    impl ::link_errors::__private_v0_1::ErrorCode for Codes {
        const COUNT: ::core::primitive::usize = 2;
        const ALL: &[Self] = &Codes::ALL;
        const CODES: &[&::core::primitive::str] = &Codes::CODES;
        const LINK: &'static ::link_errors::__private_v0_1::LinkSpec<'static> = &::link_errors::__private_v0_1::LinkSpec::DEFAULT
            .with_token_param("token")
            .with_rollback_param("rollback")
            .with_rollback_all("true")
            .with_separator(",")
            .with_error_param("error")
            .with_reserved(&[]);
        const EXIT_CODE: ::core::option::Option<Self> = Codes::EXIT_CODE;
        const SCREEN_ONLY: &[::link_errors::__private_v0_1::Screen] = Codes::SCREEN_ONLY;
        type Bits = ::core::primitive::u8;
        const ALL_BITS: ::core::primitive::u8 = 3;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            Codes::index(self)
        }
        #[inline]
        fn code(self) -> &'static ::core::primitive::str {
            Codes::code(self)
        }
        #[inline]
        fn message(self) -> &'static ::core::primitive::str {
            Codes::message(self)
        }
        #[inline]
        fn aliases(self) -> &'static [&'static ::core::primitive::str] {
            Codes::aliases(self)
        }
        #[inline]
        fn screen(
            self,
        ) -> ::core::option::Option<&'static ::link_errors::__private_v0_1::Screen> {
            Codes::screen(self)
        }
        #[inline]
        fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
            Codes::from_code(code)
        }
    }
    ::link_errors::__private_v0_1::impl_serde!(Codes);
};
