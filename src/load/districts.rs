//! Districts: district.yaml, the district's texts and its offerings.

use super::raw::{RawDistrict, RawName};
use super::texts::warn_missing_default;
use super::walk::DistrictUnit;
use super::Ctx;
use crate::diag::{known_list, Diagnostic, Diagnostics};
use crate::model::{District, Name, Offering};
use crate::yaml::YamlFile;
use crate::yamlspan::Seg;

impl Ctx<'_> {
    pub(super) fn district(
        &self,
        _index: usize,
        unit: &DistrictUnit,
        diags: &mut Diagnostics,
    ) -> Option<District> {
        let texts = self.texts(&unit.texts, diags);
        let offerings: Vec<Offering> = unit
            .offerings
            .iter()
            .filter_map(|o| self.offering(o, diags))
            .collect();
        warn_missing_default(self.root, self.config, &texts, &unit.dir, diags);
        if !unit.has_yaml {
            diags.push(
                Diagnostic::error(&unit.dir, "district.yaml is missing").hint(format!(
                    "add {}/district.yaml with at least `name: …`",
                    unit.dir.display()
                )),
            );
            return None;
        }
        let rel = unit.dir.join("district.yaml");
        let mut file = match YamlFile::read(self.root, &rel) {
            Ok(f) => f,
            Err(d) => {
                diags.push(d);
                return None;
            }
        };
        let raw: RawDistrict = file.parse(diags)?;
        let name = match raw.name {
            RawName::Same(s) => Name::Same(s),
            RawName::ByLang(m) => {
                for k in m.keys() {
                    if self.config.lang_index(k).is_none() {
                        diags.push(
                            file.error_at(
                                &[Seg::Key("name"), Seg::Key(k)],
                                format!("`{k}` is not a site language"),
                            )
                            .hint(format!(
                                "site languages: {}",
                                known_list(self.config.languages.iter().map(|l| l.code.as_str()))
                            )),
                        );
                    }
                }
                Name::ByLang(m)
            }
        };
        let contact = self.contact(raw.contact, &file, "contact", diags);
        let mut offerings = offerings;
        offerings.sort_by(|a, b| (a.category, &a.id).cmp(&(b.category, &b.id)));
        Some(District {
            id: unit.id.clone(),
            name,
            contact,
            texts,
            offerings,
            dir: unit.dir.clone(),
        })
    }
}
