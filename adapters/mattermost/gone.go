package mattermost

import (
	"errors"
	"net/http"

	"privacybot/lang"
)

// txtPostGone answers a press on a button whose post the server no longer
// has (it was deleted): the user's language is not known there, so it
// says it in both.
var txtPostGone = lang.T(
	"Dit bericht bestaat niet meer, dus deze knop werkt niet. Typ `help` om verder te gaan.",
	"This message no longer exists, so this button does not work. Type `help` to go on.")

// postGone reports whether err says that the server has no such post.
func postGone(err error) bool {
	e, ok := errors.AsType[*apiError](err)
	return ok && e.status == http.StatusNotFound
}
