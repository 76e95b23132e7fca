//! Where things are in a YAML file.
//!
//! serde_yaml turns YAML into typed values but forgets positions once a value
//! is parsed. Semantic checks (an unknown place id, a date that does not exist)
//! still need to point an editor at the line, so this module parses the same
//! text once more with yaml-rust2's marked events and answers "where is the
//! value at `schedule.weekly[1].day`?". It only runs when there is something to
//! report, so it costs nothing on a clean build.

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// One step of a path into a YAML document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg<'a> {
    /// A mapping key.
    Key(&'a str),
    /// A sequence index.
    Index(usize),
}

/// A parsed node with the position where it starts.
#[derive(Debug)]
enum Node {
    Scalar(Pos),
    Seq(Pos, Vec<Node>),
    Map(Pos, Vec<(String, Pos, Node)>),
}

/// 1-based line and column.
pub type Pos = (usize, usize);

impl Node {
    fn pos(&self) -> Pos {
        match self {
            Node::Scalar(p) | Node::Seq(p, _) | Node::Map(p, _) => *p,
        }
    }
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    root: Option<Node>,
    line_offset: usize,
}

enum Frame {
    Seq(Pos, Vec<Node>),
    Map(Pos, Vec<(String, Pos, Node)>, Option<(String, Pos)>),
}

impl Builder {
    fn pos(&self, m: Marker) -> Pos {
        // yaml-rust2 counts lines from 1 and columns from 0.
        (m.line() + self.line_offset, m.col() + 1)
    }

    fn add(&mut self, node: Node, key_text: Option<String>) {
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(node);
                }
            }
            Some(Frame::Seq(_, items)) => items.push(node),
            Some(Frame::Map(_, entries, pending)) => match pending.take() {
                Some((k, kp)) => entries.push((k, kp, node)),
                None => *pending = Some((key_text.unwrap_or_default(), node.pos())),
            },
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let pos = self.pos(mark);
        match ev {
            Event::Scalar(text, ..) => self.add(Node::Scalar(pos), Some(text)),
            Event::Alias(_) => self.add(Node::Scalar(pos), None),
            Event::SequenceStart(..) => self.stack.push(Frame::Seq(pos, Vec::new())),
            Event::MappingStart(..) => self.stack.push(Frame::Map(pos, Vec::new(), None)),
            Event::SequenceEnd | Event::MappingEnd => {
                let node = match self.stack.pop() {
                    Some(Frame::Seq(p, items)) => Node::Seq(p, items),
                    Some(Frame::Map(p, entries, _)) => Node::Map(p, entries),
                    None => return,
                };
                self.add(node, None);
            }
            _ => {}
        }
    }
}

/// Positions in one YAML text.
#[derive(Debug)]
pub struct YamlSpans {
    root: Option<Node>,
}

impl YamlSpans {
    /// Parses `src`; `line_offset` is added to every line (for front matter,
    /// which starts after the `---` line). Broken YAML gives an empty index.
    pub fn parse(src: &str, line_offset: usize) -> Self {
        let mut b = Builder {
            line_offset,
            ..Builder::default()
        };
        let mut p = Parser::new_from_str(src);
        if p.load(&mut b, false).is_err() {
            return YamlSpans { root: None };
        }
        YamlSpans { root: b.root }
    }

    fn find(&self, path: &[Seg]) -> Option<(&Node, Option<Pos>)> {
        let mut node = self.root.as_ref()?;
        let mut key_pos = None;
        for seg in path {
            match (seg, node) {
                (Seg::Key(k), Node::Map(_, entries)) => {
                    let (_, kp, v) = entries.iter().find(|(name, _, _)| name == k)?;
                    key_pos = Some(*kp);
                    node = v;
                }
                (Seg::Index(i), Node::Seq(_, items)) => {
                    node = items.get(*i)?;
                    key_pos = None;
                }
                _ => return None,
            }
        }
        Some((node, key_pos))
    }

