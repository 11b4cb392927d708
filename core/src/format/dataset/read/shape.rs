//! The generic half of reading: objects with known fields, required and
//! optional values of each kind, lists, and the problems each can have,
//! every one recorded with its path and position.

use std::collections::BTreeMap;

use super::super::{Fault, Problem};
use crate::json::{Json, Member, Node, Position};
use crate::text::{clamped_number, clipped};

#[derive(Default)]
pub(super) struct Reader {
    pub(super) problems: Vec<Problem>,
    pub(super) places: BTreeMap<String, Position>,
}

/// An object being read, with the path that leads to it.
pub(super) struct Object<'a> {
    members: &'a [Member],
    pub(super) path: String,
    pub(super) at: Position,
    /// Not an object at all (already reported): its fields are not missing.
    pub(super) broken: bool,
}

impl Object<'_> {
    pub(super) fn child(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    pub(super) fn get(&self, key: &str) -> Option<&Node> {
        self.members.iter().find(|m| m.key == key).map(|m| &m.node)
    }
}

/// Field names are the format's, the same in every language.
fn list_of(items: &[&str]) -> String {
    items
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Reader {
    pub(super) fn problem(&mut self, path: &str, at: Position, fault: Fault) {
        self.problems.push(Problem {
            path: path.to_string(),
            fault,
            at: Some(at),
        });
    }

    /// `expected` is a `Fault::Mismatch` key.
    pub(super) fn mismatch(&mut self, path: &str, node: &Node, expected: &'static str) {
        let found = node.value.kind();
        self.problem(path, node.at, Fault::Mismatch { expected, found });
    }

    /// An object with only the `known` fields (each unknown one is reported).
    pub(super) fn object<'a>(&mut self, node: &'a Node, path: &str, known: &[&str]) -> Object<'a> {
        self.places.insert(path.to_string(), node.at);
        let Json::Object(members) = &node.value else {
            self.mismatch(path, node, "object");
            return Object {
                members: &[],
                path: path.to_string(),
                at: node.at,
                broken: true,
            };
        };
        let object = Object {
            members,
            path: path.to_string(),
            at: node.at,
            broken: false,
        };
        for member in members {
            if !known.contains(&member.key.as_str()) {
                let fault = Fault::UnknownField {
                    field: clipped(&member.key, 40),
                    known: list_of(known),
                };
                self.problem(&object.child(&member.key), member.node.at, fault);
            }
        }
        object
    }

    /// The field's node, or a "missing" problem when it is required.
    pub(super) fn field<'a>(
        &mut self,
        object: &Object<'a>,
        key: &str,
        required: bool,
    ) -> Option<&'a Node> {
        let path = object.child(key);
        match object.members.iter().find(|m| m.key == key) {
            Some(member) => {
                self.places.insert(path, member.node.at);
                Some(&member.node)
            }
            None => {
                if required && !object.broken {
                    self.problem(&path, object.at, Fault::MissingField { field: key.to_string() });
                }
                None
            }
        }
    }

    pub(super) fn text_node(&mut self, node: &Node, path: &str) -> Option<String> {
        match &node.value {
            Json::String(s) => Some(s.clone()),
            _ => {
                self.mismatch(path, node, "text");
                None
            }
        }
    }

    pub(super) fn text(&mut self, object: &Object, key: &str) -> String {
        self.optional_text(object, key, true).unwrap_or_default()
    }

    pub(super) fn optional_text(
        &mut self,
        object: &Object,
        key: &str,
        required: bool,
    ) -> Option<String> {
        let node = self.field(object, key, required)?;
        self.text_node(node, &object.child(key))
    }

    pub(super) fn number(&mut self, object: &Object, key: &str) -> f64 {
        match self.field(object, key, true) {
            Some(Node {
                value: Json::Number(n),
                ..
            }) => *n,
            Some(node) => {
                self.mismatch(&object.child(key), node, "number");
                0.0
            }
            None => 0.0,
        }
    }

    /// A whole number on the priority scale (range checked by validation,
    /// which names the number).
    pub(super) fn level(&mut self, node: &Node, path: &str) -> Option<u8> {
        match node.value {
            Json::Number(n) if n.fract() == 0.0 && (0.0..=255.0).contains(&n) => Some(n as u8),
            Json::Number(n) => {
                let n = clamped_number(n);
                self.problem(path, node.at, Fault::NotALevel { number: n });
                None
            }
            _ => {
                self.mismatch(path, node, "level");
                None
            }
        }
    }

    /// The items of a list field with their paths (empty when missing or not a list).
    pub(super) fn list<'a>(
        &mut self,
        object: &Object<'a>,
        key: &str,
        required: bool,
    ) -> Vec<(String, &'a Node)> {
        let path = object.child(key);
        let Some(node) = self.field(object, key, required) else {
            return Vec::new();
        };
        let Json::Array(items) = &node.value else {
            self.mismatch(&path, node, "list");
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let item_path = format!("{path}[{i}]");
                self.places.insert(item_path.clone(), item.at);
                (item_path, item)
            })
            .collect()
    }

    pub(super) fn texts(&mut self, object: &Object, key: &str) -> Vec<String> {
        self.list(object, key, true)
            .into_iter()
            .filter_map(|(path, node)| self.text_node(node, &path))
            .collect()
    }

    pub(super) fn each<T>(
        &mut self,
        object: &Object,
        key: &str,
        required: bool,
        read: fn(&mut Reader, &Node, &str) -> T,
    ) -> Vec<T> {
        // A malformed item is read as an empty one, not dropped, so the
        // items after it keep their indices in every later message.
        self.list(object, key, required)
            .into_iter()
            .map(|(path, node)| read(self, node, &path))
            .collect()
    }
}
