//! A labelled text field that keeps its text when focus leaves it (or on
//! Enter, for one line): one undo step per field edit, not per key. What
//! is typed lives in state until then, because Yew sets a field's value on
//! every render and would otherwise put the kept text back mid-typing.

use yew::prelude::*;

use crate::platform::editing::field_value;

#[derive(PartialEq, Properties)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The text as the draft has it.
    pub value: AttrValue,
    pub on_commit: Callback<String>,
    /// Several lines (a text area) instead of one.
    #[prop_or_default]
    pub multiline: bool,
    /// The input's type, for one line: "text", "url".
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let typed = use_state(|| None::<String>);
    let value = (*typed).clone().unwrap_or_else(|| props.value.to_string());
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(text) = field_value(&event) {
                typed.set(Some(text));
            }
        })
    };
    let commit = {
        let (typed, on_commit, kept) =
            (typed.clone(), props.on_commit.clone(), props.value.clone());
        move || {
            if let Some(text) = (*typed).clone() {
                typed.set(None);
                if text != kept.as_str() {
                    on_commit.emit(text);
                }
            }
        }
    };
    let onblur = {
        let commit = commit.clone();
        Callback::from(move |_: FocusEvent| commit())
    };
    let onkeydown = {
        let multiline = props.multiline;
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" && !multiline {
                commit();
            }
        })
    };
    html! {
        <>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if props.multiline {
                <textarea id={props.id.clone()} rows="2" {value} {oninput} {onblur} />
            } else {
                <input id={props.id.clone()} type={props.kind.clone()} {value} {oninput} {onblur} {onkeydown} />
            }
        </>
    }
}
