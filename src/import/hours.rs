//! A feed's schedules as people say opening hours: "Monday to Friday, 9am to 5pm".
//!
//! A weekly schedule with days (`byday: MO,TU` in 3.0, or a 1.0 `weekday`) and times gives
//! days and times; days with the same times are said together. Any other schedule gives its
//! own `description`, if it has one.

use serde_json::Value;

const DAYS: [(&str, &str); 7] = [("MO", "Monday"), ("TU", "Tuesday"), ("WE", "Wednesday"), ("TH", "Thursday"), ("FR", "Friday"), ("SA", "Saturday"), ("SU", "Sunday")];

/// One schedule as read from the feed.
#[derive(Debug, Default, Clone)]
pub struct Schedule {
    /// Days of the week, 0 for Monday.
    pub days: Vec<usize>,
    pub opens: Option<String>,
    pub closes: Option<String>,
    pub description: Option<String>,
}

impl Schedule {
    /// Reads a 3.0 `schedules` item or a 1.0 `regular_schedules` item.
    pub fn read(value: &Value) -> Schedule {
        let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
        let weekly = text("freq").is_none_or(|f| f.eq_ignore_ascii_case("weekly"));
        let mut days: Vec<usize> = Vec::new();
        if weekly {
            for code in text("byday").unwrap_or_default().split(',') {
                if let Some(day) = DAYS.iter().position(|(c, _)| c.eq_ignore_ascii_case(code.trim())) {
                    days.push(day);
                }
            }
            match value.get("weekday") {
                Some(Value::String(name)) => days.extend(DAYS.iter().position(|(c, n)| n.eq_ignore_ascii_case(name.trim()) || c.eq_ignore_ascii_case(name.trim()))),
                // 1.0 feeds number the days from Monday as 1.
                Some(Value::Number(n)) => days.extend(n.as_u64().filter(|n| (1..=7).contains(n)).map(|n| (n - 1) as usize)),
                _ => {}
            }
        }
        Schedule { days, opens: text("opens_at"), closes: text("closes_at"), description: text("description") }
    }
}

/// The hours of all the schedules, or nothing if they say nothing.
pub fn hours(schedules: &[Schedule]) -> Option<String> {
    // Days with the same opening and closing times, in the order first met.
    let mut timed: Vec<((String, String), Vec<usize>)> = Vec::new();
    let mut said: Vec<String> = Vec::new();
    for schedule in schedules {
        let times = schedule.opens.as_deref().and_then(time).zip(schedule.closes.as_deref().and_then(time));
        match times {
            Some(times) if !schedule.days.is_empty() => match timed.iter_mut().find(|(t, _)| *t == times) {
                Some((_, days)) => days.extend(&schedule.days),
                None => timed.push((times, schedule.days.clone())),
            },
            _ => said.extend(schedule.description.clone()),
        }
    }
    let mut parts: Vec<String> = timed
        .into_iter()
        .map(|((opens, closes), mut days)| {
            days.sort_unstable();
            days.dedup();
            format!("{}, {opens} to {closes}", say_days(&days))
        })
        .collect();
    for text in said {
        if !parts.contains(&text) {
            parts.push(text);
        }
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// "Monday to Friday", "Monday and Wednesday", "Monday to Wednesday and Friday".
fn say_days(days: &[usize]) -> String {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &day in days {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == day => *end = day,
            _ => runs.push((day, day)),
        }
    }
    let mut items: Vec<String> = Vec::new();
    for (start, end) in runs {
        match end - start {
            0 => items.push(DAYS[start].1.into()),
            1 => items.extend([DAYS[start].1.into(), DAYS[end].1.into()]),
            _ => items.push(format!("{} to {}", DAYS[start].1, DAYS[end].1)),
        }
    }
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => items.concat(),
    }
}

/// `09:00:00` as "9am", `17:30` as "5:30pm", `12:00` as "12pm".
fn time(text: &str) -> Option<String> {
    let mut parts = text.trim().split(':');
    let hour: u32 = parts.next()?.parse().ok()?;
    let minute: u32 = parts.next().unwrap_or("0").parse().ok()?;
    if hour > 24 || minute > 59 {
        return None;
    }
    let (twelve, half) = match hour % 24 {
        0 => (12, "am"),
        h @ 1..=11 => (h, "am"),
        12 => (12, "pm"),
        h => (h - 12, "pm"),
    };
    Some(if minute == 0 { format!("{twelve}{half}") } else { format!("{twelve}:{minute:02}{half}") })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn said(values: &[Value]) -> Option<String> {
        hours(&values.iter().map(Schedule::read).collect::<Vec<_>>())
    }

    #[test]
    fn weekly_schedules_are_said_as_people_say_them() {
        assert_eq!(said(&[json!({"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00:00", "closes_at": "17:00:00"})]).unwrap(), "Monday to Friday, 9am to 5pm");
        assert_eq!(said(&[json!({"byday": "TH,FR", "opens_at": "10:00", "closes_at": "18:30"})]).unwrap(), "Thursday and Friday, 10am to 6:30pm");
        assert_eq!(said(&[json!({"byday": "MO,TU,WE,FR,SU", "opens_at": "12:00", "closes_at": "00:00"})]).unwrap(), "Monday to Wednesday, Friday and Sunday, 12pm to 12am");
    }

    #[test]
    fn one_schedule_a_day_in_the_older_shape_is_gathered() {
        let days: Vec<Value> = ["Monday", "Tuesday", "Wednesday"].iter().map(|d| json!({"weekday": d, "opens_at": "09:00", "closes_at": "15:00"})).collect();
        let mut all = days;
        all.push(json!({"weekday": "Saturday", "opens_at": "10:00", "closes_at": "12:00"}));
        assert_eq!(said(&all).unwrap(), "Monday to Wednesday, 9am to 3pm; Saturday, 10am to 12pm");
    }

    #[test]
    fn other_schedules_give_their_description_or_nothing() {
        assert_eq!(said(&[json!({"freq": "MONTHLY", "bymonthday": "1", "opens_at": "09:00", "closes_at": "10:00", "description": "First of the month"})]).unwrap(), "First of the month");
        assert_eq!(said(&[json!({"description": "By appointment"})]).unwrap(), "By appointment");
        assert_eq!(said(&[json!({"opens_at": "09:00"})]), None);
    }
}
