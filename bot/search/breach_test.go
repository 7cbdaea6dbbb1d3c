package search

import (
	"testing"

	"privacybot/flows"
)

func TestLostOrStolenDeviceIsABreach(t *testing.T) {
	ix := New(flows.EmbeddedTopics())
	for _, q := range []string{
		"privelaptop gestolen met dossiers",
		"my private laptop with client files was stolen",
		"eigen laptop gestolen",
	} {
		res := ix.Search(q)
		if res.Decision != Answer || res.Hits[0].Topic.ID != breachTopic {
			t.Errorf("Search(%q) = %v %s, want answer %s", q, res.Decision, res.Hits[0].Topic.ID, breachTopic)
		}
	}
	// Keeping reports on a private laptop is no breach by itself.
	if res := ix.Search("verslagen thuis op mijn privélaptop opslaan oke?"); res.Hits[0].Topic.ID == breachTopic {
		t.Errorf("a private laptop without a loss answered with %s", breachTopic)
	}
}
