//! Short names for the WASM's imports. wasm-bindgen names each function the
//! module imports from its JavaScript glue `__wbg_<what>_<16 hex digits>`,
//! and every import carries the glue's module name (`./versus_bg.js`):
//! about 200 of them, each written twice (the WASM's import section and the
//! glue's import object). The hex digits do not compress, so the names cost
//! kilobytes of every reader's first load. Renamed here in both files at
//! once (`a`, `b`, ... `ba`, ...), after Trunk and wasm-opt and before the
//! files are hashed for the precache. The exports that call the app's
//! closures (`wasm_bindgen__convert__closures_____invoke__h<16 hex>`) are
//! shortened the same way (`c0`, `c1`, ...).

/// The import section's id in the binary format.
const IMPORT_SECTION: u8 = 2;
/// The export section's id.
const EXPORT_SECTION: u8 = 7;
/// How wasm-bindgen names the exports that invoke a closure.
const CLOSURE_EXPORT: &str = "wasm_bindgen__convert__closures_";

/// The WASM `wasm` and its glue `js`, with every `__wbg_` import and the
/// glue's module name shortened in both. Fails, leaving the caller to keep
/// the originals, if the glue does not name each of them exactly once.
pub fn shorten_imports(wasm: &[u8], js: &str) -> Result<(Vec<u8>, String), String> {
    let mut sections = Sections::read(wasm)?;
    let Some(index) = sections.list.iter().position(|(id, _)| *id == IMPORT_SECTION) else {
        return Ok((wasm.to_vec(), js.to_string()));
    };
    let imports = read_imports(&sections.list[index].1)?;
    let mut js = js.to_string();
    let mut renamed = Vec::with_capacity(imports.len());
    let mut modules: Vec<(String, String)> = Vec::new();
    let mut next = 0;
    for import in &imports {
        let module = match modules.iter().find(|(old, _)| *old == import.module) {
            Some((_, new)) => new.clone(),
            None => {
                let new = format!("m{}", modules.len());
                replace_once(&mut js, &format!("\"{}\"", import.module), &format!("\"{new}\""))?;
                modules.push((import.module.clone(), new.clone()));
                new
            }
        };
        let field = if import.field.starts_with("__wbg_") {
            let new = short_name(next);
            next += 1;
            replace_once(&mut js, &format!("{}:", import.field), &format!("{new}:"))?;
            new
        } else {
            import.field.clone()
        };
        renamed.push(Import {
            module,
            field,
            description: import.description.clone(),
        });
    }
    sections.list[index].1 = write_imports(&renamed);
    if let Some(exports) = sections.list.iter_mut().find(|(id, _)| *id == EXPORT_SECTION) {
        exports.1 = shorten_closure_exports(&exports.1, &mut js)?;
    }
    Ok((sections.write(), js))
}

/// The export section `payload` with each closure invoker named `c<n>`,
/// and the glue's one call of it (`.<name>(`) renamed to match.
fn shorten_closure_exports(payload: &[u8], js: &mut String) -> Result<Vec<u8>, String> {
    let mut reader = Reader { bytes: payload, at: 0 };
    let count = reader.leb()?;
    let mut out = Vec::new();
    write_leb(&mut out, count);
    let mut next = 0;
    for _ in 0..count {
        let mut name = reader.name()?;
        if name.starts_with(CLOSURE_EXPORT) {
            let short = format!("c{next}");
            next += 1;
            replace_once(js, &format!(".{name}("), &format!(".{short}("))?;
            name = short;
        }
        write_leb(&mut out, name.len() as u64);
        out.extend_from_slice(name.as_bytes());
        // What is exported, its kind and index, copied as it is.
        let start = reader.at;
        reader.byte()?;
        reader.leb()?;
        out.extend_from_slice(&payload[start..reader.at]);
    }
    if reader.at != payload.len() {
        return Err("the export section has bytes after its exports".into());
    }
    Ok(out)
}

/// `a` ... `z`, then `ba`, `bb` ...: letters only, so each is a valid key.
fn short_name(mut n: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'a' + (n % 26) as u8);
        n /= 26;
        if n == 0 {
            break;
        }
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// Replaces the one occurrence of `old` in `text`.
fn replace_once(text: &mut String, old: &str, new: &str) -> Result<(), String> {
    let count = text.matches(old).count();
    if count != 1 {
        return Err(format!("the glue names {old} {count} times, expected once"));
    }
    *text = text.replacen(old, new, 1);
    Ok(())
}

struct Sections {
    header: Vec<u8>,
    list: Vec<(u8, Vec<u8>)>,
}

impl Sections {
    fn read(wasm: &[u8]) -> Result<Sections, String> {
        if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
            return Err("not a WASM module".into());
        }
        let mut reader = Reader { bytes: wasm, at: 8 };
        let mut list = Vec::new();
        while reader.at < wasm.len() {
            let id = reader.byte()?;
            let size = reader.leb()? as usize;
            list.push((id, reader.take(size)?.to_vec()));
        }
        Ok(Sections {
            header: wasm[..8].to_vec(),
            list,
        })
    }

    fn write(&self) -> Vec<u8> {
        let mut out = self.header.clone();
        for (id, payload) in &self.list {
            out.push(*id);
            write_leb(&mut out, payload.len() as u64);
            out.extend_from_slice(payload);
        }
        out
    }
}

struct Import {
    module: String,
    field: String,
    /// What is imported (kind and type), copied as it is.
    description: Vec<u8>,
}

