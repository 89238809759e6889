// @generated from `ui/specs/mixed.toml` by link-errors-codegen; see tests/snapshots.rs.

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
pub enum ApiError {
    /// The request is missing a parameter.
    ///
    /// Code `invalid_request` (also accepted: `bad_request`).
    ///
    /// *Spec: `ui/specs/mixed.toml`, line 7.*
    InvalidRequest,
    /// The identity provider refused.
    ///
    /// Code `oauth-error`.
    ///
    /// *Spec: `ui/specs/mixed.toml`, line 12.*
    OauthError,
    /// The bank did not answer in time.
    ///
    /// Code `v1.timeout`.
    ///
    /// *Spec: `ui/specs/mixed.toml`, line 16.*
    Timeout,
    /// Not found.
    ///
    /// Code `404`.
    ///
    /// *Spec: `ui/specs/mixed.toml`, line 21.*
    NotFound,
    /// Replaced by invalid_request.
    ///
    /// Code `OLD_CODE`.
    ///
    /// *Spec: `ui/specs/mixed.toml`, line 26.*
    #[deprecated(note = "use `InvalidRequest`")]
    OldCode,
}
#[allow(deprecated, dead_code)]
impl ApiError {
    /// Every code, in spec order.
    #[allow(clippy::large_stack_arrays)]
    pub const ALL: [Self; 5] = [
        Self::InvalidRequest,
        Self::OauthError,
        Self::Timeout,
        Self::NotFound,
        Self::OldCode,
    ];
    /// How many codes the spec has.
    pub const COUNT: ::core::primitive::usize = 5;
    /// The wire string of every code, in spec order.
    #[allow(clippy::large_stack_arrays)]
    pub const CODES: [&::core::primitive::str; 5] = [
        "invalid_request",
        "oauth-error",
        "v1.timeout",
        "404",
        "OLD_CODE",
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
        let all: &'static [Self; 5] = &Self::ALL;
        if index < 5 {
            ::core::option::Option::Some(all[index])
        } else {
            ::core::option::Option::None
        }
    }
    /// The wire string, as sent in `rollback` and received in `error`.
    #[inline]
    #[must_use]
    pub const fn code(self) -> &'static ::core::primitive::str {
        let codes: &'static [&'static ::core::primitive::str; 5] = &Self::CODES;
        codes[self.index()]
    }
    /// The description of the code (also its `Display` text).
    #[inline]
    #[must_use]
    pub const fn message(self) -> &'static ::core::primitive::str {
        static MESSAGES: [&::core::primitive::str; 5] = [
            "The request is missing a parameter.",
            "The identity provider refused.",
            "The bank did not answer in time.",
            "Not found.",
            "Replaced by invalid_request.",
        ];
        MESSAGES[self.index()]
    }
    /// Extra wire strings [`from_code`](Self::from_code) accepts for this code.
    #[inline]
    #[must_use]
    pub const fn aliases(self) -> &'static [&'static ::core::primitive::str] {
        #[allow(unreachable_patterns)]
        match self {
            Self::InvalidRequest => &["bad_request"],
            _ => &[],
        }
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
        struct __Rows([::core::primitive::u8; 256usize]);
        static __ROWS: __Rows = __Rows(
            *b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFoauth-erth-error\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFbad_requ_requestinvalid__request\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFv1.timeo.timeout\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF404\0\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFOLD_CODEOLD_CODE\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
        );
        static __SLOTS: [(::core::primitive::u8, ApiError); 16usize] = [
            (255, ApiError::InvalidRequest),
            (255, ApiError::InvalidRequest),
            (11, ApiError::OauthError),
            (255, ApiError::InvalidRequest),
            (255, ApiError::InvalidRequest),
            (11, ApiError::InvalidRequest),
            (15, ApiError::InvalidRequest),
            (255, ApiError::InvalidRequest),
            (10, ApiError::Timeout),
            (255, ApiError::InvalidRequest),
            (3, ApiError::NotFound),
            (255, ApiError::InvalidRequest),
            (255, ApiError::InvalidRequest),
            (8, ApiError::OldCode),
            (255, ApiError::InvalidRequest),
            (255, ApiError::InvalidRequest),
        ];
        let __b = code.as_bytes();
        let __n = __b.len();
        if __n.wrapping_sub(3usize) > 12usize {
            return ::core::option::Option::None;
        }
        let __x: [::core::primitive::u64; 2usize] = if __n >= 8 {
            [__w8(__b, 0), __w8(__b, __n - 8)]
        } else {
            [__small(__b), 0]
        };
        let __even: ::core::primitive::u64 = __x[0usize];
        let __odd: ::core::primitive::u64 = __n as ::core::primitive::u64 ^ __x[1usize];
        let __s = ((__even ^ __odd.rotate_left(32)).wrapping_mul(16294208416658607535u64)
            >> 60u32) as ::core::primitive::usize;
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
    pub const LOCALES: &'static [&'static ::core::primitive::str] = &[];
    /// The message in `locale`: this spec has one language, so always
    /// [`message`](Self::message).
    #[inline]
    #[must_use]
    pub fn message_in(
        self,
        locale: &::core::primitive::str,
    ) -> &'static ::core::primitive::str {
        let _ = locale;
        self.message()
    }
    /// The screen's heading in `locale`: this spec has one language, so always
    /// [`screen_title`](Self::screen_title).
    #[inline]
    #[must_use]
    pub fn screen_title_in(
        self,
        locale: &::core::primitive::str,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        let _ = locale;
        self.screen_title()
    }
    /// The screen's text in `locale`: this spec has one language, so always
    /// [`screen_text`](Self::screen_text).
    #[inline]
    #[must_use]
    pub fn screen_text_in(
        self,
        locale: &::core::primitive::str,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        let _ = locale;
        self.screen_text()
    }
    /// [`SCREEN_ONLY`](Self::SCREEN_ONLY) in `locale`: this spec has one language, so
    /// always `SCREEN_ONLY`.
    #[inline]
    #[must_use]
    pub fn screen_only_in(
        locale: &::core::primitive::str,
    ) -> &'static [::link_errors::__private_v0_1::Screen] {
        let _ = locale;
        Self::SCREEN_ONLY
    }
}
const _: () = {
    #[automatically_derived]
    impl ::core::fmt::Debug for ApiError {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            #[allow(dead_code)]
            static NAMES: [&::core::primitive::str; 5] = [
                "InvalidRequest",
                "OauthError",
                "Timeout",
                "NotFound",
                "OldCode",
            ];
            f.write_str(NAMES[self.index()])
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for ApiError {
        /// The code's message.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.message())
        }
    }
    #[automatically_derived]
    impl ::core::error::Error for ApiError {}
    #[automatically_derived]
    impl ::core::convert::AsRef<::core::primitive::str> for ApiError {
        fn as_ref(&self) -> &::core::primitive::str {
            self.code()
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for ApiError {
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
    impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for ApiError {
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
    impl ::link_errors::__private_v0_1::ErrorCode for ApiError {
        const COUNT: ::core::primitive::usize = 5;
        const ALL: &[Self] = &ApiError::ALL;
        const CODES: &[&::core::primitive::str] = &ApiError::CODES;
        const LINK: &'static ::link_errors::__private_v0_1::LinkSpec<'static> = &::link_errors::__private_v0_1::LinkSpec::DEFAULT
            .with_url("https://auth.example.com/connect")
            .with_token_param("token")
            .with_rollback_param("rollback")
            .with_rollback_all("true")
            .with_separator(",")
            .with_error_param("err")
            .with_reserved(&[]);
        const EXIT_CODE: ::core::option::Option<Self> = ApiError::EXIT_CODE;
        const SCREEN_ONLY: &[::link_errors::__private_v0_1::Screen] = ApiError::SCREEN_ONLY;
        type Bits = ::core::primitive::u8;
        const ALL_BITS: ::core::primitive::u8 = 31;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            ApiError::index(self)
        }
        #[inline]
        fn code(self) -> &'static ::core::primitive::str {
            ApiError::code(self)
        }
        #[inline]
        fn message(self) -> &'static ::core::primitive::str {
            ApiError::message(self)
        }
        #[inline]
        fn aliases(self) -> &'static [&'static ::core::primitive::str] {
            ApiError::aliases(self)
        }
        #[inline]
        fn screen(
            self,
        ) -> ::core::option::Option<&'static ::link_errors::__private_v0_1::Screen> {
            ApiError::screen(self)
        }
        #[inline]
        fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
            ApiError::from_code(code)
        }
    }
    ::link_errors::__private_v0_1::impl_serde!(ApiError);
};
