# Passing a page on, and calendar subscriptions.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
share-heading = U gudbi
share-sms = SMS
share-email = Iimayl
share-link = Xiriirka boggan
share-copy-button = Koobiyee xiriirka
share-copied = Xiriirka waa la koobiyeeyay
share-button = La wadaag…
calendar-subscribe = Iska diiwaangeli kalandarka
calendar-subscribe-hint = Taariikhaha cusub iskood ayay u imaanayaan (webcal)
next-dates-add = Taabo taariikh si aad ugu darto kalandarkaaga.
