package bot

// A dedup key that holds something of a user (their DM channel, their ID)
// starts with a mark naming the user, so that ForgetUser can find and drop
// it; keys that name only a platform event need no mark.

// UserDedupKey returns key marked as belonging to u, for DedupStore.FirstSeen.
func UserDedupKey(u UserKey, key string) string {
	return "user:" + u.Platform + ":" + u.User + ":" + key
}

// UserDedupPrefixes are the beginnings of the dedup keys that belong to u:
// the marked keys and the weekly digest's. UserDataStore.ForgetUser deletes
// every key that starts with one of them.
func UserDedupPrefixes(u UserKey) []string {
	return []string{
		UserDedupKey(u, ""),
		"digest:" + u.Platform + ":" + u.User + ":",
	}
}
