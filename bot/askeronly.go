package bot

// AskerOnly decides, for the replies to m, who sees them: in a shared
// channel every reply not meant for the user's DM is shown to the asker
// only (Ephemeral); in a private place (a DM, the terminal) nothing needs
// hiding, so no reply is marked. This is the one place the rule is made:
// Handle applies it to every answer, and an adapter that answers for the
// core (a failure notice) applies it too; adapters obey Reply.Ephemeral
// and Reply.Direct and decide nothing themselves.
func AskerOnly(m Message, replies []Reply) []Reply {
	for i := range replies {
		replies[i].Ephemeral = !m.Direct && !replies[i].Direct
	}
	return replies
}
