//! Reconstruct Itinerary (LeetCode 332). Target: O(E log E) with Hierholzer's algorithm: each
//! airport's destinations sorted, a walk that always takes the smallest ticket left, and airports
//! written out as they get stuck, in reverse. The answer is unique (the smallest in lexical order),
//! so it is compared exactly.

use std::collections::{BTreeMap, HashMap};

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub tickets: Vec<Vec<String>>,
}

pub struct Problem;

/// The reference: iterative Hierholzer over destinations sorted largest first (so `pop` gives the
/// smallest).
pub fn reference(tickets: Vec<Vec<String>>) -> Vec<String> {
    let mut to: HashMap<String, Vec<String>> = HashMap::new();
    for ticket in tickets {
        let mut pair = ticket.into_iter();
        let (from, dest) = (pair.next().unwrap(), pair.next().unwrap());
        to.entry(from).or_default().push(dest);
    }
    for list in to.values_mut() {
        list.sort_unstable_by(|a, b| b.cmp(a));
    }
    let mut stack = vec!["JFK".to_string()];
    let mut route = Vec::new();
    while let Some(top) = stack.last() {
        match to.get_mut(top).and_then(Vec::pop) {
            Some(next) => stack.push(next),
            None => route.push(stack.pop().unwrap()),
        }
    }
    route.reverse();
    route
}

const MAX_TICKETS: usize = 300;

fn ticket(from: &str, to: &str) -> Vec<String> {
    vec![from.to_string(), to.to_string()]
}

/// Whether every ticket of `remaining` lies in the one weakly connected piece holding `start`.
fn all_reachable(remaining: &BTreeMap<(String, String), usize>, start: &str) -> bool {
    let mut parent: HashMap<&str, &str> = HashMap::new();
    fn root<'a>(parent: &mut HashMap<&'a str, &'a str>, v: &'a str) -> &'a str {
        let mut v = v;
        while let Some(&up) = parent.get(v) {
            if up == v {
                break;
            }
            v = up;
        }
        v
    }
    for ((from, to), &count) in remaining {
        if count > 0 {
            parent.entry(from).or_insert(from);
            parent.entry(to).or_insert(to);
            let (a, b) = (root(&mut parent, from), root(&mut parent, to));
            parent.insert(a, b);
        }
    }
    if parent.is_empty() {
        return true;
    }
    if !parent.contains_key(start) {
        return false;
    }
    let home = root(&mut parent, start);
    let keys: Vec<&str> = parent.keys().copied().collect();
    keys.into_iter().all(|v| root(&mut parent, v) == home)
}

/// The problem's promise: the tickets form an itinerary from JFK using each exactly once. `None`
/// when they do, else why not.
fn no_itinerary(tickets: &[Vec<String>]) -> Option<String> {
    let mut balance: BTreeMap<&str, i64> = BTreeMap::new();
    let mut remaining = BTreeMap::new();
    for t in tickets {
        *balance.entry(&t[0]).or_default() += 1;
        *balance.entry(&t[1]).or_default() -= 1;
        *remaining.entry((t[0].clone(), t[1].clone())).or_insert(0) += 1;
    }
    let jfk = balance.get("JFK").copied();
    if jfk.is_none() || !tickets.iter().any(|t| t[0] == "JFK") {
        return Some("no ticket leaves JFK".to_string());
    }
    for (&airport, &surplus) in &balance {
        let allowed = if airport == "JFK" { 0..=1 } else { -1..=0 };
        if !allowed.contains(&surplus) {
            return Some(format!(
                "{airport} has {surplus:+} more tickets leaving than arriving; an itinerary from JFK allows +1 or 0 at JFK, -1 or 0 at its end, 0 elsewhere"
            ));
        }
    }
    if balance.values().filter(|&&s| s == -1).count() > 1 {
        return Some("more than one airport has one more ticket arriving than leaving".to_string());
    }
    if !all_reachable(&remaining, "JFK") {
        return Some("some tickets are not connected to the others from JFK".to_string());
    }
    None
}

/// A random walk from JFK over `airports`, as shuffled tickets.
fn random_walk(n: usize, airports: &[&str], gen: &mut Gen) -> Input {
    let mut at = "JFK";
    let mut tickets = Vec::with_capacity(n);
    while tickets.len() < n {
        let next = airports[gen.index(airports.len())];
        if next != at {
            tickets.push(ticket(at, next));
            at = next;
        }
    }
    for i in (1..tickets.len()).rev() {
        tickets.swap(i, gen.index(i + 1));
    }
    Input { tickets }
}

