package main

import "os"

// inboxOwner names this process in the inbox: the host and the address it
// serves on. Two processes on one host cannot serve on one address, and a
// process started again on the same host and address takes back at once
// the events its predecessor stored but did not finish.
func inboxOwner(cfg config) string {
	host, err := os.Hostname()
	if err != nil {
		host = "localhost"
	}
	return host + "/" + cfg["PRIVACYBOT_HTTP_ADDR"]
}
