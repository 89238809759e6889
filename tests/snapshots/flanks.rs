// @generated from `../link-errors-spec.toml` by link-errors-codegen; see tests/snapshots.rs.

#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
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
        if index < 7 {
            ::core::option::Option::Some(Self::ALL[index])
        } else {
            ::core::option::Option::None
        }
    }
    /// The wire string, as sent in `rollback` and received in `error`.
    #[inline]
    #[must_use]
    pub const fn code(self) -> &'static ::core::primitive::str {
        Self::CODES[self.index()]
    }
    /// The description of the code (also its `Display` text).
    #[inline]
    #[must_use]
    pub const fn message(self) -> &'static ::core::primitive::str {
        const MESSAGES: [&::core::primitive::str; 7] = [
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
        const ALIASES: [&[&::core::primitive::str]; 7] = [
            &[],
            &[],
            &[],
            &[],
            &[],
            &[],
            &[],
        ];
        ALIASES[self.index()]
    }
    /// What the vendor's page shows for this error, if the spec says.
    #[inline]
    #[must_use]
    pub const fn screen(
        self,
    ) -> ::core::option::Option<&'static ::link_errors::__private_v0_1::Screen> {
        static SCREENS: [::core::option::Option<
            ::link_errors::__private_v0_1::Screen,
        >; 7] = [
            ::core::option::Option::Some(
                ::link_errors::__private_v0_1::Screen::__new(
                    "INVALID_CREDENTIALS",
                    ::core::option::Option::Some("Invalid credentials"),
                    "Credentials provided might be invalid, user must review introduced credentials.",
                ),
            ),
            ::core::option::Option::Some(
                ::link_errors::__private_v0_1::Screen::__new(
                    "INVALID_SCA",
                    ::core::option::Option::Some("Authorization failed"),
                    "Log in 2FA value (sms, otp, token...) introduced is incorrect.",
                ),
            ),
            ::core::option::Option::Some(
                ::link_errors::__private_v0_1::Screen::__new(
                    "CREDENTIALS_ALREADY_EXIST",
                    ::core::option::Option::Some("Duplicated credentials"),
                    "To avoid session collisions, credentials must be unique per company in the system. This error is generated when the introduced credentials had already been connected.\n\nIf you want the user to be able to connect the same credentials multiple times, please contact the support team. Please note that by enabling this option Flanks will only retrieve information from the bank if the credentials are entered for the first time.",
                ),
            ),
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
        ];
        SCREENS[self.index()].as_ref()
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
        match code {
            "INVALID_CREDENTIALS" => {
                ::core::option::Option::Some(Self::InvalidCredentials)
            }
            "INVALID_SCA" => ::core::option::Option::Some(Self::InvalidSca),
            "CREDENTIALS_ALREADY_EXIST" => {
                ::core::option::Option::Some(Self::CredentialsAlreadyExist)
            }
            "INTERNAL_ERROR" => ::core::option::Option::Some(Self::InternalError),
            "ABORTED_BY_USER" => ::core::option::Option::Some(Self::AbortedByUser),
            "SCA_TYPE_NOT_ALLOWED" => {
                ::core::option::Option::Some(Self::ScaTypeNotAllowed)
            }
            "USER_INTERACTION_NEEDED" => {
                ::core::option::Option::Some(Self::UserInteractionNeeded)
            }
            _ => ::core::option::Option::None,
        }
    }
}
const _: () = {
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
                        ::link_errors::__private_v0_1::ParseCodeError::new(
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
        const LINK: &::link_errors::__private_v0_1::LinkSpec = &::link_errors::__private_v0_1::LinkSpec::__new(
            ::core::option::Option::Some("https://platform.flanks.io/link"),
            "token",
            "rollback",
            "true",
            ",",
            "error",
            &[],
        );
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
