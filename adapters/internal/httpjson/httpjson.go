// Package httpjson answers the chat platforms' HTTP requests with JSON.
package httpjson

import (
	"encoding/json"
	"net/http"
)

// Write answers 200 with v as JSON.
func Write(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
