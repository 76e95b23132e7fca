//! Form fields of the workbench, and findings of the loader placed at the
//! field they are about.

use std::collections::HashMap;

use crate::diag::Diagnostic;
use crate::escape::html as esc;

use super::ui::{findings_html, Finding, Ui};

/// Findings by field name; `""` holds those that belong to no field.
#[derive(Default, Debug)]
pub struct Findings(pub HashMap<String, Vec<Finding>>);

impl Findings {
    /// The findings of a field.
    pub fn of(&self, name: &str) -> &[Finding] {
        self.0.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The messages of a field (for the schedule editor).
    pub fn messages(&self, name: &str) -> Vec<String> {
        self.of(name)
            .iter()
            .map(|f| match &f.hint {
                Some(h) => format!("{} — {h}", f.message),
                None => f.message.clone(),
            })
            .collect()
    }

    /// Adds a finding to a field.
    pub fn add(&mut self, name: &str, d: &Diagnostic) {
        self.0.entry(name.to_string()).or_default().push(Finding {
            message: d.message.clone(),
            hint: d.hint.clone(),
            error: d.is_error(),
        });
    }

    /// Adds a finding about another place (another file, or a line no
    /// field holds) to the page's general findings, named where it is.
    pub fn add_located(&mut self, d: &Diagnostic) {
        let mut d = d.clone();
        d.message = format!("{}: {}", d.location(), d.message);
        self.add("", &d);
    }

    /// Adds a message of the workbench itself to a field.
    pub fn error(&mut self, name: &str, message: String) {
        self.0.entry(name.to_string()).or_default().push(Finding {
            message,
            hint: None,
            error: true,
        });
    }

    /// Whether there is nothing.
    pub fn is_empty(&self) -> bool {
        self.0.values().all(Vec::is_empty)
    }

    /// The findings that belong to no field, with their location.
    pub fn general_html(&self, ui: Ui) -> String {
        let found = self.of("");
        if self.is_empty() {
            return String::new();
        }
        format!(
            "<div class=\"notice error\" role=\"alert\"><p>{}</p>{}</div>",
            esc(&ui.t("not-saved")),
            findings_html("findings-general", found)
        )
    }

    /// Places the loader's findings about `file` at the fields whose value
    /// holds the line, using `text` (the file as it would be written, with
    /// front matter starting after `line_offset` lines). `field` names the
    /// form field of a YAML path, or `None` when the form has none.
    pub fn place(
        &mut self,
        diags: &[Diagnostic],
        text: &str,
        line_offset: usize,
        paths: &[Vec<String>],
        field: &dyn Fn(&[String]) -> Option<String>,
    ) {
        let spans: Vec<(usize, usize, String)> = paths
            .iter()
            .filter_map(|p| {
                let name = field(p)?;
                let refs: Vec<&str> = p.iter().map(String::as_str).collect();
                let (a, b) = super::yamledit::value_lines(text, &refs)?;
                Some((a + line_offset, b + line_offset, name))
            })
            .collect();
        let lines: Vec<&str> = text.lines().collect();
        for d in diags {
            let name = d
                .line
                .and_then(|l| {
                    let holding: Vec<&(usize, usize, String)> = spans
                        .iter()
                        .filter(|(a, b, _)| *a <= l && l <= *b)
                        .collect();
                    let narrowest = holding.iter().map(|(a, b, _)| b - a).min()?;
                    let tied: Vec<&&(usize, usize, String)> = holding
                        .iter()
                        .filter(|(a, b, _)| b - a == narrowest)
                        .collect();
                    // Several values on one line (`{ day: tue, start: "25:00" }`):
                    // the one whose key stands last before the column.
                    let line = lines
                        .get(l.checked_sub(line_offset + 1)?)
                        .copied()
                        .unwrap_or("");
                    let col = d.column.unwrap_or(usize::MAX).saturating_sub(1);
                    let at_key = |name: &str| {
                        let key = format!("{}:", name.rsplit('.').next().unwrap_or(name));
                        line.match_indices(&key)
                            .map(|(i, _)| i)
                            .filter(|i| *i <= col)
                            .max()
                    };
                    tied.iter()
                        .max_by_key(|(_, _, n)| at_key(n).map(|i| i + 1).unwrap_or(0))
                        .map(|s| **s)
                })
                .map(|(_, _, n)| n.clone())
                .unwrap_or_default();
            if name.is_empty() {
                self.add_located(d);
            } else {
                self.add(&name, d);
            }
        }
    }
}

/// Every path to a scalar (or an empty collection) in a YAML value.
pub fn leaf_paths(v: &serde_yaml::Value) -> Vec<Vec<String>> {
    fn walk(v: &serde_yaml::Value, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        match v {
            serde_yaml::Value::Mapping(m) => {
                for (k, child) in m {
                    let key = match k {
                        serde_yaml::Value::String(s) => s.clone(),
                        other => serde_yaml::to_string(other)
                            .unwrap_or_default()
                            .trim()
                            .into(),
                    };
                    prefix.push(key);
                    walk(child, prefix, out);
                    prefix.pop();
                }
                out.push(prefix.clone());
            }
            serde_yaml::Value::Sequence(s) => {
                for (i, child) in s.iter().enumerate() {
                    prefix.push(i.to_string());
                    walk(child, prefix, out);
                    prefix.pop();
                }
                out.push(prefix.clone());
            }
            _ => out.push(prefix.clone()),
        }
    }
    let mut out = Vec::new();
    walk(v, &mut Vec::new(), &mut out);
    out.retain(|p| !p.is_empty());
    out
}

fn id_of(name: &str) -> String {
    format!(
        "f-{}",
        name.chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
    )
}

fn described(name: &str, found: &[Finding], help: Option<&str>) -> (String, String) {
    let id = id_of(name);
    let mut ids = Vec::new();
    if help.is_some() {
        ids.push(format!("{id}-help"));
    }
    if !found.is_empty() {
        ids.push(format!("{id}-err"));
    }
    let mut attrs = String::new();
    if !ids.is_empty() {
        attrs.push_str(&format!(" aria-describedby=\"{}\"", ids.join(" ")));
    }
    if found.iter().any(|f| f.error) {
        attrs.push_str(" aria-invalid=\"true\"");
    }
    let mut after = String::new();
    if let Some(h) = help {
        after.push_str(&format!(
            "<p class=\"help\" id=\"{id}-help\">{}</p>",
            esc(h)
        ));
    }
    after.push_str(&findings_html(&format!("{id}-err"), found));
    (attrs, after)
}

/// Options of an input beyond its type.
#[derive(Default)]
pub struct Opts<'a> {
    /// A help line under the field.
    pub help: Option<String>,
    /// `lang` of the value (texts in a language).
    pub lang: Option<&'a str>,
    /// `dir` of the value.
    pub dir: Option<&'a str>,
    /// Extra attributes, already escaped.
    pub extra: &'a str,
    /// Whether the field must be filled.
    pub required: bool,
}