    /// Where the value at `path` starts; falls back to the nearest ancestor
    /// that exists, so a message always points somewhere useful.
    pub fn value(&self, path: &[Seg]) -> Option<Pos> {
        // Scalars start where their text starts; for a mapping or list the
        // key in front of it is the clearer place to point at.
        (0..=path.len()).rev().find_map(|n| {
            self.find(&path[..n]).map(|(node, key)| match (node, key) {
                (Node::Scalar(p), _) => *p,
                (_, Some(kp)) => kp,
                (node, None) => node.pos(),
            })
        })
    }

    /// Where the key that ends `path` is written (for "unknown field" messages).
    pub fn key(&self, path: &[Seg]) -> Option<Pos> {
        match self.find(path) {
            Some((_, Some(kp))) => Some(kp),
            Some((node, None)) => Some(node.pos()),
            None => self.value(path),
        }
    }

    /// The keys of the mapping at `path` with their positions, in file order.
    pub fn keys(&self, path: &[Seg]) -> Vec<(String, Pos)> {
        match self.find(path) {
            Some((Node::Map(_, entries), _)) => {
                entries.iter().map(|(k, p, _)| (k.clone(), *p)).collect()
            }
            _ => Vec::new(),
        }
    }

    /// Every key written a second time in the same mapping, anywhere in the
    /// document: `(key, first, duplicate)`, in file order.
    pub fn duplicates(&self) -> Vec<(String, Pos, Pos)> {
        fn walk(node: &Node, out: &mut Vec<(String, Pos, Pos)>) {
            match node {
                Node::Scalar(_) => {}
                Node::Seq(_, items) => items.iter().for_each(|n| walk(n, out)),
                Node::Map(_, entries) => {
                    for (i, (k, p, v)) in entries.iter().enumerate() {
                        if let Some((_, first, _)) = entries[..i].iter().find(|(k2, _, _)| k2 == k)
                        {
                            out.push((k.clone(), *first, *p));
                        }
                        walk(v, out);
                    }
                }
            }
        }
        let mut out = Vec::new();
        if let Some(root) = &self.root {
            walk(root, &mut out);
        }
        out.sort_by_key(|d| d.2);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "kind: course\nplace: x\nschedule:\n  weekly:\n    - { day: tue, start: \"09:00\" }\n    - day: thu\n      start: \"10:00\"\n";

    #[test]
    fn finds_keys_and_values() {
        let s = YamlSpans::parse(SRC, 0);
        assert_eq!(s.key(&[Seg::Key("place")]), Some((2, 1)));
        assert_eq!(s.value(&[Seg::Key("place")]), Some((2, 8)));
        let p = [
            Seg::Key("schedule"),
            Seg::Key("weekly"),
            Seg::Index(0),
            Seg::Key("day"),
        ];
        assert_eq!(s.value(&p), Some((5, 14)));
        let p = [
            Seg::Key("schedule"),
            Seg::Key("weekly"),
            Seg::Index(1),
            Seg::Key("start"),
        ];
        assert_eq!(s.value(&p), Some((7, 14)));
    }

    #[test]
    fn falls_back_to_ancestor() {
        let s = YamlSpans::parse(SRC, 10);
        assert_eq!(
            s.value(&[Seg::Key("schedule"), Seg::Key("nothing")]),
            Some((13, 1))
        );
        let keys: Vec<String> = s.keys(&[]).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["kind", "place", "schedule"]);
    }

    #[test]
    fn finds_duplicate_keys_at_any_depth() {
        let s = YamlSpans::parse("a: 1\nb:\n  x: 1\n  x: 2\na: 3\n", 1);
        assert_eq!(
            s.duplicates(),
            [
                ("x".to_string(), (4, 3), (5, 3)),
                ("a".to_string(), (2, 1), (6, 1))
            ]
        );
        assert!(YamlSpans::parse(SRC, 0).duplicates().is_empty());
    }
}
