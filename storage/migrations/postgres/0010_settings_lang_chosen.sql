-- Whether the user chose their language themselves, as
-- storage/migrations/sqlite/0010_settings_lang_chosen.sql: a chosen
-- language wins over the language of a question; a default does not.
-- Users who chose before this column existed are found once here.
ALTER TABLE settings ADD COLUMN lang_chosen BOOLEAN NOT NULL DEFAULT false;

UPDATE settings SET lang_chosen = true
 WHERE EXISTS (SELECT 1 FROM audit
                WHERE audit.platform = settings.platform AND audit.user_id = settings.user_id
                  AND audit.action = 'settings.changed' AND audit.detail = 'lang');
