//! The critical path of a `cargo build --timings` report, as one line of Markdown.
//!
//! Cargo records, for each unit it built, the units that became ready when it finished (or
//! when its metadata did, for a dependent that only needs that): the dependency each of those
//! waited for last. From the unit that finished last, following that dependency back to a unit
//! that waited for none gives the chain of units that decided when the build ended. A unit that
//! started later than the one before it ended waited for a free core.
//!
//! Usage: `critical-path target/cargo-timings/cargo-timing.html`, or
//! `critical-path --units target/cargo-timings/cargo-timing.html` for every unit instead, one a
//! line: its name and how long it took in seconds, separated by a tab.

use std::error::Error;

use serde_json::Value;

/// One unit of the report: what it built, and when.
struct Unit {
    id: u64,
    name: String,
    start: f64,
    end: f64,
    /// Units that became ready when this one finished, or when its metadata did.
    unblocked: Vec<u64>,
}

fn units(html: &str) -> Result<Vec<Unit>, Box<dyn Error>> {
    const MARK: &str = "const UNIT_DATA = ";
    let from = html.find(MARK).ok_or("no UNIT_DATA in the report")? + MARK.len();
    let to = from + html[from..].find(";\n").ok_or("UNIT_DATA does not end")?;
    let data: Vec<Value> = serde_json::from_str(&html[from..to])?;
    let ids = |v: &Value| -> Vec<u64> {
        v.as_array()
            .map(|a| a.iter().filter_map(Value::as_u64).collect())
            .unwrap_or_default()
    };
    data.iter()
        .map(|u| {
            let start = u["start"].as_f64().ok_or("a unit without a start")?;
            let target = u["target"].as_str().unwrap_or_default().trim();
            let name = u["name"].as_str().ok_or("a unit without a name")?;
            Ok(Unit {
                id: u["i"].as_u64().ok_or("a unit without an id")?,
                name: match target {
                    "" => name.to_owned(),
                    "build-script" => format!("{name} (build script)"),
                    "build-script (run)" => format!("{name} (build script run)"),
                    other => format!("{name} ({other})"),
                },
                start,
                end: start + u["duration"].as_f64().ok_or("a unit without a duration")?,
                unblocked: [ids(&u["unblocked_units"]), ids(&u["unblocked_rmeta_units"])].concat(),
            })
        })
        .collect()
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let every_unit = args.first().is_some_and(|a| a == "--units");
    if every_unit {
        args.remove(0);
    }
    let [path] = &args[..] else {
        return Err("usage: critical-path [--units] cargo-timing.html".into());
    };
    let units = units(&std::fs::read_to_string(path)?)?;
    if every_unit {
        for u in &units {
            println!("{}\t{:.2}", u.name, u.end - u.start);
        }
        return Ok(());
    }
    let mut unit = units
        .iter()
        .max_by(|a, b| a.end.total_cmp(&b.end))
        .ok_or("the report has no units")?;
    let mut chain = vec![unit];
    while let Some(before) = units.iter().find(|u| u.unblocked.contains(&unit.id)) {
        chain.push(before);
        unit = before;
    }
    chain.reverse();
    let steps: Vec<String> = chain
        .iter()
        .map(|u| format!("{} {:.2}–{:.2} s", u.name, u.start, u.end))
        .collect();
    println!("{}", steps.join(" → "));
    Ok(())
}
