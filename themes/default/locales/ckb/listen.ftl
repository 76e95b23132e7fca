# Listening: a recording of the text, and the phone's own voice (read aloud).
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
listen-in = گوێ بگرە بە { $language }
listen-download = تۆمارەکە دابەزێنە
listen-size = { $format }، { $kb } کیلۆبایت
listen-length = ماوە
read-aloud = بە دەنگی بەرز بیخوێنەوە
read-aloud-stop = خوێندنەوە ڕابگرە
listen-print = لە ماڵپەڕەکە گوێی لێ بگرە
