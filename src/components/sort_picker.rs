use versus_core::CardOrder;
use yew::prelude::*;

use crate::platform;

#[derive(PartialEq, Properties)]
pub struct SortPickerProps {
    pub order: CardOrder,
    pub on_change: Callback<CardOrder>,
}

#[component]
pub fn SortPicker(props: &SortPickerProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            if let Some(order) = platform::select_value(&event)
                .as_deref()
                .and_then(CardOrder::from_id)
            {
                on_change.emit(order);
            }
        })
    };
    let select_ref = use_node_ref();
    {
        let select_ref = select_ref.clone();
        use_effect_with(props.order, move |order| {
            platform::show_select_value(&select_ref, order.id())
        });
    }
    html! {
        <div class="control">
            <label for="sort-select">{ "Order criteria by" }</label>
            <select id="sort-select" ref={select_ref} {onchange}>
                { for CardOrder::ALL.iter().map(|o| html! {
                    <option value={o.id()} selected={*o == props.order}>{ o.label() }</option>
                }) }
            </select>
        </div>
    }
}