/// A one-line input with its label, help and findings.
pub fn input(
    label: &str,
    name: &str,
    kind: &str,
    value: &str,
    found: &[Finding],
    o: &Opts,
) -> String {
    let id = id_of(name);
    let (attrs, after) = described(name, found, o.help.as_deref());
    let mut extra = String::from(o.extra);
    if let Some(l) = o.lang {
        extra.push_str(&format!(" lang=\"{}\"", esc(l)));
    }
    if let Some(d) = o.dir {
        extra.push_str(&format!(" dir=\"{}\"", esc(d)));
    }
    if o.required {
        extra.push_str(" required");
    }
    format!(
        "<div class=\"field\"><label for=\"{id}\">{}</label>\
<input type=\"{kind}\" id=\"{id}\" name=\"{}\" value=\"{}\"{attrs}{extra}>{after}</div>",
        esc(label),
        esc(name),
        esc(value)
    )
}

/// A multi-line text with its label.
pub fn textarea(
    label: &str,
    name: &str,
    value: &str,
    rows: usize,
    found: &[Finding],
    o: &Opts,
) -> String {
    let id = id_of(name);
    let (attrs, after) = described(name, found, o.help.as_deref());
    let mut extra = String::from(o.extra);
    if let Some(l) = o.lang {
        extra.push_str(&format!(" lang=\"{}\"", esc(l)));
    }
    if let Some(d) = o.dir {
        extra.push_str(&format!(" dir=\"{}\"", esc(d)));
    }
    format!(
        "<div class=\"field\"><label for=\"{id}\">{}</label>\
<textarea id=\"{id}\" name=\"{}\" rows=\"{rows}\"{attrs}{extra}>{}</textarea>{after}</div>",
        esc(label),
        esc(name),
        esc(value)
    )
}