/// JFK -> AAA and JFK -> BBB -> JFK, and from AAA loops out to many airports and back. Taking
/// AAA first (the smallest) uses every loop and gets stuck at AAA with BBB's tickets left; a
/// search that backtracks tries every order of the loops before it gives up on AAA.
fn loops_behind_the_smallest(n: usize) -> Input {
    let loops = n.saturating_sub(3) / 2;
    let mut tickets = vec![
        ticket("JFK", "AAA"),
        ticket("JFK", "BBB"),
        ticket("BBB", "JFK"),
    ];
    for i in 0..loops {
        let name = format!(
            "C{}{}",
            char::from(b'A' + (i / 26) as u8),
            char::from(b'A' + (i % 26) as u8)
        );
        tickets.push(ticket("AAA", &name));
        tickets.push(ticket(&name, "AAA"));
    }
    Input { tickets }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<String>;
    const PARAMETERS: &'static [&'static str] = &["tickets"];

    fn reference(input: Input) -> Vec<String> {
        reference(input.tickets)
    }

    /// Fleury's rule: from where you stand, take the smallest destination after which every
    /// ticket left is still connected to it (so an itinerary can still finish).
    fn oracle(input: Input) -> Vec<String> {
        let mut remaining: BTreeMap<(String, String), usize> = BTreeMap::new();
        for t in &input.tickets {
            *remaining.entry((t[0].clone(), t[1].clone())).or_insert(0) += 1;
        }
        let mut route = vec!["JFK".to_string()];
        for _ in 0..input.tickets.len() {
            let here = route.last().unwrap().clone();
            let choices: Vec<(String, String)> = remaining
                .range((here.clone(), String::new())..)
                .take_while(|((from, _), _)| *from == here)
                .filter(|(_, &count)| count > 0)
                .map(|(key, _)| key.clone())
                .collect();
            let pick = choices
                .into_iter()
                .find(|key| {
                    *remaining.get_mut(key).unwrap() -= 1;
                    let fine = all_reachable(&remaining, &key.1);
                    *remaining.get_mut(key).unwrap() += 1;
                    fine
                })
                .expect("the tickets form an itinerary");
            *remaining.get_mut(&pick).unwrap() -= 1;
            route.push(pick.1);
        }
        route
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Walks of up to 9 tickets over four airports: repeated tickets, loops back to JFK, and
        // small destinations that lead into dead ends.
        (1..=9usize, any::<u64>())
            .prop_map(|(n, seed)| {
                random_walk(n, &["JFK", "AAA", "BBB", "CCC"], &mut Gen::new(seed))
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "the smallest first choice hides a dead end behind 148 loops",
                max_n: MAX_TICKETS,
                generate: |n, _| loops_behind_the_smallest(n),
            },
            StressFamily {
                name: "a random walk of 300 tickets over 20 airports",
                max_n: MAX_TICKETS,
                generate: |n, gen| {
                    let names: Vec<String> = (0..19)
                        .map(|i| {
                            format!(
                                "A{}{}",
                                char::from(b'A' + i as u8),
                                char::from(b'Z' - i as u8)
                            )
                        })
                        .chain(["JFK".to_string()])
                        .collect();
                    let airports: Vec<&str> = names.iter().map(String::as_str).collect();
                    random_walk(n, &airports, gen)
                },
            },
            StressFamily {
                name: "a random walk of 300 tickets over 3 airports (many repeated tickets)",
                max_n: MAX_TICKETS,
                generate: |n, gen| random_walk(n, &["JFK", "ATL", "SFO"], gen),
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("tickets", input.tickets.len(), 1..=MAX_TICKETS)?;
        for (i, t) in input.tickets.iter().enumerate() {
            if t.len() != 2 {
                return Err(format!(
                    "tickets[{i}] has {} airports; each ticket is [from, to]",
                    t.len()
                ));
            }
            for code in t {
                if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                    return Err(format!(
                        "tickets[{i}] holds {code:?}; an airport is three uppercase English letters"
                    ));
                }
            }
            if t[0] == t[1] {
                return Err(format!(
                    "tickets[{i}] flies from {} to itself; LeetCode has from != to",
                    t[0]
                ));
            }
        }
        match no_itinerary(&input.tickets) {
            Some(why) => Err(format!(
                "the tickets do not form one itinerary from JFK, as LeetCode promises: {why}"
            )),
            None => Ok(()),
        }
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<String>>) -> Vec<String>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.tickets))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_greedy_no_backtracking,
        "../../submissions/advanced_graphs/reconstruct_itinerary/wrong_greedy_no_backtracking.rs"
    );

    fn tickets(list: &[(&str, &str)]) -> Vec<Vec<String>> {
        list.iter().map(|(a, b)| ticket(a, b)).collect()
    }

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submission() {
        assert!(crate::strategy_refutes::<Problem>(|input: Input| {
            wrong_greedy_no_backtracking::Solution::find_itinerary(input.tickets)
        }));
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        let one = tickets(&[
            ("MUC", "LHR"),
            ("JFK", "MUC"),
            ("SFO", "SJC"),
            ("LHR", "SFO"),
        ]);
        assert_eq!(reference(one), ["JFK", "MUC", "LHR", "SFO", "SJC"]);
        let two = tickets(&[
            ("JFK", "SFO"),
            ("JFK", "ATL"),
            ("SFO", "ATL"),
            ("ATL", "JFK"),
            ("ATL", "SFO"),
        ]);
        assert_eq!(reference(two), ["JFK", "ATL", "JFK", "SFO", "ATL", "SFO"]);
    }

    #[test]
    fn stress_inputs_agree_with_fleury() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(8));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            assert_eq!(
                reference(input.tickets.clone()),
                Problem::oracle(input),
                "{}",
                family.name
            );
        }
    }

    #[test]
    fn tickets_without_an_itinerary_are_named() {
        let why = Problem::validate(&Input {
            tickets: tickets(&[("JFK", "AAA"), ("BBB", "CCC")]),
        })
        .unwrap_err();
        assert!(why.contains("do not form one itinerary"), "{why}");
    }
}
