use std::cell::RefCell;
use std::collections::{BinaryHeap, HashMap, HashSet};

struct Twitter {
    time: RefCell<i32>,
    tweets: RefCell<HashMap<i32, Vec<(i32, i32)>>>,
    following: RefCell<HashMap<i32, HashSet<i32>>>,
}

impl Twitter {
    fn new() -> Self {
        Twitter {
            time: RefCell::new(0),
            tweets: RefCell::new(HashMap::new()),
            following: RefCell::new(HashMap::new()),
        }
    }

    fn post_tweet(&self, user_id: i32, tweet_id: i32) {
        let mut time = self.time.borrow_mut();
        *time += 1;
        self.tweets.borrow_mut().entry(user_id).or_default().push((*time, tweet_id));
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        let tweets = self.tweets.borrow();
        let following = self.following.borrow();
        let mut users = vec![user_id];
        if let Some(set) = following.get(&user_id) {
            users.extend(set.iter().copied().filter(|&u| u != user_id));
        }
        let mut heap = BinaryHeap::new();
        for u in users {
            if let Some(list) = tweets.get(&u) {
                if !list.is_empty() {
                    let i = list.len() - 1;
                    heap.push((list[i].0, list[i].1, u, i));
                }
            }
        }
        let mut feed = Vec::new();
        while feed.len() < 10 {
            match heap.pop() {
                None => break,
                Some((_, tweet, u, i)) => {
                    feed.push(tweet);
                    if i > 0 {
                        let list = &tweets[&u];
                        heap.push((list[i - 1].0, list[i - 1].1, u, i - 1));
                    }
                }
            }
        }
        feed
    }

    fn follow(&self, follower_id: i32, followee_id: i32) {
        self.following.borrow_mut().entry(follower_id).or_default().insert(followee_id);
    }

    fn unfollow(&self, follower_id: i32, followee_id: i32) {
        if let Some(set) = self.following.borrow_mut().get_mut(&follower_id) {
            set.remove(&followee_id);
        }
    }
}