/// A choice of one, with its label.
pub fn select(
    label: &str,
    name: &str,
    value: &str,
    options: &[(String, String)],
    found: &[Finding],
    help: Option<&str>,
) -> String {
    let id = id_of(name);
    let (attrs, after) = described(name, found, help);
    let mut opts = String::new();
    let mut seen = false;
    for (v, l) in options {
        let sel = if v == value {
            seen = true;
            " selected"
        } else {
            ""
        };
        opts.push_str(&format!(
            "<option value=\"{}\"{sel}>{}</option>",
            esc(v),
            esc(l)
        ));
    }
    // A value the file has but the list does not know stays, so that
    // saving other fields does not change it (the loader names it).
    if !seen && !value.is_empty() {
        opts.push_str(&format!(
            "<option value=\"{0}\" selected>{0}</option>",
            esc(value)
        ));
    }
    format!(
        "<div class=\"field\"><label for=\"{id}\">{}</label><select id=\"{id}\" name=\"{}\"{attrs}>{opts}</select>{after}</div>",
        esc(label),
        esc(name)
    )
}

/// Check boxes for a list of values, in a fieldset.
pub fn checks(
    label: &str,
    name: &str,
    values: &[String],
    options: &[(String, String)],
    found: &[Finding],
    help: Option<&str>,
) -> String {
    let id = id_of(name);
    let (attrs, after) = described(name, found, help);
    let mut boxes = String::new();
    for (i, (v, l)) in options.iter().enumerate() {
        let checked = if values.contains(v) { " checked" } else { "" };
        boxes.push_str(&format!(
            "<label class=\"check\" for=\"{id}-{i}\"><input type=\"checkbox\" id=\"{id}-{i}\" name=\"{}\" value=\"{}\"{checked}> {}</label>",
            esc(name),
            esc(v),
            esc(l)
        ));
    }
    format!(
        "<fieldset class=\"field checks\" id=\"{id}\"{attrs}><legend>{}</legend><div class=\"boxes\">{boxes}</div>{after}</fieldset>",
        esc(label)
    )
}

/// The options "not stated / yes / no" of a yes-or-no fact.
pub fn yes_no(ui: Ui) -> Vec<(String, String)> {
    vec![
        (String::new(), ui.t("not-stated")),
        ("true".into(), ui.t("yes")),
        ("false".into(), ui.t("no")),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_are_labelled_escaped_and_marked() {
        let found = vec![Finding {
            message: "bad <time>".into(),
            hint: Some("write HH:MM".into()),
            error: true,
        }];
        let h = input(
            "Zeit",
            "contact.phone",
            "text",
            "\"><script>",
            &found,
            &Opts::default(),
        );
        assert!(h.contains("<label for=\"f-contact-phone\">Zeit</label>"));
        assert!(h.contains("id=\"f-contact-phone\""));
        assert!(h.contains("aria-invalid=\"true\""));
        assert!(h.contains("aria-describedby=\"f-contact-phone-err\""));
        assert!(h.contains("bad &lt;time&gt;"));
        assert!(!h.contains("<script>"));
    }

    #[test]
    fn unknown_select_values_are_kept() {
        let h = select(
            "Art",
            "kind",
            "old-kind",
            &[("a".into(), "A".into())],
            &[],
            None,
        );
        assert!(h.contains("<option value=\"old-kind\" selected>"));
    }

    #[test]
    fn findings_go_to_the_field_of_their_line() {
        let text = "kind: x\nschedule:\n  weekly:\n    - { day: tue, start: \"9 Uhr\" }\ncontact:\n  phone: \"1\"\n";
        let v: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
        let mut d = Diagnostic::error("content/a/b/offering.yaml", "bad time");
        d.line = Some(4);
        let mut other = Diagnostic::error("content/a/b/offering.yaml", "odd");
        other.line = Some(99);
        let mut f = Findings::default();
        f.place(&[d, other], text, 0, &leaf_paths(&v), &|p| {
            Some(p.join("."))
        });
        assert_eq!(f.of("schedule.weekly.0.start").len(), 1, "{f:?}");
        assert_eq!(f.of("").len(), 1);
        assert!(f.of("")[0].message.contains("offering.yaml"));
    }
}
