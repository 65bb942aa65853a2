//! Design Twitter (LeetCode 355), a design problem. Target: O(1) for postTweet, follow and
//! unfollow; getNewsFeed merges the newest tweets of the user and the F followees with a heap,
//! O(F + 10 log F), however many tweets they have posted.

use std::collections::{BinaryHeap, HashMap, HashSet};

use judge_engine::prelude::*;

/// The interface the judge calls; the harness adapts the learner's `Twitter` to it.
pub trait Api {
    fn post_tweet(&mut self, user_id: i32, tweet_id: i32);
    fn get_news_feed(&mut self, user_id: i32) -> Vec<i32>;
    fn follow(&mut self, follower_id: i32, followee_id: i32);
    fn unfollow(&mut self, follower_id: i32, followee_id: i32);
}

const FEED: usize = 10;

/// The reference: each user's tweets in posting order with a global clock, each user's followees
/// in a set; a feed is a k-way merge from the newest end of each list.
#[derive(Default)]
pub struct HeapMerge {
    clock: u32,
    tweets: HashMap<i32, Vec<(u32, i32)>>,
    followees: HashMap<i32, HashSet<i32>>,
}

impl Api for HeapMerge {
    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.clock += 1;
        self.tweets
            .entry(user_id)
            .or_default()
            .push((self.clock, tweet_id));
    }
    fn get_news_feed(&mut self, user_id: i32) -> Vec<i32> {
        let mut heap = BinaryHeap::new();
        let others = self.followees.get(&user_id).into_iter().flatten();
        for user in std::iter::once(&user_id).chain(others.filter(|&&u| u != user_id)) {
            if let Some(list) = self.tweets.get(user) {
                if let Some(&(time, tweet)) = list.last() {
                    heap.push((time, tweet, *user, list.len() - 1));
                }
            }
        }
        let mut feed = Vec::with_capacity(FEED);
        while feed.len() < FEED {
            let Some((_, tweet, user, index)) = heap.pop() else {
                break;
            };
            feed.push(tweet);
            if index > 0 {
                let (time, tweet) = self.tweets[&user][index - 1];
                heap.push((time, tweet, user, index - 1));
            }
        }
        feed
    }
    fn follow(&mut self, follower_id: i32, followee_id: i32) {
        self.followees
            .entry(follower_id)
            .or_default()
            .insert(followee_id);
    }
    fn unfollow(&mut self, follower_id: i32, followee_id: i32) {
        if let Some(set) = self.followees.get_mut(&follower_id) {
            set.remove(&followee_id);
        }
    }
}

/// The oracle: one global list of (author, tweet) and a set of follow pairs, scanned from the
/// newest tweet back.
#[derive(Default)]
pub struct GlobalList {
    tweets: Vec<(i32, i32)>,
    follows: HashSet<(i32, i32)>,
}

impl Api for GlobalList {
    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.tweets.push((user_id, tweet_id));
    }
    fn get_news_feed(&mut self, user_id: i32) -> Vec<i32> {
        self.tweets
            .iter()
            .rev()
            .filter(|&&(author, _)| author == user_id || self.follows.contains(&(user_id, author)))
            .take(FEED)
            .map(|&(_, tweet)| tweet)
            .collect()
    }
    fn follow(&mut self, follower_id: i32, followee_id: i32) {
        self.follows.insert((follower_id, followee_id));
    }
    fn unfollow(&mut self, follower_id: i32, followee_id: i32) {
        self.follows
            .retain(|&pair| pair != (follower_id, followee_id));
    }
}

pub struct Problem;

const MAX_CALLS: usize = 30_000;
const MAX_USER: i64 = 500;
const MAX_TWEET: i64 = 10_000;

/// A random mix of `calls` operations among users 1..=users; tweet ids are fresh, from a shuffled
/// range so that their order says nothing about time.
fn sequence(calls: usize, gen: &mut Gen, users: i64) -> Sequence {
    let mut sequence = Sequence::new("Twitter");
    let mut ids: Vec<i64> = (0..=MAX_TWEET).collect();
    for i in (1..ids.len()).rev() {
        let j = gen.index(i + 1);
        ids.swap(i, j);
    }
    for _ in 1..calls {
        let a = gen.int(1, users);
        let mut b = gen.int(1, users);
        if b == a {
            b = a % users + 1;
        }
        match gen.int(0, 9) {
            0..=3 if !ids.is_empty() => {
                let id = ids.pop().expect("not empty");
                sequence.push("postTweet", vec![json!(a), json!(id)]);
            }
            4..=5 if a != b => sequence.push("follow", vec![json!(a), json!(b)]),
            6 if a != b => sequence.push("unfollow", vec![json!(a), json!(b)]),
            _ => sequence.push("getNewsFeed", vec![json!(a)]),
        }
    }
    sequence
}

impl DesignProblem for Problem {
    type Api = dyn Api;
    const CLASS: &'static str = "Twitter";

    fn reference(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<HeapMerge>::default()
    }

    fn oracle(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<GlobalList>::default()
    }

