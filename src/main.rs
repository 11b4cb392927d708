// Nothing starts on load: the page's boot script (`boot/boot.js`) calls
// `versus::start_page` once the WASM is loaded, and the embed loader calls
// `versus::mount_widget` instead, so loading the module never touches a
// host page. Naming the entry points keeps the library, and with it every
// export, in the linked binary.
fn main() {
    std::hint::black_box((
        versus::start_page as fn(),
        versus::mount_widget as fn(_, _, _, _, _) -> _,
    ));
}
