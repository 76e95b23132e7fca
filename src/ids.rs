//! Ids: the folder names that become URL segments.
//!
//! An id must match `[a-z0-9]+(-[a-z0-9]+)*` so that every URL is plain ASCII,
//! safe on every file system and readable when printed on a flyer. When a
//! folder breaks the rule we suggest the fixed name, transliterating German
//! umlauts the German way (`Mütter-Café` -> `muetter-cafe`) and everything
//! else with deunicode.

/// Whether `id` is a valid id.
pub fn is_valid(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The nearest valid id for `name`, or `None` when nothing usable is left.
pub fn suggest(name: &str) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    let mut german = String::with_capacity(name.len());
    // Composed first, so `u` + combining diaeresis is `ü` too.
    for c in name.nfc() {
        match c {
            'ä' => german.push_str("ae"),
            'ö' => german.push_str("oe"),
            'ü' => german.push_str("ue"),
            'Ä' => german.push_str("Ae"),
            'Ö' => german.push_str("Oe"),
            'Ü' => german.push_str("Ue"),
            'ß' => german.push_str("ss"),
            c => german.push(c),
        }
    }
    let ascii = deunicode::deunicode(&german).to_ascii_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_rejects() {
        for ok in ["a", "kranichstein-sued", "kurs-2", "2026"] {
            assert!(is_valid(ok), "{ok}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "ä", "a_b", "a b", ".", ".."] {
            assert!(!is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn suggests_german_transliteration() {
        assert_eq!(suggest("Mütter-Café").as_deref(), Some("muetter-cafe"));
        assert_eq!(suggest("Straße 5").as_deref(), Some("strasse-5"));
        assert_eq!(suggest("Çiçek  Kursu").as_deref(), Some("cicek-kursu"));
        assert_eq!(suggest("--x__y--").as_deref(), Some("x-y"));
        assert_eq!(suggest("!!!"), None);
        for s in ["Mütter-Café", "ÀÉ b", "Kurs für Frauen"] {
            assert!(is_valid(&suggest(s).unwrap()));
        }
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;
        use unicode_normalization::UnicodeNormalization;

        proptest! {
            /// A suggestion is always a valid id, and a valid id suggests itself.
            #[test]
            fn suggestions_are_valid_ids(name in "\\PC{0,40}") {
                if let Some(s) = suggest(&name) {
                    prop_assert!(is_valid(&s), "{:?} -> {:?}", name, s);
                    prop_assert!(!s.contains('/') && !s.contains('.'));
                }
            }

            #[test]
            fn valid_ids_suggest_themselves(id in "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}") {
                prop_assert!(is_valid(&id));
                prop_assert_eq!(suggest(&id), Some(id.clone()));
            }

            /// The composed and decomposed spelling of a name get the same id.
            #[test]
            fn normalisation_does_not_change_the_suggestion(name in "[a-zA-ZäöüÄÖÜßéèçğışÇĞİŞ -]{1,20}") {
                let nfc: String = name.nfc().collect();
                let nfd: String = name.nfd().collect();
                prop_assert_eq!(suggest(&nfc), suggest(&nfd));
            }

            /// Nothing but the id grammar is valid: no dots, slashes or upper case.
            #[test]
            fn ids_cannot_leave_their_folder(id in "\\PC{0,12}") {
                if is_valid(&id) {
                    prop_assert!(!id.contains("..") && !id.contains('/') && !id.contains('\\'));
                    prop_assert!(id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
                }
            }
        }
    }
}
