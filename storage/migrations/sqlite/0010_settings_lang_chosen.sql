-- Whether the user chose their language themselves (`taal en`, the
-- language button) rather than it being taken from their first message
-- or platform profile. A chosen language wins over the language of a
-- question; a default does not. Users who chose before this column
-- existed are found once here, from the setting change the bot recorded.
ALTER TABLE settings ADD COLUMN lang_chosen INTEGER NOT NULL DEFAULT 0;

UPDATE settings SET lang_chosen = 1
 WHERE EXISTS (SELECT 1 FROM audit
                WHERE audit.platform = settings.platform AND audit.user_id = settings.user_id
                  AND audit.action = 'settings.changed' AND audit.detail = 'lang');
