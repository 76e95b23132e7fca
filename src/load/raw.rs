//! The files as serde reads them, before their ids and values are checked.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::schedule::{RawSchedule, Scalar};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FrontMatter {
    #[serde(default)]
    pub(super) title: Option<Scalar>,
    #[serde(default)]
    pub(super) summary: Option<Scalar>,
    #[serde(default)]
    pub(super) translation_of: Option<Scalar>,
    #[serde(default)]
    pub(super) machine_translated: Option<bool>,
    #[serde(default)]
    pub(super) recording_of: Option<Scalar>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPlace {
    pub(super) name: String,
    #[serde(default)]
    pub(super) address: Option<String>,
    #[serde(default)]
    pub(super) geo: Option<Vec<f64>>,
    #[serde(default)]
    pub(super) wheelchair: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOrganisation {
    pub(super) name: String,
    #[serde(default)]
    pub(super) website: Option<String>,
    #[serde(default)]
    pub(super) email: Option<String>,
    #[serde(default)]
    pub(super) phone: Option<Scalar>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawContact {
    #[serde(default)]
    pub(super) name: Option<String>,
    #[serde(default)]
    pub(super) place: Option<String>,
    #[serde(default)]
    pub(super) phone: Option<Scalar>,
    #[serde(default)]
    pub(super) email: Option<String>,
    #[serde(default)]
    pub(super) website: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawName {
    Same(String),
    ByLang(BTreeMap<String, String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDistrict {
    pub(super) name: RawName,
    #[serde(default)]
    pub(super) contact: Option<RawContact>,
}

#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub(super) fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOffering {
    pub(super) kind: String,
    #[serde(default)]
    pub(super) place: Option<String>,
    #[serde(default)]
    pub(super) online: Option<String>,
    #[serde(default)]
    pub(super) organisation: Option<String>,
    #[serde(default)]
    pub(super) audience: Option<OneOrMany>,
    #[serde(default)]
    pub(super) spoken_languages: Option<OneOrMany>,
    #[serde(default)]
    pub(super) childcare: Option<bool>,
    #[serde(default)]
    pub(super) cost: Option<serde_yaml::Value>,
    #[serde(default)]
    pub(super) registration: Option<String>,
    #[serde(default)]
    pub(super) contact: Option<RawContact>,
    #[serde(default)]
    pub(super) flyer: Option<bool>,
    pub(super) schedule: RawSchedule,
}