    fn call(object: &mut Self::Api, operation: &str, arguments: &[Value]) -> Result<Value, String> {
        Ok(match operation {
            "postTweet" => {
                object.post_tweet(int_argument(arguments, 0)?, int_argument(arguments, 1)?);
                Value::Null
            }
            "getNewsFeed" => answer(object.get_news_feed(int_argument(arguments, 0)?)),
            "follow" => {
                object.follow(int_argument(arguments, 0)?, int_argument(arguments, 1)?);
                Value::Null
            }
            "unfollow" => {
                object.unfollow(int_argument(arguments, 0)?, int_argument(arguments, 1)?);
                Value::Null
            }
            other => return Err(format!("Twitter has no operation `{other}`")),
        })
    }

    fn strategy() -> BoxedStrategy<Sequence> {
        // Two or three users, so follows, unfollows and feeds of more than ten tweets are common.
        (1..60usize, any::<u64>(), 2..=3i64)
            .prop_map(|(calls, seed, users)| {
                let mut gen = Gen::new(seed);
                sequence(calls + 1, &mut gen, users)
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Sequence>> {
        vec![
            StressFamily {
                // User 1 follows 100 users who post 10^4 tweets; then feeds. Sorting every
                // followee's tweets for each feed is O(T log T) a call.
                name: "one user follows 100 prolific users, then asks for feeds",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let mut sequence = Sequence::new("Twitter");
                    for user in 2..=101 {
                        sequence.push("follow", vec![json!(1), json!(user)]);
                    }
                    let posts = (n / 3).min(MAX_TWEET as usize + 1);
                    for id in 0..posts {
                        sequence.push("postTweet", vec![json!(gen.int(2, 101)), json!(id)]);
                    }
                    while sequence.len() < n {
                        sequence.push("getNewsFeed", vec![json!(1)]);
                    }
                    sequence
                },
            },
            StressFamily {
                // The followees posted first, then strangers flooded: scanning a global list from
                // the newest end walks past every stranger's tweet for each feed.
                name: "followees' tweets buried under strangers' tweets",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let mut sequence = Sequence::new("Twitter");
                    for user in 2..=11 {
                        sequence.push("follow", vec![json!(1), json!(user)]);
                    }
                    let posts = (n / 3).min(MAX_TWEET as usize + 1);
                    for id in 0..posts {
                        let author = if id < 20 {
                            gen.int(2, 11)
                        } else {
                            gen.int(12, MAX_USER)
                        };
                        sequence.push("postTweet", vec![json!(author), json!(id)]);
                    }
                    while sequence.len() < n {
                        sequence.push("getNewsFeed", vec![json!(1)]);
                    }
                    sequence
                },
            },
            StressFamily {
                name: "random mix among 500 users",
                max_n: MAX_CALLS,
                generate: |n, gen| sequence(n, gen, MAX_USER),
            },
        ]
    }

    fn validate(sequence: &Sequence) -> Result<(), String> {
        let calls = sequence.len() - 1;
        if calls > MAX_CALLS {
            return Err(format!("{calls} calls; at most {MAX_CALLS} are made"));
        }
        let mut tweet_ids = HashSet::new();
        for (i, (operation, arguments)) in sequence
            .operations
            .iter()
            .zip(&sequence.arguments)
            .enumerate()
            .skip(1)
        {
            let user = |index: usize| -> Result<i32, String> {
                let id =
                    int_argument(arguments, index).map_err(|e| format!("operation {i}: {e}"))?;
                if !(1..=MAX_USER).contains(&i64::from(id)) {
                    return Err(format!(
                        "operation {i} ({operation}): user id {id}; allowed 1..={MAX_USER}"
                    ));
                }
                Ok(id)
            };
            match operation.as_str() {
                "postTweet" => {
                    user(0)?;
                    let id =
                        int_argument(arguments, 1).map_err(|e| format!("operation {i}: {e}"))?;
                    if !(0..=MAX_TWEET).contains(&i64::from(id)) {
                        return Err(format!(
                            "operation {i} (postTweet): tweet id {id}; allowed 0..={MAX_TWEET}"
                        ));
                    }
                    if !tweet_ids.insert(id) {
                        return Err(format!(
                            "operation {i} (postTweet): tweet id {id} was posted before; tweet ids are unique"
                        ));
                    }
                }
                "getNewsFeed" => {
                    user(0)?;
                }
                "follow" | "unfollow" => {
                    if user(0)? == user(1)? {
                        return Err(format!(
                            "operation {i} ({operation}): a user does not {operation} themselves"
                        ));
                    }
                }
                other => return Err(format!("operation {i}: unknown operation `{other}`")),
            }
        }
        Ok(())
    }
}

/// The reference as the judge runs it when verifying the problem.
pub fn reference() -> Box<dyn Api> {
    Problem::reference(&[])
}

/// The harness's entry point: `new` builds the learner's Twitter behind the interface.
pub fn judge(new: fn() -> Box<dyn Api>) -> ! {
    judge_engine::judge::<Design<Problem>>(&|sequence: Sequence| {
        judge_engine::design::run_owned::<Problem>(new(), sequence)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Design<Problem>);
}
