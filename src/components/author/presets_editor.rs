//! Presets: named sets of slider weights a reader can pick. A small table,
//! a column per preset, a weight from 0 to 10 per criterion.

use std::rc::Rc;

use versus_core::authoring::Edit;
use versus_core::l10n::{msg, Arg};
use versus_core::{Dataset, MAX_LEVEL};
use yew::prelude::*;

use crate::hooks::use_words;
use crate::platform::editing::field_value;

#[derive(PartialEq, Properties)]
pub struct PresetsEditorProps {
    pub dataset: Rc<Dataset>,
    pub on_edit: Callback<Edit>,
}

#[component]
pub fn PresetsEditor(props: &PresetsEditorProps) -> Html {
    let d = &props.dataset;
    let on_edit = &props.on_edit;
    let words = use_words();
    let add = {
        let on_edit = on_edit.clone();
        Callback::from(move |_: MouseEvent| on_edit.emit(Edit::AddPreset))
    };
    html! {
        <details class="grid-extra">
            <summary>{ words.say(msg::AUTHOR_PRESETS_SUMMARY, &[("count", Arg::count(d.presets.len()))]) }</summary>
            if !d.presets.is_empty() {
                <div class="grid-scroll">
                    <table class="preset-table">
                        <thead>
                            <tr>
                                <th scope="col">{ words.label(msg::AUTHOR_GRID_CORNER) }</th>
                                { for d.presets.iter().enumerate().map(|(preset, p)| {
                                    let rename = {
                                        let on_edit = on_edit.clone();
                                        Callback::from(move |event: Event| {
                                            if let Some(name) = field_value(&event) {
                                                on_edit.emit(Edit::RenamePreset { preset, name });
                                            }
                                        })
                                    };
                                    let remove = {
                                        let on_edit = on_edit.clone();
                                        Callback::from(move |_: MouseEvent| on_edit.emit(Edit::RemovePreset { preset }))
                                    };
                                    html! {
                                        <th scope="col" key={p.id.clone()}>
                                            <input type="text" value={p.name.clone()} aria-label={words.say(msg::AUTHOR_PRESET_NAME, &[("number", Arg::count(preset + 1))])} onchange={rename} />
                                            <button type="button" onclick={remove} aria-label={words.say(msg::AUTHOR_REMOVE_PRESET, &[("name", Arg::text(&p.name))])}>{ words.label(msg::AUTHOR_REMOVE) }</button>
                                        </th>
                                    }
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for d.criteria.iter().enumerate().map(|(criterion, c)| html! {
                                <tr key={c.id.clone()}>
                                    <th scope="row">{ &c.name }</th>
                                    { for d.presets.iter().enumerate().map(|(preset, p)| {
                                        let weight = p.weights.get(&c.id).copied().unwrap_or(0);
                                        let on_edit = on_edit.clone();
                                        let onchange = Callback::from(move |event: Event| {
                                            if let Some(weight) = field_value(&event).and_then(|v| v.trim().parse::<u8>().ok()) {
                                                on_edit.emit(Edit::Weight { preset, criterion, weight });
                                            }
                                        });
                                        html! {
                                            <td><input type="number" min="0" max={MAX_LEVEL.to_string()} step="1" value={weight.to_string()}
                                                aria-label={words.say(msg::AUTHOR_PRESET_WEIGHT, &[("preset", Arg::text(&p.name)), ("criterion", Arg::text(&c.name))])} {onchange} /></td>
                                        }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <button type="button" onclick={add}>{ words.label(msg::AUTHOR_ADD_PRESET) }</button>
        </details>
    }
}
