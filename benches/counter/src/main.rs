//! The smallest Leptos page that does something: a button and a count.
use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        let (count, set_count) = signal(0);
        view! {
            <main>
                <h1>"Counter"</h1>
                <button on:click=move |_| set_count.update(|n| *n += 1)>"Add one"</button>
                <p id="count">{count}</p>
            </main>
        }
    });
}