fn read_imports(payload: &[u8]) -> Result<Vec<Import>, String> {
    let mut reader = Reader { bytes: payload, at: 0 };
    let count = reader.leb()?;
    let mut imports = Vec::new();
    for _ in 0..count {
        let module = reader.name()?;
        let field = reader.name()?;
        let start = reader.at;
        match reader.byte()? {
            // A function, or an exception tag: (attribute) type index.
            0x00 => {
                reader.leb()?;
            }
            0x04 => {
                reader.byte()?;
                reader.leb()?;
            }
            // A table: element type, then limits.
            0x01 => {
                reader.byte()?;
                reader.limits()?;
            }
            0x02 => reader.limits()?,
            // A global: value type and mutability.
            0x03 => {
                reader.byte()?;
                reader.byte()?;
            }
            kind => return Err(format!("an import of unknown kind {kind:#x}")),
        }
        imports.push(Import {
            module,
            field,
            description: payload[start..reader.at].to_vec(),
        });
    }
    if reader.at != payload.len() {
        return Err("the import section has bytes after its imports".into());
    }
    Ok(imports)
}

fn write_imports(imports: &[Import]) -> Vec<u8> {
    let mut out = Vec::new();
    write_leb(&mut out, imports.len() as u64);
    for import in imports {
        for name in [&import.module, &import.field] {
            write_leb(&mut out, name.len() as u64);
            out.extend_from_slice(name.as_bytes());
        }
        out.extend_from_slice(&import.description);
    }
    out
}

fn write_leb(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let byte = *self.bytes.get(self.at).ok_or("the module ends early")?;
        self.at += 1;
        Ok(byte)
    }

    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or("the module ends early")?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn leb(&mut self) -> Result<u64, String> {
        let (mut value, mut shift) = (0u64, 0);
        loop {
            let byte = self.byte()?;
            if shift >= 64 {
                return Err("a number too long for LEB128".into());
            }
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
            shift += 7;
        }
    }

    fn name(&mut self) -> Result<String, String> {
        let len = self.leb()? as usize;
        String::from_utf8(self.take(len)?.to_vec()).map_err(|_| "a name is not UTF-8".to_string())
    }

    /// Limits: flags (bit 0: a maximum follows), a minimum, the maximum.
    fn limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 == 1 {
            self.leb()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions and a memory from its glue.
    fn module() -> Vec<u8> {
        let imports = [
            Import { module: "./x_bg.js".into(), field: "__wbg_log_0123456789abcdef".into(), description: vec![0x00, 0x00] },
            Import { module: "./x_bg.js".into(), field: "__wbindgen_init".into(), description: vec![0x00, 0x01] },
            Import { module: "./x_bg.js".into(), field: "__wbg_now_fedcba9876543210".into(), description: vec![0x02, 0x01, 0x01, 0x10] },
        ];
        let sections = Sections {
            header: b"\0asm\x01\0\0\0".to_vec(),
            list: vec![(1, vec![0x00]), (IMPORT_SECTION, write_imports(&imports)), (EXPORT_SECTION, exports("wasm_bindgen__convert__closures_____invoke__h0123456789abcdef")), (10, vec![0x00])],
        };
        sections.write()
    }

    /// A memory, a function and a closure's invoker named `invoker`.
    fn exports(invoker: &str) -> Vec<u8> {
        let mut out = vec![3];
        for (name, kind, index) in [("memory", 0x02, 0), ("start", 0x00, 3), (invoker, 0x00, 200)] {
            write_leb(&mut out, name.len() as u64);
            out.extend_from_slice(name.as_bytes());
            out.push(kind);
            write_leb(&mut out, index);
        }
        out
    }

    const GLUE: &str = r#"const i={__wbg_log_0123456789abcdef:function(n){},__wbindgen_init:function(){},__wbg_now_fedcba9876543210:()=>1};function f(a){return w.wasm_bindgen__convert__closures_____invoke__h0123456789abcdef(a)}return{"./x_bg.js":i}"#;

    #[test]
    fn both_files_get_the_same_short_names() {
        let (wasm, js) = shorten_imports(&module(), GLUE).unwrap();
        assert_eq!(js, r#"const i={a:function(n){},__wbindgen_init:function(){},b:()=>1};function f(a){return w.c0(a)}return{"m0":i}"#);
        let sections = Sections::read(&wasm).unwrap();
        let imports = read_imports(&sections.list[1].1).unwrap();
        let names: Vec<(&str, &str)> = imports.iter().map(|i| (i.module.as_str(), i.field.as_str())).collect();
        assert_eq!(names, [("m0", "a"), ("m0", "__wbindgen_init"), ("m0", "b")]);
        // What is imported, and the other sections, are untouched.
        assert_eq!(imports[2].description, [0x02, 0x01, 0x01, 0x10]);
        assert_eq!(sections.list[0], (1, vec![0x00]));
        assert_eq!(sections.list[3], (10, vec![0x00]));
        // The closure's invoker is `c0` in both; the other exports keep their names.
        assert_eq!(sections.list[2], (EXPORT_SECTION, exports("c0")));
    }

    #[test]
    fn a_glue_that_does_not_name_an_import_once_is_refused() {
        let twice = GLUE.replace("};function", ",__wbg_log_0123456789abcdef:1};function");
        assert!(shorten_imports(&module(), &twice).is_err());
        let uncalled = GLUE.replace("w.wasm_bindgen__convert__closures_____invoke__h0123456789abcdef(a)", "0");
        assert!(shorten_imports(&module(), &uncalled).is_err());
        assert!(shorten_imports(b"not wasm", GLUE).is_err());
    }

    #[test]
    fn short_names_are_letters_and_never_repeat() {
        let names: Vec<String> = (0..800).map(short_name).collect();
        assert_eq!((names[0].as_str(), names[25].as_str(), names[26].as_str()), ("a", "z", "ba"));
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len());
        assert!(names.iter().all(|n| n.bytes().all(|b| b.is_ascii_lowercase())));
    }
}
