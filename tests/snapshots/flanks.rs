// @generated from `../link-errors-spec.toml` by link-errors-codegen; see tests/snapshots.rs.

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
pub enum LinkError {
    /// The provided credentials are invalid.
    ///
    /// Code `INVALID_CREDENTIALS`.
    ///
    /// On screen: **Invalid credentials**. Credentials provided might be invalid, user must review introduced credentials.
    ///
    /// *Spec: `../link-errors-spec.toml`, line 19.*
    InvalidCredentials,
    /// The provided SCA is invalid.
    ///
    /// Code `INVALID_SCA`.
    ///
    /// On screen: **Authorization failed**. Log in 2FA value (sms, otp, token...) introduced is incorrect.
    ///
    /// *Spec: `../link-errors-spec.toml`, line 25.*
    InvalidSca,
    /// The credentials provided already exist in our system.
    ///
    /// Code `CREDENTIALS_ALREADY_EXIST`.
    ///
    /// On screen: **Duplicated credentials**. To avoid session collisions, credentials must be unique per company in the system. This error is generated when the introduced credentials had already been connected.  If you want the user to be able to connect the same credentials multiple times, please contact the support team. Please note that by enabling this option Flanks will only retrieve information from the bank if the credentials are entered for the first time.
    ///
    /// *Spec: `../link-errors-spec.toml`, line 31.*
    CredentialsAlreadyExist,
    /// An unexpected error from the Flanks API.
    ///
    /// Code `INTERNAL_ERROR`.
    ///
    /// *Spec: `../link-errors-spec.toml`, line 43.*
    InternalError,
    /// This is an special error code. If any other error happens and the redirection is not configured for said error, the user will have an "EXIT" button if rollback for ABORTED_BY_USER is set. When pressing the "EXIT" button, the user will be redirected like any other kind of error, but the error code will be ABORTED_BY_USER.
    ///
    /// Code `ABORTED_BY_USER`. In the rollback list, it arms the EXIT button on errors that are not redirected.
    ///
    /// *Spec: `../link-errors-spec.toml`, line 47.*
    AbortedByUser,
    /// The two-factor authentication method provided is not allowed on the account.
    ///
    /// Code `SCA_TYPE_NOT_ALLOWED`.
    ///
    /// *Spec: `../link-errors-spec.toml`, line 58.*
    ScaTypeNotAllowed,
    /// The account has some pending checks/tasks that need the user to access the official website and complete them.
    ///
    /// Code `USER_INTERACTION_NEEDED`.
    ///
    /// *Spec: `../link-errors-spec.toml`, line 62.*
    UserInteractionNeeded,
}
#[allow(deprecated, dead_code)]
impl LinkError {
    /// Every code, in spec order.
    #[allow(clippy::large_stack_arrays)]
    pub const ALL: [Self; 7] = [
        Self::InvalidCredentials,
        Self::InvalidSca,
        Self::CredentialsAlreadyExist,
        Self::InternalError,
        Self::AbortedByUser,
        Self::ScaTypeNotAllowed,
        Self::UserInteractionNeeded,
    ];
    /// How many codes the spec has.
    pub const COUNT: ::core::primitive::usize = 7;
    /// The wire string of every code, in spec order.
    #[allow(clippy::large_stack_arrays)]
    pub const CODES: [&::core::primitive::str; 7] = [
        "INVALID_CREDENTIALS",
        "INVALID_SCA",
        "CREDENTIALS_ALREADY_EXIST",
        "INTERNAL_ERROR",
        "ABORTED_BY_USER",
        "SCA_TYPE_NOT_ALLOWED",
        "USER_INTERACTION_NEEDED",
    ];
    /// The code whose presence in the rollback list arms the EXIT button
    /// (`exit_button = true` in the spec), if any.
    pub const EXIT_CODE: ::core::option::Option<Self> = ::core::option::Option::Some(
        Self::AbortedByUser,
    );
    /// On-screen errors the vendor shows without a code (the spec's `[[screen]]`s).
    pub const SCREEN_ONLY: &[::link_errors::__private_v0_1::Screen] = &[
        ::link_errors::__private_v0_1::Screen::__new(
            "INVALID_LINK",
            ::core::option::Option::None,
            "Invalid provided link, please generate a new one.",
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
        let all: &'static [Self; 7] = &Self::ALL;
        if index < 7 {
            ::core::option::Option::Some(all[index])
        } else {
            ::core::option::Option::None
        }
    }
    /// The wire string, as sent in `rollback` and received in `error`.
    #[inline]
    #[must_use]
    pub const fn code(self) -> &'static ::core::primitive::str {
        let codes: &'static [&'static ::core::primitive::str; 7] = &Self::CODES;
        codes[self.index()]
    }
    /// The description of the code (also its `Display` text).
    #[inline]
    #[must_use]
    pub const fn message(self) -> &'static ::core::primitive::str {
        static MESSAGES: [&::core::primitive::str; 7] = [
            "The provided credentials are invalid.",
            "The provided SCA is invalid.",
            "The credentials provided already exist in our system.",
            "An unexpected error from the Flanks API.",
            "This is an special error code. If any other error happens and the redirection is not configured for said error, the user will have an \"EXIT\" button if rollback for ABORTED_BY_USER is set. When pressing the \"EXIT\" button, the user will be redirected like any other kind of error, but the error code will be ABORTED_BY_USER.",
            "The two-factor authentication method provided is not allowed on the account.",
            "The account has some pending checks/tasks that need the user to access the official website and complete them.",
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
            Self::InvalidCredentials => {
                ::core::option::Option::Some(const {
                    &::link_errors::__private_v0_1::Screen::__new(
                        "INVALID_CREDENTIALS",
                        ::core::option::Option::Some("Invalid credentials"),
                        "Credentials provided might be invalid, user must review introduced credentials.",
                    )
                })
            }
            Self::InvalidSca => {
                ::core::option::Option::Some(const {
                    &::link_errors::__private_v0_1::Screen::__new(
                        "INVALID_SCA",
                        ::core::option::Option::Some("Authorization failed"),
                        "Log in 2FA value (sms, otp, token...) introduced is incorrect.",
                    )
                })
            }
            Self::CredentialsAlreadyExist => {
                ::core::option::Option::Some(const {
                    &::link_errors::__private_v0_1::Screen::__new(
                        "CREDENTIALS_ALREADY_EXIST",
                        ::core::option::Option::Some("Duplicated credentials"),
                        "To avoid session collisions, credentials must be unique per company in the system. This error is generated when the introduced credentials had already been connected.\n\nIf you want the user to be able to connect the same credentials multiple times, please contact the support team. Please note that by enabling this option Flanks will only retrieve information from the bank if the credentials are entered for the first time.",
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
        struct __Rows([::core::primitive::u8; 512usize]);
        static __ROWS: __Rows = __Rows(
            *b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFUSER_INTERACTIONN_NEEDEDN_NEEDED\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFINVALID_ALID_SCAALID_SCAALID_SCASCA_TYPE_NOT_ALL_ALLOWED_ALLOWED\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFABORTED__BY_USER_BY_USER_BY_USER\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFCREDENTIALS_ALREADY_EXISDY_EXIST\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFINTERNALAL_ERRORAL_ERRORAL_ERROR\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFINVALID_CREDENTIDENTIALSDENTIALS",
        );
        static __SLOTS: [(::core::primitive::u8, LinkError); 16usize] = [
            (255, LinkError::InvalidCredentials),
            (23, LinkError::UserInteractionNeeded),
            (255, LinkError::InvalidCredentials),
            (255, LinkError::InvalidCredentials),
            (11, LinkError::InvalidSca),
            (20, LinkError::ScaTypeNotAllowed),
            (255, LinkError::InvalidCredentials),
            (15, LinkError::AbortedByUser),
            (255, LinkError::InvalidCredentials),
            (25, LinkError::CredentialsAlreadyExist),
            (255, LinkError::InvalidCredentials),
            (255, LinkError::InvalidCredentials),
            (14, LinkError::InternalError),
            (255, LinkError::InvalidCredentials),
            (255, LinkError::InvalidCredentials),
            (19, LinkError::InvalidCredentials),
        ];
        let __b = code.as_bytes();
        let __n = __b.len();
        if __n.wrapping_sub(11usize) > 14usize {
            return ::core::option::Option::None;
        }
        let __x: [::core::primitive::u64; 4usize] = [
            __w8(__b, 0),
            __w8(__b, if 8usize < __n - 8 { 8usize } else { __n - 8 }),
            __w8(__b, if 16usize < __n - 8 { 16usize } else { __n - 8 }),
            __w8(__b, __n - 8),
        ];
        let __even: ::core::primitive::u64 = __x[0usize];
        let __odd: ::core::primitive::u64 = __n as ::core::primitive::u64 ^ __x[3usize];
        let __s = ((__even ^ __odd.rotate_left(32)).wrapping_mul(16294208416658607535u64)
            >> 60u32) as ::core::primitive::usize;
        let __e = &__ROWS.0[__s * 32usize..__s * 32usize + 32usize];
        let __d: ::core::primitive::u64 = (__w8(__e, 0usize) ^ __x[0usize])
            | (__w8(__e, 8usize) ^ __x[1usize]) | (__w8(__e, 16usize) ^ __x[2usize])
            | (__w8(__e, 24usize) ^ __x[3usize]);
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
    impl ::core::fmt::Debug for LinkError {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            #[allow(dead_code)]
            static NAMES: [&::core::primitive::str; 7] = [
                "InvalidCredentials",
                "InvalidSca",
                "CredentialsAlreadyExist",
                "InternalError",
                "AbortedByUser",
                "ScaTypeNotAllowed",
                "UserInteractionNeeded",
            ];
            f.write_str(NAMES[self.index()])
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LinkError {
        /// The code's message.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.message())
        }
    }
    #[automatically_derived]
    impl ::core::error::Error for LinkError {}
    #[automatically_derived]
    impl ::core::convert::AsRef<::core::primitive::str> for LinkError {
        fn as_ref(&self) -> &::core::primitive::str {
            self.code()
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LinkError {
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
    impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for LinkError {
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
    impl ::link_errors::__private_v0_1::ErrorCode for LinkError {
        const COUNT: ::core::primitive::usize = 7;
        const ALL: &[Self] = &LinkError::ALL;
        const CODES: &[&::core::primitive::str] = &LinkError::CODES;
        const LINK: &'static ::link_errors::__private_v0_1::LinkSpec<'static> = &::link_errors::__private_v0_1::LinkSpec::DEFAULT
            .with_url("https://platform.flanks.io/link")
            .with_token_param("token")
            .with_rollback_param("rollback")
            .with_rollback_all("true")
            .with_separator(",")
            .with_error_param("error")
            .with_reserved(&[]);
        const EXIT_CODE: ::core::option::Option<Self> = LinkError::EXIT_CODE;
        const SCREEN_ONLY: &[::link_errors::__private_v0_1::Screen] = LinkError::SCREEN_ONLY;
        type Bits = ::core::primitive::u8;
        const ALL_BITS: ::core::primitive::u8 = 127;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            LinkError::index(self)
        }
        #[inline]
        fn code(self) -> &'static ::core::primitive::str {
            LinkError::code(self)
        }
        #[inline]
        fn message(self) -> &'static ::core::primitive::str {
            LinkError::message(self)
        }
        #[inline]
        fn aliases(self) -> &'static [&'static ::core::primitive::str] {
            LinkError::aliases(self)
        }
        #[inline]
        fn screen(
            self,
        ) -> ::core::option::Option<&'static ::link_errors::__private_v0_1::Screen> {
            LinkError::screen(self)
        }
        #[inline]
        fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
            LinkError::from_code(code)
        }
    }
    ::link_errors::__private_v0_1::impl_serde!(LinkError);
};
