use std::collections::{HashMap, HashSet};

struct Twitter {
    timeline: Vec<(i32, i32)>,
    following: HashMap<i32, HashSet<i32>>,
}

impl Twitter {
    fn new() -> Self {
        Twitter { timeline: Vec::new(), following: HashMap::new() }
    }

    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.timeline.push((user_id, tweet_id));
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        let empty = HashSet::new();
        let follows = self.following.get(&user_id).unwrap_or(&empty);
        let mut feed = Vec::new();
        for &(author, id) in self.timeline.iter().rev() {
            if author == user_id || follows.contains(&author) {
                feed.push(id);
                if feed.len() == 10 {
                    break;
                }
            }
        }
        feed
    }

    fn follow(&mut self, follower_id: i32, followee_id: i32) {
        self.following.entry(follower_id).or_default().insert(followee_id);
    }

    fn unfollow(&mut self, follower_id: i32, followee_id: i32) {
        if let Some(set) = self.following.get_mut(&follower_id) {
            set.remove(&followee_id);
        }
    }
}
