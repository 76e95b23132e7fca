# Listening: a recording of the text, and the phone's own voice (read aloud).
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
listen-in = { $language } میں سنیں
listen-download = ریکارڈنگ ڈاؤن لوڈ کریں
listen-size = { $format }، { $kb } کلو بائٹ
listen-length = دورانیہ
read-aloud = بلند آواز سے پڑھیں
read-aloud-stop = پڑھنا بند کریں
listen-print = ویب سائٹ پر سنیں
