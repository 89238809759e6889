//! The macro on an enum declared inside a function: the generated statics name the enum, and
//! an enum local to a block must still resolve.

#[test]
fn an_enum_local_to_a_function_parses_its_codes() {
    #[link_errors::spec("../runtime/link-errors-spec.toml")]
    enum Local {}

    assert_eq!(Local::from_code("INVALID_SCA"), Some(Local::InvalidSca));
    assert_eq!(Local::from_code("INVALID_SCB"), None);
    assert_eq!(Local::ALL.len(), 7);
}

#[test]
fn a_large_local_enum_uses_the_pilot_table() {
    #[link_errors::spec("specs/dispatch_varied.toml")]
    enum Varied {}

    for e in Varied::ALL {
        assert_eq!(Varied::from_code(e.code()), Some(e));
    }
}
