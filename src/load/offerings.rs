//! Offerings: offering.yaml checked field by field (category, place or
//! online address, organisation, audience, languages, cost, schedule).

use std::path::PathBuf;

use super::raw::{OneOrMany, RawOffering};
use super::texts::warn_missing_default;
use super::walk::OfferingUnit;
use super::Ctx;
use crate::diag::{did_you_mean, known_list, Diagnostic, Diagnostics};
use crate::i18n;
use crate::model::{Cost, Offering, AUDIENCES};
use crate::schedule::Validator;
use crate::yaml::YamlFile;
use crate::yamlspan::Seg;

impl Ctx<'_> {
    /// The offering in `unit`, from the cache when the caller vouches that
    /// none of its files changed since it was put there.
    pub(super) fn offering(
        &self,
        unit: &OfferingUnit,
        diags: &mut Diagnostics,
    ) -> Option<Offering> {
        let Some((cache, _)) = self.cache else {
            return self.load_offering(unit, diags);
        };
        let files: Vec<PathBuf> = std::iter::once(unit.dir.join("offering.yaml"))
            .chain(unit.texts.iter().map(|t| t.rel.clone()))
            .chain(unit.texts.iter().filter_map(|t| t.recording.clone()))
            .collect();
        let key = self.root.join(&unit.dir);
        let untouched = files
            .iter()
            .all(|f| super::unchanged(&self.changed, &self.root.join(f)));
        if untouched {
            let kept = cache.offerings.lock().ok().and_then(|m| {
                m.get(&key)
                    .filter(|c| c.env == self.offering_env && c.files == files)
                    .map(|c| (c.offering.clone(), c.diags.clone()))
            });
            if let Some((offering, d)) = kept {
                diags.extend(d);
                return offering;
            }
        }
        let mut mine = Diagnostics::new();
        let offering = self.load_offering(unit, &mut mine);
        if let Ok(mut m) = cache.offerings.lock() {
            m.insert(
                key,
                super::CachedOffering {
                    env: self.offering_env,
                    files,
                    offering: offering.clone(),
                    diags: mine.clone(),
                },
            );
        }
        diags.extend(mine);
        offering
    }

    fn load_offering(&self, unit: &OfferingUnit, diags: &mut Diagnostics) -> Option<Offering> {
        let texts = self.texts(&unit.texts, diags);
        let rel = unit.dir.join("offering.yaml");
        let mut file = match YamlFile::read(self.root, &rel) {
            Ok(f) => f,
            Err(d) => {
                diags.push(d);
                return None;
            }
        };
        if unit.texts.is_empty() {
            diags.push(
                Diagnostic::error(&unit.dir, "the offering has no text").hint(format!(
                    "add {}/{}.md with title and summary",
                    unit.dir.display(),
                    self.config.default_lang().code
                )),
            );
        }
        warn_missing_default(self.root, self.config, &texts, &unit.dir, diags);
        let raw: RawOffering = file.parse(diags)?;
        let before = diags.error_count();
        let category = match self.config.category_index(&raw.kind) {
            Some(i) => Some(i),
            None => {
                let known = self.config.categories.iter().map(|c| c.id.as_str());
                let hint = match did_you_mean(&raw.kind, known.clone()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("categories in site.yaml: {}", known_list(known)),
                };
                diags.push(
                    file.error_at(
                        &[Seg::Key("kind")],
                        format!("unknown category `{}`", raw.kind),
                    )
                    .hint(hint),
                );
                None
            }
        };
        if let (Some(_), Some(_)) = (&raw.place, &raw.online) {
            let online_line = file.key(&[Seg::Key("online")]).map_or(0, |p| p.0);
            diags.push(
                Diagnostic::error(&rel, "the offering has both `place` and `online`")
                    .at(file.key(&[Seg::Key("place")]))
                    .hint(format!(
                        "an offering takes place at a place or online: remove `place` or `online` (line {online_line}); for a meeting in a room that can also be joined online, keep `place` and put the link in the text"
                    )),
            );
        }
        match (&raw.place, &raw.online) {
            (Some(p), _) => {
                self.check_ref(
                    p,
                    self.places.keys(),
                    "place",
                    "content/places.yaml",
                    &file,
                    &[Seg::Key("place")],
                    diags,
                );
            }
            (None, Some(url)) => {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    diags.push(
                        file.error_at(
                            &[Seg::Key("online")],
                            format!("`online: {url}` is not a web address"),
                        )
                        .hint("write the full address, starting with https://"),
                    );
                }
            }
            (None, None) => diags.push(
                Diagnostic::error(&rel, "the offering has no `place` (or `online`)")
                    .at(Some((1, 1)))
                    .hint(format!(
                        "add `place: <id>` with an id from content/places.yaml (known: {})",
                        known_list(self.places.keys().map(String::as_str))
                    )),
            ),
        }
        if let Some(o) = &raw.organisation {
            self.check_ref(
                o,
                self.organisations.keys(),
                "organisation",
                "content/organisations.yaml",
                &file,
                &[Seg::Key("organisation")],
                diags,
            );
        }
        let mut audience = Vec::new();
        for (i, a) in raw
            .audience
            .map(OneOrMany::into_vec)
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            match AUDIENCES.iter().position(|k| k == a) {
                Some(k) if audience.contains(&k) => diags.push(
                    Diagnostic::warning(&file.rel, format!("audience `{a}` is listed twice"))
                        .at(file.value(&[Seg::Key("audience"), Seg::Index(i)]))
                        .hint("remove the second entry"),
                ),
                Some(k) => audience.push(k),
                None => {
                    let hint = match did_you_mean(a, AUDIENCES.iter().copied()) {
                        _ if a.contains(',') => format!("write a list in [ ]: `audience: [{a}]`"),
                        Some(s) => format!("did you mean `{s}`?"),
                        None => format!("write one of {}", known_list(AUDIENCES.iter().copied())),
                    };
                    diags.push(
                        file.error_at(
                            &[Seg::Key("audience"), Seg::Index(i)],
                            format!("unknown audience `{a}`"),
                        )
                        .hint(hint),
                    );
                }
            }
        }
        // `everyone` and a particular group say two things.
        if audience.len() > 1 && audience.contains(&0) && AUDIENCES[0] == "everyone" {
            let at = audience.iter().position(|a| *a == 0).unwrap_or(0);
            diags.push(
                Diagnostic::warning(&file.rel, "`everyone` together with particular groups")
                    .at(file.value(&[Seg::Key("audience"), Seg::Index(at)]))
                    .hint("remove `everyone` when the offering is for these groups, or the groups when it is open to all"),
            );
        }
        let spoken = raw
            .spoken_languages
            .map(OneOrMany::into_vec)
            .unwrap_or_default();
        for (i, code) in spoken.iter().enumerate() {
            if spoken[..i].contains(code) {
                diags.push(
                    Diagnostic::warning(&file.rel, format!("language `{code}` is listed twice"))
                        .at(file.value(&[Seg::Key("spoken_languages"), Seg::Index(i)]))
                        .hint("remove the second entry"),
                );
            }
        }
        for (i, code) in spoken.iter().enumerate() {
            let path = [Seg::Key("spoken_languages"), Seg::Index(i)];
            let site_codes = self.config.languages.iter().map(|l| l.code.as_str());
            match i18n::check_code(code) {
                i18n::CodeCheck::Known => {
                    if let Some(c) = site_codes
                        .clone()
                        .find(|c| *c != code && i18n::same_language(c, code))
                    {
                        diags.push(
                            Diagnostic::warning(
                                &file.rel,
                                format!("`{code}` is the site language `{c}` written another way"),
                            )
                            .at(file.value(&path))
                            .hint(format!("write `{c}`, as in languages in site.yaml")),
                        );
                    }
                }
                check => {
                    let message = if check == i18n::CodeCheck::Invalid {
                        format!("`{code}` is not a language code")
                    } else {
                        format!("`{code}` is not a language: no language has that code")
                    };
                    let dashed = code.replace('_', "-");
                    let guess = did_you_mean(
                        &code.to_ascii_lowercase(),
                        site_codes.chain(i18n::COMMON_CODES.iter().copied()),
                    );
                    let named = i18n::code_for_name(code);
                    diags.push(file.error_at(&path, message).hint(match guess {
                        _ if code.contains(',') => {
                            format!("write a list in [ ]: `spoken_languages: [{code}]`")
                        }
                        _ if named.is_some() => {
                            format!("write the language's code: `{}`", named.unwrap_or_default())
                        }
                        _ if dashed != *code
                            && i18n::check_code(&dashed) == i18n::CodeCheck::Known =>
                        {
                            format!(
                                "write `{dashed}`: the parts of a language code are joined by `-`"
                            )
                        }
                        Some(g) => format!("did you mean `{g}`?"),
                        None => {
                            "use BCP 47 codes such as de, tr, ar, fa, prs, ku, ckb, ru, so".into()
                        }
                    }));
                }
            }
        }
        let cost = raw.cost.as_ref().and_then(|v| parse_cost(v, &file, diags));
        let registration = match raw.registration.as_deref() {
            None => None,
            Some("required") => Some(true),
            Some("not-required") => Some(false),
            Some(other) => {
                diags.push(
                    file.error_at(
                        &[Seg::Key("registration")],
                        format!("`registration: {other}` is not known"),
                    )
                    .hint("write `required` or `not-required`"),
                );
                None
            }
        };
        let contact = self.contact(raw.contact, &file, "contact", diags);
        let schedule = Validator::new(&file, diags).validate(&raw.schedule);
        if diags.error_count() > before {
            return None;
        }
        Some(Offering {
            id: unit.id.clone(),
            district: 0,
            index: 0,
            category: category?,
            place: raw.place,
            online: raw.online,
            organisation: raw.organisation,
            audience,
            spoken_languages: spoken,
            childcare: raw.childcare,
            cost,
            registration,
            contact,
            flyer: raw.flyer.unwrap_or(true),
            schedule: schedule?,
            texts,
            dir: unit.dir.clone(),
        })
    }
}

