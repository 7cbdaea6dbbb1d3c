package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// runHealthcheck asks a running serve whether it is alive, for the
// container's HEALTHCHECK (the image has no shell or curl).
func runHealthcheck(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("healthcheck", "", stderr)
	addr := fs.String("addr", envOr("PRIVACYBOT_HTTP_ADDR", ":8080"), "the address serve listens on (env PRIVACYBOT_HTTP_ADDR)")
	path := fs.String("path", "/healthz", "the endpoint to ask: /healthz (alive) or /readyz (ready)")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	host := *addr
	if strings.HasPrefix(host, ":") {
		host = "127.0.0.1" + host
	}
	client := &http.Client{Timeout: 2 * time.Second}
	resp, err := client.Get("http://" + host + *path)
	if err != nil {
		fmt.Fprintf(stderr, "privacybot healthcheck: %v\n", err)
		return 1
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	fmt.Fprint(stdout, string(body))
	if resp.StatusCode != http.StatusOK {
		return 1
	}
	return 0
}
