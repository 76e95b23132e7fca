# The offline page of the default theme (shown by the service worker for a
# page that was not saved), and what it says.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

offline-title = Tu ne girêdayî yî
offline-text = Tu ne girêdayî înternetê yî. Ev rûpel li ser telefona te nehat tomarkirin.
offline-kept = Rûpelên ku te dema girêdayî vekirin, bê înternet jî dikarî bixwînî.
offline-home = Biçe rûpela destpêkê