fn parse_cost(v: &serde_yaml::Value, file: &YamlFile, diags: &mut Diagnostics) -> Option<Cost> {
    let bad = |diags: &mut Diagnostics| {
        diags.push(
            file.error_at(
                &[Seg::Key("cost")],
                "`cost` is neither `free` nor an amount",
            )
            .hint("write `cost: free` or `cost: { amount: 25, currency: EUR }`"),
        );
        None
    };
    match v {
        serde_yaml::Value::String(s) if s == "free" => Some(Cost::Free),
        serde_yaml::Value::Number(n) => match n.as_f64() {
            Some(0.0) => Some(Cost::Free),
            Some(a) if a > 0.0 => Some(Cost::Amount {
                amount: a,
                currency: "EUR".into(),
            }),
            _ => bad(diags),
        },
        serde_yaml::Value::Mapping(m) => {
            let mut amount = None;
            let mut currency = "EUR".to_string();
            for (k, val) in m {
                match (k.as_str(), val) {
                    (Some("amount"), serde_yaml::Value::Number(n)) => amount = n.as_f64(),
                    (Some("currency"), serde_yaml::Value::String(c))
                        if c.len() == 3 && c.chars().all(|c| c.is_ascii_uppercase()) =>
                    {
                        currency = c.clone()
                    }
                    (Some("currency"), _) => {
                        diags.push(
                            file.error_at(
                                &[Seg::Key("cost"), Seg::Key("currency")],
                                "the currency is not a three-letter code",
                            )
                            .hint("write e.g. `currency: EUR`"),
                        );
                        return None;
                    }
                    (Some(other), _) if other != "amount" => {
                        diags.push(
                            crate::yaml::unknown_field(&file.rel, other, &["amount", "currency"])
                                .at(file.key(&[Seg::Key("cost"), Seg::Key(other)])),
                        );
                        return None;
                    }
                    _ => return bad(diags),
                }
            }
            match amount {
                Some(a) if a >= 0.0 && a.is_finite() => Some(Cost::Amount {
                    amount: a,
                    currency,
                }),
                _ => bad(diags),
            }
        }
        _ => bad(diags),
    }
}
