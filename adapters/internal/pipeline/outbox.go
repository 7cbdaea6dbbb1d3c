package pipeline

import (
	"strconv"

	"privacybot/bot"
)

// MessageID is our ID of message i of outbox item it, which the platform
// keeps with the post so that it can be found again.
func MessageID(it bot.OutboxItem, i int) string {
	return strconv.FormatInt(it.ID, 10) + "." + strconv.Itoa(i)
}

// SendFrom sends the messages of it from it.Sent on, n in all, moving
// it.Sent past each one sent, as a bot.Courier's Deliver does. When
// it.Unsure says that the fate of the first is unknown and check says
// that the platform can be asked, posted (with the message's ID) says
// whether it arrived, and it is sent only when not. send sends message i
// with ID id. The errors of posted and send come back as they are.
func SendFrom(it *bot.OutboxItem, n int, check bool, posted func(id string) (bool, error), send func(i int, id string) error) error {
	for it.Sent < n {
		id := MessageID(*it, it.Sent)
		if it.Unsure && check {
			found, err := posted(id)
			if err != nil {
				return err
			}
			it.Unsure = false
			if found {
				it.Sent++
				continue
			}
		}
		if err := send(it.Sent, id); err != nil {
			return err
		}
		it.Unsure = false
		it.Sent++
	}
	return nil
}
